"""Closing a session window while some of it is not yet written, and ending by a signal.

While the records cannot be written, what the facilitator did and typed is kept in
memory. Closing then asks: wait and try again (the default), save a copy in a file the
user picks, or quit and lose it; Escape keeps the window open. Ending by a signal
(SIGTERM, a logout) cannot ask: what can be written is written and the rest goes to a
recovery file beside the records, which the next start replays.
"""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.core.files import write_atomically
from facilitator.store.unsaved import UnsavedNote
from facilitator.ui.session.controller import SessionController

log = logging.getLogger(__name__)


class _Notes(Protocol):
    def flush(self) -> None: ...

    def unsaved_notes(self) -> list[UnsavedNote]: ...


class Choice(Enum):
    RETRY = "retry"
    COPY = "copy"
    QUIT = "quit"
    STAY = "stay"


def all_written(controller: SessionController, notes: _Notes) -> bool:
    """Write what waits (events, the typed note); True when nothing is left unwritten."""
    notes.flush()
    events_written = controller.retry_saving()
    return events_written and not notes.unsaved_notes()


def describe_unsaved(controller: SessionController, notes: _Notes) -> str:
    parts = []
    if steps := controller.live.unsaved_events:
        parts.append(QCoreApplication.translate(
            "UnsavedClose", "%n step(s) of the session (phase changes, start, pause…)", None, steps
        ))  # fmt: skip
    if waiting := len(notes.unsaved_notes()):
        parts.append(
            QCoreApplication.translate("UnsavedClose", "%n note(s) as typed", None, waiting)
        )
    error = controller.live.writer.error if controller.live.writer else None
    return QCoreApplication.translate(
        "UnsavedClose",
        "These are not written to the records yet: {what}.\n\nThe records cannot be "
        "written ({error}). If you quit now they are lost.",
    ).format(
        what=QCoreApplication.translate("UnsavedClose", " and ").join(parts)
        or QCoreApplication.translate("UnsavedClose", "changes"),
        error=error or QCoreApplication.translate("UnsavedClose", "unknown error"),
    )


def ask(parent: QWidget, text: str) -> Choice:
    """The question itself; tests replace it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("UnsavedClose", "Not saved yet"),
        text,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    retry = box.addButton(
        QCoreApplication.translate("UnsavedClose", "Wait and try again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    copy = box.addButton(
        QCoreApplication.translate("UnsavedClose", "Save a copy…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    lose = box.addButton(
        QCoreApplication.translate("UnsavedClose", "Quit and lose it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return {retry: Choice.RETRY, copy: Choice.COPY, lose: Choice.QUIT}.get(clicked, Choice.STAY)


def pick_copy_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the copy; tests replace it."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("UnsavedClose", "Save a copy of what is not saved"),
        suggested,
        QCoreApplication.translate("UnsavedClose", "Text (*.json *.txt)"),
    )
    return Path(name) if name else None


def may_close(parent: QWidget, controller: SessionController, notes: _Notes) -> bool:
    """True when the window may close: all is written, or the user chose what to do."""
    while not all_written(controller, notes):
        choice = ask(parent, describe_unsaved(controller, notes))
        if choice is Choice.QUIT:
            return True
        if choice is Choice.STAY:
            return False
        if choice is Choice.COPY:
            suggested = str(Path.home() / f"facilitator-unsaved-{controller.live.session_id}.json")
            path = pick_copy_path(parent, suggested)
            if path is None:
                continue
            try:
                write_atomically(path, controller.live.unsaved_text(notes.unsaved_notes()))
            except OSError as exc:
                QMessageBox.warning(
                    parent, QCoreApplication.translate("UnsavedClose", "Not saved yet"),
                    QCoreApplication.translate("UnsavedClose", "The copy could not be written to {path}: {error}").format(
                        path=path, error=exc.strerror or exc
                    ),
                )  # fmt: skip
                continue
            return True
        # RETRY: loop, writing again
    return True


def keep_for_next_start(controller: SessionController, notes: _Notes) -> Path | None:
    """On a signal: write what can be written, keep the rest in the recovery file."""
    if all_written(controller, notes):
        return None
    try:
        return controller.live.keep_unsaved(notes.unsaved_notes())
    except OSError as exc:  # even the recovery file cannot be written: say it where we can
        log.error("could not keep what was not saved: %s", exc)
        print(
            f"facilitator: could not write what was not saved ({exc}); here it is:\n"
            + controller.live.unsaved_text(notes.unsaved_notes()),
            file=sys.stderr,
        )
        return None
