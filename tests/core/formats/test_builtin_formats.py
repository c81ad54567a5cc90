"""The built-in formats load cleanly and their timings follow the seed texts.

Every expected number below is taken from the method descriptions in
/work/shared/seeds (README.md and the texts it lists), not from the code.
"""

from __future__ import annotations

import pytest

from facilitator.core.formats.catalog import is_translation
from facilitator.core.formats.format import Assign
from facilitator.core.formats.schema import load_format_file
from facilitator.core.plan.rounds import PlanError, make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.resources import builtin_formats_dir
from tests.core.helpers import BUILTIN_FILES, catalog, fmt, people

MIN = 60.0  # seconds


def test_every_builtin_format_loads_without_errors():
    cat = catalog()
    assert cat.errors == []
    assert sorted(cat.ids()) == [
        "action-learning",
        "audio-action-learning",
        "case-consultation",
        "co-consulting",
        "one-to-one-coaching",
    ]
    found = builtin_formats_dir().glob("*.toml")
    assert sorted(p.name for p in found if not is_translation(p)) == sorted(BUILTIN_FILES)


@pytest.mark.parametrize("name", BUILTIN_FILES)
def test_each_file_loads_alone_with_its_name(name):
    f = load_format_file(builtin_formats_dir() / name)
    assert f.file == name
    assert f.title and f.description
    assert f.group_min <= f.group_max


@pytest.mark.parametrize("format_id", sorted(catalog().ids()))
def test_every_group_size_allowed_gives_a_positive_timeline(format_id):
    f = fmt(format_id)
    params = f.resolve_params()
    for n in range(f.group_min, f.group_max + 1):
        try:
            plan = make_plan(f, params, people(n))
        except PlanError:
            # only Action Learning may refuse: more issue holders than members
            assert f.rounds is not None and f.rounds.count == "issue_holders"
            continue
        tl = build_timeline(f, params, plan)
        assert len(tl) > 0
        assert all(p.planned > 0 for p in tl.phases)
        assert [p.index for p in tl.phases] == list(range(len(tl)))


# -- co-consulting (seed 000) -------------------------------------------------------------


def test_co_consulting_thirty_minutes_each_way_by_default_and_swap():
    f = fmt("co-consulting")
    params = f.resolve_params()
    assert params["minutes_each_way"] == 30
    assert (f.group_min, f.group_max) == (2, 2)
    plan = make_plan(f, params, ["Ana", "Ben"])
    # two rounds, each person client once, the other consultant
    assert [r.holder for r in plan.rounds] == ["Ana", "Ben"]
    assert plan.rounds[0].roles == {"client": ("Ana",), "consultant": ("Ben",)}
    assert plan.rounds[1].roles == {"client": ("Ben",), "consultant": ("Ana",)}

    tl = build_timeline(f, params, plan)
    for r in (0, 1):
        phases = tl.round_phases(r)
        # the client's time comes first, then the brief review of what helped
        assert phases[0].planned == 30 * MIN
        assert "review" in phases[-1].name.lower()
        assert phases[-1].planned < phases[0].planned
    # each person is client for exactly 30 minutes: the time agreement is symmetrical
    client_time = {tl.holder_of(r): tl.round_phases(r)[0].planned for r in range(len(plan.rounds))}
    assert client_time == {"Ana": 1800.0, "Ben": 1800.0}


def test_co_consulting_time_each_way_is_a_setting():
    f = fmt("co-consulting")
    params = f.resolve_params({"minutes_each_way": 45})
    tl = build_timeline(f, params, make_plan(f, params, ["Ana", "Ben"]))
    assert [
        p.planned for p in tl.phases if p.round_index is not None and "review" not in p.name.lower()
    ] == [
        45 * MIN,
        45 * MIN,
    ]
    with pytest.raises(ValueError, match="Minutes each way"):
        f.resolve_params({"minutes_each_way": 0})
    with pytest.raises(ValueError, match="no parameter 'hours'"):
        f.resolve_params({"hours": 1})
    with pytest.raises(ValueError, match="not a number"):
        f.resolve_params({"minutes_each_way": "thirty"})


