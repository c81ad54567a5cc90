"""The import's preview and who a row is (issue 17, items 1-5): hand-checked examples."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from facilitator.core.coaching.icf import build_log
from facilitator.core.coaching.model import Payment
from facilitator.core.coaching.session_import import parse_sessions_csv
from facilitator.store.coaching_import import NEW_CLIENT, apply_plan, import_rows, plan_import
from tests.store.coaching.conftest import T0

TODAY = date(2027, 1, 1)


def rows_of(text: str):
    rows, problems = parse_sessions_csv(text.encode())
    assert problems == [], [str(p) for p in problems]
    return rows


def icf(log):
    return build_log(log.clients(), log.engagements(), log.all_sessions(), TODAY)


def test_two_people_of_one_name_with_different_contacts_stay_two(log):
    rows = rows_of(
        "client,contact,date,minutes,consent,fee paid\n"
        "Anna Nowak,anna@one.pl,2026-01-05,60,yes,yes\n"
        "Anna Nowak,anna@two.pl,2026-01-06,60,yes,yes\n"
        "Anna Nowak,,2026-01-07,60,yes,yes\n"  # which one? the file has two
    )
    plan = plan_import(log, rows)
    assert [(p.line, p.column) for p in plan.problems] == [(4, "contact")]
    summary = import_rows(log, rows[:2], now=T0)
    assert summary.new_clients == 2
    assert sorted(c.contact for c in log.clients()) == ["anna@one.pl", "anna@two.pl"]
    assert icf(log).clients == 2


def test_a_name_in_the_log_with_another_contact_is_a_decision(log):
    ana = log.add_client("Anna Nowak", contact="anna@one.pl", icf_consent=True, now=T0)
    rows = rows_of("client,contact,date,minutes\n"
                   "anna nowak,ANNA@one.pl,2026-02-01,30\n"  # the same person (case aside)
                   "Anna Nowak,anna@two.pl,2026-02-02,30\n")  # fmt: skip
    plan = plan_import(log, rows)
    (conflict,) = plan.conflicts
    assert (conflict.name, conflict.contact, conflict.lines) == ("Anna Nowak", "anna@two.pl", (3,))
    assert [c.id for c in conflict.existing] == [ana]
    assert not plan.ready
    with pytest.raises(ValueError, match="decide first"):
        apply_plan(log, plan, now=T0)
    plan.decide(conflict, NEW_CLIENT)
    summary = apply_plan(log, plan, now=T0)
    assert (summary.sessions, summary.new_clients) == (2, 1)
    assert len(log.client_history(ana)) == 1


def test_deciding_same_person_puts_the_sessions_with_them(log):
    ana = log.add_client("Anna Nowak", contact="anna@one.pl", now=T0)
    plan = plan_import(log, rows_of("client,contact,date,minutes\nAnna Nowak,+48 600,2026-02-02,30\n"))
    plan.decide(plan.conflicts[0], ana)
    assert apply_plan(log, plan, now=T0).new_clients == 0
    assert len(log.client_history(ana)) == 1 and len(log.clients()) == 1


def test_a_contact_written_once_covers_the_names_other_rows(log):
    rows = rows_of("client,contact,date,minutes\nBo,bo@x.org,2026-01-01,30\nBo,,2026-01-08,30\n")
    summary = import_rows(log, rows, now=T0)
    assert summary.new_clients == 1 and log.clients()[0].contact == "bo@x.org"


def test_importing_the_same_file_twice_adds_nothing(log):
    text = ("client,date,minutes,payment,fee paid,consent\n"
            "Ana,2026-03-01,45,paid,yes,yes\nAna,2026-03-08,45,paid,yes,yes\n"
            "Ben,2026-03-02,60,pro bono,,yes\n")  # fmt: skip
    first = import_rows(log, rows_of(text), now=T0)
    assert (first.sessions, first.already_there) == (3, 0)
    plan = plan_import(log, rows_of(text))
    assert (len(plan.new), len(plan.already_there), plan.problems) == (0, 3, [])
    again = apply_plan(log, plan, now=T0)
    assert (again.sessions, again.new_clients, again.new_engagements) == (0, 0, 0)
    assert len(log.all_sessions()) == 3
    # One more session later in the same file: only that one is new.
    plan = plan_import(log, rows_of(text + "Ana,2026-03-15,45,paid,yes,yes\n"))
    assert [r.line for r in plan.new] == [5] and len(plan.already_there) == 3


def test_the_same_session_twice_in_one_file_is_a_problem(log):
    plan = plan_import(log, rows_of("client,date,minutes,notes\nAna,2026-03-01,45,x\n"
                                    "Ana,2026-03-01,45,x\nAna,2026-03-01,45,other\n"))  # fmt: skip
    assert [str(p) for p in plan.problems] == [
        "line 3: the same session as line 2 (client, date, minutes and notes); delete one of them"
    ]


def test_group_size_change_and_payment_kinds_do_not_multiply_clients(log):
    # A team of 6 becomes 5 (same engagement, still 6 people); Ana paid then pro bono.
    rows = rows_of(
        "client,date,minutes,payment,fee paid,group size,consent\n"
        "Team,2026-01-05,60,paid,yes,6,yes\nTeam,2026-02-05,60,paid,yes,5,yes\n"
        "Ana,2026-01-06,60,paid,yes,1,yes\nAna,2026-02-06,60,pro bono,,1,yes\n"
    )
    summary = import_rows(log, rows, now=T0)
    assert (summary.new_clients, summary.new_engagements) == (2, 3)
    team = next(c for c in log.clients() if c.name == "Team")
    (eng,) = log.engagements(team.id)
    assert eng.group_size == 6
    result = icf(log)
    assert (result.clients, len(result.rows)) == (7, 2)
    assert (result.paid, result.pro_bono) == (3, 1)


def test_reciprocal_time_as_client_is_imported_and_counts_as_paid(log):
    # Coached Peer 3 h and Pal 2 h reciprocally; was a client for 4 h (pooled): 4 paid + 1 pro bono.
    rows = rows_of(
        "client,date,minutes,payment,minutes as client,consent\n"
        "Peer,2026-01-05,120,reciprocal,180,yes\nPeer,2026-01-12,60,reciprocal,,yes\n"
        "Pal,2026-02-01,120,reciprocal,60,yes\n"
    )
    import_rows(log, rows, now=T0)
    assert sorted(e.seconds_as_client for e in log.engagements()) == [3600, 10800]
    result = icf(log)
    assert (result.paid, result.pro_bono) == (4, 1)
    assert all(e.payment is Payment.RECIPROCAL for e in log.engagements())
    # Re-importing does not count the time as client twice.
    import_rows(log, rows, now=T0)
    assert sorted(e.seconds_as_client for e in log.engagements()) == [3600, 10800]


def test_progress_reaches_the_end(log):
    text = "client,date,minutes\n" + "".join(f"C{i},2026-01-{1 + i % 28:02d},{1 + i % 90}\n"
                                              for i in range(12_000))  # fmt: skip
    rows = rows_of(text)
    seen = []
    plan = plan_import(log, rows, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (12_000, 12_000)
    applied = []
    summary = apply_plan(log, plan, now=T0, progress=lambda d, t: applied.append((d, t)))
    assert summary.sessions == 12_000 and applied[-1] == (12_000, 12_000) and len(applied) > 2


def _trigger_sql(log):
    row = log.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'coach_sessions_fts_insert'").fetchone()  # fmt: skip
    return row and row[0]


def test_a_big_import_is_searchable_and_the_index_trigger_is_back(log):
    from facilitator.store.coaching_search import search

    before = _trigger_sql(log)
    text = "client,date,minutes,notes\n" + "".join(
        f"C{i % 30},2026-01-{1 + i % 28:02d},{1 + i % 600 / 10},note {i} word{i}\n"
        for i in range(3000))  # fmt: skip
    assert import_rows(log, rows_of(text), now=T0).sessions == 3000
    assert _trigger_sql(log) == before
    (hit,) = search(log.conn, "word2999")
    assert hit.kind == "session" and hit.snippet.startswith("note 2999")
    # Sessions added afterwards are indexed by the trigger again.
    sid = log.add_session(log.engagements()[0].id, date(2026, 2, 1), 60, now=T0, notes="zebra")
    assert [h.session_id for h in search(log.conn, "zebra")] == [sid]
    count = log.conn.execute("SELECT COUNT(*) FROM coach_fts WHERE notes != ''").fetchone()[0]
    assert count == 3001


def test_a_big_import_that_fails_leaves_log_index_and_trigger_as_they_were(log):
    before = _trigger_sql(log)
    log.conn.execute(
        "CREATE TEMP TRIGGER late_failure BEFORE INSERT ON coach_sessions "
        "WHEN (SELECT COUNT(*) FROM coach_sessions) >= 2500 "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    text = "client,date,minutes,notes\n" + "".join(
        f"C{i % 30},2026-01-{1 + i % 28:02d},{1 + i % 600 / 10},note {i}\n" for i in range(3000))  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        import_rows(log, rows_of(text), now=T0)
    assert log.all_sessions() == [] and log.clients() == []
    assert _trigger_sql(log) == before
    assert log.conn.execute("SELECT COUNT(*) FROM coach_fts").fetchone() == (0,)
