"""Every test runs offscreen and away from the user's real folders."""

from __future__ import annotations

import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Never the user's real keyring, in this process or in a program a test starts.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """Point the data folder, HOME and the XDG folders at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(home / "facilitator-data"))
    _no_real_keyring()
    return home


def _no_real_keyring() -> None:
    """Each test starts with no usable keyring (tests that need one set a memory one)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def memory_keyring():
    """An in-memory keyring for this test: {(service, name): value}."""
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.entries.get((service, username))

        def set_password(self, service, username, password):
            self.entries[(service, username)] = password

        def delete_password(self, service, username):
            del self.entries[(service, username)]

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


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


@pytest.fixture
def records(tmp_path):
    """Plain records in a data folder of the test's own, closed at its end."""
    from facilitator.store.database import open_records

    opened = open_records(tmp_path / "data")
    yield opened
    opened.conn.close()
