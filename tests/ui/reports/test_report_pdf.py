"""The PDF report: written, not empty, with the page count its layout says, charts on
pages of their own two to a page, and the private-notes warning only when notes are in."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QImage

from facilitator.__main__ import main
from facilitator.reports.model import build_report
from facilitator.services.past import open_past
from facilitator.ui.reports.files import write_report
from facilitator.ui.reports.pdf import timeline_image, write_pdf
from tests.reports.helpers import PRIVATE, make_finished


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def chart(color: str, w: int = 800, h: int = 500) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return image


@pytest.fixture
def past(store):
    return open_past(store, make_finished(store).session_id)


def test_pdf_pages_and_charts(qapp, past, tmp_path):
    plain = tmp_path / "plain.pdf"
    pages = write_pdf(build_report(past), past, plain)
    assert plain.read_bytes().startswith(b"%PDF") and plain.stat().st_size > 5000
    assert pages == pdf_pages(plain) >= 1
    charts = [(f"Chart {n}", chart(c)) for n, c in enumerate(["#56B4E9", "#E69F00", "#009E73"])]
    with_charts = tmp_path / "charts.pdf"
    # Three charts, two to a page, on pages after the tables.
    assert write_pdf(build_report(past), past, with_charts, charts=charts) == pages + 2
    assert pdf_pages(with_charts) == pages + 2


def test_timeline_picture_is_drawn(qapp, past):
    image = timeline_image(past, (600, 110))
    assert image.width() == 1200  # painted at twice the size, for print
    colours = {image.pixel(x, 150) for x in range(0, 1200, 7)}
    assert len(colours) > 3  # blocks, bars and gaps, not a blank picture


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_text_has_the_figures_and_notes_only_when_asked(qapp, past, tmp_path):
    def text(notes: bool) -> str:
        out = tmp_path / f"r{notes}.pdf"
        write_report(past, out, notes=notes)
        return subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip

    full, clean = text(True), text(False)
    assert "Pair practice" in full and "+0:40" in full and "extended from 5:00" in full
    assert PRIVATE[:20] in full and "not for sharing" in full
    assert PRIVATE[:20] not in clean and "not for sharing" not in clean
    assert "+0:40" in clean


def test_cli_writes_a_pdf(qapp, store, tmp_path, capsys):
    make_finished(store)
    data = tmp_path / "data"  # the fixture's records folder
    out = tmp_path / "r.pdf"
    assert main(["--data-dir", str(data), "report", "last", "--out", str(out)]) == 0
    assert pdf_pages(out) >= 1
    assert "Wrote the report of session 1" in capsys.readouterr().out


def test_the_pdf_from_the_window_and_the_command_line_carries_the_session_charts(qapp, store):
    from facilitator.ui.reports.export import CHART_SIZE, session_charts

    past = open_past(store, make_finished(store).session_id)
    charts = session_charts(past)
    titles = [title for title, _ in charts]
    assert any("planned and used time" in t for t in titles)
    assert len(titles) >= 3  # each round, then the balance across the session
    assert all((img.width(), img.height()) == CHART_SIZE for _, img in charts)
