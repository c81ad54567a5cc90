"""Hooks the time-balance panel and the end-of-session review into the facilitation
window: a View menu with two actions, and the review opened when the session finishes.

Nothing here imports pyqtgraph: the panel and the review (and with them pyqtgraph) are
imported the first time they are shown, never at start-up.

The panel is hidden by default: the laptop window already carries the countdown, the
timeline, the roles and the notes, and the facilitator's eyes belong on the room. Who
wants the charts opens them with Ctrl+T; the choice is remembered and honoured after the
window has appeared, so start-up stays as fast as without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from facilitator.core.session.runner import SessionState
from facilitator.ui.common.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from facilitator.ui.review.window import ReviewWindow
    from facilitator.ui.session.balance_panel import BalanceDock
    from facilitator.ui.session.main_window import MainWindow

PANEL_KEY = "balance/panelVisible"


class BalanceHooks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._c = window.controller
        self._dock: BalanceDock | None = None
        self._size_before: QSize | None = None  # the window's size before the panel opened
        self._review: ReviewWindow | None = None
        self._state = self._c.runner.state

        self.panel_action = QAction(self.tr("Time balance panel"), window)
        self.panel_action.setObjectName("action_balance_panel")
        self.panel_action.setCheckable(True)
        self.panel_action.setShortcut(QKeySequence("Ctrl+T"))
        self.review_action = QAction(self.tr("Session review…"), window)
        self.review_action.setObjectName("action_session_review")
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        view = window.menuBar().addMenu(self.tr("&View"))
        view.setObjectName("menu_view")
        for action in (self.panel_action, self.review_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            view.addAction(action)
            window.addAction(action)
        self.panel_action.toggled.connect(self.show_panel)
        self.review_action.triggered.connect(self.show_review)
        self._c.changed.connect(self._state_changed)
        window.installEventFilter(self)  # the review windows close with the main window
        if QSettings().value(PANEL_KEY, False, type=bool):
            QTimer.singleShot(0, self, lambda: self.panel_action.setChecked(True))

    @property
    def dock(self) -> BalanceDock | None:
        """The panel's dock, or None while it has never been shown."""
        return self._dock

    @property
    def review(self) -> ReviewWindow | None:
        return self._review

    def show_panel(self, on: bool) -> None:
        if on and self._dock is None:
            from facilitator.ui.session.balance_panel import BalanceDock

            self._dock = BalanceDock(self._c, self._window)
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._dock)
            self._dock.toggleViewAction().toggled.connect(self._dock_toggled)
        if self._dock is not None:
            window = self._window
            if on and not self._dock.isVisible():
                self._size_before = window.size()
            self._dock.setVisible(on)
            QTimer.singleShot(0, window, lambda: self._fit(on))  # once the layout has it

    def _fit(self, on: bool) -> None:
        window = self._window
        if not on and self._size_before is not None and not window.isMaximized():
            window.resize(self._size_before)  # closing the panel gives the width back
        fit_to_screen(window)  # never past the screen with the panel open
        QSettings().setValue(PANEL_KEY, on)

    def _dock_toggled(self, on: bool) -> None:
        # the dock's own close button hides it: keep the menu's tick in step
        if on != self.panel_action.isChecked():
            self.panel_action.setChecked(on)

    def show_review(self) -> ReviewWindow:
        if self._review is None:
            from facilitator.ui.review.window import ReviewWindow

            self._review = ReviewWindow(self._c, self._window.prefs.room_screen or None)
        self._review.refresh()
        self._review.show()
        self._review.raise_()
        self._review.activateWindow()
        return self._review

    def close(self) -> None:
        if self._review is not None:
            self._review.close_all()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def _state_changed(self) -> None:
        state = self._c.runner.state
        finished_now = state is SessionState.FINISHED and self._state is not SessionState.FINISHED
        self._state = state
        if finished_now:
            QTimer.singleShot(0, self, self.show_review)  # after the finish has been drawn


def install_balance(window: MainWindow) -> BalanceHooks:
    """Add the time-balance panel and the review to `window`; returns the hooks."""
    return BalanceHooks(window)
