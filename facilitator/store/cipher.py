"""Connections to the records files, plain or encrypted, with `secure_delete` always on.

Plain records use the standard library's sqlite3. Records protected by a passphrase are
SQLCipher 4 files (through `sqlcipher3`), keyed with a raw 256-bit key that scrypt derives
from the passphrase and the file's 16-byte salt (SQLCipher keeps the salt in the file's
first bytes). The records file, its backups and its damaged copies share one salt, so the
slow derivation runs once per unlock and opening a backup costs nothing extra.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
# OWASP's minimum for scrypt: N=2^17 (128 MiB), r=8, p=1.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_SCRYPT_MAXMEM = 256 * 1024 * 1024

try:  # the SQLCipher build; absent, passphrases cannot be used
    import sqlcipher3
    from sqlcipher3 import dbapi2 as _cipher_dbapi
except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
    sqlcipher3 = None
    _cipher_dbapi = None

DB_ERRORS: tuple[type[Exception], ...] = (
    (sqlite3.Error,) if _cipher_dbapi is None else (sqlite3.Error, _cipher_dbapi.Error)
)
DATABASE_ERRORS: tuple[type[Exception], ...] = (
    (sqlite3.DatabaseError,)
    if _cipher_dbapi is None
    else (sqlite3.DatabaseError, _cipher_dbapi.DatabaseError)
)


class PassphraseError(Exception):
    """The records are protected and no passphrase, or a wrong one, was given."""


class PassphraseNeeded(PassphraseError):
    def __init__(self) -> None:
        super().__init__("The records are protected by a passphrase; give it to open them.")


class WrongPassphrase(PassphraseError):
    def __init__(self) -> None:
        super().__init__("That passphrase does not open the records.")


@dataclass(frozen=True)
class Key:
    """A derived raw key and the salt of the files it opens. Never printed."""

    raw: bytes
    salt: bytes

    def __repr__(self) -> str:
        return "Key(…)"

    def pragma_value(self) -> str:
        return f"x'{self.raw.hex()}{self.salt.hex()}'"

    def same_as(self, other: Key | None) -> bool:
        return other is not None and hmac.compare_digest(
            self.raw + self.salt, other.raw + other.salt
        )


def available() -> bool:
    return sqlcipher3 is not None


def derive_key(passphrase: str, salt: bytes) -> Key:
    if not passphrase:
        raise ValueError("A passphrase cannot be empty.")
    if len(salt) != SALT_BYTES:
        raise ValueError("bad salt")
    raw = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
        maxmem=_SCRYPT_MAXMEM, dklen=KEY_BYTES,
    )  # fmt: skip
    return Key(raw, bytes(salt))


def new_key(passphrase: str) -> Key:
    """A key with a fresh random salt, for records being (re)protected."""
    return derive_key(passphrase, os.urandom(SALT_BYTES))


def header(path: Path, size: int = 100) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except FileNotFoundError:
        return b""


def is_encrypted(path: Path) -> bool:
    """True if `path` is a non-empty file that is not a plain SQLite database."""
    head = header(path, len(SQLITE_MAGIC))
    return len(head) == len(SQLITE_MAGIC) and head != SQLITE_MAGIC


def file_salt(path: Path) -> bytes | None:
    """The SQLCipher salt of an encrypted file (its first 16 bytes); None if plain/empty."""
    return header(path, SALT_BYTES) if is_encrypted(path) else None


def connect(target: str | Path, key: Key | None, *, uri: bool = False, **kwargs: Any) -> Any:
    """A connection to `target`: sqlite3 when `key` is None, else SQLCipher with `key`.

    `secure_delete` is on either way, so deleted text is overwritten in the file and WAL.
    Errors come from either driver; catch `DB_ERRORS` / `DATABASE_ERRORS`.
    """
    if key is None:
        conn = sqlite3.connect(target, uri=uri, **kwargs)
    else:
        if _cipher_dbapi is None:  # pragma: no cover
            raise PassphraseError("This build cannot open protected records (no SQLCipher).")
        conn = _cipher_dbapi.connect(str(target), uri=uri, **kwargs)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not its
            conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
        except BaseException:
            conn.close()
            raise
    try:
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def cipher_connect_plain(target: str | Path, **kwargs: Any) -> Any:
    """A SQLCipher connection to a plain file (for `sqlcipher_export` conversions)."""
    if _cipher_dbapi is None:  # pragma: no cover
        raise PassphraseError("This build cannot protect records (no SQLCipher).")
    conn = _cipher_dbapi.connect(str(target), **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def key_opens(path: Path, key: Key | None) -> bool:
    """True if `path` reads as a database with `key` (None: as a plain file)."""
    from facilitator.store.backup import read_only_uri

    if key is None and is_encrypted(path):
        return False
    if key is not None and not is_encrypted(path):
        return False
    try:
        conn = connect(read_only_uri(path), key, uri=True)
    except DB_ERRORS + (ValueError, OSError):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DB_ERRORS:
        return False
    finally:
        conn.close()
