"""Shared helpers for the core tests (no Qt anywhere)."""

from __future__ import annotations

from functools import cache

from facilitator.core.formats.catalog import Catalog, load_catalog
from facilitator.core.formats.format import Format
from facilitator.resources import builtin_formats_dir

BUILTIN_FILES = (
    "action_learning.toml",
    "audio_action_learning.toml",
    "case_consultation.toml",
    "co_consulting.toml",
    "one_to_one_coaching.toml",
)


@cache
def catalog() -> Catalog:
    return load_catalog(builtin_formats_dir())


def fmt(format_id: str) -> Format:
    return catalog().get(format_id)


def people(n: int) -> list[str]:
    """n distinct, readable names."""
    names = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"]
    return names[:n]


def minutes(seconds: float) -> float:
    return seconds / 60


def hsettings(max_examples: int):
    """Hypothesis settings for this suite: no deadline, a bounded number of examples."""
    from hypothesis import HealthCheck, settings

    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
