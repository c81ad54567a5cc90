"""Fixtures for the services: a fresh records file (shared with the report tests)."""

from tests.reports.conftest import records, store  # noqa: F401
