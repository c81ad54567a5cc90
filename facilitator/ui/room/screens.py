"""Which screen the room view goes on, and following screens as they come and go.

A facilitator plugs a projector into a laptop: the room view belongs on the projector
(the named screen from the settings, else the first screen that is not the laptop's own)
and the control window stays on the laptop. When the projector is unplugged mid-session
the room view comes back to the laptop as an ordinary window, never lost off-screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

if TYPE_CHECKING:
    from facilitator.ui.room.view import RoomView


def choose_screen(preferred_name: str | None = None) -> QScreen:
    """The screen named `preferred_name` if it is connected; else a screen other than the
    primary one when there are two or more; else the primary screen."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    if preferred_name:
        for screen in screens:
            if screen.name() == preferred_name:
                return screen
    others = [s for s in screens if s != primary]
    if len(screens) >= 2 and others:
        return others[0]
    return primary


class ScreenFollower(QObject):
    """Keeps the room view on the chosen screen as screens are plugged in and out."""

    screen_changed = Signal(QScreen)  # the room view was moved to this screen

    def __init__(
        self, view: RoomView, preferred_name: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent if parent is not None else view)
        self._view = view
        self._preferred = preferred_name
        self._screen: QScreen | None = None
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)

    @property
    def screen(self) -> QScreen | None:
        """The screen the room view was last put on."""
        return self._screen

    def set_preferred_name(self, name: str | None) -> None:
        self._preferred = name
        self.place()

    def place(self) -> QScreen:
        """Put the room view on the screen `choose_screen` picks now."""
        return self._move_to(choose_screen(self._preferred))

    def _move_to(self, screen: QScreen) -> QScreen:
        if screen != self._screen:
            self._screen = screen
            self._view.show_on(screen)
            self.screen_changed.emit(screen)
        return screen

    def _on_screen_added(self, screen: QScreen) -> None:
        # A projector plugged in (or the named one back): go there if it is the choice.
        self.place()

    def _on_screen_removed(self, screen: QScreen) -> None:
        if screen != self._screen:
            return
        # Our screen is gone: back to the laptop as an ordinary window, not fullscreen on
        # whatever screen the system happened to pick.
        self._screen = None
        self._view.set_fullscreen(False)
        remaining = [s for s in QGuiApplication.screens() if s != screen]
        primary = QGuiApplication.primaryScreen()
        fallback = primary if primary is not None and primary != screen else None
        if fallback is None and remaining:
            fallback = remaining[0]
        if fallback is not None:
            self._move_to(fallback)
