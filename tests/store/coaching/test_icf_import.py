"""Importing ICF's own log spreadsheet (issue 17, item 8): CSV and XLSX, round trip."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.core.coaching.icf import build_log
from facilitator.core.coaching.icf_export import to_csv, to_xlsx_bytes
from facilitator.core.coaching.icf_import import is_icf_log, read_icf_log
from facilitator.core.coaching.model import Payment
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_import import import_rows, plan_import
from facilitator.store.database import open_records
from tests.store.coaching.conftest import T0

TODAY = date(2027, 6, 30)
TEMPLATE = (
    "Client Name,Contact Information,Individual/Group,Number in Group,Start Date,End Date,"
    "Paid Hours,Pro-bono Hours\n"
    "Ana Nowak,ana@one.pl,Individual,1,2026-01-10,2026-06-30,12.5,0\n"
    "Team North,lead@north.org,Group,6,2026-02-01,2026-05-01,6,1.25\n"
    "Ben,ben@x.org,Individual,1,2026-03-01,2026-03-01,0,3\n"
    ",Totals,,,,,18.5,4.25\n"
)


def test_the_template_becomes_clients_engagements_and_hours(log):
    parsed = read_icf_log(TEMPLATE.encode())
    assert parsed.problems == []
    assert [(r.client, r.payment, r.seconds, r.held_on) for r in parsed.rows] == [
        ("Ana Nowak", Payment.PAID, 45_000, date(2026, 6, 30)),
        ("Team North", Payment.PAID, 21_600, date(2026, 5, 1)),
        ("Team North", Payment.PRO_BONO, 4_500, date(2026, 5, 1)),
        ("Ben", Payment.PRO_BONO, 10_800, date(2026, 3, 1)),
    ]
    import_rows(log, parsed.rows, now=T0)
    icf = build_log(log.clients(), log.engagements(), log.all_sessions(), TODAY)
    # Hand-computed: paid 12.5 + 6 = 18.5, pro bono 1.25 + 3 = 4.25, clients 1 + 6 + 1 = 8.
    assert (icf.paid, icf.pro_bono, icf.clients, len(icf.rows)) == (18.5, 4.25, 8, 3)
    # Reading the same log again adds nothing.
    plan = plan_import(log, read_icf_log(TEMPLATE.encode()).rows)
    assert (len(plan.new), len(plan.already_there)) == (0, 4)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_exported_log_reads_back_to_the_same_figures(log, tmp_path, kind):
    pytest.importorskip("openpyxl")
    import_rows(log, read_icf_log(TEMPLATE.encode()).rows, now=T0)
    first = build_log(log.clients(), log.engagements(), log.all_sessions(), TODAY)
    data = to_csv(first).encode("utf-8-sig") if kind == "csv" else to_xlsx_bytes(first)
    assert is_icf_log(data, f"log.{kind}")
    parsed = read_icf_log(data, xlsx=kind == "xlsx")
    assert parsed.problems == [], [str(p) for p in parsed.problems]
    other = open_records(tmp_path / "other")
    try:
        store = CoachingStore(other.conn)
        import_rows(store, parsed.rows, now=T0)
        again = build_log(store.clients(), store.engagements(), store.all_sessions(), TODAY)
    finally:
        other.conn.close()
    assert [(r.client_name, r.contact, r.group_size, r.paid, r.pro_bono) for r in again.rows] == [
        (r.client_name, r.contact, r.group_size, r.paid, r.pro_bono) for r in first.rows]  # fmt: skip
    assert (again.clients, again.total) == (first.clients, first.total)


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("Ana,a@x,Individual,1,2026-01-10,2026-01-01,1,0", "before the start date"),
        ("Ana,a@x,Individual,1,2026-01-10,2026-02-30,1,0", "February 2026 has 28 days"),
        ("Ana,a@x,Solo,1,2026-01-10,2026-02-01,1,0", "not Individual or Group"),
        ("Ana,a@x,Group,1,2026-01-10,2026-02-01,1,0", "2 or more"),
        ('Ana,a@x,Individual,1,2026-01-10,2026-02-01,"1,000",0', "thousands separator"),
        ("Ana,a@x,Individual,1,2026-01-10,2026-02-01,0,0", "neither paid nor pro bono"),
        ("Ana,a@x,Individual,1,0001-01-01,2026-02-01,1,0", "before 1990"),
    ],
)
def test_bad_lines_are_named(line, needle):
    head = TEMPLATE.splitlines()[0]
    parsed = read_icf_log(f"{head}\n{line}\n".encode())
    assert parsed.rows == [] and any(needle in str(p) for p in parsed.problems), [
        str(p) for p in parsed.problems]  # fmt: skip
    assert all(str(p).startswith("line 2") for p in parsed.problems)


def test_unknown_and_missing_columns():
    parsed = read_icf_log(b"Client Name,Colour,Start Date\nAna,red,2026-01-01\n")
    found = [str(p) for p in parsed.problems]
    assert "line 1, column 'Colour': not a column of ICF's client coaching log" in found
    assert "line 1, column 'paid': this column of ICF's log is missing" in found


def test_a_damaged_workbook_is_a_problem_not_a_crash():
    parsed = read_icf_log(b"PK\x03\x04 not really a zip", xlsx=True)
    assert "cannot be read as an Excel workbook" in str(parsed.problems[0])


def test_sessions_csv_is_not_taken_for_an_icf_log():
    assert not is_icf_log(b"client,date,minutes\nAna,2026-01-01,45\n", "x.csv")
    assert is_icf_log(TEMPLATE.encode(), "x.csv")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_formula_like_names_round_trip(log, tmp_path, kind):
    pytest.importorskip("openpyxl")
    ana = log.add_client("=Ana", contact="+48 600", icf_consent=True, now=T0)
    eid = log.add_engagement(ana, date(2026, 1, 1), now=T0)
    log.add_session(eid, date(2026, 2, 1), 3600, fee_paid=True, now=T0)
    first = build_log(log.clients(), log.engagements(), log.all_sessions(), TODAY)
    data = to_csv(first).encode() if kind == "csv" else to_xlsx_bytes(first)
    (row,) = read_icf_log(data, xlsx=kind == "xlsx").rows
    assert (row.client, row.contact) == ("=Ana", "+48 600")


@pytest.mark.parametrize("sep, name", [(";", "';'"), ("\t", "tabs")])
def test_a_log_saved_with_another_separator_says_so_like_the_sessions_import(sep, name):
    # QA (issue 19): a ';' log gave "not a column of ICF's client coaching log" for one
    # long column; it now gets the same message as `import sessions`.
    parsed = read_icf_log(TEMPLATE.replace(",", sep).encode())
    assert [str(p) for p in parsed.problems] == [
        f"line 1: this file uses {name} between columns, not commas; save it from the "
        "spreadsheet as 'CSV UTF-8 (comma delimited)' and import that"
    ]
    assert parsed.rows == []


def test_a_header_of_unknown_columns_is_not_taken_for_another_separator():
    parsed = read_icf_log(b"Name;Hours,Paid Hours\nAna;1,2\n")
    assert all("between columns" not in str(p) for p in parsed.problems)
