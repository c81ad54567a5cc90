"""The words the new-session screen shows about who goes where, from the format alone."""

from __future__ import annotations

from facilitator.core.formats.catalog import load_catalog
from facilitator.core.plan.draft import people_hint, whole_session_roles
from facilitator.core.plan.rounds import make_plan
from facilitator.resources import builtin_formats_dir

CATALOG = load_catalog(builtin_formats_dir())


def test_people_hint_names_size_order_and_duty():
    assert people_hint(CATALOG.get("action-learning")) == (
        "4 to 9 people. Order matters: name 1 is the Facilitator; "
        "the bids for help decide who is Issue holder."
    )
    assert people_hint(CATALOG.get("case-consultation")).endswith(
        "the first person goes first as Case giver. The Timekeeper is the last name where possible."
    )
    assert people_hint(CATALOG.get("co-consulting")).startswith("2 people.")


def test_whole_session_roles():
    fmt = CATALOG.get("action-learning")
    values = fmt.resolve_params(None)
    plan = make_plan(fmt, values, ["Fay", "Ana", "Ben", "Cy"], seed=1)
    assert whole_session_roles(fmt, plan) == "Facilitator for the whole session: Fay"
    assert whole_session_roles(fmt, None) == "" and whole_session_roles(None, plan) == ""
