"""The passphrase dialogs: unlocking the records at start, and protecting them.

`UnlockDialog` asks for the passphrase of protected records; `try_unlock` (given by the
caller) returns None when it opened them, else the message to show. `ProtectionDialog`
sets, changes or removes the passphrase and the idle time before the windows lock; it
only emits what the user asked for (`*_requested`), the caller does the work and answers
with `done_with` or `failed`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


def _secret(name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(260)
    return field


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class UnlockDialog(QDialog):
    def __init__(self, folder: str, try_unlock: Callable[[str], str | None],
                 parent: QWidget | None = None, *, can_remember: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Facilitator — protected records"))
        self._try_unlock = try_unlock
        self.field = _secret("unlockPassphrase", self.tr("Passphrase"))
        self.error = _plain(name="unlockError")
        self.error.setStyleSheet("color: #8a1c00; font-weight: 600;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Unlock"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(self.tr(
            "The records in {folder} are protected by a passphrase. Enter it to open them."
        ).format(folder=folder)))  # fmt: skip
        layout.addWidget(self.field)
        self.remember = QCheckBox(
            self.tr("Remember it on this computer (system keyring)"), objectName="rememberKey"
        )
        self.remember.setToolTip(self.tr(
            "The key made from the passphrase is kept in your account's keyring, so the "
            "records open without asking. Anyone who can use your unlocked account can "
            "then open them. The screen lock still asks for the passphrase."
        ))  # fmt: skip
        self.remember.setVisible(can_remember)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.resize(460, self.sizeHint().height())

    def remember_asked(self) -> bool:
        return not self.remember.isHidden() and self.remember.isChecked()

    def submit(self) -> None:
        text = self.field.text()
        if not text:
            self.error.setText(self.tr("Enter the passphrase."))
            return
        self.error.setText(self.tr("Opening the records…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._try_unlock(text)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem is None:
            self.accept()
            return
        self.error.setText(problem)
        self.field.clear()
        self.field.setFocus()


class ProtectionDialog(QDialog):
    protect_requested = Signal(str)  # the new passphrase
    change_requested = Signal(str, str)  # the current one, the new one
    remove_requested = Signal(str)  # the current one
    lock_minutes_changed = Signal(int)  # 0: lock only on Ctrl+L
    remember_changed = Signal(bool)  # keep the key in the system keyring, or forget it

    def __init__(self, protected: bool, lock_minutes: int,
                 parent: QWidget | None = None, *, remembered: bool | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("protectionDialog")
        self.setWindowTitle(self.tr("Passphrase and lock"))
        self.protected = protected
        self.status = _plain(name="protectionStatus")
        self.current = _secret("currentPassphrase")
        self.new = _secret("newPassphrase", self.tr("at least %n character(s)", "", MIN_LENGTH))
        self.repeat = _secret("repeatPassphrase")
        self.understood = QCheckBox(
            self.tr("I understand: if I lose the passphrase, the records are lost."),
            objectName="lossUnderstood",
        )
        warning = _plain(self.tr(
            "Nobody can open protected records without the passphrase: not you, not "
            "Facilitator's makers, not from a backup. Keep it in a password manager. The "
            "records file, its backups and damaged copies are encrypted (SQLCipher); files "
            "you export stay plain files."
        ), "lossWarning")  # fmt: skip
        self.apply = QPushButton(objectName="applyPassphrase")
        self.remove = QPushButton(self.tr("Remove the passphrase…"), objectName="removePassphrase")
        self.message = _plain(name="protectionMessage")
        self.minutes = QSpinBox(objectName="lockMinutes", minimum=0, maximum=240, suffix=self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("never (Ctrl+L only)"))
        self.minutes.setValue(lock_minutes)

        form = QFormLayout()
        self._current_label = QLabel(self.tr("Current passphrase"))
        form.addRow(self._current_label, self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Repeat it"), self.repeat)
        box = QGroupBox(self.tr("Passphrase"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.status)
        inner.addLayout(form)
        inner.addWidget(warning)
        inner.addWidget(self.understood)
        row = QHBoxLayout()
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(self.apply)
        inner.addLayout(row)
        self.remember = QCheckBox(
            self.tr("Remember the passphrase on this computer (system keyring)"),
            objectName="rememberKey",
        )
        self.remember.setToolTip(self.tr(
            "The records then open without asking on this computer, for anyone who can use "
            "your unlocked account. The screen lock still asks for the passphrase."
        ))  # fmt: skip
        self._keyring = remembered is not None  # None: no keyring on this computer
        self.remember.setChecked(bool(remembered))
        inner.addWidget(self.remember)
        inner.addWidget(self.message)
        lock_box = QGroupBox(self.tr("Lock when away"))
        lock_form = QFormLayout(lock_box)
        lock_form.addRow(self.tr("Lock the windows after"), self.minutes)
        lock_form.addRow(_plain(self.tr(
            "Locking hides notes and the coach's log until the passphrase is entered; a "
            "running session keeps its time and the room view keeps showing it. Ctrl+L "
            "locks at once."
        )))  # fmt: skip
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(lock_box)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.apply.clicked.connect(self._apply)
        self.remove.clicked.connect(self._remove)
        self.minutes.valueChanged.connect(self.lock_minutes_changed)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self.remember.toggled.connect(self.remember_changed)
        self.set_protected(protected)
        self.resize(560, self.sizeHint().height())

    def set_protected(self, protected: bool) -> None:
        self.protected = protected
        self.status.setText(
            self.tr("The records are protected by a passphrase.") if protected else
            self.tr("The records are not protected: anyone with this computer or a copy of "
                    "its backups can read them.")
        )  # fmt: skip
        self.current.setVisible(protected)
        self._current_label.setVisible(protected)
        self.remove.setVisible(protected)
        self.apply.setText(
            self.tr("Change the passphrase") if protected else self.tr("Protect the records")
        )
        self.minutes.setEnabled(protected)
        self.remember.setVisible(self._keyring and protected)
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.understood.setChecked(False)
        self._update()

    def set_remembered(self, remembered: bool) -> None:
        self.remember.blockSignals(True)
        self.remember.setChecked(remembered)
        self.remember.blockSignals(False)

    def done_with(self, message: str, protected: bool) -> None:
        self.set_protected(protected)
        self.message.setStyleSheet("")
        self.message.setText(message)

    def failed(self, message: str) -> None:
        self.message.setStyleSheet("color: #8a1c00; font-weight: 600;")
        self.message.setText(message)

    def problem(self) -> str | None:
        """Why the passphrase cannot be applied yet, or None."""
        if self.protected and not self.current.text():
            return self.tr("Enter the current passphrase.")
        if len(self.new.text()) < MIN_LENGTH:
            return self.tr("The new passphrase needs at least %n character(s).", "", MIN_LENGTH)
        if self.new.text() != self.repeat.text():
            return self.tr("The two new passphrases differ.")
        if not self.understood.isChecked():
            return self.tr("Tick the box to say you understand what a lost passphrase means.")
        return None

    def _update(self) -> None:
        self.apply.setEnabled(self.problem() is None)
        self.remove.setEnabled(bool(self.current.text()))
        self.apply.setToolTip(self.problem() or "")

    def _apply(self) -> None:
        if self.problem() is not None:
            return
        if self.protected:
            self.change_requested.emit(self.current.text(), self.new.text())
        else:
            self.protect_requested.emit(self.new.text())

    def _remove(self) -> None:
        if not self.current.text():
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the passphrase"),
            self.tr("Remove the passphrase? The records, their backups and damaged copies "
                    "become plain files that anyone with this computer can read."),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_requested.emit(self.current.text())
