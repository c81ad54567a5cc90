"""Fixtures for the services: a fresh records file (shared with the report tests)."""

from tests.reports.conftest import store  # noqa: F401  (records: tests/conftest.py)
