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
