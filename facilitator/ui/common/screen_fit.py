"""Windows never larger than their screen, and closed by the keyboard. A window asks for a
comfortable size and gets it only where it fits, placed wholly on the screen (a 1024×768
projector laptop too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

# room for the window manager's frame and title bar around the window's own area
FRAME = QSize(16, 48)


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


def fit_to_width(window: QWidget, width: int) -> None:
    """Make `window` (a dialog holding wrapped text) `width` wide, within its screen, and as
    tall as its contents need at that width: a wrapped label is never cut off, in any
    language. Its minimum height follows, so that it cannot be made shorter than that."""
    layout = window.layout()
    if layout is None:
        fit_to_screen(window, width)
        return
    layout.activate()
    width = min(width, available_area(window).width() - FRAME.width())
    width = max(width, layout.minimumSize().width())
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    window.setMinimumHeight(height)
    fit_to_screen(window, width, height)


def keep_on_screen(window: QWidget) -> None:
    """Move `window` so that its frame lies on its screen (as far as its size allows)."""
    area = available_area(window)
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def add_close_keys(window: QWidget, *, escape: bool = True) -> QAction:
    """Escape and Ctrl+W close a window that holds nothing unsaved (Review, History, a
    past session); a window where the user edits (the coach's log, Groups) takes Ctrl+W
    only, and asks in its closeEvent if something is not written."""
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(
        QCoreApplication.translate("CloseKeys", "Close"), window, objectName="action_close"
    )
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)  # Ctrl+W, Ctrl+F4
    action.setShortcuts([QKeySequence("Escape"), *keys] if escape else keys)
    action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)
    return action
