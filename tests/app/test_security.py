"""The passphrase in the app: protecting the records from the start screen, the unlock
dialog, and the lock that hides the laptop's windows but never the room view's clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.app import Facilitator
from facilitator.app.security import change_passphrase, passphrase_matches, show_protection
from facilitator.core.formats.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.services.samples.session import create_demo_session
from facilitator.store.coaching import CoachingStore
from facilitator.store.database import close_records, open_records, records_protected
from facilitator.ui.common.lock import LockCover
from facilitator.ui.common.passphrase import UnlockDialog

PASS = "meadow lantern 7"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    from facilitator.store import cipher

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)


@pytest.fixture
def facilitator(tmp_path, clock, qtbot):
    records = open_records(tmp_path / "data")
    CoachingStore(records.conn).add_client("Quentin Private", notes="hush", now=1.0)
    app = Facilitator(records, load_catalog(builtin_formats_dir()), clock)
    app.show_start()
    qtbot.addWidget(app.start)
    yield app
    for cover in list(app.lock.covers if app.lock else []):
        cover.deleteLater()
    if app.lock is not None:
        QApplication.instance().removeEventFilter(app.lock)
        app.lock.deleteLater()
    close_records(app.records)


def test_protect_change_remove_from_the_dialog(facilitator, qtbot, tmp_path):
    dialog = show_protection(facilitator)
    qtbot.addWidget(dialog)
    assert not dialog.apply.isEnabled()
    dialog.new.setText(PASS)
    dialog.repeat.setText(PASS)
    assert not dialog.apply.isEnabled()  # the loss warning must be ticked
    dialog.understood.setChecked(True)
    assert dialog.apply.isEnabled()
    dialog.apply.click()
    assert "protected" in dialog.message.text()
    assert records_protected(tmp_path / "data")
    assert facilitator.records.key is not None
    assert passphrase_matches(facilitator.records, PASS)
    assert not passphrase_matches(facilitator.records, "nope")
    names = [c.name for c in CoachingStore(facilitator.records.conn).clients()]
    assert names == ["Quentin Private"]
    assert dialog.current.isVisible() or not dialog.isVisible()
    assert change_passphrase(facilitator, "wrong", "another one!") is not None
    assert change_passphrase(facilitator, PASS, None) is None
    assert not records_protected(tmp_path / "data") and facilitator.records.key is None


def test_no_passphrase_change_while_a_session_window_is_open(facilitator, clock, qtbot):
    facilitator.resume(create_demo_session(facilitator.store, facilitator.catalog, clock))
    qtbot.addWidget(facilitator.windows[0])
    error = change_passphrase(facilitator, None, PASS)
    assert error is not None and "Close the other" in error
    assert facilitator.records.key is None


def test_unlock_dialog_says_when_the_passphrase_is_wrong(qtbot):
    tried = []

    def attempt(text):
        tried.append(text)
        return None if text == PASS else "That passphrase does not open the records."

    dialog = UnlockDialog("/some/folder", attempt)
    qtbot.addWidget(dialog)
    dialog.field.setText("guess")
    dialog.submit()
    assert dialog.error.text() == "That passphrase does not open the records."
    assert dialog.field.text() == "" and dialog.result() == 0
    dialog.field.setText(PASS)
    dialog.submit()
    assert dialog.result() == 1 and tried == ["guess", PASS]


def protected_facilitator(facilitator):
    from facilitator.app.security import install_lock

    assert change_passphrase(facilitator, None, PASS) is None
    facilitator.lock = install_lock(facilitator)
    return facilitator


def test_idle_time_locks_every_laptop_window_but_not_the_room(facilitator, clock, qtbot):
    app = protected_facilitator(facilitator)
    coach = app.show_coach_log()
    qtbot.addWidget(coach)
    app.resume(create_demo_session(app.store, app.catalog, clock))
    session = app.windows[-1]
    qtbot.addWidget(session)
    session.room.show()
    app.lock.idle_seconds = 600
    clock.advance(599)
    app.lock.check_idle()
    assert not app.lock.locked
    clock.advance(2)
    app.lock.check_idle()
    assert app.lock.locked
    covered = {c.parentWidget().objectName() for c in app.lock.covers}
    assert "coachWindow" in covered
    assert "roomView" not in covered and "roomReview" not in covered
    cover = coach.findChild(LockCover)
    assert cover is not None and cover.isVisible() and cover.geometry() == coach.rect()
    # the session's clock goes on while locked: time is computed, not ticked
    runner = session.controller.runner
    before = runner.remaining()
    clock.advance(30)
    assert runner.remaining() == pytest.approx(before - 30)
    assert session.room.isVisible() and session.room.findChild(LockCover) is None
    cover.field.setText("wrong")
    cover.button.click()
    assert app.lock.locked and "not the passphrase" in cover.error.text()
    cover.field.setText(PASS)
    cover.button.click()
    assert not app.lock.locked


def test_ctrl_l_locks_and_covered_windows_take_no_keys(facilitator, qtbot):
    app = protected_facilitator(facilitator)
    coach = app.show_coach_log()
    qtbot.addWidget(coach)
    coach.activateWindow()
    qtbot.keyClick(coach.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app.lock.locked
    qtbot.keyClicks(coach.search_box, "abc")
    assert coach.search_box.text() == ""  # swallowed behind the cover
    cover = coach.findChild(LockCover)
    qtbot.keyClicks(cover.field, PASS)
    qtbot.keyClick(cover.field, Qt.Key.Key_Return)
    assert not app.lock.locked


def test_without_a_passphrase_nothing_locks(facilitator, qtbot):
    from facilitator.app.security import install_lock

    facilitator.lock = install_lock(facilitator)
    assert not facilitator.lock.lock()
    qtbot.keyClick(facilitator.start, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not facilitator.lock.locked


def _protected_folder(tmp_path):
    from facilitator.store import conversion
    from facilitator.store.cipher import new_key

    folder = tmp_path / "kept"
    close_records(open_records(folder))
    key = new_key(PASS)
    conversion.change_protection(folder, None, key)
    return folder, key


def test_unlock_remembers_the_key_only_when_asked(tmp_path, qtbot, memory_keyring, monkeypatch):
    from facilitator.app import security
    from facilitator.store import keychain

    folder, _ = _protected_folder(tmp_path)
    shown = []

    def fake_exec(dialog, remember: bool):
        shown.append(dialog)
        assert not dialog.remember.isHidden()  # offered: a keyring is usable
        dialog.remember.setChecked(remember)
        dialog.field.setText(PASS)
        dialog.submit()
        return 1

    for remember in (False, True):
        monkeypatch.setattr(UnlockDialog, "exec", lambda self, r=remember: fake_exec(self, r))
        opened = security.open_at_start(folder)
        assert opened is not None and opened.key is not None
        close_records(opened)
        assert keychain.is_remembered(folder) is remember
    # Remembered: the next start opens the records without asking.
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: pytest.fail("asked again"))
    opened = security.open_at_start(folder)
    assert opened is not None and opened.key is not None
    close_records(opened)


def test_a_stale_remembered_key_is_forgotten_and_the_passphrase_asked(
    tmp_path, qtbot, memory_keyring, monkeypatch
):
    from facilitator.app import security
    from facilitator.store import keychain
    from facilitator.store.cipher import new_key

    folder, _ = _protected_folder(tmp_path)
    keychain.remember(folder, new_key("some other passphrase"))
    asked = []

    def answer(dialog):
        asked.append(dialog)
        dialog.field.setText(PASS)
        dialog.submit()
        return 1

    monkeypatch.setattr(UnlockDialog, "exec", answer)
    opened = security.open_at_start(folder)
    assert asked and opened is not None
    assert not keychain.is_remembered(folder)
    close_records(opened)


def test_no_keyring_no_checkbox(tmp_path, qtbot):
    dialog = UnlockDialog(str(tmp_path), lambda text: None)
    qtbot.addWidget(dialog)
    assert dialog.remember.isHidden() and not dialog.remember_asked()


def test_protection_dialog_remembers_forgets_and_follows_a_change(
    facilitator, qtbot, tmp_path, memory_keyring
):
    from facilitator.store import keychain

    data = tmp_path / "data"
    assert change_passphrase(facilitator, None, PASS) is None
    dialog = show_protection(facilitator)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isHidden() and not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    assert keychain.remembered_key(data).same_as(facilitator.records.key)
    assert change_passphrase(facilitator, PASS, "a newer passphrase") is None
    assert keychain.remembered_key(data).same_as(facilitator.records.key)  # the new key
    dialog.remember.setChecked(False)
    assert not keychain.is_remembered(data)
    dialog.remember.setChecked(True)
    assert change_passphrase(facilitator, "a newer passphrase", None) is None
    assert not keychain.is_remembered(data)  # no passphrase, nothing remembered
