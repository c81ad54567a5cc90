"""Translation for the Qt-free layers: the same Qt Linguist `.ts` catalogues as the windows.

Messages are marked so `pyside6-lupdate` finds them: ``translate("Context", "text")`` where
a message is shown, ``QT_TRANSLATE_NOOP("Context", "text")`` where it is only defined, and
``translate("Context", "%n phase(s)", None, count)`` for plurals (positional: lupdate reads
no keyword arguments) (Polish has three forms,
German two). The catalogue for the chosen language is read from the package's `.ts` file
with the standard library, so the command line translates without Qt, and the windows
(which load the compiled `.qm` into a `QTranslator`) show the very same words.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

LANGUAGES = {"en": "English", "pl": "Polski", "de": "Deutsch"}
DEFAULT = "en"


def _plural_en(n: int) -> int:
    return 0 if n == 1 else 1


def _plural_pl(n: int) -> int:
    """one (1), few (2–4, 22–24, … but not 12–14), many (the rest)."""
    if n == 1:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": _plural_en,
    "de": _plural_en,  # German: one, other — the same rule
    "pl": _plural_pl,
}

_catalog: dict[tuple[str, str], list[str]] = {}
_unread: Path | None = None  # the catalogue chosen, read when a message first needs it
_language = DEFAULT
_dir: Path | None = None  # where the current catalogue came from
_others: dict[tuple[str, Path | None], dict[tuple[str, str], list[str]]] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; translate it where it is shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (or as it is, when there is no translation). With
    `n` ≥ 0, the plural form for `n` is chosen and ``%n`` becomes the number."""
    return _pick(_messages(), _language, context, text, n)


def _pick(
    catalog: dict[tuple[str, str], list[str]], code: str, context: str, text: str, n: int
) -> str:
    forms = catalog.get((context, text))
    result = text
    if not forms and n >= 0 and "(s)" in text:  # no catalogue at all: English plurals
        result = text.replace("(s)", "" if n == 1 else "s")
    if forms:
        index = PLURAL_RULES.get(code, _plural_en)(n) if n >= 0 else 0
        chosen = forms[min(index, len(forms) - 1)]
        result = chosen or text
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def translate_in(
    code: str, context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """`translate`, but in language `code` whatever the current one is (the LAN viewer
    asked for another language). Its catalogue is read from the folder the current
    language came from, once."""
    if code == _language:
        return translate(context, text, disambiguation, n)
    code = code if code in LANGUAGES else DEFAULT
    return _pick(_other_catalog(code), code, context, text, n)


def plural_forms(context: str, text: str, code: str | None = None) -> list[str]:
    """Every plural form of a ``%n`` message in language `code` (default: the current
    one), ``%n`` left in, for a page that picks the form itself (see `plural_table`).
    English forms when it is not translated."""
    code = code if code in LANGUAGES else _language
    catalog = _messages() if code == _language else _other_catalog(code)
    forms = catalog.get((context, text))
    if forms and all(forms):
        return list(forms)
    return [text.replace("(s)", ""), text.replace("(s)", "s")]


PLURAL_TABLE_SIZE = 200


def plural_table(code: str | None = None) -> list[int]:
    """The plural form for each n below 200, in language `code`: a page picks the form of
    any n ≥ 0 as ``table[n]`` below 200, else ``table[100 + n % 100]`` (every rule here
    depends on the last two digits only, once n passes 100). Forms past the last one a
    catalogue has mean its last."""
    rule = PLURAL_RULES.get(code or _language, _plural_en)
    return [rule(n) for n in range(PLURAL_TABLE_SIZE)]


def _other_catalog(code: str) -> dict[tuple[str, str], list[str]]:
    key = (code, _dir)
    if key not in _others:
        path = None if _dir is None else _dir / f"facilitator_{code}.ts"
        _others[key] = _read_once(path) if path is not None and path.exists() else {}
    return _others[key]


def language() -> str:
    return _language


def system_language(environ: dict[str, str] | None = None) -> str:
    """The user's language from the environment (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), if
    it is one we have; else English."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var, "")
        for part in value.split(":"):
            code = part.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                break
    return DEFAULT


def choose_language(asked: str | None, environ: dict[str, str] | None = None) -> str:
    """The language to use: the one asked for (option or preference) if we have it, else
    the system's. Raises ValueError for a language we do not have."""
    if asked:
        code = asked.strip().lower()
        if code not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            raise ValueError(f"there is no '{asked}' translation (languages: {known})")
        return code
    return system_language(environ)


def read_ts(path: Path) -> dict[tuple[str, str], list[str]]:
    """Every finished translation in a Qt Linguist `.ts` file: (context, source) → forms."""
    import xml.etree.ElementTree as ET

    entries: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if any(forms):
                entries[(name, source)] = forms
    return entries


def set_language(code: str, translations_dir: Path | None = None) -> None:
    """Use `code` for every later `translate` call (English needs no catalogue)."""
    global _language, _catalog, _dir, _unread
    _language = code if code in LANGUAGES else DEFAULT
    _catalog, _dir, _unread = {}, translations_dir, None
    _others.clear()
    if translations_dir is not None:  # English too: its plural forms
        path = translations_dir / f"facilitator_{_language}.ts"
        if path.exists():
            _unread = path  # read when first needed: the windows use Qt's compiled catalogue


def _messages() -> dict[tuple[str, str], list[str]]:
    global _catalog, _unread
    if _unread is not None:
        path, _unread = _unread, None
        _catalog = _read_once(path)
    return _catalog


_read: dict[tuple[Path, int, int], dict[tuple[str, str], list[str]]] = {}


def _read_once(path: Path) -> dict[tuple[str, str], list[str]]:
    """`read_ts`, read again only when the file changed (start-up sets the language twice:
    for the command line, then for the windows)."""
    stat = path.stat()
    key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
    if key not in _read:
        _read[key] = read_ts(path)
    return _read[key]


def in_sentence(name: str) -> str:
    """A role's name inside a sentence: 'issue holder', 'osoba potrzebująca rady', but
    German nouns keep their capital ('Zeitwächter/-in')."""
    if _language == "de" or not name or (len(name) > 1 and name[:2].isupper()):
        return name
    return name[0].lower() + name[1:]
