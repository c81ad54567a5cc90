"""Preferences: each value read back within its own range, damaged values fall back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from facilitator.ui.common.preferences import Preferences


@dataclass
class _More(Preferences):
    break_minutes: float = 15.0  # a number with no range of its own is never clamped


def test_values_keep_their_own_ranges(tmp_path):
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    settings.setValue("preferences/chime_volume", "3.5")
    settings.setValue("preferences/break_minutes", "45")
    settings.setValue("preferences/chime_muted", "true")
    prefs = _More.load(settings)
    assert prefs.chime_volume == 1.0
    assert prefs.break_minutes == 45.0
    assert prefs.chime_muted is True
    settings.setValue("preferences/chime_volume", "loud")
    assert _More.load(settings).chime_volume == 0.7  # damaged: the default
