"""Remembering the records' key in the operating system's keyring, for users who ask.

Optional: it needs the `keyring` package (`pip install 'facilitator[keyring]'`) and a
usable backend (the Secret Service on Linux desktops, the macOS Keychain, the Windows
Credential Locker). What is kept is the key scrypt derived from the passphrase, with the
salt of the files it opens, never the passphrase itself: it opens these records and
nothing else, and the slow derivation is skipped at start. The entry is named after the
data folder, so two folders keep two entries.

Nothing here raises: a keyring that is locked, missing or broken means "not remembered",
and the program asks for the passphrase as before.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from facilitator.store.cipher import KEY_BYTES, SALT_BYTES, Key

log = logging.getLogger(__name__)

SERVICE = "Facilitator"


def _keyring() -> Any | None:
    """The keyring backend, or None where there is none worth using."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a backend that fails to load: as if there were none
        log.info("no keyring: %s", exc)
        return None
    # The fail and null backends have priority 0 or less; a chainer without backends too.
    return backend if getattr(backend, "priority", 0) > 0 else None


def usable() -> bool:
    """True if a keyring can remember the key on this computer."""
    return _keyring() is not None


def entry_name(data_dir: Path) -> str:
    return f"records in {Path(data_dir).expanduser().resolve()}"


def remembered_key(data_dir: Path) -> Key | None:
    """The key remembered for the records in `data_dir`, or None."""
    backend = _keyring()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, entry_name(data_dir))
        if not value:
            return None
        stored = json.loads(value)
        raw, salt = bytes.fromhex(stored["key"]), bytes.fromhex(stored["salt"])
    except Exception as exc:  # locked, refused, or not ours: ask instead
        log.info("no remembered key: %s", exc)
        return None
    if len(raw) != KEY_BYTES or len(salt) != SALT_BYTES:
        return None
    return Key(raw, salt)


def remember(data_dir: Path, key: Key) -> bool:
    """Keep `key` for the records in `data_dir`; False if the keyring refused."""
    backend = _keyring()
    if backend is None:
        return False
    value = json.dumps({"key": key.raw.hex(), "salt": key.salt.hex()})
    try:
        backend.set_password(SERVICE, entry_name(data_dir), value)
    except Exception as exc:
        log.warning("the keyring did not keep the key: %s", exc)
        return False
    return True


def is_remembered(data_dir: Path) -> bool:
    return remembered_key(data_dir) is not None


def forget(data_dir: Path) -> bool:
    """Remove the remembered key (if any); False if the keyring refused."""
    backend = _keyring()
    if backend is None:
        return True
    try:
        if backend.get_password(SERVICE, entry_name(data_dir)) is not None:
            backend.delete_password(SERVICE, entry_name(data_dir))
    except Exception as exc:
        log.warning("the keyring did not forget the key: %s", exc)
        return False
    return True
