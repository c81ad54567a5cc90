"""Small Polish and German catalogues for tests of translated output, independent of how
far the real `.ts` files are translated: a few messages each, in the real format."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from facilitator.core import i18n
from facilitator.resources import translations_dir

MESSAGES = {  # (context, English) -> Polish forms, German forms
    ("Time", "{n} min"): (["{n} min"], ["{n} Min."]),
    ("Time", "{n} h"): (["{n} godz."], ["{n} Std."]),
    ("Time", "{hours} h {minutes} min"): (["{hours} godz. {minutes} min"], ["{hours} Std. {minutes} Min."]),
    ("Viewer", "Facilitator — room"): (["Facilitator — sala"], ["Facilitator — Raum"]),
    ("Viewer", "Connecting…"): (["Łączenie…"], ["Verbinde…"]),
    ("Viewer", "Live"): (["Na żywo"], ["Verbunden"]),
    ("Viewer", "Who are you?"): (["Kim jesteś?"], ["Wer bist du?"]),
    ("Viewer", "Next: {name} ({length})"): (["Dalej: {name} ({length})"], ["Danach: {name} ({length})"]),
    ("Viewer", "Round {n} of {total}"): (["Runda {n} z {total}"], ["Runde {n} von {total}"]),
    ("Viewer", "%n minute(s) left"): (
        ["Została %n minuta", "Zostały %n minuty", "Zostało %n minut"],
        ["Noch %n Minute", "Noch %n Minuten"],
    ),
}


def write_catalogues(folder: Path) -> Path:
    """facilitator_pl.ts and facilitator_de.ts in `folder`, with `MESSAGES`."""
    for index, (code, language) in enumerate((("pl", "pl_PL"), ("de", "de_DE"))):
        contexts: dict[str, list[str]] = {}
        for (context, source), forms in MESSAGES.items():
            chosen = forms[index]
            if "%n" in source:
                inner = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in chosen)
                xml = f'<message numerus="yes"><source>{escape(source)}</source><translation>{inner}</translation></message>'
            else:
                xml = f"<message><source>{escape(source)}</source><translation>{escape(chosen[0])}</translation></message>"
            contexts.setdefault(context, []).append(xml)
        body = "".join(
            f"<context><name>{name}</name>{''.join(messages)}</context>"
            for name, messages in contexts.items()
        )
        (folder / f"facilitator_{code}.ts").write_text(
            f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{language}">{body}</TS>',
            encoding="utf-8",
        )
    return folder


@contextmanager
def speaking(code: str, folder: Path) -> Iterator[None]:
    """The program in language `code`, with the sample catalogues; English again after."""
    i18n.set_language(code, write_catalogues(folder))
    try:
        yield
    finally:
        i18n.set_language("en", translations_dir())
