"""Numbers and lengths as each language writes them: the decimal comma in Polish and
German, translated units, and the machine's dot kept where a file is read by programs."""

from __future__ import annotations

import pytest

from facilitator.core import i18n
from facilitator.core.coaching.icf import IcfLog
from facilitator.core.numbers import (
    decimal_point,
    decimal_text,
    integer_text,
    local_decimal,
    number_text,
)
from facilitator.core.timefmt import hours_text, min_text, minutes_text
from tests.sample_catalogues import speaking


def test_separators_per_language():
    assert [decimal_point(c) for c in ("en", "pl", "de")] == [".", ",", ","]
    assert decimal_point("fr") == "."  # a language we do not have: English
    assert decimal_point() == "."  # the current language (English in tests)


@pytest.mark.parametrize(
    ("text", "code", "plain", "grouped"),
    [
        ("1234.50", "en", "1234.50", "1,234.50"),
        ("1234.50", "pl", "1234,50", "1234,50"),  # Polish groups from 10 000
        ("12345.5", "pl", "12345,5", "12\u00a0345,5"),
        ("1234.50", "de", "1234,50", "1.234,50"),
        ("-0.5", "de", "-0,5", "-0,5"),
        ("1000000", "de", "1000000", "1.000.000"),
        ("7", "pl", "7", "7"),
    ],
)  # fmt: skip
def test_local_decimal(text, code, plain, grouped):
    assert local_decimal(text, code) == plain
    assert local_decimal(text, code, group=True) == grouped


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "1,5", "1.", ".5", "—", "1e5"])
def test_what_is_not_a_plain_number_stays_as_it_is(text):
    assert local_decimal(text, "de") == text


def test_decimal_number_and_integer_text():
    assert decimal_text(6.5, 1, "pl") == "6,5"
    assert decimal_text(2 / 3, 2, "de") == "0,67"
    assert decimal_text(1234.5, 2, "en", group=True) == "1,234.50"
    assert [number_text(v, "de") for v in (7.0, 2.25, 0.1, -0.0, 1e-9)] == ["7", "2,25", "0,1", "0", "0"]
    assert number_text(1e20, "en") == str(10**20), "never in exponent notation"
    assert integer_text(12345, "pl") == "12\u00a0345"
    assert integer_text(1234, "pl") == "1234"
    assert integer_text(1234, "de") == "1.234"


def test_lengths_in_english_are_as_before():
    assert minutes_text(25 * 60) == "25 min"
    assert minutes_text(6.5 * 60) == "6.5 min"
    assert minutes_text(60 * 60) == "1 h"
    assert minutes_text(6 * 3600 + 40 * 60) == "6 h 40 min"
    assert minutes_text(65 * 60) == "1 h 05 min"
    assert min_text(150) == "150 min"
    assert min_text(7.5) == "7.5 min"
    assert hours_text("1.50") == "1.50 h"
    assert hours_text(2) == "2 h"


def test_lengths_in_polish_and_german(tmp_path):
    with speaking("pl", tmp_path):
        assert minutes_text(6.5 * 60) == "6,5 min"
        assert minutes_text(90 * 60) == "1 godz. 30 min"
        assert minutes_text(120 * 60) == "2 godz."
        assert min_text(7.5) == "7,5 min"
        assert hours_text("1.50") == "1,50 godz."
    with speaking("de", tmp_path):
        assert minutes_text(25 * 60) == "25 Min."
        assert minutes_text(6.5 * 60) == "6,5 Min."
        assert minutes_text(6 * 3600 + 40 * 60) == "6 Std. 40 Min."
        assert hours_text(1.5) == "1,5 Std."
    assert i18n.language() == "en"


def test_the_icf_csv_keeps_the_dot_in_any_language(tmp_path):
    from datetime import date
    from fractions import Fraction

    from facilitator.core.coaching.icf import IcfRow
    from facilitator.core.coaching.icf_export import to_csv

    row = IcfRow(
        number=1, client_name="Ana", group_size=1, contact="", start=date(2026, 1, 5),
        end=None, paid=Fraction(3, 2), pro_bono=Fraction(1, 3),
    )  # fmt: skip
    log = IcfLog(
        today=date(2026, 2, 1), rows=[row], clients=1, recent=Fraction(0),
        awaiting_payment=Fraction(0),
    )  # fmt: skip
    with speaking("de", tmp_path):
        text = to_csv(log)
    assert "1.50" in text and "0.33" in text and "1,50" not in text
