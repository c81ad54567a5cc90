"""A right-to-left override in a name, a title or a note reverses nothing after it in the
PDF report (issue 19, item 15): the text poppler reads back keeps its order."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from facilitator.reports.model import build_report
from facilitator.services.past import open_past
from facilitator.ui.reports.pdf import write_pdf
from tests.reports.helpers import make_finished

RLO = "\u202e"

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext"
)


@pytest.mark.parametrize("mark", [RLO, "\u202d", "\u202b", "\u202a", "\u2067", "\u2069" + RLO])
def test_text_after_a_direction_mark_keeps_its_order(qapp, store, tmp_path, mark):
    made = make_finished(
        store, title=f"Title abc{mark}def", people=(f"abc{mark}def", "Zed after")
    )
    made.live.add_note(f"note abc{mark}def", action_owner=made.a)
    past = open_past(store, made.session_id)
    out = tmp_path / "r.pdf"
    write_pdf(build_report(past), past, out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # the other participant, after the name in the summary, reads forwards
    assert "Zed after" in text and "retfa deZ" not in text
    # the note's place follows the note and reads forwards
    assert "(Round 2 (Zed" in text and "dnuoR" not in text
    # the footer: the session's number and the page after the title
    assert "session 1" in text and "noisses" not in text
    assert "page 1 of" in text and "egap" not in text
