"""Chimes at a phase's warning point and at its end.

Qt Multimedia is loaded on the first chime, not at start-up. Where it cannot be loaded
(no audio libraries on the machine) the system beep is used instead and ``available``
says why, so the preferences can tell the user.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from facilitator.core.session.cues import Cue, CueKind
from facilitator.resources import sound_path

SOUNDS = {CueKind.END: "phase_end.wav", CueKind.WARNING: "warning.wav"}
WARNING_LOUDNESS = 0.5  # the warning is softer than the end of a phase


class Chimes(QObject):
    def __init__(
        self, volume: float = 0.7, muted: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.volume = volume
        self.muted = muted
        self.problem = ""
        self._effects: dict[CueKind, object] | None = None
        self.played: deque[CueKind] = deque(maxlen=20)  # the latest chimes, newest last

    def play(self, cue: Cue) -> None:
        if self.muted or self.volume <= 0:
            return
        self.played.append(cue.kind)
        effects = self._load()
        if effects is None:
            QApplication.beep()
            return
        effect = effects[cue.kind]
        loudness = self.volume * (WARNING_LOUDNESS if cue.kind is CueKind.WARNING else 1.0)
        effect.setVolume(loudness)
        effect.play()

    def _load(self) -> dict[CueKind, object] | None:
        if self._effects is None and not self.problem:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError as exc:
                self.problem = self.tr("Sound is unavailable on this machine ({error}).").format(
                    error=exc
                )
                return None
            self._effects = {}
            for kind, name in SOUNDS.items():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(sound_path(name))))
                self._effects[kind] = effect
        return self._effects
