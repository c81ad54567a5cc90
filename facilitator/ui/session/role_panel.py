"""Who holds which role now and in the rounds to come, with this phase's instruction for
each role, and the speaker keys (1–9, 0 for nobody) used to track airtime."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.formats.format import Assign
from facilitator.core.i18n import in_sentence
from facilitator.core.session.runner import SessionState
from facilitator.core.text import isolate
from facilitator.resources import icon_path
from facilitator.ui.common.elided import elide, plain_tooltip
from facilitator.ui.session.controller import SessionController

SPEAKER_NAME_PX = 150  # a long name is cut on its speaker button (the tooltip has it all)
MUTED_ICON = "microphone-off.svg"  # drawn from an SVG file: no emoji font needed


class SpeakerButton(QPushButton):
    """A speaker key: "N  name", the name cut to the width the button is given (all of it
    in the tooltip), so that nine long names never make the window wider than the screen."""

    def __init__(self, number: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefix, self._name = f"{number}  ", name
        self._fit(SPEAKER_NAME_PX)
        self._hint = super().sizeHint()  # as wide as the name wants, up to SPEAKER_NAME_PX
        policy = self.sizePolicy()  # a push button's hint is its minimum width: not here
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        return self._hint

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        padding = self._hint.width() - metrics.horizontalAdvance(self.text())
        least = metrics.horizontalAdvance(self._prefix + self._name[:1] + "…")
        return QSize(min(self._hint.width(), least + padding), self._hint.height())

    def _room(self) -> int:
        """The pixels the name may take in the button as it is now."""
        padding = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())
        prefix = self.fontMetrics().horizontalAdvance(self._prefix)
        return min(SPEAKER_NAME_PX, self.width() - padding - prefix)

    def _fit(self, room: int) -> None:
        short = elide(self._name, self.fontMetrics(), room)
        if self.text() != self._prefix + short:
            self.setText(self._prefix + short)
        self.setToolTip(plain_tooltip(self._name) if short != self._name else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(self._room())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.width() > 1:
            self._fit(self._room())  # bold when checked: wider letters


class RolePanel(QWidget):
    plan_edit_requested = Signal(str)  # "swap", "absent" or "late"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolePanel")
        self._c = controller
        self._mic_off: QIcon | None = None
        self._title = QLabel(objectName="roundTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setStyleSheet("font-weight: 600; font-size: 13pt;")
        self._roles = QTreeWidget(objectName="roleTable")
        self._roles.setAccessibleName(self.tr("Roles now"))
        self._roles.setHeaderLabels([self.tr("Role"), self.tr("Who"), self.tr("Now")])
        self._roles.setRootIsDecorated(False)
        self._roles.setWordWrap(True)
        self._rules = QLabel(objectName="phaseRules", wordWrap=True)
        self._rules.setTextFormat(Qt.TextFormat.PlainText)  # a client's words are not markup
        self._upcoming = QLabel(objectName="upcomingRounds", wordWrap=True)
        self._upcoming.setTextFormat(Qt.TextFormat.PlainText)
        self._upcoming.setStyleSheet("color: palette(mid);")
        self._speakers = QGridLayout()
        self._speaker_buttons: dict[str | None, QPushButton] = {}
        self._speaker_layout: list[tuple[int, str | None]] = []
        edits = QHBoxLayout()
        for key, label in (
            ("swap", self.tr("Swap…")),
            ("absent", self.tr("Absent…")),
            ("late", self.tr("Late arrival…")),
        ):
            button = QPushButton(label, objectName=f"plan_{key}")
            button.clicked.connect(lambda _=False, k=key: self.plan_edit_requested.emit(k))
            edits.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._roles, 2)
        layout.addWidget(self._rules)
        speak = QLabel(self.tr("Speaking now (keys 1–9, 0 for nobody):"))
        layout.addWidget(speak)
        layout.addLayout(self._speakers)
        layout.addWidget(self._upcoming)
        layout.addLayout(edits)
        controller.changed.connect(self._redraw)
        self._redraw()

    def speaker_keys(self) -> dict[int, str | None]:
        """The number key (1–9) of each participant present, and 0 for nobody. A person
        keeps their number for the whole session: numbers follow the order in which people
        joined (late arrivals after), and someone absent leaves a gap, not a renumbering."""
        plan = self._c.live.plan
        keys: dict[int, str | None] = {0: None}
        for number, person in enumerate(plan.participants[:9], start=1):
            if person not in plan.absent:
                keys[number] = person
        return keys

    def _redraw(self) -> None:
        r = self._c.runner
        timeline = r.timeline
        phase = r.phase
        fmt = timeline.fmt
        if phase.round_index is not None:
            self._title.setText(
                self.tr("Round {n} of {total} — {phase}").format(
                    n=phase.round_index + 1,
                    total=len(timeline.plan.rounds),
                    phase=isolate(phase.name),
                )
            )
        else:
            self._title.setText(phase.name)
        self._roles.clear()
        roles = timeline.roles_at(r.index)
        for role in fmt.roles:
            people = roles.get(role.id, ())
            if not people:
                continue
            muted = role.id in phase.spec.muted
            now = phase.spec.instructions.get(role.id, "")
            if muted:
                now = self.tr("microphone off") + (f" — {now}" if now else "")
            elif role.id in phase.spec.speakers:
                now = now or self.tr("speaks")
            elif role.id in phase.spec.listeners:
                now = now or self.tr("listens")
            item = QTreeWidgetItem(self._roles, [role.name, ", ".join(people), now])
            item.setToolTip(0, role.does)
            item.setToolTip(1, plain_tooltip(", ".join(people)))  # a long name elided in the column
            if muted:
                item.setIcon(2, self._muted_icon())
        for column in range(2):
            self._roles.resizeColumnToContents(column)
        lines = [f"• {rule}" for rule in timeline.rules_at(r.index)]
        helping = timeline.helping_at(r.index)
        if helping:
            lines.insert(0, self.tr("Help wanted: {wish}").format(wish=isolate(helping)))
        elif phase.spec.helping:
            lines.insert(0, self.tr("Ask the client how they want to be helped (H)."))
        self._rules.setText("\n".join(lines))
        self._fill_speakers()
        self._fill_upcoming()

    def _muted_icon(self) -> QIcon:
        if self._mic_off is None:
            self._mic_off = QIcon(str(icon_path(MUTED_ICON)))
        return self._mic_off

    def _fill_speakers(self) -> None:
        wanted = sorted(self.speaker_keys().items(), key=lambda kv: (kv[0] == 0, kv[0]))
        if wanted != self._speaker_layout:
            for button in self._speaker_buttons.values():
                button.deleteLater()
            self._speaker_buttons.clear()
            for n, (number, person) in enumerate(wanted):
                name = person or self.tr("nobody")
                button = SpeakerButton(number, name)
                button.setObjectName(f"speaker_{number}")
                button.setAccessibleName(
                    self.tr("{name} speaks (key {n})").format(name=isolate(name), n=number)
                )
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, p=person: self._c.set_speaker(p))
                self._speakers.addWidget(button, n // 5, n % 5)
                self._speaker_buttons[person] = button
            self._speaker_layout = wanted
        running = self._c.runner.state in (SessionState.RUNNING, SessionState.PAUSED)
        for person, button in self._speaker_buttons.items():
            button.setEnabled(running)
            button.setChecked(running and person == self._c.runner.speaker)
            button.setStyleSheet("font-weight: 700;" if button.isChecked() else "")

    def _fill_upcoming(self) -> None:
        r = self._c.runner
        plan = r.timeline.plan
        fmt = r.timeline.fmt
        current = r.phase.round_index
        start = 0 if current is None else current + 1
        if (
            current is None
            and r.index > 0
            and any(p.round_index is not None for p in r.timeline.phases[: r.index])
        ):
            start = len(plan.rounds)

        metrics = self._upcoming.fontMetrics()

        def listed(cut: bool) -> list[str]:
            def who(name: str) -> str:  # a long name is cut, and whole in the tooltip
                return isolate(elide(name, metrics, SPEAKER_NAME_PX + 30) if cut else name)

            lines = []
            for i in range(start, len(plan.rounds)):
                rnd = plan.rounds[i]
                extras = [
                    f"{in_sentence(fmt.role(rid).name)} {', '.join(who(p) for p in people)}"
                    for rid, people in rnd.roles.items()
                    if fmt.role(rid).assign is Assign.DUTY
                ]
                holder = fmt.holder_role.name if fmt.holder_role else ""
                lines.append(
                    self.tr("Round {n}: {holder} {who}").format(
                        n=i + 1, holder=in_sentence(holder), who=who(rnd.holder)
                    )
                    + (f" · {', '.join(extras)}" if extras else "")
                )
            return lines

        lines, whole = listed(cut=True), listed(cut=False)
        self._upcoming.setText(self.tr("Next rounds:\n") + "\n".join(lines) if lines else "")
        self._upcoming.setToolTip(plain_tooltip("\n".join(whole)) if whole != lines else "")
        self._upcoming.setTextFormat(Qt.TextFormat.PlainText)
