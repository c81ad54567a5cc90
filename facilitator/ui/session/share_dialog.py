"""The sharing window: where participants point their browsers, as text and a QR code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.web.address import interfaces, qr_png

if TYPE_CHECKING:
    from facilitator.web.server import RoomServer


class ShareDialog(QDialog):
    share_requested = Signal(object)  # the address to listen on (str)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share with participants"))
        intro = QLabel(
            self.tr(
                "Participants open this address in a browser on the same network as this "
                "computer (the same Wi-Fi or cable); there is nothing to install. They see "
                "the room view and, on their own page, their role, their microphone cue "
                "and when their turn comes. Never your notes."
            ),
            wordWrap=True,
        )
        self._where = QComboBox(objectName="shareInterface")
        for found in interfaces():
            self._where.addItem(found.label, found.address)
        self._where.activated.connect(self._interface_chosen)
        self._address = QLabel(objectName="shareAddress")
        self._address.setTextFormat(Qt.TextFormat.PlainText)
        self._address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._address.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self._address.setFont(font)
        self._own = QLabel(objectName="shareOwnAddress")
        self._own.setTextFormat(Qt.TextFormat.PlainText)
        self._own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._qr = QLabel(objectName="shareQr", alignment=Qt.AlignmentFlag.AlignCenter)
        self._viewers = QLabel(objectName="shareViewers")
        form = QFormLayout()
        form.addRow(self.tr("Share on"), self._where)
        form.addRow(self.tr("Room view"), self._address)
        form.addRow(self.tr("Own view (the QR code)"), self._own)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.hide)
        self._copy = QPushButton(self.tr("Copy address"), objectName="shareCopy")
        self._copy.clicked.connect(self._copy_address)
        self._switch = QPushButton(objectName="shareSwitch")
        self._switch.clicked.connect(self._switch_clicked)
        buttons.addButton(self._copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self._switch, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._qr, 1)
        layout.addWidget(self._viewers)
        layout.addWidget(buttons)
        self._url = ""
        self.show_server(None)

    def show_server(self, server: RoomServer | None) -> None:
        """Draw the address of `server`, or that sharing is off."""
        sharing = server is not None
        self._url = server.url if server is not None else ""
        self._address.setText(self._url or self.tr("Not shared: no one can connect."))
        self._own.setText(server.personal_url if server is not None else "")
        self._copy.setEnabled(sharing)
        self._switch.setText(self.tr("Stop sharing") if sharing else self.tr("Share"))
        if server is not None:
            index = self._where.findData(server.host)
            if index >= 0:
                self._where.setCurrentIndex(index)
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png(server.personal_url, scale=6))
            self._qr.setPixmap(pixmap)
            self._qr.setToolTip(server.personal_url)
        else:
            self._qr.clear()
            self._qr.setText(self.tr("Sharing is off."))
        self.show_viewers(server.viewers if server is not None else 0)

    def show_viewers(self, count: int) -> None:
        self._viewers.setText(self.tr("%n browser(s) connected", "", count))

    @property
    def url(self) -> str:
        return self._url

    def _interface_chosen(self) -> None:
        self.share_requested.emit(self._where.currentData())

    def _switch_clicked(self) -> None:
        if self._url:
            self.stop_requested.emit()
        else:
            self.share_requested.emit(self._where.currentData())

    def _copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self._url)
