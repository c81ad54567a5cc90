"""The ICF log on hand-computed examples: every figure below was worked out by hand."""

from __future__ import annotations

import csv
from datetime import date
from fractions import Fraction as F

import pytest

from facilitator.core.coaching.icf import CREDENTIALS, build_log, months_before
from facilitator.core.coaching.icf_export import table, to_csv, write_log
from facilitator.core.coaching.model import (
    Client,
    CoachingSession,
    Engagement,
    Payment,
    format_hours,
)
from facilitator.core.text import strip_bidi

TODAY = date(2027, 8, 31)
H = 3600


def client(cid, name=None, consent=True, contact=""):
    return Client(cid, name or f"Client {cid}", contact or f"c{cid}@example.org", consent)


def engagement(
    eid, cid, start=date(2026, 1, 1), payment=Payment.PAID, group=1, as_client=0, end=None
):
    return Engagement(eid, cid, start, end, group, payment, as_client)


_next = iter(range(1, 10_000))


def session(eid, day, seconds, paid=True):
    return CoachingSession(next(_next), eid, day, seconds, fee_paid=paid)


def test_partial_hours_are_exact():
    log = build_log(
        [client(1, "Ana")], [engagement(10, 1)],
        [session(10, date(2027, 1, 5), 30 * 60), session(10, date(2027, 1, 12), 45 * 60),
         session(10, date(2027, 1, 19), 20 * 60)],
        TODAY,
    )  # fmt: skip
    (row,) = log.rows
    assert row.paid == F(30 + 45 + 20, 60) == F(19, 12)
    assert row.pro_bono == 0
    assert log.total == F(19, 12)
    assert "1.58" in to_csv(log)


def test_group_hours_are_not_multiplied_and_each_member_is_a_client():
    log = build_log(
        [client(1, "Ana"), client(2, "Team lead")],
        [engagement(10, 1), engagement(20, 2, payment=Payment.PRO_BONO, group=6)],
        [session(10, date(2027, 2, 1), H), session(20, date(2027, 2, 2), 90 * 60),
         session(20, date(2027, 2, 9), 90 * 60)],
        TODAY,
    )  # fmt: skip
    group = log.rows[1]
    assert (group.kind, group.group_size, group.paid, group.pro_bono) == ("Group", 6, 0, 3)
    assert log.clients == 1 + 6
    assert (log.paid, log.pro_bono, log.total) == (1, 3, 4)


def test_groups_over_fifteen_are_left_off():
    log = build_log(
        [client(1, "Big room")], [engagement(10, 1, group=16)],
        [session(10, date(2027, 2, 1), H)], TODAY,
    )  # fmt: skip
    assert log.rows == [] and log.total == 0 and log.clients == 0
    assert "group of 16" in log.left_off[0]


def test_pro_bono_and_paid_rows():
    log = build_log(
        [client(1), client(2)],
        [engagement(10, 1), engagement(20, 2, payment=Payment.PRO_BONO)],
        [session(10, date(2027, 3, 1), H), session(20, date(2027, 3, 2), 2 * H, paid=False)],
        TODAY,
    )  # fmt: skip
    assert [(r.paid, r.pro_bono) for r in log.rows] == [(1, 0), (0, 2)]


def test_unpaid_fee_waits_and_counts_nowhere():
    log = build_log(
        [client(1)], [engagement(10, 1)],
        [session(10, date(2027, 3, 1), H), session(10, date(2027, 3, 8), H, paid=False)],
        TODAY,
    )  # fmt: skip
    assert log.paid == 1 and log.awaiting_payment == 1 and log.recent == 1


def test_reciprocal_paid_capped_at_hours_as_client():
    # Coach 10 h, client 8 h in the exchange: 8 paid + 2 pro bono.
    sessions = [session(10, date(2027, 1, d), H) for d in range(1, 11)]
    log = build_log([client(1)], [engagement(10, 1, payment=Payment.RECIPROCAL, as_client=8 * H)],
                    sessions, TODAY)  # fmt: skip
    (row,) = log.rows
    assert (row.paid, row.pro_bono) == (8, 2)


def test_reciprocal_time_as_client_is_pooled_in_date_order():
    # A: coached 3 h (Jan), was client 5 h. B: coached 4 h (Feb), was client 0 h.
    # Budget 5 h: A's 3 h paid, then 2 of B's 4 h paid, 2 pro bono.
    log = build_log(
        [client(1, "A"), client(2, "B")],
        [engagement(10, 1, payment=Payment.RECIPROCAL, as_client=5 * H),
         engagement(20, 2, start=date(2026, 2, 1), payment=Payment.RECIPROCAL)],
        [session(10, date(2027, 1, 5), 3 * H), session(20, date(2027, 2, 5), 90 * 60),
         session(20, date(2027, 2, 12), 150 * 60)],
        TODAY,
    )  # fmt: skip
    a, b = log.rows
    assert (a.paid, a.pro_bono) == (3, 0)
    # B: first session 1.5 h all paid (budget 2 h left -> 0.5 h), second 2.5 h: 0.5 paid, 2 pro bono.
    assert (b.paid, b.pro_bono) == (2, 2)


