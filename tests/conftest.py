"""Every test runs offscreen and away from the user's real folders."""

from __future__ import annotations

import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """Point the data folder, HOME and the XDG folders at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(home / "facilitator-data"))
    return home


@pytest.fixture
def gc_on_this_thread():
    """For tests that run a server thread after Qt tests in the same process: the cyclic
    garbage collector runs only on the test's (the GUI) thread, as the program keeps it
    while sharing, so a Qt object left in a cycle by an earlier test is never destroyed
    on the server's thread."""
    import gc

    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()
