"""Windows never larger than their screen, and closed by the keyboard. A window asks for a
comfortable size and gets it only where it fits, placed wholly on the screen (a 1024×768
projector laptop too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

# room for the window manager's frame and title bar around the window's own area
FRAME = QSize(16, 48)
SETTLE_MS = 150  # after the first show: time for the window manager to frame the window


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize `window` to (width, height), or keep its size, but never past the available
    area of its screen; then move it so that all of it is on that screen."""
    area = available_area(window)
    wanted = QSize(width or window.width(), height or window.height())
    limit = area.size() - FRAME
    size = wanted.boundedTo(limit).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    keep_on_screen(window)
    if not window.isVisible() and window.findChild(_Keeper) is None:
        _Keeper(window)  # once shown, with the window manager's frame known: again


class _Keeper(QObject):
    """After the window is first shown (and the window manager has framed and placed
    it), make sure the frame, title bar included, lies on the screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(SETTLE_MS, self._settle)
        return False

    def _settle(self) -> None:
        window = self._window
        if window.isVisible() and not (window.isMaximized() or window.isFullScreen()):
            area = available_area(window)
            frame = window.frameGeometry()
            extra = QSize(
                max(0, frame.width() - area.width()), max(0, frame.height() - area.height())
            )
            if not extra.isNull():
                window.resize((window.size() - extra).expandedTo(window.minimumSize()))
            keep_on_screen(window)
        self.deleteLater()


def keep_on_screen(window: QWidget) -> None:
    """Move `window` so that its frame lies on its screen (as far as its size allows)."""
    area = available_area(window)
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def add_close_keys(window: QWidget) -> QAction:
    """Escape and Ctrl+W close a window that holds nothing unsaved (Review, History, a
    past session)."""
    action = QAction(
        QCoreApplication.translate("CloseKeys", "Close"), window, objectName="action_close"
    )
    action.setShortcuts([QKeySequence("Escape"), QKeySequence.StandardKey.Close])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)
    return action