def test_reciprocal_partial_hour_cap():
    log = build_log([client(1)], [engagement(10, 1, payment=Payment.RECIPROCAL, as_client=30 * 60)],
                    [session(10, date(2027, 1, 5), 45 * 60)], TODAY)  # fmt: skip
    assert (log.rows[0].paid, log.rows[0].pro_bono) == (F(1, 2), F(1, 4))


def test_clients_without_consent_are_left_off_with_their_hours():
    log = build_log(
        [client(1, "Named"), client(2, "Private person", consent=False)],
        [engagement(10, 1), engagement(20, 2)],
        [session(10, date(2027, 1, 5), H), session(20, date(2027, 1, 6), 5 * H)],
        TODAY,
    )  # fmt: skip
    assert [r.client_name for r in log.rows] == ["Named"]
    assert log.total == 1 and log.clients == 1 and log.recent == 1
    assert "Private person" not in to_csv(log)
    assert [strip_bidi(x) for x in log.left_off] == ["Private person: did not consent to be listed"]


def test_eighteen_month_window_boundary():
    # 18 months before 2027-08-31 is 2026-02-28 (February has no 31st): that day counts.
    assert months_before(TODAY, 18) == date(2026, 2, 28)
    log = build_log(
        [client(1)], [engagement(10, 1, start=date(2025, 1, 1))],
        [session(10, date(2026, 2, 27), H), session(10, date(2026, 2, 28), 2 * H),
         session(10, TODAY, 30 * 60), session(10, date(2027, 9, 1), 4 * H)],  # future: not yet
        TODAY,
    )  # fmt: skip
    assert log.recent == F(5, 2)
    assert log.total == F(7, 2)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [(date(2025, 8, 29), 18, date(2024, 2, 29)), (date(2026, 1, 15), 18, date(2024, 7, 15)),
     (date(2026, 6, 30), 1, date(2026, 5, 30))],
)  # fmt: skip
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


def test_sessions_before_training_start_do_not_count():
    log = build_log([client(1)], [engagement(10, 1)],
                    [session(10, date(2025, 5, 1), H), session(10, date(2025, 6, 1), H)],
                    TODAY, since=date(2025, 6, 1))  # fmt: skip
    assert log.total == 1


def test_progress_names_what_is_missing():
    clients = [client(i) for i in range(1, 9)]
    engagements = [engagement(i, i) for i in range(1, 9)]
    # 8 clients; 80 h paid in 2027 + 20 h pro bono long ago is ACC's 100 (75 paid, 25 recent).
    sessions = [session(i, date(2027, 1, i), 10 * H) for i in range(1, 9)]
    engagements.append(engagement(9, 1, start=date(2024, 1, 1), payment=Payment.PRO_BONO))
    sessions.append(session(9, date(2024, 1, 2), 20 * H))
    log = build_log(clients, engagements, sessions, TODAY)
    acc, pcc, mcc = log.progress()
    assert (acc.hours, acc.paid, acc.clients, acc.recent) == (100, 80, 8, 80)
    assert acc.met and acc.missing == []
    assert pcc.missing == ["400 more hours", "370 more paid hours", "17 more clients"]
    assert not mcc.met and mcc.credential is CREDENTIALS[2]


def test_csv_layout(tmp_path):
    log = build_log(
        [client(1, "Ana, B.", contact="ana@x.org")],
        [engagement(10, 1, start=date(2027, 1, 1), end=date(2027, 3, 1))],
        [session(10, date(2027, 1, 5), 90 * 60)], TODAY,
    )  # fmt: skip
    assert to_csv(log).splitlines() == [
        "No.,Client name,Individual/Group,Number in group,Contact,Start date,End date,"
        "Paid hours,Pro bono hours",
        '1,"Ana, B.",Individual,1,ana@x.org,2027-01-01,2027-03-01,1.50,0.00',
        ",Totals,,,,,,1.50,0.00",
        ",Total hours (paid and pro bono),,,,,,1.50,",
    ]
    path = write_log(log, tmp_path / "log.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfNo.")
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        write_log(log, tmp_path / "log.txt")


