"""Preferences: one typed registry with every default in one place, kept in QSettings."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

SCHEMA = 1  # bump with a migration step when a key changes meaning


@dataclass
class Preferences:
    chime_volume: float = 0.7  # 0..1
    chime_muted: bool = False
    room_screen: str = ""  # the name of the projector's screen; "" chooses automatically
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
                    value = min(1.0, max(0.0, float(raw)))
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
