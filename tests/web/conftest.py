"""Fixtures for the viewer: a fresh records file; garbage collected on the test's thread
only (see `gc_on_this_thread`)."""

import pytest

from tests.reports.conftest import store  # noqa: F401  (records: tests/conftest.py)


@pytest.fixture(autouse=True)
def _gc_here(gc_on_this_thread):
    yield