def test_xlsx_has_exact_numbers(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    log = build_log([client(1, "Ana")], [engagement(10, 1)],
                    [session(10, date(2027, 1, 5), 45 * 60)], TODAY)  # fmt: skip
    path = write_log(log, tmp_path / "log.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet["B2"].value == "Ana" and sheet["H2"].value == 0.75
    assert sheet["H3"].value == 0.75 and sheet["B3"].value == "Totals"


# --- issue 17: one row per client, each person once, end dates, rounding ------------------


def test_a_clients_engagements_make_one_row_with_paid_and_pro_bono_side_by_side():
    # Ana: paid 2 h (Jan) then pro bono 1.5 h (Mar): one row, 2 paid + 1.5 pro bono.
    log = build_log(
        [client(1, "Ana")],
        [engagement(10, 1, start=date(2027, 1, 1)),
         engagement(11, 1, start=date(2027, 3, 1), payment=Payment.PRO_BONO)],
        [session(10, date(2027, 1, 5), 2 * H), session(11, date(2027, 3, 5), 90 * 60)],
        TODAY,
    )  # fmt: skip
    (row,) = log.rows
    assert (row.paid, row.pro_bono, row.start) == (2, F(3, 2), date(2027, 1, 1))
    assert log.clients == 1


def test_a_group_counts_its_members_once_at_its_largest():
    # A team of 6 that becomes 5 (a new engagement) is 6 clients, not 11; Ana twice is 1.
    log = build_log(
        [client(1, "Team"), client(2, "Ana")],
        [engagement(10, 1, group=6, start=date(2027, 1, 1)),
         engagement(11, 1, group=5, start=date(2027, 4, 1)),
         engagement(20, 2, start=date(2027, 2, 1)), engagement(21, 2, start=date(2027, 5, 1))],
        [session(10, date(2027, 1, 10), H), session(11, date(2027, 4, 10), H),
         session(20, date(2027, 2, 10), H), session(21, date(2027, 5, 10), H)],
        TODAY,
    )  # fmt: skip
    assert log.clients == 6 + 1
    assert [(r.client_name, r.kind, r.group_size) for r in log.rows] == [
        ("Team", "Group", 6), ("Ana", "Individual", 1)]  # fmt: skip
    for p in log.progress():
        assert p.clients == 7


def test_end_date_is_the_last_session_while_ongoing_else_the_latest_end():
    log = build_log(
        [client(1, "Ongoing"), client(2, "Ended")],
        [engagement(10, 1, start=date(2027, 1, 1)),
         engagement(20, 2, start=date(2027, 1, 2), end=date(2027, 2, 20)),
         engagement(21, 2, start=date(2027, 3, 1), end=date(2027, 4, 30))],
        [session(10, date(2027, 1, 5), H), session(10, date(2027, 6, 7), H),
         session(10, date(2027, 9, 1), H),  # after today: neither counted nor the end
         session(20, date(2027, 2, 1), H), session(21, date(2027, 3, 5), H)],
        TODAY,
    )  # fmt: skip
    ongoing, ended = log.rows
    assert (ongoing.start, ongoing.end) == (date(2027, 1, 1), date(2027, 6, 7))
    assert (ended.start, ended.end) == (date(2027, 1, 2), date(2027, 4, 30))
    assert all(line[6] for line in table(log)[1:-2])  # no empty end date on any row


def test_training_start_moves_the_start_date_to_the_first_counted_session():
    log = build_log([client(1)], [engagement(10, 1, start=date(2025, 1, 1))],
                    [session(10, date(2025, 5, 1), H), session(10, date(2025, 6, 3), H)],
                    TODAY, since=date(2025, 6, 1))  # fmt: skip
    assert log.rows[0].start == date(2025, 6, 3)


def test_csv_and_xlsx_agree_to_the_hundredth(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    # 13.125 h = 787.5 min = 47,250 s: half a hundredth, rounded up in both files.
    log = build_log([client(1, "Ana")], [engagement(10, 1)],
                    [session(10, date(2027, 1, 5), 47_250)], TODAY)  # fmt: skip
    csv_rows = list(csv.reader(to_csv(log).splitlines()))
    assert csv_rows[1][7] == "13.13"
    sheet = openpyxl.load_workbook(write_log(log, tmp_path / "log.xlsx")).active
    assert sheet["H2"].value == 13.13
    for line, cells in zip(csv_rows[1:], sheet.iter_rows(min_row=2, values_only=True),
                           strict=True):  # fmt: skip
        for text, number in zip(line[7:9], cells[7:9], strict=False):
            if text:
                assert f"{number:.2f}" == text


@pytest.mark.parametrize(("value", "text"), [(F(13125, 1000), "13.13"), (F(1, 200), "0.01"),
                                             (F(-1, 200), "-0.01"), (F(1, 3), "0.33"),
                                             (F(2, 3), "0.67"), (F(12345, 1000), "12.35")])  # fmt: skip
def test_format_hours_rounds_halves_up(value, text):
    assert format_hours(value) == text


def test_names_that_look_like_formulas_stay_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    log = build_log([client(1, '=HYPERLINK("http://x","y")', contact="+48 600 100 200")],
                    [engagement(10, 1)], [session(10, date(2027, 1, 5), H)], TODAY)  # fmt: skip
    row = list(csv.reader(to_csv(log).splitlines()))[1]
    assert row[1] == "'=HYPERLINK(\"http://x\",\"y\")" and row[4] == "'+48 600 100 200"
    sheet = openpyxl.load_workbook(write_log(log, tmp_path / "log.xlsx")).active
    assert sheet["B2"].value == '=HYPERLINK("http://x","y")' and sheet["B2"].data_type == "s"
