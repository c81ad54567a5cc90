"""Formats in other languages: a translation table beside the file, kept by the session."""

from __future__ import annotations

import shutil

from facilitator.core.formats.catalog import load_catalog
from facilitator.core.formats.schema import parse_format
from facilitator.core.formats.translation import texts
from facilitator.resources import builtin_formats_dir

OVERLAY = """[translation]
language = "pl"
"Peer-to-peer case consultation" = "Koleżeńska konsultacja przypadku"
"Case giver" = "Osoba potrzebująca rady"
"Describe the case" = "Opis przypadku"
"Advisers: microphones off — listen closely and take notes." = "Osoby doradzające: mikrofon wyłączony."
"""


def _folder(tmp_path):
    folder = tmp_path / "formats"
    folder.mkdir()
    shutil.copy(builtin_formats_dir() / "case_consultation.toml", folder)
    (folder / "case_consultation.pl.toml").write_text(OVERLAY, encoding="utf-8")
    return folder


def test_a_translation_replaces_the_texts_and_keeps_times_and_ids(tmp_path):
    folder = _folder(tmp_path)
    english = load_catalog(folder).get("case-consultation")
    polish = load_catalog(folder, language="pl")
    assert polish.errors == [] and len(polish.formats) == 1  # the .pl.toml is no format
    pl = polish.get("case-consultation")
    assert pl.language == "pl" and english.language == "en"
    assert pl.title == "Koleżeńska konsultacja przypadku"
    assert pl.role("case_giver").name == "Osoba potrzebująca rady"
    first = pl.rounds.phases[0]
    assert first.name == "Opis przypadku"
    assert "Osoby doradzające: mikrofon wyłączony." in first.rules
    assert first.minutes == english.rounds.phases[0].minutes
    assert [r.id for r in pl.roles] == [r.id for r in english.roles]
    # a text with no entry stays English
    assert pl.rounds.phases[1].name == english.rounds.phases[1].name


def test_a_session_keeps_the_language_it_was_started_in(tmp_path):
    pl = load_catalog(_folder(tmp_path), language="pl").get("case-consultation")
    again = parse_format(pl.text, "session 1")  # what a stored session reads back
    assert again.title == pl.title and again.language == "pl"


def test_a_language_without_a_translation_is_english(tmp_path):
    de = load_catalog(_folder(tmp_path), language="de").get("case-consultation")
    assert de.title == "Peer-to-peer case consultation" and de.language == "en"


def test_texts_lists_every_readable_text_once():
    fmt = load_catalog(builtin_formats_dir()).get("case-consultation")
    found = texts(fmt)
    assert len(found) == len(set(found))
    assert fmt.title in found and "Describe the case" in found
    assert all(r.name in found for r in fmt.roles)
