"""Preferences: chime volume and mute, which screen is the projector, and the language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from facilitator.core.i18n import LANGUAGES, language, system_language
from facilitator.ui.common.preferences import Preferences


class PreferencesDialog(QDialog):
    def __init__(
        self, prefs: Preferences, sound_problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._volume = QSlider(Qt.Orientation.Horizontal, objectName="chimeVolume")
        self._volume.setRange(0, 100)
        self._volume.setValue(round(prefs.chime_volume * 100))
        self._volume.setAccessibleName(self.tr("Chime volume"))
        self._volume.setAccessibleDescription(
            self.tr("How loud the chimes ring, from 0 (silent) to 100 (full volume).")
        )
        self._muted = QCheckBox(self.tr("Mute the chimes"), objectName="chimeMuted")
        self._muted.setChecked(prefs.chime_muted)
        self.test_button = QPushButton(self.tr("Test"), objectName="testChime")
        volume_row = QHBoxLayout()
        volume_row.addWidget(self._volume, 1)
        volume_row.addWidget(self.test_button)
        self._screen = QComboBox(objectName="roomScreen")
        self._screen.addItem(self.tr("Automatic (the second screen if there is one)"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            self._screen.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        self._screen.setCurrentIndex(max(0, self._screen.findData(prefs.room_screen)))
        form = QFormLayout(self)
        form.addRow(self.tr("Chime volume"), volume_row)
        form.addRow("", self._muted)
        if sound_problem:
            note = QLabel(sound_problem, wordWrap=True)
            form.addRow("", note)
        form.addRow(self.tr("Room view on"), self._screen)
        self._language = QComboBox(objectName="language")
        system = LANGUAGES[system_language()]
        self._language.addItem(self.tr("As the system ({language})").format(language=system), "")
        for code, name in LANGUAGES.items():
            self._language.addItem(name, code)
        self._language.setCurrentIndex(max(0, self._language.findData(prefs.language)))
        form.addRow(self.tr("Language"), self._language)
        self._language_note = QLabel(objectName="languageNote", wordWrap=True)
        self._language_note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self._language_note)
        self._language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _language_changed(self) -> None:
        chosen = self._language.currentData() or system_language()
        self._language_note.setText(
            ""
            if chosen == language()
            else self.tr("The new language applies the next time Facilitator starts.")
        )

    def preferences(self) -> Preferences:
        return Preferences(
            chime_volume=self._volume.value() / 100,
            chime_muted=self._muted.isChecked(),
            room_screen=self._screen.currentData() or "",
            language=self._language.currentData() or "",
        )
