"""A report's dates in its language (issue 15): Markdown and the PDF say "15 stycznia
2027, 08:00" in Polish; the CSV's columns stay machine-readable."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from facilitator.core import i18n
from facilitator.core.dates import MONTHS
from facilitator.reports.csv_report import to_csv
from facilitator.reports.markdown import to_markdown
from facilitator.reports.model import build_report
from facilitator.reports.tables import summary
from facilitator.resources import translations_dir
from facilitator.services.past import open_past
from tests.core.test_dates import GERMAN, POLISH, date_catalogue
from tests.reports.helpers import T0, make_finished


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    i18n.set_language("en", translations_dir())


@pytest.fixture
def past(store):
    return open_past(store, make_finished(store, wall=T0).session_id)


def _local_day(wall: float) -> tuple[int, int, int]:
    import time

    t = time.localtime(wall)
    return t.tm_mday, t.tm_mon, t.tm_year


def test_english_report_dates(past):
    day, month, year = _local_day(T0)
    values = dict(summary(build_report(past)))
    assert values["Started"].startswith(f"{day} {MONTHS[month - 1]} {year}, ")
    assert f"**Started:** {day} {MONTHS[month - 1]} {year}, " in to_markdown(build_report(past))


@pytest.mark.parametrize(
    "code, months, pattern", [("pl", POLISH, "{day} {month} {year}"),
                              ("de", GERMAN, "{day}. {month} {year}")],
)  # fmt: skip
def test_markdown_dates_in_the_reports_language(past, tmp_path, code, months, pattern):
    date_catalogue(tmp_path, code, months, pattern, "{date}, {time}")
    i18n.set_language(code, tmp_path)
    day, month, year = _local_day(T0)
    expected = pattern.format(day=day, month=months[month - 1], year=year)
    report = build_report(past)
    assert f":** {expected}, " in to_markdown(report)
    assert months[month - 1] not in to_csv(report)  # the CSV holds figures, not words


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_dates_in_polish(qapp, past, tmp_path):
    from facilitator.ui.reports.pdf import write_pdf

    date_catalogue(tmp_path, "pl", POLISH, "{day} {month} {year}", "{date}, {time}")
    i18n.set_language("pl", tmp_path)
    day, month, year = _local_day(T0)
    out = tmp_path / "r.pdf"
    write_pdf(build_report(past), past, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert f"{day} {POLISH[month - 1]} {year}, " in text
