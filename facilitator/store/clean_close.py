"""Knowing that the records file is byte for byte what this program left at a clean close.

A full integrity check reads every page of the records (and, when they are protected,
checks every page's HMAC), which takes most of a second on a long career's records. It
is there to catch damage done from outside: a crash mid-write, a sync tool or a copy
taken while the file was open, a failing disk. When the program closes the records
cleanly (the last connection closed, no WAL or journal left), it writes the file's size
and SHA-256 beside it (`.records-clean.json`; the digest of an encrypted file says
nothing of its contents). At the next open, a file with the same size and digest and no
WAL or journal is the very file this program wrote, so the full check is skipped; only
page 1 is read (a newer schema is still refused, a wrong passphrase still detected).
Hashing reads the file once, sequentially, which costs a fraction of the check and the
same with or without a passphrase. Any other change (a crash, another program, one
flipped bit on disk) makes the digests differ and the full check runs.

The marker is removed as soon as the records are opened for writing, so a crash during
a session never leaves a marker that could vouch for the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from pathlib import Path

from facilitator.core.files import write_atomically

log = logging.getLogger(__name__)

MARKER = ".records-clean.json"
_JOURNALS = ("-wal", "-journal")


def marker_path(records: Path) -> Path:
    return Path(records).parent / MARKER


def _digest(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _journal_left(records: Path) -> bool:
    for suffix in _JOURNALS:
        journal = records.with_name(records.name + suffix)
        if journal.exists():  # the last connection's close removes both
            return True
    return False


def mark_clean(records: Path) -> bool:
    """After the last connection closed: vouch for the file as it is now. False if it
    cannot be vouched for (a journal is left, or the marker cannot be written)."""
    records = Path(records)
    forget(records)
    try:
        if _journal_left(records):
            return False
        size = records.stat().st_size
        write_atomically(
            marker_path(records), json.dumps({"size": size, "sha256": _digest(records)})
        )
    except OSError as exc:
        log.info("no clean-close marker: %s", exc)
        return False
    return True


def unchanged_since_clean_close(records: Path) -> bool:
    """True if `records` is byte for byte the file a clean close vouched for."""
    records = Path(records)
    try:
        marker = json.loads(marker_path(records).read_text(encoding="utf-8"))
        if _journal_left(records) or records.stat().st_size != marker["size"]:
            return False
        return bool(_digest(records) == marker["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return False


def forget(records: Path) -> None:
    """Withdraw the marker (the file is about to change, or was replaced)."""
    with contextlib.suppress(OSError):
        marker_path(records).unlink(missing_ok=True)