def test_co_consulting_agreements_cover_confidentiality_and_time():
    f = fmt("co-consulting")
    # one flow: the pair makes its agreements in the first phase, confirmed there, so the
    # setup asks for none (issue 13 item 5)
    assert f.agreements == ()
    tl = build_timeline(f, f.resolve_params(), make_plan(f, f.resolve_params(), people(2)))
    first = tl[0]
    assert first.section == "opening" and first.spec.agreement
    rules = " ".join(tl.rules_at(0)).lower()
    assert "confidential" in rules and "time each way: 30 min" in rules
    assert tl.roles_at(0) == {"client": ("Ana",), "consultant": ("Ben",)}  # who goes first


def test_co_consulting_refuses_three_people():
    f = fmt("co-consulting")
    with pytest.raises(PlanError, match="2 people; 3 given"):
        make_plan(f, f.resolve_params(), people(3))


# -- Action Learning (seed 002) ------------------------------------------------------------


def test_action_learning_meeting_shape_and_hour_long_rounds():
    f = fmt("action-learning")
    params = f.resolve_params()
    assert params["round_minutes"] == 60
    plan = make_plan(f, params, people(7))  # six members plus a facilitator
    assert plan.fixed == {"facilitator": ("Ana",)}
    assert len(plan.members) == 6
    tl = build_timeline(f, params, plan)

    opening = [p.name.lower() for p in tl.phases if p.section == "opening"]
    assert "catch-up" in opening[0]
    assert "bid" in opening[1]

    assert len(plan.rounds) == params["issue_holders"]
    for r in range(len(plan.rounds)):
        phases = tl.round_phases(r)
        names = [p.name.lower() for p in phases]
        assert "issue shared" in names[0]
        assert phases[0].planned == 5 * MIN
        assert "clarifying" in names[1]
        # open questions, feedback, challenge and support come before advice
        assert "open questions" in names[2]
        assert "advice" in names[3]
        assert sum(p.planned for p in phases) == 60 * MIN
        assert tl.holder_of(r) == plan.rounds[r].holder
    # the review closes the meeting; the next meeting is about six weeks away
    last = tl.phases[-1]
    assert last.section == "closing"
    assert "six weeks" in " ".join(last.spec.rules)


@pytest.mark.parametrize("round_minutes", [30, 45, 75, 90])
def test_action_learning_round_length_follows_the_setting(round_minutes):
    f = fmt("action-learning")
    params = f.resolve_params({"round_minutes": round_minutes, "issue_holders": 2})
    tl = build_timeline(f, params, make_plan(f, params, people(5)))
    for r in (0, 1):
        phases = tl.round_phases(r)
        assert sum(p.planned for p in phases) == round_minutes * MIN
        assert phases[0].planned == 5 * MIN  # the issue is always shared in five minutes


def test_action_learning_seven_people_allowed_facilitator_fixed():
    f = fmt("action-learning")
    assert f.group_min <= 7 <= f.group_max
    assert [r.id for r in f.roles_by(Assign.FIXED)] == ["facilitator"]
    assert f.holder_role is not None and f.holder_role.id == "issue_holder"


# -- Audio Action Learning (seed 002) ------------------------------------------------------


@pytest.mark.parametrize("call_hours, total", [(2.5, 150), (3, 180), (4, 240)])
@pytest.mark.parametrize("holders", [1, 2, 3, 4, 5])
def test_audio_action_learning_fills_the_call_exactly(call_hours, total, holders):
    f = fmt("audio-action-learning")
    params = f.resolve_params({"call_hours": call_hours, "issue_holders": holders})
    n = max(f.group_min, holders + 1)  # the issue holders plus the facilitator
    plan = make_plan(f, params, people(n))
    tl = build_timeline(f, params, plan)
    assert tl.planned_total == pytest.approx(total * MIN, abs=1e-6)
    breaks = [p for p in tl.phases if p.section == "break"]
    assert len(breaks) == 1
    assert breaks[0].spec.is_break
    # the break lies after a round and before the closing
    b = breaks[0].index
    assert tl[b - 1].round_index is not None
    assert tl[b + 1].section in ("round", "closing")
    assert len(plan.rounds) == holders


