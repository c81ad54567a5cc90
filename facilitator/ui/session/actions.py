"""Every command of the facilitation window as a QAction, keyed by an enum, with its
shortcuts. Built here so the main window only assembles them into menus and buttons."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


class Act(Enum):
    TOGGLE = auto()
    NEXT = auto()
    PREVIOUS = auto()
    EXTEND = auto()
    SHORTEN = auto()
    SKIP_ROUND = auto()
    FINISH = auto()
    UNDO = auto()
    REDO = auto()
    ROOM_SHOW = auto()
    ROOM_BLANK = auto()
    ROOM_FULLSCREEN = auto()
    NEW_NOTE = auto()
    CLOSE = auto()
    PREFERENCES = auto()
    BIDS = auto()
    INSERT_BREAK = auto()
    LATE = auto()
    ROOM_CUE = auto()
    ROOM_MESSAGE = auto()
    AGREEMENT = auto()
    HELPING = auto()


def _keys(*names: str) -> list[QKeySequence]:
    return [QKeySequence(n) for n in names]


def build_actions(parent: QObject) -> dict[Act, QAction]:
    tr = parent.tr
    spec = {
        Act.TOGGLE: (tr("Start / pause"), _keys("Space")),
        Act.NEXT: (tr("Next phase"), _keys("PgDown", "Right")),
        Act.PREVIOUS: (tr("Previous phase"), _keys("PgUp", "Left")),
        Act.EXTEND: (tr("Extend by a minute"), _keys("+", "=", "Ctrl+Up")),
        Act.SHORTEN: (tr("Shorten by a minute"), _keys("-", "Ctrl+Down")),
        Act.SKIP_ROUND: (tr("Skip the rest of this round"), _keys("Ctrl+Shift+Right")),
        Act.FINISH: (tr("Finish the session…"), _keys("Ctrl+Shift+F")),
        Act.UNDO: (tr("Undo"), _keys("Ctrl+Z")),
        Act.REDO: (tr("Redo"), _keys("Ctrl+Shift+Z", "Ctrl+Y")),
        Act.ROOM_SHOW: (tr("Show the room view"), _keys("Ctrl+R")),
        Act.ROOM_BLANK: (tr("Blank the room view"), _keys("B")),
        Act.ROOM_FULLSCREEN: (tr("Room view fullscreen"), _keys("F")),
        Act.NEW_NOTE: (tr("New note"), _keys("Ctrl+N")),
        Act.CLOSE: (tr("Close"), _keys("Ctrl+W")),
        Act.PREFERENCES: (tr("Preferences…"), _keys("Ctrl+,")),
        Act.BIDS: (tr("Record the bids for help…"), _keys("Ctrl+Shift+B")),
        Act.INSERT_BREAK: (tr("Insert a break after this phase…"), _keys("Ctrl+Shift+K")),
        Act.LATE: (tr("Late arrival…"), _keys("Ctrl+Shift+L")),
        Act.ROOM_CUE: (tr("Show the phase's rule to the room"), _keys("C")),
        Act.ROOM_MESSAGE: (tr("Message to the room…"), _keys("M")),
        Act.AGREEMENT: (tr("Confirm the pair's agreement…"), _keys("Ctrl+Shift+A")),
        Act.HELPING: (tr("How the client wants to be helped…"), _keys("H")),
    }
    actions: dict[Act, QAction] = {}
    for key, (text, shortcuts) in spec.items():
        action = QAction(text, parent)
        action.setObjectName(f"action_{key.name.lower()}")
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[key] = action
    for key in (Act.ROOM_SHOW, Act.ROOM_BLANK, Act.ROOM_FULLSCREEN):
        actions[key].setCheckable(True)
    return actions
