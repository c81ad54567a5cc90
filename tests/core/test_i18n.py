"""The Qt-free catalogue: the same .ts files as the windows, with each language's plurals."""

from __future__ import annotations

import pytest

from facilitator.core import i18n
from facilitator.core.session.runner import InvalidAction, SessionRunner
from facilitator.resources import translations_dir


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    i18n.set_language("en", translations_dir())


@pytest.mark.parametrize(
    ("n", "form"),
    [(1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (21, 2), (22, 1), (25, 2),
     (102, 1), (112, 2), (0, 2)],
)  # fmt: skip
def test_polish_has_one_few_and_many(n, form):
    assert i18n.PLURAL_RULES["pl"](n) == form


def test_german_and_english_have_one_and_other():
    for code in ("de", "en"):
        assert [i18n.PLURAL_RULES[code](n) for n in (0, 1, 2, 5)] == [1, 0, 1, 1]


def test_english_plurals_without_any_catalogue():
    i18n.set_language("en", None)
    assert i18n.translate("Cli", "%n meeting(s) held", n=1) == "1 meeting held"
    assert i18n.translate("Cli", "%n meeting(s) held", n=3) == "3 meetings held"


def test_catalogue_read_from_a_ts_file(tmp_path):
    (tmp_path / "facilitator_pl.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="pl_PL"><context><name>Cli</name>
<message><source>Saved</source><translation>Zapisano</translation></message>
<message><source>Draft</source><translation type="unfinished">Szkic</translation></message>
<message numerus="yes"><source>%n meeting(s)</source><translation>
<numerusform>%n spotkanie</numerusform><numerusform>%n spotkania</numerusform>
<numerusform>%n spotkań</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    i18n.set_language("pl", tmp_path)
    assert i18n.translate("Cli", "Saved") == "Zapisano"
    assert i18n.translate("Cli", "Draft") == "Draft"  # unfinished: not used
    assert [i18n.translate("Cli", "%n meeting(s)", n=k) for k in (1, 3, 5, 22)] == [
        "1 spotkanie", "3 spotkania", "5 spotkań", "22 spotkania",
    ]  # fmt: skip


def test_choosing_a_language():
    assert i18n.choose_language(None, {"LANG": "pl_PL.UTF-8"}) == "pl"
    assert i18n.choose_language(None, {"LC_ALL": "de_AT.UTF-8", "LANG": "pl_PL"}) == "de"
    assert i18n.choose_language(None, {"LANG": "fr_FR.UTF-8"}) == "en"
    assert i18n.choose_language(None, {"LANG": "C.UTF-8"}) == "en"
    assert i18n.choose_language("DE", {}) == "de"
    with pytest.raises(ValueError, match="no 'fr' translation"):
        i18n.choose_language("fr", {})


def test_runner_refusals_are_translated(tmp_path):
    (tmp_path / "facilitator_de.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="de_DE"><context><name>Runner</name>
<message><source>There is no earlier phase.</source>
<translation>Es gibt keinen früheren Schritt.</translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    from tests.core.session.test_room import runner_for

    runner, _ = runner_for("co-consulting", 2)
    assert isinstance(runner, SessionRunner)
    runner.start()
    i18n.set_language("de", tmp_path)
    with pytest.raises(InvalidAction, match="keinen früheren"):
        runner.previous_phase()
