"""Fixtures for the viewer: a fresh records file; garbage collected on the test's thread
only (see `gc_on_this_thread`)."""

import pytest

from tests.reports.conftest import records, store  # noqa: F401


@pytest.fixture(autouse=True)
def _gc_here(gc_on_this_thread):
    yield
