"""Every command of the facilitation window as a QAction, keyed by an enum, with its
shortcuts. Built here so the main window only assembles them into menus and buttons."""

from __future__ import annotations

from enum import Enum, auto

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject
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
    SWAP = auto()
    ABSENT = auto()
    HISTORY = auto()
    SHORTCUTS = auto()


def _keys(*names: str) -> list[QKeySequence]:
    return [QKeySequence(n) for n in names]


def build_actions(parent: QObject) -> dict[Act, QAction]:
    spec = {
        Act.TOGGLE: (QCoreApplication.translate("Actions", "Start / pause"), _keys("Space")),
        Act.NEXT: (QCoreApplication.translate("Actions", "Next phase"), _keys("PgDown", "Right")),
        Act.PREVIOUS: (QCoreApplication.translate("Actions", "Previous phase"), _keys("PgUp", "Left")),
        Act.EXTEND: (QCoreApplication.translate("Actions", "Extend by a minute"), _keys("+", "=", "Ctrl+Up")),
        Act.SHORTEN: (QCoreApplication.translate("Actions", "Shorten by a minute"), _keys("-", "Ctrl+Down")),
        Act.SKIP_ROUND: (QCoreApplication.translate("Actions", "Skip the rest of this round"), _keys("Ctrl+Shift+Right")),
        Act.FINISH: (QCoreApplication.translate("Actions", "Finish the session…"), _keys("Ctrl+Shift+F")),
        Act.UNDO: (QCoreApplication.translate("Actions", "Undo"), _keys("Ctrl+Z")),
        Act.REDO: (QCoreApplication.translate("Actions", "Redo"), _keys("Ctrl+Shift+Z", "Ctrl+Y")),
        Act.ROOM_SHOW: (QCoreApplication.translate("Actions", "Show the room view"), _keys("Ctrl+R")),
        # presentation clickers send B or a period for a black screen, F5 to present
        Act.ROOM_BLANK: (QCoreApplication.translate("Actions", "Blank the room view"), _keys("B", ".")),
        Act.ROOM_FULLSCREEN: (QCoreApplication.translate("Actions", "Room view fullscreen"), _keys("F", "F5")),
        Act.NEW_NOTE: (QCoreApplication.translate("Actions", "New note"), _keys("Ctrl+N")),
        Act.CLOSE: (QCoreApplication.translate("Actions", "Close"), _keys("Ctrl+W")),
        Act.PREFERENCES: (QCoreApplication.translate("Actions", "Preferences…"), _keys("Ctrl+,")),
        Act.SWAP: (QCoreApplication.translate("Actions", "Swap roles…"), _keys("Ctrl+Shift+S")),
        Act.ABSENT: (QCoreApplication.translate("Actions", "Absent…"), _keys("Ctrl+Shift+A")),
        Act.LATE: (QCoreApplication.translate("Actions", "Late arrival…"), _keys("Ctrl+Shift+L")),
        Act.HISTORY: (QCoreApplication.translate("Actions", "History…"), _keys("Ctrl+H")),
        Act.SHORTCUTS: (QCoreApplication.translate("Actions", "Keyboard shortcuts"), _keys("F1", "?")),
        Act.BIDS: (QCoreApplication.translate("Actions", "Record the bids for help…"), _keys("Ctrl+Shift+B")),
        Act.INSERT_BREAK: (QCoreApplication.translate("Actions", "Insert a break after this phase…"), _keys("Ctrl+Shift+K")),
        Act.ROOM_CUE: (QCoreApplication.translate("Actions", "Show the phase's rule to the room"), _keys("C")),
        Act.ROOM_MESSAGE: (QCoreApplication.translate("Actions", "Message to the room…"), _keys("M")),
        Act.AGREEMENT: (QCoreApplication.translate("Actions", "Confirm the pair's agreement…"), _keys("Ctrl+Shift+G")),
        Act.HELPING: (QCoreApplication.translate("Actions", "How the client wants to be helped…"), _keys("H")),
    }
    actions: dict[Act, QAction] = {}
    for key, (text, shortcuts) in spec.items():
        action = QAction(text, parent)
        action.setObjectName(f"action_{key.name.lower()}")
        action.setShortcuts(shortcuts)
        action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        actions[key] = action
    for key in (Act.ROOM_SHOW, Act.ROOM_BLANK, Act.ROOM_FULLSCREEN):
        actions[key].setCheckable(True)
    return actions


# The keys a facilitator (or a presentation clicker) uses in front of the group: they act
# from every window of the session, the room view included.
ROOM_KEYS = (
    Act.TOGGLE,
    Act.NEXT,
    Act.PREVIOUS,
    Act.EXTEND,
    Act.SHORTEN,
    Act.SKIP_ROUND,
    Act.UNDO,
    Act.REDO,
    Act.ROOM_SHOW,
    Act.ROOM_BLANK,
    Act.ROOM_FULLSCREEN,
    Act.ROOM_CUE,
    Act.SHORTCUTS,
)
