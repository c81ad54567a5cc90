"""The review for the room: how the group used its time, on the projector.

It shows the time planned and used, each round's time against its plan, and the balance
between participants — and no notes, ever. Actions noted on the laptop are notes too: the
facilitator typed them in their own words, and they can carry what was said in
confidence (a colleague's name, a client's situation). So the room sees only how many
commitments each person made, as a prompt for each to say theirs aloud; the words stay
on the laptop. Dark, Okabe–Ito, large text, nothing told by colour alone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.session.balance_figures import SessionFigures, session_figures
from facilitator.core.text import isolate
from facilitator.core.timefmt import duration_text, minutes_text
from facilitator.ui.charts.balance import BalanceChart, group_title
from facilitator.ui.charts.parts import ROOM
from facilitator.ui.common.screen_fit import fit_to_screen
from facilitator.ui.common.session_view import ReviewedSession
from facilitator.ui.common.style import BACKGROUND, DIM, OKABE_ITO, WHITE
from facilitator.ui.room.parts import min_pixel_size

CHART_SHARE = 0.022  # the chart's text, as a share of the window height (never below the
WIDE = 1.5  # room's minimum x-height); narrower than this (4:3), the chart goes below


class RoomReview(QWidget):
    def __init__(self, controller: ReviewedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("roomReview")
        self.setWindowTitle(self.tr("Facilitator — review for the room"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(WHITE))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._c = controller
        self._figures: SessionFigures | None = None
        self.heading = self._label(0.065, bold=True)
        self.subheading = self._label(0.034, colour=DIM)
        self.rounds_title = self._label(0.036, bold=True)
        self.rounds = QGridLayout()
        self.rounds.setHorizontalSpacing(24)
        self.rounds.setColumnStretch(0, 1)  # the names take what the times leave
        self._round_labels: list[QLabel] = []
        self.chart = BalanceChart(ROOM, compact=True)
        self.commitments = self._label(0.036)
        self.commitments.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.rounds_title)
        left.addLayout(self.rounds)
        left.addStretch(1)
        self._body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addLayout(left, 2)
        right = QVBoxLayout()
        self.chart.caption.setProperty("share", 0.034)
        self.chart.caption.setProperty("bold", True)
        self.chart.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right.addWidget(self.chart.caption)
        right.addWidget(self.chart, 1)
        body.addLayout(right, 3)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(12)
        layout.addLayout(body, 1)
        layout.addSpacing(12)
        layout.addWidget(self.commitments)
        fit_to_screen(self, 1280, 720)
        self.refresh()

    def _label(self, share: float, *, bold: bool = False, colour: str = WHITE) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are never read as markup
        label.setProperty("share", share)
        label.setProperty("bold", bold)
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        return label

    def _fit_fonts(self) -> None:
        """Every text a share of the height, none below the room's minimum x-height; the
        chart's too. A 4:3 screen puts the chart under the rounds, with the full width."""
        height = max(self.height(), 300)
        unit = height / 100
        for label in self.findChildren(QLabel):
            share = label.property("share")
            if share is None:
                continue
            font = QFont(label.font())
            font.setBold(bool(label.property("bold")))
            font.setPixelSize(max(round(float(share) * 100 * unit), min_pixel_size(font, height)))
            label.setFont(font)
        margin = round(2.5 * unit)
        self._layout.setContentsMargins(margin, round(2 * unit), margin, round(2 * unit))
        self.rounds.setHorizontalSpacing(round(2 * unit))
        wide = self.width() >= WIDE * self.height() and self._rounds_width() <= 0.38 * (
            self.width() - 2 * margin
        )
        self._body.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        self._body.setStretch(0, 2 if wide else 0)
        # its labels are drawn at 0.9 of its size: that 0.9 still reaches the minimum
        least = math.ceil(min_pixel_size(self.chart.style_.font(), height) / 0.9)
        px = max(round(CHART_SHARE * height), least)
        if px != self.chart.style_.font_px:
            self.chart.set_font_px(px)
            if self._figures is not None:
                self.chart.show_balance(self._figures)  # rows and labels in the new size

    def _rounds_width(self) -> int:
        """The rounds' table at its natural width: every title on one line."""
        widths: dict[int, int] = {}
        for label in self._round_labels:
            column = self.rounds.getItemPosition(self.rounds.indexOf(label))[1]
            advance = QFontMetrics(label.font()).horizontalAdvance(label.text())
            widths[column] = max(widths.get(column, 0), advance)
        return sum(widths.values()) + self.rounds.horizontalSpacing() * max(0, len(widths) - 1)

    def refresh(self) -> None:
        f = self._figures = session_figures(self._c.runner, self._c.title)
        planned = sum(p.planned for p in f.phases)
        used = sum(p.actual for p in f.phases)
        self.heading.setText(self.tr("How we used our time"))
        self.subheading.setText(
            self.tr("{title} · planned {planned} · used {used}").format(
                title=f.title, planned=minutes_text(planned), used=minutes_text(used)
            )
        )
        for label in self._round_labels:
            self.rounds.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._round_labels.clear()
        rounds = [g for g in f.groups if g.round_index is not None] or list(f.groups)
        self.rounds_title.setText(self.tr("Each round against its plan"))
        for row, group in enumerate(rounds):
            phases = f.group_phases(group)
            g_planned = sum(p.planned for p in phases)
            g_used = sum(p.actual for p in phases)
            if all(p.skipped for p in phases):
                state, colour = self.tr("skipped"), DIM
            elif g_used > g_planned:
                state = self.tr("+{time} over").format(time=duration_text(g_used - g_planned))
                colour = OKABE_ITO["orange"]
            else:
                state, colour = self.tr("on time"), WHITE
            cells = (
                (group_title(self, f, group, isolated=True), WHITE),
                (
                    self.tr("{used} of {planned}").format(
                        used=duration_text(g_used), planned=duration_text(g_planned)
                    ),
                    DIM,
                ),
                (state, colour),
            )
            for column, (text, tone) in enumerate(cells):
                label = self._label(0.034, bold=column == 2, colour=tone)
                label.setText(text)
                if column == 0:  # a long name wraps, never widens the window
                    label.setWordWrap(True)
                    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                self.rounds.addWidget(label, row, column)
                self._round_labels.append(label)
        self.chart.show_balance(f)
        counts = self._c.commitment_counts()
        if counts:
            listed = " · ".join(f"{isolate(person)} {n}" for person, n in counts.items())
            self.commitments.setText(
                self.tr("Commitments made: {listed} — each of you, say yours aloud.").format(
                    listed=listed
                )
            )
        else:
            self.commitments.setText(self.tr("What will each of you try before we meet again?"))
        self._fit_fonts()

    def visible_texts(self) -> list[str]:
        """Every text the room can read, the chart's included (for the privacy checks)."""
        texts = [label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self)]
        texts.extend(self.chart.label_texts())
        texts.extend(self.chart.series_names)
        texts.extend(self.chart.mean_texts)
        texts.extend(text for _, text in self.chart.hover_items())
        return texts

    # -- on the projector --------------------------------------------------------------
    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.move(screen.availableGeometry().topLeft())
        self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_F:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()
