"""Report figures, Markdown and CSV on the hand-worked session of `helpers`."""

from __future__ import annotations

import csv
import io

import pytest

from facilitator.reports.csv_report import csv_rows, to_csv
from facilitator.reports.markdown import to_markdown
from facilitator.reports.model import build_report
from facilitator.reports.tables import (
    airtime_table,
    duration_text,
    overrun_text,
    people_table,
    phase_table,
)
from facilitator.services.past import open_past
from tests.reports.helpers import PRIVATE, make_finished


@pytest.fixture
def made(store):
    return make_finished(store)


@pytest.fixture
def report(store, made):
    return build_report(open_past(store, made.session_id))


def test_figures_per_phase(report):
    got = [(p.balance.planned, p.balance.actual, p.balance.overrun) for p in report.phases]
    assert got == [(120, 150, 30), (1200, 1200, 0), (360, 400, 40), (1200, 1000, 0),
                   (300, 250, 0)]  # fmt: skip
    assert (report.planned_total, report.actual_total, report.overrun_total) == (3180, 3000, 70)
    assert [p.unmarked for p in report.phases] == [0, 100, 0, 0, 0]


def test_figures_per_person(report, made):
    people = {p.person: p for p in report.people}
    a, b = people[made.a], people[made.b]
    assert (a.airtime, a.received, a.given) == (1240, 1600, 1250)
    assert (b.airtime, b.received, b.given) == (1660, 1250, 1600)
    assert report.phases[4].airtime == {made.b: 200, made.a: 50}
    assert report.holder_role == "Client"


def test_tables_read_as_clocks(report, made):
    phases = phase_table(report)
    assert phases.rows[0][3:6] == ("2:00", "2:30", "+0:30")
    assert phases.rows[2][3:7] == ("6:00", "6:40", "+0:40", "extended from 5:00")
    assert phases.rows[3][5] == ""  # under time shows nothing
    assert phases.footer[3:6] == ("53:00", "50:00", "+1:10")
    people = {row[0]: row for row in people_table(report).rows}
    assert people[made.a][1:3] == ("20:40", "43 %")  # 1240 of 2900 marked seconds
    air = airtime_table(report)
    assert air.headers[-1] == "Nobody marked" and air.rows[1][-1] == "1:40"


def test_duration_texts():
    assert duration_text(0) == "0:00"
    assert duration_text(59.6) == "1:00"
    assert duration_text(3750) == "1:02:30"
    assert overrun_text(0.4) == "" and overrun_text(61) == "+1:01"


def test_markdown_has_the_tables_and_the_notes(report, made):
    md = to_markdown(report)
    assert md.startswith("# Pair practice\n")
    assert (
        "| 3 | Brief review | 1 · " in md and "| 6:00 | 6:40 | +0:40 | extended from 5:00 |" in md
    )
    assert "| **Total** |" in md
    assert PRIVATE in md
    assert "Send the \\| budget draft" in md  # a pipe in a note does not break the table
    assert "## Actions and commitments by person" in md
    assert "includes private notes" in md


def test_without_notes_nothing_private_is_in_any_text(store, made):
    report = build_report(open_past(store, made.session_id), notes=False)
    for text in (to_markdown(report), to_csv(report)):
        assert PRIVATE not in text and "budget draft" not in text
    assert "Actions and commitments" not in to_markdown(report)
    assert "without notes" in to_markdown(report)


def test_csv_one_row_per_phase_with_airtime_columns(report, made):
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert [r["phase"] for r in rows] == ["1", "2", "3", "4", "5", "total"]
    review = rows[2]
    assert (review["section"], review["round"], review["holder"]) == ("round", "1", made.a)
    assert (review["planned_s"], review["actual_s"], review["overrun_s"]) == (
        "360.0",
        "400.0",
        "40.0",
    )
    assert review[f"airtime_s:{made.b}"] == "400.0" and review[f"airtime_s:{made.a}"] == "0.0"
    assert rows[0]["section"] == "opening" and rows[0]["round"] == ""
    total = rows[-1]
    assert (total["planned_s"], total["actual_s"], total["overrun_s"]) == (
        "3180.0",
        "3000.0",
        "70.0",
    )
    assert total[f"airtime_s:{made.a}"] == "1240.0" and total["unmarked_s"] == "100.0"
    # every phase's airtime and unmarked time add up to its actual time
    for row in rows[:-1]:
        parts = sum(float(v) for k, v in row.items() if k.startswith("airtime_s:"))
        assert parts + float(row["unmarked_s"]) == pytest.approx(float(row["actual_s"]))


def test_csv_never_starts_a_cell_with_a_formula(store):
    made = make_finished(store, people=("=HYPERLINK(1)", "Ben"))
    rows = csv_rows(build_report(open_past(store, made.session_id)))
    cells = [c for row in rows for c in row]
    assert not any(c.startswith("=") for c in cells)
    assert "'=HYPERLINK(1)" in cells


def test_notes_written_in_the_brief_review_are_marked_and_summed_up(report, made):
    from facilitator.reports.tables import notes_table, summary

    review = [n for n in report.notes if n.review]
    assert [n.text for n in review] == ["Send the | budget draft to the team"]  # phase 4
    assert not next(n for n in report.notes if n.text == PRIVATE).review  # client's time
    labels = dict(summary(report))
    assert "budget draft" in labels["Review: what helped, what could be better"]
    rows = notes_table(report).rows
    assert any(where.endswith("· review") for where, _, _ in rows)
    md = to_markdown(report)
    assert "**Review: what helped, what could be better:**" in md


def test_review_notes_stay_out_of_a_report_without_notes(store, made):
    report = build_report(open_past(store, made.session_id), notes=False)
    from facilitator.reports.tables import summary

    assert "Review: what helped, what could be better" not in dict(summary(report))
def test_markdown_makes_user_text_inert():
    from facilitator.reports.markdown import escape

    assert escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert escape("<img src=x>") == "&lt;img src=x&gt;"
    assert escape("![](http://evil/x.png)") == "\\!\\[\\](http&#58;//evil/x\\.png)"
    assert escape("[click](javascript:alert(1))") == "\\[click\\](javascript&#58;alert(1))"
    assert escape("a | b") == "a \\| b" and escape("*bold* _it_") == "\\*bold\\* \\_it\\_"
    assert escape("# not a heading") == "\\# not a heading"
    assert escape("two\nlines") == "two<br>lines"
