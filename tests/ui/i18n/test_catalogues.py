"""The translations are complete and current: every message of the program and every text
of the built-in methods, in Polish and German."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import facilitator
from facilitator.core.formats.catalog import load_catalog
from facilitator.core.formats.translation import texts
from facilitator.resources import builtin_formats_dir

ROOT = Path(facilitator.__file__).resolve().parent.parent


def test_ts_sources_are_current_finished_and_built():
    script = ROOT / "packaging" / "translations.py"
    if not script.exists():
        pytest.skip("not a checkout")
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("language", ["pl", "de"])
def test_every_builtin_method_text_is_translated(language):
    folder = builtin_formats_dir()
    missing = []
    for fmt in load_catalog(folder).formats:
        path = folder / f"{Path(fmt.file).stem}.{language}.toml"
        table = tomllib.loads(path.read_text(encoding="utf-8"))["translation"]
        missing += [f"{fmt.file}: {text!r}" for text in texts(fmt) if text not in table]
    assert missing == []


def test_a_translated_method_reads_in_its_language():
    pl = load_catalog(builtin_formats_dir(), language="pl").get("case-consultation")
    assert pl.language == "pl"
    assert "osoba potrzebująca rady" in " ".join(r.name.lower() for r in pl.roles)
    de = load_catalog(builtin_formats_dir(), language="de").get("case-consultation")
    assert de.language == "de" and de.title != "Peer-to-peer case consultation"


def test_every_counted_message_reaches_the_catalogue():
    """lupdate reads `translate("Ctx", "%n thing(s)", None, count)` only when `count` is a
    plain name: with `len(x)` or `a.b` there it skips the call, and the message stays
    English in every language. Every such call in the program must be in the catalogue."""
    import ast
    import xml.etree.ElementTree as ET

    english = ROOT / "facilitator" / "resources" / "translations" / "facilitator_en.ts"
    have = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(english).getroot().iter("context")
        for message in context.iter("message")
    }
    missing = []
    for path in sorted((ROOT / "facilitator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            args = node.args
            if name != "translate" or len(args) < 2:
                continue
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
                continue
            if "%n" in args[1].value and (args[0].value, args[1].value) not in have:
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {args[1].value[:50]!r}")
    assert missing == []
