"""The coach's log for the windows: a thin QObject around `CoachingStore` and a clock.

Every write goes through `do`, which turns a bad value into a clear message
(`save_failed`) instead of an exception, and tells the windows what changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from facilitator.core.clock import Clock
from facilitator.store.cipher import DB_ERRORS
from facilitator.store.coaching import CoachingStore
from facilitator.store.erasure import Eraser

T = TypeVar("T")


class CoachLog(QObject):
    changed = Signal()  # clients, engagements, sessions or actions were added or changed
    save_failed = Signal(str)  # what could not be saved, and why; the typed text is kept

    def __init__(self, store: CoachingStore, clock: Clock, parent: QObject | None = None,
                 eraser: Eraser | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.eraser = eraser if eraser is not None else Eraser(store.conn)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    def now(self) -> float:
        return self.clock.wall()

    def today(self) -> date:
        return date.fromtimestamp(self.clock.wall())

    def saved(self, action: Callable[[], object], *, notify: bool = False) -> bool:
        """Run a write that returns nothing; True if it was saved."""
        return self.do(lambda: action() or True, notify=notify) is not None

    def do(self, action: Callable[[], T], *, notify: bool = True) -> T | None:
        """Run a write; on bad input or a storage error emit `save_failed` and return None."""
        try:
            result = action()
        except (ValueError, LookupError) as exc:
            self.save_failed.emit(str(exc).strip("'\""))
            return None
        except DB_ERRORS as exc:
            self.save_failed.emit(self.tr("Could not save to the records: {e}").format(e=exc))
            return None
        if notify:
            self.changed.emit()
        return result
