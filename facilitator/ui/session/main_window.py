"""The facilitation window: it only assembles the parts and wires actions to intents."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.text import isolate
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.common.screen_fit import fit_to_screen
from facilitator.ui.session.actions import ROOM_KEYS, Act, build_actions

if TYPE_CHECKING:
    from facilitator.core.session.cues import Cue
    from facilitator.ui.room.view import RoomView
    from facilitator.ui.session.controller import SessionController

# The window can show before its session exists (run_app puts it up empty and attaches the
# session on the next turn of the event loop), so the modules of its parts, and of the
# session they show, are imported in `attach`, not here.

MINUTE = 60.0


class MainWindow(QMainWindow):
    history_requested = Signal()
    about_requested = Signal()  # Help ▸ About Facilitator
    closed = Signal()  # the window was closed (after asking, if the session was live)
    controller: SessionController  # set by `attach`

    def __init__(
        self, controller: SessionController | None = None, prefs: Preferences | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.attached = False  # `controller` and the parts exist once `attach` has run
        self.prefs = prefs or Preferences()
        self.setWindowTitle("Facilitator")
        self._room = None  # the projector's window, made when first asked for
        self._follower = None
        self._closing = False  # the facilitator said yes to closing a live session
        fit_to_screen(self, 1200, 820)
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_to_screen(self)  # saved on a larger screen: never past this one
        if controller is not None:
            self.attach(controller)

    def attach(self, controller: SessionController) -> None:
        """Build the window's parts around its session. The window may be on the screen
        already, empty: a session started from the command line shows its window first."""
        from facilitator.ui.common.timeline_widget import PhaseTimelineWidget
        from facilitator.ui.session.balance_hooks import install_balance
        from facilitator.ui.session.carried_actions import carried_panel_for
        from facilitator.ui.session.chimes import Chimes
        from facilitator.ui.session.countdown_panel import CountdownPanel
        from facilitator.ui.session.method_hooks import install_methods
        from facilitator.ui.session.notes_pane import NotesPane
        from facilitator.ui.session.role_panel import RolePanel
        from facilitator.ui.session.share_hooks import install_share

        assert not self.attached, "a window shows one session"
        self.attached = True
        self.controller = controller
        self.setWindowTitle(
            self.tr("{title} — Facilitator").format(title=isolate(controller.live.title))
        )
        self.actions_by_id = build_actions(self)
        self.chimes = Chimes(self.prefs.chime_volume, self.prefs.chime_muted, self)

        self.countdown = CountdownPanel(controller)
        self.timeline = PhaseTimelineWidget(controller)
        self.roles = RolePanel(controller)
        self.notes = NotesPane(controller)

        split = QSplitter(QtCore.Qt.Orientation.Horizontal, objectName="mainSplitter")
        split.addWidget(self.roles)
        self.carried = carried_panel_for(controller)  # a group's earlier commitments
        notes_column = QWidget()
        column = QVBoxLayout(notes_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.carried)
        column.addWidget(self.notes, 1)
        split.addWidget(notes_column)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        self._save_banner = QLabel(objectName="saveBanner", wordWrap=True)
        self._save_banner.setStyleSheet(
            "background: #FFF3C4; color: #3A2A00; padding: 6px; border: 2px solid #E69F00;"
        )
        self._save_banner.hide()
        layout.addWidget(self._save_banner)
        layout.addWidget(self.countdown)
        layout.addLayout(self._control_row())
        layout.addWidget(self.timeline)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.sharing = install_share(self)  # Session ▸ Share with participants… (LAN viewer)
        self._build_menus()
        self._bind_speaker_keys()
        self.balance = install_balance(self)  # View ▸ time balance panel, session review
        self.methods = install_methods(self)  # bids, breaks, late arrivals, cues to the room
        help_menu = self.menuBar().addMenu(self.tr("&Help"))  # last, after View
        help_menu.addAction(self.actions_by_id[Act.SHORTCUTS])
        about = help_menu.addAction(self.tr("About Facilitator"))
        about.setObjectName("action_about")
        about.triggered.connect(self.about_requested)

        controller.changed.connect(self._sync_actions)
        controller.cue_reached.connect(self._cue)
        controller.action_refused.connect(lambda text: self.statusBar().showMessage(text, 5000))
        controller.save_failed.connect(self._save_failed)
        controller.saved_again.connect(self._saved_again)
        controller.undo_stack.indexChanged.connect(self._sync_actions)
        self.roles.plan_edit_requested.connect(self._edit_plan)
        self.notes.typed.connect(self._sync_actions)
        self.notes.leave_requested.connect(lambda: self.centralWidget().setFocus())
        self._sync_actions()
        fit_to_screen(self)  # its parts' minimum sizes, still within the screen

    # -- assembly ----------------------------------------------------------------------
    def _control_row(self) -> QVBoxLayout:
        """The buttons in two rows (moving; the phase and the room), so that the window
        fits a 1024-pixel-wide screen."""
        rows = QVBoxLayout()
        rows.setSpacing(4)
        for keys in (
            (Act.TOGGLE, Act.PREVIOUS, Act.NEXT, None, Act.SHORTEN, Act.EXTEND),
            (Act.SKIP_ROUND, Act.FINISH, None, Act.ROOM_SHOW, Act.ROOM_BLANK),
        ):
            row = QHBoxLayout()
            for key in keys:
                if key is None:
                    row.addSpacing(16)
                    continue
                button = QToolButton(objectName=f"button_{key.name.lower()}")
                button.setDefaultAction(self.actions_by_id[key])
                button.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setMinimumHeight(32)
                row.addWidget(button)
            row.addStretch(1)
            rows.addLayout(row)
        return rows

    def _build_menus(self) -> None:
        a, c = self.actions_by_id, self.controller
        session = self.menuBar().addMenu(self.tr("&Session"))
        for key in (Act.TOGGLE, Act.NEXT, Act.PREVIOUS, Act.EXTEND, Act.SHORTEN, Act.SKIP_ROUND):
            session.addAction(a[key])
        session.addSeparator()
        for key in (
            Act.SWAP, Act.ABSENT, Act.LATE, Act.AGREEMENT, Act.HELPING, Act.BIDS,
            Act.INSERT_BREAK,
        ):  # fmt: skip
            session.addAction(a[key])
        session.addSeparator()
        session.addAction(a[Act.FINISH])
        session.addAction(self.sharing.action)
        session.addAction(a[Act.PREFERENCES])
        session.addAction(a[Act.HISTORY])
        session.addAction(a[Act.CLOSE])
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(a[Act.UNDO])
        edit.addAction(a[Act.REDO])
        edit.addSeparator()
        edit.addAction(a[Act.NEW_NOTE])
        room = self.menuBar().addMenu(self.tr("&Room view"))
        for key in (Act.ROOM_SHOW, Act.ROOM_FULLSCREEN, Act.ROOM_BLANK):
            room.addAction(a[key])
        room.addSeparator()
        for key in (Act.ROOM_CUE, Act.ROOM_MESSAGE):
            room.addAction(a[key])
        for action in a.values():
            self.addAction(action)  # shortcuts work while the menus are closed

        a[Act.TOGGLE].triggered.connect(c.toggle_running)
        a[Act.NEXT].triggered.connect(c.next_phase)
        a[Act.PREVIOUS].triggered.connect(c.previous_phase)
        a[Act.EXTEND].triggered.connect(lambda: c.adjust(MINUTE))
        a[Act.SHORTEN].triggered.connect(lambda: c.adjust(-MINUTE))
        a[Act.SKIP_ROUND].triggered.connect(c.skip_round)
        a[Act.FINISH].triggered.connect(self._confirm_finish)
        a[Act.UNDO].triggered.connect(lambda: self._undo_redo(c.undo_stack.undo))
        a[Act.REDO].triggered.connect(lambda: self._undo_redo(c.undo_stack.redo))
        a[Act.ROOM_SHOW].toggled.connect(self._show_room)
        a[Act.ROOM_BLANK].toggled.connect(lambda on: self.room.set_blanked(on))
        a[Act.ROOM_FULLSCREEN].toggled.connect(self._room_fullscreen)
        a[Act.NEW_NOTE].triggered.connect(self.notes.start_new_note)
        a[Act.CLOSE].triggered.connect(self.close)
        a[Act.PREFERENCES].triggered.connect(self._edit_preferences)
        a[Act.SWAP].triggered.connect(lambda: self._edit_plan("swap"))
        a[Act.ABSENT].triggered.connect(lambda: self._edit_plan("absent"))
        # Late arrival: the method hooks ask whether they bring an issue (method_hooks.py)
        a[Act.HISTORY].triggered.connect(self.history_requested)
        a[Act.SHORTCUTS].triggered.connect(self._show_shortcuts)

    def _bind_speaker_keys(self) -> None:
        """1–9 mark who speaks, 0 nobody: actions, so that the room view can share them."""
        self.speaker_actions: list[QAction] = []
        for number in range(10):
            action = QAction(self.tr("Speaker {n}").format(n=number), self)
            action.setObjectName(f"action_speaker_{number}")
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, n=number: self._speaker_key(n))
            self.addAction(action)
            self.speaker_actions.append(action)

    def room_key_actions(self) -> list[QAction]:
        """The actions whose keys work from the room view too (the clicker's keys)."""
        return [self.actions_by_id[key] for key in ROOM_KEYS] + self.speaker_actions

    @property
    def room(self) -> RoomView:
        """The room view, built (and its module imported) the first time it is needed."""
        if self._room is None:
            from facilitator.ui.room.screens import ScreenFollower
            from facilitator.ui.room.view import RoomView

            self._room = RoomView(self.controller)
            self._room.setWindowTitle(self.tr("Facilitator — room view"))
            self._room.addActions(self.room_key_actions())  # the clicker works there too
            self._room.back_to_control_requested.connect(self._back_to_control)
            self._follower = ScreenFollower(self._room, self.prefs.room_screen or None)
        return self._room

    # -- reactions ---------------------------------------------------------------------
    def _speaker_key(self, number: int) -> None:
        keys = self.roles.speaker_keys()
        if number in keys:
            self.controller.set_speaker(keys[number])

    def _sync_actions(self) -> None:
        from facilitator.core.session.runner import SessionState

        a, r, stack = self.actions_by_id, self.controller.runner, self.controller.undo_stack
        if not shiboken6.isValid(stack):
            return  # the stack is being torn down with its controller
        started = r.state in (SessionState.RUNNING, SessionState.PAUSED)
        a[Act.TOGGLE].setText(
            {
                SessionState.NOT_STARTED: self.tr("Start"),
                SessionState.RUNNING: self.tr("Pause"),
                SessionState.PAUSED: self.tr("Resume"),
                SessionState.FINISHED: self.tr("Finished"),
            }[r.state]
        )
        a[Act.TOGGLE].setEnabled(r.state is not SessionState.FINISHED)
        for key in (Act.NEXT, Act.EXTEND, Act.SHORTEN, Act.FINISH):
            a[key].setEnabled(started)
        a[Act.NEXT].setEnabled(
            (started and r.index + 1 < len(r.timeline)) or r.state is SessionState.NOT_STARTED
        )
        a[Act.PREVIOUS].setEnabled(started and r.index > 0)
        a[Act.SKIP_ROUND].setEnabled(started and r.phase.round_index is not None)
        a[Act.UNDO].setEnabled(stack.canUndo() or self.notes.dirty)
        undo, redo = stack.undoText(), stack.redoText()  # "Rückgängig: …" has no bare form
        a[Act.UNDO].setText(self.tr("Undo {what}").format(what=undo) if undo else self.tr("Undo"))
        a[Act.REDO].setEnabled(stack.canRedo())
        a[Act.REDO].setText(self.tr("Redo {what}").format(what=redo) if redo else self.tr("Redo"))

    def _cue(self, cue: Cue) -> None:
        from facilitator.core.session.cues import CueKind

        self.chimes.play(cue)
        if cue.kind is CueKind.END:
            text = self.tr("Time is up for {phase}.").format(
                phase=isolate(self.controller.runner.phase.name)
            )
        else:
            text = self.tr("%n minute(s) left in this phase.", "", round(cue.seconds_left / 60))
        self.statusBar().showMessage(text, 8000)
        self.countdown.setStyleSheet("#countdownPanel { border: 3px solid #E69F00; }")
        QTimer.singleShot(2500, self.countdown, lambda: self.countdown.setStyleSheet(""))

    def _edit_plan(self, kind: str) -> None:
        c = self.controller
        present = list(c.live.plan.present)
        ask = QInputDialog.getItem
        if kind == "swap":
            a, ok = ask(self, self.tr("Swap roles"), self.tr("Swap:"), present, 0, False)
            if not ok:
                return
            others = [p for p in present if p != a]
            b, ok = ask(self, self.tr("Swap roles"), self.tr("with:"), others, 0, False)
            if ok:
                c.swap_people(a, b)
        elif kind == "absent":
            person, ok = ask(
                self,
                self.tr("Absent"),
                self.tr("Who is not here (from the next round on)?"),
                present,
                0,
                False,
            )
            if ok:
                c.mark_absent(person)
        elif kind == "late":
            self.methods.late_arrival()  # asks whether they bring an issue

    def _edit_preferences(self) -> None:
        from facilitator.core.session.cues import Cue, CueKind
        from facilitator.ui.session.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.chimes.problem, self)

        def test() -> None:
            chosen = dialog.preferences()
            self.chimes.volume, self.chimes.muted = chosen.chime_volume, False
            self.chimes.play(Cue(CueKind.END, self.controller.runner.index, 0.0))

        dialog.test_button.clicked.connect(test)
        if dialog.exec():
            self.prefs = dialog.preferences()
            self.prefs.save()
            if self._follower is not None:
                self._follower.set_preferred_name(self.prefs.room_screen or None)
        self.chimes.volume, self.chimes.muted = self.prefs.chime_volume, self.prefs.chime_muted

    def _confirm_finish(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Finish the session"),
            self.tr("End the session now? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.finish()

    def _show_room(self, on: bool) -> None:
        if on:
            room = self.room
            self._follower.place()
            room.show()
        else:
            self.room.hide()
            self.actions_by_id[Act.ROOM_FULLSCREEN].setChecked(False)

    def _room_fullscreen(self, on: bool) -> None:
        if on and not self.room.isVisible():
            self.actions_by_id[Act.ROOM_SHOW].setChecked(True)
        self.room.set_fullscreen(on)

    def _back_to_control(self) -> None:
        """Escape or Tab in the room view: the laptop window takes the keyboard; the room
        view stays as it is (leaving fullscreen is F)."""
        self.raise_()
        self.activateWindow()

    def _show_shortcuts(self) -> None:
        from facilitator.ui.session.shortcuts_sheet import ShortcutsSheet

        sheet = self.findChild(ShortcutsSheet)
        if sheet is None:
            sheet = ShortcutsSheet(
                list(self.actions_by_id.values()) + self.speaker_actions, self,
                in_room=self.room_key_actions(),
            )  # fmt: skip
        sheet.show()
        sheet.raise_()
        sheet.activateWindow()

    def _save_failed(self, text: str) -> None:
        self._save_banner.setText("⚠ " + text)
        self._save_banner.show()

    def _saved_again(self) -> None:
        self._save_banner.hide()
        self.statusBar().showMessage(self.tr("Writing works again: everything is saved."), 8000)

    def _undo_redo(self, step) -> None:
        self.notes.flush()  # typing not yet saved becomes the step to undo
        step()
        self._sync_actions()

    def keep_for_next_start(self) -> None:
        """The program is being ended (a signal, a logout): no questions; write what can
        be written, keep the rest in the recovery file, and close without asking."""
        from facilitator.ui.session.unsaved_close import keep_for_next_start

        if self.attached:
            keep_for_next_start(self.controller, self.notes)
        self._ending = True

    def closeEvent(self, event: QCloseEvent) -> None:
        from facilitator.core.session.runner import SessionState
        from facilitator.ui.session.unsaved_close import all_written, may_close

        if not self.attached:  # closed before its session was attached
            super().closeEvent(event)
            self.closed.emit()
            return
        self.notes.flush()
        ending = getattr(self, "_ending", False)  # by a signal: write what can be, no box
        if not ending and not all_written(self.controller, self.notes):
            # something is not written: that question comes first, and answers both
            if not may_close(self, self.controller, self.notes):
                event.ignore()  # the user chose to stay
                return
        elif (
            not ending
            and not self._closing
            and self.controller.runner.state
            in (
                SessionState.RUNNING,
                SessionState.PAUSED,
            )
        ):
            event.ignore()  # ask first, without blocking the clock: the box is window-modal
            self._ask_to_close()
            return
        self.notes.forget_unsaved()  # written, kept in a file, or given up by the user
        self.controller.stop_retrying()
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        if self._room is not None:
            self._room.close()
        super().closeEvent(event)
        self.closed.emit()

    def close_question(self) -> str:
        """What closing a live session would leave behind, in the facilitator's words."""
        from facilitator.core.session.runner import SessionState
        from facilitator.core.timefmt import MINUS, countdown_text

        r = self.controller.runner
        remaining = r.remaining()
        if remaining >= 0:
            left = self.tr("{time} left").format(time=countdown_text(remaining))
        else:
            over = countdown_text(remaining).removeprefix(MINUS)
            left = self.tr("{time} over time").format(time=over)
        state = (
            self.tr("The session is running")
            if r.state is SessionState.RUNNING
            else self.tr("The session is paused")
        )
        return self.tr(
            "{state}: phase {n} of {total}, {phase}, {left}.\n\nClose its window? Everything "
            "is saved; resume the session from the start screen."
        ).format(
            state=state,
            n=r.index + 1,
            total=len(r.timeline),
            phase=isolate(r.phase.name),
            left=left,
        )

    def _ask_to_close(self) -> None:
        if self.findChild(QMessageBox, "closeQuestion") is not None:
            return  # already asking
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the session window"),
            self.close_question(),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("closeQuestion")
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("&Close the window"))
        box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Close:
                self._closing = True
                self.close()

        box.buttonClicked.connect(answered)
        box.open()
