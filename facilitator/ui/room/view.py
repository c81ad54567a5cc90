"""The room view: the window on the projector that the whole group reads from its seats.

It shows the phase, a countdown readable from the back of the room, progress through the
phase and the session, who holds which role (and whose microphone is off), the rules of
the phase and what comes next — and nothing else. It draws only `RoomState`
(`core.session.room`), the one place that decides what the room may see: never notes,
never the coach's records. Dark, Okabe–Ito
accents, every text at 7:1 contrast or better, and no state told by colour alone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStackedLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.session.room import Cue, RoomMode, RoomState
from facilitator.core.session.runner import SessionState
from facilitator.core.text import isolate
from facilitator.core.timefmt import clock_text, minutes_text
from facilitator.ui.common.session_view import RoomSource
from facilitator.ui.common.style import (
    BACKGROUND,
    TEXT_SCALES,
    style_sheet,
)
from facilitator.ui.room.cards import RoleRow
from facilitator.ui.room.clock import RoomClock
from facilitator.ui.room.parts import (
    NameLine,
    PeopleList,
    ScaledText,
    clear_layout,
    fit_badge,
    pad_badge,
    restyle_badge,
)

# On a screen narrower than 16:10 the countdown may give up these shares of the window
# height, one step at a time, before a list of names is cut short ("+N more"): a box of
# 30 % of the height at the least, still five times the height of the next largest text.
NARROW_SCREEN = 1.6  # width / height
COUNTDOWN_CUTS = (0.02, 0.04, 0.06)
FOCUS_REFUSED_MS = 800
_SLOT = "\x00"  # where a typed name goes in a translated sentence, until it is cut to fit  # how long the window refuses focus while it goes (un)fullscreen

# RoomState's modes as the style sheet's names for the clock's look
_MODES = {
    RoomMode.NOT_STARTED: "idle",
    RoomMode.RUNNING: "normal",
    RoomMode.WARNING: "warn",
    RoomMode.OVER: "over",
    RoomMode.PAUSED: "paused",
    RoomMode.FINISHED: "finished",
    RoomMode.BLANK: "idle",
}


class RoomView(QWidget):
    """The projected window. ``changed`` redraws it all; ``ticked`` only the clock."""

    back_to_control_requested = Signal()  # Escape or Tab: the keyboard back to the laptop
    blanked_changed = Signal(bool)

    def __init__(self, controller: RoomSource, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("roomView")
        self.setWindowTitle(self.tr("Facilitator — room"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # shown (or fullscreened) without taking the keyboard from the laptop window; the
        # session's keys are added to this window too, so they act wherever focus is
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)  # dark from the first frame, before the style sheet
        self._controller = controller
        self._blanked = False
        self._mode = ""
        self._unit = 0.0
        self._text_scale = 1.0
        self._state: RoomState = controller.room_state()

        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # never forces a size
        self._session_page = self._build_session_page()
        self._finished_page = self._build_finished_page()
        self._blank_page = QWidget(objectName="blankPage")
        for page in (self._session_page, self._finished_page, self._blank_page):
            page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            self._stack.addWidget(page)

        self._focus_back = QTimer(self, singleShot=True, interval=FOCUS_REFUSED_MS)
        self._focus_back.timeout.connect(self._accept_focus_again)

        controller.changed.connect(self._redraw)
        controller.ticked.connect(self._tick)
        self.resize(1280, 720)
        self._apply_scale()
        self._redraw()

    # -- building ---------------------------------------------------------------------
    def _build_session_page(self) -> QWidget:
        page = QWidget(objectName="sessionPage")
        self._session_line = ScaledText("sessionProgress", "session", tone="dim")
        self._state_badge = ScaledText("stateBadge", "badge", bold=True)
        self._time_badge = ScaledText("timeBadge", "badge", bold=True)
        for badge in (self._state_badge, self._time_badge):
            badge.setProperty("badge", "none")
            badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            badge.hide()
        self._phase_name = ScaledText("phaseName", "phase", bold=True, wrap=True)
        # a cue or a message from the facilitator, for a few seconds (RoomState.banner)
        # laid over the page, not in its layout: it covers, never squeezes, what is there
        self._banner = NameLine("roomBanner", "phase", bold=True, max_lines=3, slot_lines=3)
        self._banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._banner.setStyleSheet(
            "#roomBanner { background: #FFE08A; color: #1A1A1A; border-radius: 8px; padding: 6px; }"
        )
        self._banner.hide()

        self._clock = RoomClock(self)
        self._roles = RoleRow()
        self._rules_title = ScaledText("rulesTitle", "rules_title", bold=True, tone="dim")
        self._rules_title.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._rules_grid = QGridLayout()
        self._rules_grid.setColumnStretch(2, 1)
        # who holds the next round is named, cut short if need be: one line, two at most
        self._next = NameLine("nextPhase", "next", max_lines=2, slot_lines=0.5)

        self._top_row = QHBoxLayout()
        self._top_row.addWidget(self._session_line, 1)
        self._top_row.addWidget(self._state_badge)
        self._top_row.addWidget(self._time_badge)
        self._page_layout = QVBoxLayout(page)
        self._page_layout.addLayout(self._top_row)
        self._banner.setParent(page)
        self._page_layout.addWidget(self._phase_name)
        self._page_layout.addWidget(self._clock.frame)
        self._page_layout.addLayout(self._clock.row)
        self._page_layout.addLayout(self._roles.layout)
        self._page_layout.addLayout(self._rules_grid)
        self._page_layout.addStretch(1)
        self._page_layout.addWidget(self._next)
        return page

    def _build_finished_page(self) -> QWidget:
        page = QWidget(objectName="finishedPage")
        self._finished_title = ScaledText("finishedTitle", "finished", bold=True, wrap=True)
        self._finished_sub = ScaledText("finishedFormat", "next", tone="dim", wrap=True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for label in (self._finished_title, self._finished_sub):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        return page

    # -- public API -------------------------------------------------------------------
    def visible_texts(self) -> list[str]:
        """The text of every label the room can see."""
        return [
            label.text()
            for label in self.findChildren(QLabel)
            if label.text() and label.isVisibleTo(self)
        ]

    def show_on(self, screen: QScreen) -> None:
        """Move the window to `screen`, keeping it fullscreen if it was."""
        full = self.isFullScreen()
        if full:
            self.set_fullscreen(False)
        self.setScreen(screen)
        area = screen.availableGeometry()
        size = self.size().boundedTo(area.size())
        self.setGeometry(
            QStyle.alignedRect(
                Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, size, area
            )
        )
        if full:
            self.set_fullscreen(True)

    def set_fullscreen(self, on: bool) -> None:
        """Fullscreen or not, without taking the keyboard (showFullScreen() would
        activate the window and leave the laptop window without its keys)."""
        state = self.windowState() & ~(
            Qt.WindowState.WindowMinimized
            | Qt.WindowState.WindowMaximized
            | Qt.WindowState.WindowFullScreen
        )
        if on:
            self._refuse_focus_for_a_moment()
            self.setWindowState(state | Qt.WindowState.WindowFullScreen)
            self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer over the countdown
            self.show()
        elif self.isFullScreen():
            self._refuse_focus_for_a_moment()
            self.unsetCursor()
            self.setWindowState(state)
            self.show()

    def _refuse_focus_for_a_moment(self) -> None:
        """Window managers (openbox among them) give a window the keyboard when it goes
        fullscreen; while it changes, the window says it takes no focus. A moment later it
        takes focus again, for a facilitator who clicks into it."""
        handle = self.windowHandle()
        if handle is None:
            return
        handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        self._focus_back.start()

    def _accept_focus_again(self) -> None:
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.isFullScreen())

    def is_blanked(self) -> bool:
        return self._blanked

    def set_blanked(self, on: bool) -> None:
        """A plain black screen with nothing on it (B), or the session again."""
        if on != self._blanked:
            self._blanked = on
            self._show_page()
            self.blanked_changed.emit(on)

    def toggle_blank(self) -> None:
        self.set_blanked(not self._blanked)

    # -- events -----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab never moves focus here (there is nothing to focus): it goes back to control.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.back_to_control_requested.emit()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # back to the laptop; fullscreen stays (F)
            self.back_to_control_requested.emit()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_fullscreen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    # -- sizes ------------------------------------------------------------------------
    def _apply_scale(self) -> None:
        """Spacing, borders and fonts from the window height; the countdown fitted."""
        height = max(1, self.height())
        u = height / 100
        if u != self._unit:
            self._unit = u
            self.setStyleSheet(style_sheet(u))
            self._page_layout.setContentsMargins(
                round(3 * u), round(2 * u), round(3 * u), round(2 * u)
            )
            self._page_layout.setSpacing(round(1.1 * u))
            self._top_row.setSpacing(round(1.5 * u))
            self._clock.scale(u)
            self._roles.set_spacing(u)
            self._rules_grid.setHorizontalSpacing(round(1.2 * u))
            self._rules_grid.setVerticalSpacing(round(0.4 * u))
            for badge in (self._state_badge, self._time_badge):
                pad_badge(badge, u)
            self._finished_page.layout().setContentsMargins(*[round(5 * u)] * 4)
        self._fit_countdown()
        self._fit_text()
        self._place_banner()

    def _fit_text(self) -> None:
        """Text sized from the height, a step smaller only while the page would overflow
        (a long phase name, many rules, a large set). Then, on a screen narrower than
        16:10, the countdown a few percent lower; and only then does a list of names give
        up lines ("+N more")."""
        if self._clock.cut:
            self._clock.cut = 0.0
            self._fit_countdown()
        self.ensurePolished()  # borders from the style sheet count in the measurement
        u = self._unit
        width = self.width()
        inner = width - 2 * round(3 * u)
        name = self._phase_name
        name.factor = 1.0
        full = QFont(name.font())
        full.setPixelSize(name.pixel_size(u))
        advance = QFontMetricsF(full).horizontalAdvance(name.text())
        if advance > inner:  # shrink a long name onto one line, but not below 72 %
            name.factor = max(0.72, inner / advance)
        for label in self._finished_page.findChildren(ScaledText):
            label.scale(u)
        texts = [
            *self._session_page.findChildren(ScaledText),
            *self._session_page.findChildren(PeopleList),
        ]
        roles = self._roles
        layouts = self._session_page.findChildren(QLayout)
        for names in roles.people:
            names.set_max_lines(None)

        def fits() -> bool:
            for layout in layouts:
                layout.invalidate()  # nested layouts keep the sizes of the old fonts
            return self._page_layout.totalHeightForWidth(width) <= self.height()

        for scale in TEXT_SCALES:
            self._text_scale = scale
            for label in texts:
                label.scale(u, scale)
            roles.scale(u, scale)
            for badge in (self._state_badge, self._time_badge):
                fit_badge(badge)  # its words in the new size, padded
            self._clock.size_progress(self._state)
            # the badges may come and go with the seconds: their row keeps their height
            badge = QFontMetricsF(self._state_badge.font()).height() + 2 * round(0.2 * u)
            self._session_line.setMinimumHeight(math.ceil(badge))
            fits()  # the cards measured in their new fonts
            roles.share_width(inner)
            if fits():
                return
        if width < NARROW_SCREEN * self.height():
            for cut in COUNTDOWN_CUTS:
                self._clock.cut = cut
                self._fit_countdown()
                fits()
                roles.share_width(inner)
                if fits():
                    return
        # Every text at its smallest readable size and still too much: "+N more".
        roles.crowd_out(inner, fits)

    def _fit_countdown(self) -> None:
        self._clock.fit(self._state, self.font(), self.width(), self.height())

    # -- drawing ----------------------------------------------------------------------
    def _show_page(self) -> None:
        if self._blanked:
            page = self._blank_page
        elif self._state.session_state is SessionState.FINISHED:
            page = self._finished_page
        else:
            page = self._session_page
        self._stack.setCurrentWidget(page)

    def _redraw(self) -> None:
        """Everything, from `RoomState`: on start, every phase change, pause, edit."""
        state = self._state = self._controller.room_state()
        self._show_page()
        self._finished_title.setText(self.tr("Session finished"))
        self._finished_sub.setText(state.format_title)

        parts = [
            self.tr("Phase {n} of {total}").format(n=state.phase_index + 1, total=state.phase_count)
        ]
        if state.round_index is not None:
            parts.append(
                self.tr("Round {n} of {total}").format(
                    n=state.round_index + 1, total=state.round_count
                )
            )
        self._session_line.setText(" · ".join(parts))
        if state.is_break and state.ends_at_wall is not None:
            self._phase_name.setText(
                self.tr("{name} — back at {time}").format(
                    name=isolate(state.phase_name), time=clock_text(state.ends_at_wall)
                )
            )
        else:
            self._phase_name.setText(state.phase_name)
        self._banner.set_parts("", state.banner)
        self._banner.setVisible(bool(state.banner))
        if state.session_state is SessionState.NOT_STARTED:
            self._state_badge.setText(self.tr("STARTING SOON"))
            restyle_badge(self._state_badge, "soon")
        elif state.session_state is SessionState.PAUSED:
            self._state_badge.setText(self.tr("PAUSED"))
            restyle_badge(self._state_badge, "paused")
        self._state_badge.setVisible(
            state.session_state in (SessionState.NOT_STARTED, SessionState.PAUSED)
        )

        up_next = state.up_next
        if up_next is not None and up_next.holder and up_next.round_index is not None:
            line = self.tr("Next: round {n} · {role}: {who} · {name} · {length}").format(
                n=up_next.round_index + 1,
                role=up_next.holder_role,
                who=_SLOT,
                name=up_next.name,
                length=minutes_text(up_next.planned_s),
            )
            before, _, after = line.partition(_SLOT)
            self._next.set_parts(before, up_next.holder, after)
        elif up_next is not None:
            self._next.set_parts(
                self.tr("Next: {name} · {length}").format(
                    name=up_next.name, length=minutes_text(up_next.planned_s)
                )
            )
        else:
            self._next.set_parts(self.tr("Next: end of the session"))

        self._rebuild_roles()
        self._rebuild_rules()
        self._mode = ""
        self._draw_clock()
        self._fit_countdown()
        self._fit_text()
        self._place_banner()

    def _place_banner(self) -> None:
        """Across the page under the top line, as tall as its text needs."""
        if not self._banner.text():
            return
        self._page_layout.activate()
        margin = round(3 * self._unit)
        width = max(1, self._session_page.width() - 2 * margin)
        top = self._phase_name.geometry().top()
        height = self._banner.heightForWidth(width)
        self._banner.setGeometry(margin, top, width, max(height, self._banner.sizeHint().height()))
        self._banner.raise_()

    def _rebuild_roles(self) -> None:
        words = {
            Cue.SPEAKS: self.tr("SPEAKS"),
            Cue.LISTENS: self.tr("LISTENS"),
            Cue.MUTED: self.tr("MICROPHONE OFF"),
        }
        self._roles.rebuild(self._state.roles, words)

    def _rebuild_rules(self) -> None:
        self._rules_grid.removeWidget(self._rules_title)
        clear_layout(self._rules_grid)
        rules = self._state.rules
        wish = ("", "", "")
        if self._state.helping:
            line = self.tr("Help wanted: {wish}").format(wish=_SLOT)
            before, _, after = line.partition(_SLOT)
            wish = (before, self._state.helping, after)
            rules = (line, *rules)
        self._rules_title.setText(self.tr("RULES"))
        self._rules_title.setVisible(bool(rules))
        self._rules_grid.addWidget(self._rules_title, 0, 0, Qt.AlignmentFlag.AlignTop)
        for row, rule in enumerate(rules):
            bullet = ScaledText("ruleBullet", "rule", bold=True, tone="dim")
            bullet.setText("•")
            bullet.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            if row == 0 and wish[1]:  # the client's own words: two lines at most
                text = NameLine("rule", "rule", max_lines=2, slot_lines=1.5)
                text.set_parts(*wish)
            else:
                text = ScaledText("rule", "rule", wrap=True)
                text.setText(rule)
            self._rules_grid.addWidget(bullet, row, 1, Qt.AlignmentFlag.AlignTop)
            self._rules_grid.addWidget(text, row, 2)
            bullet.show()
            text.show()

    def _tick(self) -> None:
        self._state = self._controller.room_state()
        if self._state.banner != self._banner.typed:
            self._redraw()  # a banner came or went: lay the page out again (rare)
            return
        self._draw_clock()

    def _draw_clock(self) -> None:
        """The countdown, the progress bar and the time cues; nothing is laid out again."""
        state = self._state
        self._clock.draw(state, self.font(), self.width(), self.height())
        self._set_mode(
            _MODES[state.mode] + (f":{state.warn_minutes}" if state.warn_minutes else "")
        )

    def _set_mode(self, mode: str) -> None:
        """Restyle the clock only when its mode changes (a handful of times a phase)."""
        if mode == self._mode:
            return
        self._mode = mode
        kind, _, minutes = mode.partition(":")
        self._clock.set_mode(kind)
        if kind == "over":
            self._time_badge.setText(self.tr("OVER TIME"))
            restyle_badge(self._time_badge, "over")
        elif kind == "warn":
            self._time_badge.setText(self.tr("%n minute(s) left", "", int(minutes)))
            restyle_badge(self._time_badge, "warn")
        self._time_badge.setVisible(kind in ("over", "warn"))
