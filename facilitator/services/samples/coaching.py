"""A small, made-up coach's log for screenshots and trying the window (never real people)."""

from __future__ import annotations

from datetime import date, timedelta

from facilitator.core.coaching.model import ActionStatus, ClosingSummary, Payment, Stage
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_consents import record_consent


def fill_demo_log(store: CoachingStore, today: date, now: float) -> dict[str, int]:
    """Add four sample clients with engagements, sessions, actions and dated consents;
    return their ids."""
    ids = {}

    def consent(cid: int, scope: str, given: bool, days_ago: int, how: str, note: str = "") -> None:
        record_consent(store.conn, cid, scope, given, today - timedelta(days=days_ago),
                       how=how, note=note, now=now)  # fmt: skip

    ana = store.add_client("Ana Example", contact="ana@example.org", icf_consent=True,
                           notes="Prefers early mornings; video calls.", now=now)  # fmt: skip
    e = store.add_engagement(ana, today - timedelta(days=120), now=now, payment=Payment.PAID,
                             confidentiality="Nothing leaves the session without Ana's say-so.",
                             fees="120 per session, invoiced monthly", cancellation="48 h notice",
                             sessions_agreed=8)  # fmt: skip
    store.set_stage(e, Stage.UNDERSTANDING, today - timedelta(days=100), now=now)
    store.set_stage(e, Stage.GOALS, today - timedelta(days=70), now=now)
    store.set_stage(e, Stage.ACTION, today - timedelta(days=30), now=now)
    previous = None
    for i, (days, minutes, takeaway) in enumerate([
        (118, 60, "Understand why the team move feels so heavy"),
        (90, 45, "Name what a good year would look like"),
        (60, 60, "Choose between the two offers"),
        (28, 50, "A first step toward the new role"),
    ]):  # fmt: skip
        sid = store.add_session(e, today - timedelta(days=days), minutes * 60, now=now,
                                takeaway=takeaway, notes=f"Session {i + 1}: explored options.",
                                reflection="I asked two questions at once again.",
                                fee_paid=i < 3, coach_talk_seconds=600, client_talk_seconds=2400)  # fmt: skip
        if previous is not None:
            for action in store.actions_to_review(sid):
                store.review_action(action.id, ActionStatus.DONE, sid)
        store.add_action(sid, f"Talk to a mentor about step {i + 1}",
                         due=today - timedelta(days=days - 7), now=now)  # fmt: skip
        previous = sid
    store.add_session(e, today, 0, now=now)
    consent(ana, "records", True, 120, "contract")
    consent(ana, "icf_log", True, 120, "in_writing", "Signed form, filed with the contract.")
    ids["ana"] = ana
    ben = store.add_client("Ben Sample", contact="+44 20 7946 0000", icf_consent=True, now=now)
    e = store.add_engagement(ben, today - timedelta(days=300), now=now, payment=Payment.PRO_BONO,
                             end=today - timedelta(days=200))  # fmt: skip
    store.set_stage(e, Stage.WITHDRAWING, today - timedelta(days=200), now=now,
                    closing=ClosingSummary("From stuck to moving", "Asking for help early",
                                           "Found a new job", "Keeping the pace"))  # fmt: skip
    for days in (290, 260, 230, 205):
        store.add_session(e, today - timedelta(days=days), 45 * 60, now=now)
    consent(ben, "records", True, 300, "contract")
    consent(ben, "icf_log", True, 290, "email")
    ids["ben"] = ben
    peer = store.add_client(
        "Team Leads Circle", contact="lead@example.org", icf_consent=True, now=now
    )
    e = store.add_engagement(
        peer, today - timedelta(days=60), now=now, payment=Payment.PAID, group_size=5
    )
    for days in (55, 41, 27, 13):
        store.add_session(e, today - timedelta(days=days), 90 * 60, now=now, fee_paid=True)
    consent(peer, "records", True, 60, "contract")
    consent(peer, "icf_log", True, 60, "Agreed by the sponsor for the whole circle")
    ids["group"] = peer
    private = store.add_client("Private Person", icf_consent=False, now=now)
    e = store.add_engagement(private, today - timedelta(days=40), now=now, payment=Payment.RECIPROCAL,
                             seconds_as_client=3600)  # fmt: skip
    for days in (35, 20):
        store.add_session(e, today - timedelta(days=days), 3600, now=now)
    consent(private, "records", True, 40, "orally", "Asked for notes to stay short.")
    consent(private, "icf_log", True, 40, "orally")
    consent(private, "icf_log", False, 10, "email", "Prefers not to be named anywhere.")
    ids["private"] = private
    return ids
