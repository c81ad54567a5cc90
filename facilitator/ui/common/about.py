"""About Facilitator: the version, the licence, and where the records live, with a button
that opens that folder (the one place a user can find, copy or back up their records)."""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class AboutDialog(QDialog):
    def __init__(
        self,
        version: str,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        icon: QIcon | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Facilitator"))
        self._data_dir = data_dir
        self._open_url = open_url

        title = QLabel(self.tr("Facilitator {version}").format(version=version))
        title.setObjectName("aboutTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: 700;")
        blurb = QLabel(
            self.tr(
                "A companion for timed peer-help sessions: co-consulting, Action Learning, "
                "peer case consultation, and a coach's log."
            ),
            wordWrap=True,
        )
        licence = QLabel(
            self.tr(
                "Free software under the MIT licence. Built with Qt {qt} (LGPLv3) through "
                "PySide6 {pyside}, on Python {python}."
            ).format(qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()),
            objectName="aboutLicence",
            wordWrap=True,
        )
        where = QLabel(
            self.tr(
                "Your records stay on this computer, in one SQLite file with its backups, "
                "in this folder:"
            ),
            wordWrap=True,
        )
        self._path = QLabel(str(data_dir), objectName="aboutDataDir", wordWrap=True)
        self._path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._path.setStyleSheet("font-family: monospace;")
        for label in (title, blurb, licence, where, self._path):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is the user's text
        self._open = QPushButton(self.tr("Open the data folder"), objectName="openDataFolder")
        self._open.clicked.connect(self._open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        if icon is not None and not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            head.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        layout.addLayout(head)
        for label in (blurb, licence, where, self._path):
            layout.addWidget(label)
        layout.addWidget(self._open, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _open_folder(self) -> None:
        self._open_url(QUrl.fromLocalFile(str(self._data_dir)))