def test_audio_action_learning_refuses_other_call_lengths():
    f = fmt("audio-action-learning")
    with pytest.raises(ValueError, match=r"one of 2\.5, 3, 4"):
        f.resolve_params({"call_hours": 3.5})


# -- case consultation (seed 003) ----------------------------------------------------------


@pytest.mark.parametrize("n", [3, 4])
def test_case_consultation_rounds_of_25_minutes(n):
    f = fmt("case-consultation")
    params = f.resolve_params()
    plan = make_plan(f, params, people(n))
    tl = build_timeline(f, params, plan)
    assert len(plan.rounds) == n
    assert tl.planned_total == n * 25 * MIN
    for r in range(n):
        phases = tl.round_phases(r)
        assert [p.planned / MIN for p in phases] == [5, 5, 10, 5]


def test_case_consultation_microphones():
    f = fmt("case-consultation")
    assert f.rounds is not None
    describe, questions, discuss, sum_up = f.rounds.phases
    # (1) the case giver describes, advisers listen with microphones off
    assert describe.speakers == ("case_giver",)
    assert "adviser" in describe.muted and "case_giver" not in describe.muted
    # (2) advisers ask, the case giver answers
    assert {"adviser", "case_giver"} <= set(questions.speakers)
    assert questions.muted == ()
    # (3) the case giver's microphone is off while the advisers discuss
    assert "case_giver" in discuss.muted
    assert "case_giver" not in discuss.speakers
    assert "adviser" in discuss.speakers
    # (4) the case giver's microphone is on again to sum up
    assert "case_giver" not in sum_up.muted
    assert "case_giver" in sum_up.speakers


def test_case_consultation_has_a_timekeeper_and_group_of_three_or_four():
    f = fmt("case-consultation")
    assert (f.group_min, f.group_max) == (3, 4)
    assert [r.id for r in f.roles_by(Assign.DUTY)] == ["timekeeper"]
    for n in (2, 5):
        with pytest.raises(PlanError):
            make_plan(f, {}, people(n))


# -- one-to-one coaching (seed 004) ----------------------------------------------------------


def test_one_to_one_coaching_starts_with_the_desired_takeaway():
    f = fmt("one-to-one-coaching")
    params = f.resolve_params()
    plan = make_plan(f, params, ["Coach", "Client"])
    assert plan.fixed == {"coach": ("Coach",)}
    tl = build_timeline(f, params, plan)
    first = tl[0]
    assert "takeaway" in first.name.lower()
    assert first.spec.speakers == ("client",)  # the client sets the agenda
    assert "agenda" in " ".join(first.spec.rules).lower()
    assert tl.planned_total == pytest.approx(params["session_minutes"] * MIN)
    assert params["session_minutes"] == 60


def test_roles_outside_rounds():
    from facilitator.core.plan.rounds import make_plan
    from facilitator.core.plan.timeline import build_timeline

    al = fmt("action-learning")
    params = al.resolve_params()
    timeline = build_timeline(al, params, make_plan(al, params, ["Fa", "Ann", "Bo", "Cy", "Di"]))
    # catch-up: the facilitator, and every member as a set member
    assert timeline.roles_at(0) == {"facilitator": ("Fa",), "member": ("Ann", "Bo", "Cy", "Di")}
    coaching = fmt("one-to-one-coaching")
    params = coaching.resolve_params()
    timeline = build_timeline(coaching, params, make_plan(coaching, params, ["Coach", "Kim"]))
    assert timeline.roles_at(0) == {"coach": ("Coach",), "client": ("Kim",)}
    pair = fmt("co-consulting")
    params = pair.resolve_params()
    timeline = build_timeline(pair, params, make_plan(pair, params, ["Ana", "Ben"]))
    # the agreement: the room sees the two names and who goes first as client
    assert timeline.roles_at(0) == {"client": ("Ana",), "consultant": ("Ben",)}
