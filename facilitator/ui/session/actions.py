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
    SWAP = auto()
    ABSENT = auto()
    LATE = auto()
    HISTORY = auto()
    SHORTCUTS = auto()


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
        # presentation clickers send B or a period for a black screen, F5 to present
        Act.ROOM_BLANK: (tr("Blank the room view"), _keys("B", ".")),
        Act.ROOM_FULLSCREEN: (tr("Room view fullscreen"), _keys("F", "F5")),
        Act.NEW_NOTE: (tr("New note"), _keys("Ctrl+N")),
        Act.CLOSE: (tr("Close"), _keys("Ctrl+W")),
        Act.PREFERENCES: (tr("Preferences…"), _keys("Ctrl+,")),
        Act.SWAP: (tr("Swap roles…"), _keys("Ctrl+Shift+S")),
        Act.ABSENT: (tr("Absent…"), _keys("Ctrl+Shift+A")),
        Act.LATE: (tr("Late arrival…"), _keys("Ctrl+Shift+L")),
        Act.HISTORY: (tr("History…"), _keys("Ctrl+H")),
        Act.SHORTCUTS: (tr("Keyboard shortcuts"), _keys("F1", "?")),
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
    Act.SHORTCUTS,
)
