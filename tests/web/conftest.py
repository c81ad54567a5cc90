"""Fixtures for the viewer: a fresh records file."""

from tests.reports.conftest import records, store  # noqa: F401
