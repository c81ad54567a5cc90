"""Preferences: one typed registry with every default in one place, kept in QSettings."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from PySide6.QtCore import QSettings

SCHEMA = 1  # bump with a migration step when a key changes meaning


@dataclass
class Preferences:
    chime_volume: float = field(default=0.7, metadata={"range": (0.0, 1.0)})
    chime_muted: bool = False
    room_screen: str = ""  # the name of the projector's screen; "" chooses automatically
    language: str = ""  # "en", "pl" or "de"; "" follows the system (applied at the next start)
    lock_minutes: int = 10  # with a passphrase, lock the windows after this idle time; 0: never

    @classmethod
    def load(cls, settings: QSettings | None = None) -> Preferences:
        settings = settings or QSettings()
        prefs = cls()
        for f in fields(cls):
            raw = settings.value(f"preferences/{f.name}")
            if raw is None:
                continue
            try:
                if f.type in ("bool", bool):
                    value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
                elif f.type in ("int", int):
                    value = min(240, max(0, int(raw)))
                elif f.type in ("float", float):
                    value = float(raw)
                    low, high = f.metadata.get("range", (float("-inf"), float("inf")))
                    value = min(high, max(low, value))  # each number within its own range
                else:
                    value = str(raw)
            except (TypeError, ValueError):
                continue  # a damaged value falls back to its default
            setattr(prefs, f.name, value)
        return prefs

    def save(self, settings: QSettings | None = None) -> None:
        settings = settings or QSettings()
        settings.setValue("preferences/schema", SCHEMA)
        for f in fields(self):
            settings.setValue(f"preferences/{f.name}", getattr(self, f.name))
        settings.sync()
