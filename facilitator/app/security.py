"""The passphrase in the app: unlocking at start, protecting the records, the screen lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.store import conversion, keychain
from facilitator.store.cipher import PassphraseError, WrongPassphrase, derive_key
from facilitator.store.database import (
    OpenedRecords,
    close_records,
    open_records,
    records_protected,
    reopen_records,
)
from facilitator.store.sessions import SessionStore
from facilitator.ui.common.lock import ScreenLock
from facilitator.ui.common.passphrase import ProtectionDialog, UnlockDialog
from facilitator.ui.common.preferences import Preferences


def open_at_start(data_dir: Path) -> OpenedRecords | None:
    """The records, asking for the passphrase if they have one; None if the user gives up."""
    if not records_protected(data_dir):
        return open_records(data_dir)
    key = keychain.remembered_key(data_dir)
    if key is not None:  # the user asked this computer's keyring to remember it
        try:
            return open_records(data_dir, key=key)
        except WrongPassphrase:  # the passphrase was changed elsewhere: ask, keep nothing
            keychain.forget(data_dir)
    opened: list[OpenedRecords] = []
    failures: list[Exception] = []

    def attempt(passphrase: str) -> str | None:
        try:
            opened.append(open_records(data_dir, passphrase=passphrase))
        except PassphraseError as exc:
            return str(exc)
        except Exception as exc:  # a newer schema, an unusable folder: run_app says so
            failures.append(exc)
            dialog.reject()
            return str(exc)
        if dialog.remember_asked() and opened[0].key is not None:
            keychain.remember(data_dir, opened[0].key)
        return None

    dialog = unlock_dialog(data_dir, attempt, can_remember=keychain.usable())
    dialog.exec()
    if failures:
        raise failures[0]
    return opened[0] if opened else None


def unlock_dialog(
    data_dir: Path, attempt: Callable[[str], str | None], *, can_remember: bool
) -> UnlockDialog:
    """The dialog that asks for the records' passphrase at start, its field named for a
    screen reader (the placeholder text is not read as a name)."""
    dialog = UnlockDialog(str(data_dir), attempt, can_remember=can_remember)
    dialog.field.setAccessibleName(QCoreApplication.translate("Security", "Passphrase"))
    return dialog


def passphrase_matches(records: OpenedRecords, passphrase: str) -> bool:
    key = records.key
    return key is not None and bool(passphrase) and key.same_as(derive_key(passphrase, key.salt))


def install_lock(facilitator: Any) -> ScreenLock:
    prefs = Preferences.load()
    lock = ScreenLock(
        facilitator.clock,
        lambda text: passphrase_matches(facilitator.records, text),
        idle_seconds=prefs.lock_minutes * 60.0,
        protected=lambda: facilitator.records.key is not None,
        parent=QApplication.instance(),
    )  # fmt: skip
    return lock


def show_protection(facilitator: Any, parent: QWidget | None = None) -> ProtectionDialog:
    prefs = Preferences.load()
    dialog = ProtectionDialog(
        facilitator.records.key is not None, prefs.lock_minutes, parent,
        remembered=keychain.is_remembered(facilitator.records.data_dir)
        if keychain.usable() else None,
    )  # fmt: skip

    def save_minutes(minutes: int) -> None:
        prefs.lock_minutes = minutes
        prefs.save()
        if facilitator.lock is not None:
            facilitator.lock.idle_seconds = minutes * 60.0

    def convert(old: str | None, new: str | None) -> None:
        error = change_passphrase(facilitator, old, new)
        if error is not None:
            dialog.failed(error)
        elif new is None:
            done = QApplication.translate("ProtectionDialog", "The passphrase is removed.")
            dialog.done_with(done, False)
        else:
            done = QApplication.translate(
                "ProtectionDialog", "The records are protected by the new passphrase."
            )
            dialog.done_with(done, True)

    def remember(on: bool) -> None:
        records: OpenedRecords = facilitator.records
        done = (
            keychain.remember(records.data_dir, records.key)
            if on and records.key is not None else keychain.forget(records.data_dir)
        )  # fmt: skip
        if not done:
            dialog.failed(QApplication.translate(
                "ProtectionDialog", "The system keyring refused; nothing was changed there."
            ))  # fmt: skip
        dialog.set_remembered(keychain.is_remembered(records.data_dir))

    dialog.lock_minutes_changed.connect(save_minutes)
    dialog.remember_changed.connect(remember)
    dialog.protect_requested.connect(lambda new: convert(None, new))
    dialog.change_requested.connect(convert)
    dialog.remove_requested.connect(lambda old: convert(old, None))
    return dialog


def change_passphrase(facilitator: Any, old: str | None, new: str | None) -> str | None:
    """Close the records, rewrite every file under `new`, open them again; an error or None.

    Only while no other window uses the records (sessions, the coach's log, history).
    """
    busy = [w for w in facilitator.windows if w.isVisible()]
    if busy:
        return QApplication.translate(
            "Protection", "Close the other Facilitator windows first (sessions, the coach's "
            "log, history, groups): the records are rewritten while they are closed."
        )  # fmt: skip
    records: OpenedRecords = facilitator.records
    data_dir = records.data_dir
    if records.key is not None and not passphrase_matches(records, old or ""):
        return QApplication.translate("Protection", "That is not the current passphrase.")
    was_remembered = keychain.is_remembered(data_dir)
    close_records(records)
    error = None
    try:
        conversion.change_passphrase(data_dir, old, new)
        reopen_with = new
    except (PassphraseError, conversion.ConversionError, OSError) as exc:
        error = QApplication.translate("Protection", "Nothing was changed: {e}").format(e=exc)
        reopen_with = old
    try:
        facilitator.records = open_records(data_dir, passphrase=reopen_with)
    except PassphraseError:  # cut short after the records file itself was converted
        facilitator.records = open_records(data_dir, passphrase=new if reopen_with == old else old)
    records = facilitator.records
    if records.key is None:
        keychain.forget(data_dir)  # no passphrase, nothing to remember
    elif was_remembered:
        keychain.remember(data_dir, records.key)  # the new key replaces the old one
    facilitator.store = SessionStore(
        records.conn, reopen=lambda: reopen_records(records), key=records.key
    )
    return error
