"""Consent as plain values: the newest consent of a scope decides, the old flag only
while nothing is recorded, and the way it was given stored as a code."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.core.coaching.consent import (
    Consent,
    ConsentScope,
    ConsentState,
    check_consent_day,
    consent_status,
    describe,
    describe_status,
    how_code,
    how_label,
    statuses,
)

ICF, RECORDS = ConsentScope.ICF_LOG, ConsentScope.RECORDS


def c(cid: int, scope: ConsentScope, given: bool, day: date, how: str = "email") -> Consent:
    return Consent(cid, 1, scope, given, day, how)


def test_nothing_recorded_and_the_old_flag():
    assert consent_status([], ICF).state is ConsentState.NOT_RECORDED
    undated = consent_status([], ICF, icf_flag=True)
    assert undated.state is ConsentState.GIVEN_UNDATED and undated.given
    assert describe_status(undated) == "given (date not recorded)"
    # the flag is about the ICF log only
    assert consent_status([], RECORDS, icf_flag=True).state is ConsentState.NOT_RECORDED
    assert describe_status(consent_status([], RECORDS)) == "not recorded"


def test_the_newest_by_date_decides_then_the_order_recorded():
    history = [
        c(1, ICF, True, date(2026, 1, 5)),
        c(2, ICF, False, date(2026, 3, 1)),
        c(3, ICF, True, date(2026, 2, 1)),  # recorded later, but dated before the withdrawal
        c(4, RECORDS, True, date(2026, 1, 5), "contract"),
    ]
    icf = consent_status(history, ICF, icf_flag=True)
    assert icf.state is ConsentState.WITHDRAWN and not icf.given and icf.latest.id == 2
    assert describe_status(icf) == "withdrawn on 2026-03-01, by e-mail"
    same_day = [*history, c(5, ICF, True, date(2026, 3, 1), "orally")]
    assert consent_status(same_day, ICF).latest.id == 5
    records, = [s for s in statuses(history) if s.scope is RECORDS]
    assert records.given and describe_status(records) == "given on 2026-01-05, in the contract"
    assert [s.scope for s in statuses(history)] == [ICF, RECORDS]


@pytest.mark.parametrize(("text", "stored"), [
    ("email", "email"), ("By E-mail", "email"), ("in writing", "in_writing"),
    (" in_writing ", "in_writing"), ("contract", "contract"), ("in the contract", "contract"),
    ("Orally", "orally"), ("  a signed form, scanned  ", "a signed form, scanned"), ("", ""),
])  # fmt: skip
def test_how_is_a_code_or_the_coachs_words(text, stored):
    assert how_code(text) == stored


@pytest.mark.parametrize(("text", "stored"), [
    ("na piśmie", "in_writing"), ("Pisemnie", "in_writing"), ("schriftlich", "in_writing"),
    ("e-mailem", "email"), ("per E-Mail", "email"), ("mailem", "email"),
    ("ustnie", "orally"), ("MÜNDLICH", "orally"),
    ("w umowie", "contract"), ("Umowa", "contract"), ("im  Vertrag", "contract"),
    ("przez telefon", "przez telefon"), ("telefonisch", "telefonisch"),
])  # fmt: skip
def test_how_in_polish_and_german_is_the_same_code(text, stored):
    assert how_code(text) == stored


def test_how_follows_the_catalogues_words_too(tmp_path):
    """A translation the table does not list (the translator chose other words) is
    recognised too: the labels' translations in every language count."""
    from facilitator.core import i18n
    from facilitator.resources import translations_dir

    de = (translations_dir() / "facilitator_de.ts").read_text(encoding="utf-8")
    (tmp_path / "facilitator_de.ts").write_text(
        de.replace("<translation>mündlich</translation>", "<translation>im Gespräch</translation>"),
        encoding="utf-8")  # fmt: skip
    (tmp_path / "facilitator_en.ts").write_text(
        (translations_dir() / "facilitator_en.ts").read_text(encoding="utf-8"), encoding="utf-8")
    try:
        i18n.set_language("en", tmp_path)
        assert how_code("im Gespräch") == "orally"
    finally:
        i18n.set_language("en", translations_dir())


def test_how_shows_the_coachs_words_as_they_are():
    assert how_label("in_writing") == "in writing"
    assert how_label("<img src=x>") == "<img src=x>"
    assert describe(c(1, ICF, True, date(2026, 1, 5), "")) == "given on 2026-01-05"


def test_a_consent_needs_a_date_not_after_today():
    today = date(2026, 6, 1)
    assert check_consent_day(today, today) == today
    with pytest.raises(ValueError, match="after today"):
        check_consent_day(date(2026, 6, 2), today)
    with pytest.raises(ValueError, match="needs a date"):
        check_consent_day("2026-01-01", today)
