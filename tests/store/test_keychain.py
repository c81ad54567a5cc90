"""The system keyring remembers the records' key only when asked, and a keyring that is
missing, locked or broken never stops the records from opening (it just asks)."""

from __future__ import annotations

import pytest

from facilitator.store import conversion, keychain
from facilitator.store.cipher import new_key
from facilitator.store.database import close_records, open_records

from .helpers import T0

keyring = pytest.importorskip("keyring")


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    from facilitator.store import cipher

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)


def test_no_backend_means_not_usable_and_nothing_remembered(data_dir):
    assert not keychain.usable()
    assert keychain.remembered_key(data_dir) is None
    assert keychain.remember(data_dir, new_key("a passphrase")) is False
    assert keychain.forget(data_dir)  # nothing to forget is fine


def test_remember_open_and_forget(data_dir, memory_keyring):
    close_records(open_records(data_dir, now=T0))
    key = new_key("a good passphrase")
    conversion.change_protection(data_dir, None, key)
    assert keychain.usable() and keychain.remembered_key(data_dir) is None
    assert keychain.remember(data_dir, key)
    (service, name), value = next(iter(memory_keyring.entries.items()))
    assert service == "Facilitator" and str(data_dir.resolve()) in name
    assert "a good passphrase" not in value  # the derived key, never the passphrase
    again = keychain.remembered_key(data_dir)
    assert again is not None and again.same_as(key)
    opened = open_records(data_dir, key=again, now=T0 + 1)
    assert opened.key is not None
    close_records(opened)
    assert keychain.forget(data_dir) and memory_keyring.entries == {}
    assert keychain.remembered_key(data_dir) is None


def test_two_folders_keep_two_entries(tmp_path, memory_keyring):
    a, b = new_key("passphrase a"), new_key("passphrase b")
    keychain.remember(tmp_path / "a", a)
    keychain.remember(tmp_path / "b", b)
    assert keychain.remembered_key(tmp_path / "a").same_as(a)
    assert keychain.remembered_key(tmp_path / "b").same_as(b)


def test_a_broken_or_foreign_entry_is_not_a_key(data_dir, memory_keyring):
    name = keychain.entry_name(data_dir)
    for value in ("not json", '{"key": "zz", "salt": "00"}', '{"key": "00", "salt": "00"}'):
        memory_keyring.entries[("Facilitator", name)] = value
        assert keychain.remembered_key(data_dir) is None


def test_a_keyring_that_raises_is_as_if_there_were_none(data_dir, memory_keyring, monkeypatch):
    def refuse(*args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "get_password", refuse)
    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    assert keychain.remembered_key(data_dir) is None
    assert keychain.remember(data_dir, new_key("a passphrase")) is False
    assert keychain.forget(data_dir) is False
