"""Keep the translations in step with the code: `python packaging/translations.py`.

1. `pyside6-lupdate` reads every module of the package and updates the Qt Linguist
   sources `facilitator/resources/translations/facilitator_{pl,de}.ts` (new messages are
   added as unfinished, messages no longer in the code are dropped);
2. messages with ``%n`` become plural ("numerus") messages, with as many forms as the
   language needs (Polish three, German two), also where they were marked through
   `translate(..., n=...)`, which lupdate does not recognise as plural;
3. `pyside6-lrelease` compiles each `.ts` into the `.qm` the program loads.

`--check` changes nothing and exits 1 when the sources are not current or not finished:
the tests run it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "facilitator"
FOLDER = PACKAGE / "resources" / "translations"
# English is the source language; its catalogue only holds the plural forms ("%n phase(s)"
# becomes "1 phase" and "2 phases"), made here from the "(s)" in the source.
LANGUAGES = {"en": ("en", 2), "pl": ("pl_PL", 3), "de": ("de_DE", 2)}


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
         "-target-language", language, "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


def make_plurals(ts: Path, forms: int, english: bool = False) -> None:
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if "%n" not in source or translation is None:
            continue
        if message.get("numerus") != "yes":
            message.set("numerus", "yes")
            text = translation.text or ""
            translation.text = None
            for _ in range(forms):
                ET.SubElement(translation, "numerusform").text = text
            changed = True
        if english and translation.get("type") == "unfinished":
            one, other = source.replace("(s)", ""), source.replace("(s)", "s")
            one = one.replace("%n people", "%n person")  # the one irregular plural we write
            for form, text in zip(translation.iter("numerusform"), (one, other), strict=False):
                form.text = text
            del translation.attrib["type"]
            changed = True
    if english:  # the English catalogue holds plural forms only
        root = tree.getroot()
        for context in list(root.iter("context")):
            for message in list(context.iter("message")):
                if message.get("numerus") != "yes":
                    context.remove(message)
                    changed = True
            if context.find("message") is None:
                root.remove(context)
    if changed:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural translations of a `.ts`: lupdate forgets them for messages it
    does not see as plural (`translate(..., None, n)` in the Qt-free layers)."""
    out: dict[tuple[str, str], list[str]] = {}
    if not ts.exists():
        return out
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if translation.get("type") is None and all(forms):
                out[(name, message.findtext("source") or "")] = forms
    return out


def restore_plurals(ts: Path, saved: dict[tuple[str, str], list[str]]) -> None:
    if not saved:
        return
    tree = ET.parse(ts)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = saved.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if not forms or translation is None or translation.get("type") != "unfinished":
                continue
            for element in list(translation):
                translation.remove(element)
            translation.text = None
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
            del translation.attrib["type"]
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
        capture_output=True,
    )  # fmt: skip


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → the translation's type (None when finished)."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            out[(name, message.findtext("source") or "")] = kind
    return out


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for code, (language, forms) in LANGUAGES.items():
        ts = folder / f"facilitator_{code}.ts"
        saved = plural_forms(ts)
        lupdate(ts, language)
        make_plurals(ts, forms, english=code == "en")
        restore_plurals(ts, saved)
        # Built beside it, then renamed over it: a running Facilitator has the old .qm
        # mapped in memory, and rewriting that file in place would crash it (SIGBUS).
        qm = folder / f"facilitator_{code}.qm"
        built = qm.with_name(f".{qm.name}.new")
        lrelease(ts, built)
        os.replace(built, qm)


def check() -> list[str]:
    """What is not current or not finished, in words; empty when all is well."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            ts = FOLDER / f"facilitator_{code}.ts"
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            saved = plural_forms(fresh)
            lupdate(fresh, LANGUAGES[code][0])
            make_plurals(fresh, LANGUAGES[code][1], english=code == "en")
            restore_plurals(fresh, saved)
            have, want = messages(ts), messages(fresh)
            for key in sorted(want.keys() - have.keys())[:20]:
                problems.append(f"{ts.name}: not extracted yet: [{key[0]}] {key[1]!r}")
            for key in sorted(have.keys() - want.keys())[:20]:
                problems.append(f"{ts.name}: no longer in the code: [{key[0]}] {key[1]!r}")
            unfinished = [k for k, kind in have.items() if kind in ("unfinished", "obsolete")]
            for key in unfinished[:20]:
                problems.append(f"{ts.name}: not translated: [{key[0]}] {key[1]!r}")
            if len(unfinished) > 20:
                problems.append(f"{ts.name}: … {len(unfinished)} untranslated in all")
            qm = FOLDER / f"facilitator_{code}.qm"
            built = Path(tmp) / qm.name
            lrelease(ts, built)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} is not built from the current {ts.name}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(prog="python packaging/translations.py")
    parser.add_argument("--check", action="store_true", help="change nothing; report")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    update()
    print(f"updated {', '.join(f'facilitator_{c}.ts' for c in LANGUAGES)} and their .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
