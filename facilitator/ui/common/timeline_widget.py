"""The facilitator's strip of the whole meeting: the plan, the time actually taken, and now.

Every phase is a block as wide as its planned time (extensions included), grouped by
round under a label naming the round's issue holder. As the session runs, a bar inside
each visited block shows the time actually spent on the same scale; an overrun pushes
out past the block's end as a hatched bar marked "+m:ss", so the later blocks visibly
move right. Skipped phases are hollow, dashed and struck through; a needle marks now.
Colour is never the only signal (outline, hatching, dashes and text carry it too) and the
colours are Okabe–Ito. The widget does no time arithmetic beyond scaling to pixels: every
number comes from the runner and every duration text from ``facilitator.core.timefmt``.

Painting is cheap on purpose: ``ticked`` repaints only the current block and the needle,
unless the layout itself moved (an overrunning phase growing by a pixel).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from facilitator.core.plan.timeline import PlannedPhase
from facilitator.core.session.runner import SessionRunner, SessionState
from facilitator.core.text import isolate
from facilitator.core.timefmt import countdown_text, minutes_text, overrun_text
from facilitator.ui.common.session_view import SessionView
from facilitator.ui.common.timeline_layout import (
    Block,
    Group,
    Layout,
    PhaseSpan,
    fit_name,
    lay_out,
    needle_x,
    phase_at,
    tick_rect,
)
from facilitator.ui.common.timeline_parts import (
    BLACK,
    BLUE,
    GREEN,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    YELLOW,
    rounded,
    tint,
)


class PhaseTimelineWidget(QWidget):
    """Plan against reality for one session; click a phase to jump to it (undoable)."""

    phase_clicked = Signal(int)

    def __init__(self, controller: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseTimeline")
        self.setAccessibleName(self.tr("Phase timeline"))
        self.setMinimumHeight(90)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._controller = controller
        self._painted_key: tuple = ()
        self._last_tick_rect = QRect()
        self._pressed: int | None = None
        # reachable by Tab: Up/Down (Home/End) choose a phase, Return jumps to it
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._chosen: int | None = None
        controller.changed.connect(self._on_changed)
        controller.ticked.connect(self._on_ticked)

    # -- public helpers ----------------------------------------------------------------
    @property
    def runner(self) -> SessionRunner:
        return self._controller.runner

    def sizeHint(self) -> QSize:
        return QSize(900, 110)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 90)

    def block_rect(self, index: int) -> QRect:
        """Where phase `index`'s planned block is drawn (its overrun not included)."""
        return self._layout().blocks[index].plan

    def slot_rect(self, index: int) -> QRect:
        """The block with its overrun extension: the phase's whole share of the strip."""
        return self._layout().blocks[index].slot

    def phase_at(self, pos: QPoint) -> int | None:
        """The phase under `pos` (anywhere in its column), or None between blocks."""
        return phase_at(self._layout(), pos.x()) if self.rect().contains(pos) else None

    def tick_rect(self, layout: Layout | None = None) -> QRect:
        """What a tick repaints: the current block, its overrun and label, and the needle."""
        return tick_rect(layout or self._layout(), self.runner.index)

    def needle_x(self) -> int | None:
        """Where the needle stands, or None when the session is not under way."""
        return needle_x(self._layout().blocks[self.runner.index]) if self._live() else None

    def group_labels(self) -> list[str]:
        """The labels over the groups of blocks, as drawn at the present width."""
        return [group.label for group in self._layout().groups]

    def tooltip_text_at(self, pos: QPoint) -> str:
        """The hover text for the phase under `pos`: name, round, planned, actual, overrun."""
        index = self.phase_at(pos)
        return "" if index is None else self._describe(index)

    # -- events ------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.phase_at(event.pos())
            if index is not None:
                area = self.slot_rect(index).adjusted(0, -self.height(), 0, self.height())
                QToolTip.showText(event.globalPos(), self._describe(index), self, area)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.phase_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        left_button = event.button() == Qt.MouseButton.LeftButton
        if (
            left_button
            and pressed is not None
            and self.phase_at(event.position().toPoint()) == pressed
        ):
            self.phase_clicked.emit(pressed)
            self._controller.goto(pressed)
        super().mouseReleaseEvent(event)

    def _on_changed(self) -> None:
        if self._chosen is not None and self._chosen >= len(self.runner.timeline):
            self._chosen = None
        self._describe_for_assistive_tech()
        self.update()

    # -- keyboard ----------------------------------------------------------------------
    @property
    def chosen(self) -> int | None:
        """The phase chosen with the keyboard (None until the timeline had focus)."""
        return self._chosen

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._chosen is None:
            self._chosen = self.runner.index
        self._describe_for_assistive_tech()
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:
        count = len(self.runner.timeline)
        chosen = self.runner.index if self._chosen is None else self._chosen
        moves = {
            Qt.Key.Key_Up: chosen - 1,
            Qt.Key.Key_Down: chosen + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        if event.key() in moves and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._chosen = max(0, min(count - 1, moves[event.key()]))
            self._describe_for_assistive_tech()
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.phase_clicked.emit(chosen)
            self._controller.goto(chosen)
        else:
            super().keyPressEvent(event)

    def _describe_for_assistive_tech(self) -> None:
        """The painted phases in words: the chosen one in full, then every phase."""
        timeline = self.runner.timeline
        chosen = self._chosen if self._chosen is not None else self.runner.index
        listing = "; ".join(
            self.tr("{n}. {name}").format(n=i + 1, name=timeline[i].name)  # read, not drawn
            for i in range(len(timeline))
        )
        self.setAccessibleDescription(
            self._describe(chosen).replace("\n", ", ") + "\n" + listing
            if 0 <= chosen < len(timeline)
            else listing
        )

    def _on_ticked(self) -> None:
        layout = self._layout()
        if layout.key != self._painted_key:
            self.update()  # an overrun grew by a pixel and moved the later blocks
            return
        rect = self.tick_rect(layout)
        last, self._last_tick_rect = self._last_tick_rect, rect
        self.update(rect.united(last) if last.isValid() else rect)

    # -- layout ------------------------------------------------------------------------
    def _live(self) -> bool:
        return self.runner.state in (SessionState.RUNNING, SessionState.PAUSED)

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _layout(self) -> Layout:
        runner = self.runner
        timeline = runner.timeline
        spans = [
            PhaseSpan(
                planned=runner.planned(i),
                original=phase.planned,
                actual=runner.actual(i) if runner.was_visited(i) else 0.0,
                group=(phase.section, phase.round_index),
                skipped=runner.is_skipped(i),
            )
            for i, phase in enumerate(timeline.phases)
        ]
        metrics = QFontMetrics(self._bold())
        return lay_out(
            spans,
            self.width(),
            self.height(),
            metrics,
            lambda first, skipped: self._group_labels(timeline[first], skipped),
        )

    def _group_labels(self, phase: PlannedPhase, skipped: bool = False) -> list[str]:
        """A group's name, longest first, then shorter forms for narrow groups."""
        number = (phase.round_index or 0) + 1
        holder = self.runner.timeline.holder_of(phase.round_index)
        if phase.section != "round":
            sections = {"opening": self.tr("Opening"), "closing": self.tr("Closing")}
            labels = [sections.get(phase.section, self.tr("Break"))]
        elif phase.round_index is None:  # the time kept for the rounds until the bids
            labels = [self.tr("Rounds, after the bids"), self.tr("Rounds")]
        elif holder:
            short = self.tr("Round {number}").format(number=number)
            labels = [
                self.tr("{round} · {holder}").format(round=short, holder=isolate(holder)),
                short,
                str(number),
            ]  # each a beginning of the one before: a long name is cut, "Round n" kept
        else:
            labels = [self.tr("Round {number}").format(number=number), str(number)]
        if skipped:
            labels.insert(0, self.tr("{label} · skipped").format(label=labels[0]))
        return labels

    def _overrun(self, index: int) -> float:
        return self.runner.actual(index) - self.runner.planned(index)

    def _over_text(self, index: int) -> str:
        return overrun_text(self._overrun(index))

    # -- text --------------------------------------------------------------------------
    def _describe(self, index: int) -> str:
        runner = self.runner
        phase = runner.timeline[index]
        planned = runner.planned(index)
        lines = [phase.name, self._group_labels(phase)[0]]
        if planned > phase.planned:
            text = self.tr("Planned: {planned} (extended from {original})")
        elif planned < phase.planned:
            text = self.tr("Planned: {planned} (shortened from {original})")
        else:
            text = self.tr("Planned: {planned}")
        lines.append(
            text.format(planned=minutes_text(planned), original=minutes_text(phase.planned))
        )
        if runner.is_skipped(index):
            lines.append(self.tr("Skipped"))
        elif not runner.was_visited(index):
            lines.append(self.tr("Not reached yet"))
        else:
            now = self._live() and index == runner.index
            text = self.tr("Actual so far: {actual}") if now else self.tr("Actual: {actual}")
            lines.append(text.format(actual=countdown_text(runner.actual(index))))
            if self._overrun(index) > 0:
                over = overrun_text(self._overrun(index)).removeprefix("+")
                lines.append(self.tr("Over by {over}").format(over=over))
        return "\n".join(lines)

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._layout()
        self._painted_key = layout.key
        runner, live = self.runner, self._live()
        clip = event.rect()
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._bold())
        for group in layout.groups:
            if group.rect.united(group.label_rect).intersects(clip):
                self._paint_group(painter, group, ink)
        painter.setFont(self.font())
        for block in layout.blocks:
            if block.slot.adjusted(-3, -3, 3, 3).intersects(clip):
                self._paint_block(painter, block, current=live and block.index == runner.index)
        painter.setFont(self._bold())
        painter.setPen(ink)
        for block in layout.blocks:
            if block.over_text.isValid() and block.over_text.intersects(clip):
                align = Qt.AlignmentFlag.AlignCenter
                painter.drawText(block.over_text, align, self._over_text(block.index))
        if live:
            current = layout.blocks[runner.index]
            self._paint_current_outline(painter, current)
            self._paint_needle(painter, current, paused=runner.state is SessionState.PAUSED)
        chosen = self._chosen if self.hasFocus() else None
        if chosen is not None and 0 <= chosen < len(layout.blocks):
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(layout.blocks[chosen].slot.adjusted(-2, -2, 2, 2))
        painter.end()

    def _paint_group(self, painter: QPainter, group: Group, ink: QColor) -> None:
        metrics = painter.fontMetrics()
        shown = metrics.elidedText(
            group.label, Qt.TextElideMode.ElideRight, group.label_rect.width()
        )
        if shown.strip("…"):  # "1" when only the number fits; never a lone "…"
            painter.setPen(ink)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(group.label_rect, align, shown)
        # A bracket over the group's blocks ties a round together.
        pen = QPen(ink, 1, Qt.PenStyle.DashLine if group.skipped else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        y = group.rect.bottom() + 2.5
        left, right = group.rect.left() + 0.5, group.rect.right() + 0.5
        points = [QPointF(left, y + 3), QPointF(left, y), QPointF(right, y), QPointF(right, y + 3)]
        painter.drawPolyline(QPolygonF(points))

    def _muted_ink(self) -> QColor:
        """Text colour 30 % of the way to the background: still over 7:1 on light grey."""
        text = self.palette().color(QPalette.ColorRole.WindowText)
        back = self.palette().color(QPalette.ColorRole.Window)
        mix = [
            a + (b - a) * 0.3 for a, b in zip(text.getRgbF()[:3], back.getRgbF()[:3], strict=True)
        ]
        return QColor.fromRgbF(*mix)

    def _fill_for(self, index: int, current: bool) -> QColor:
        phase = self.runner.timeline[index]
        if current:
            return tint(ORANGE, 0.35)
        if phase.section == "round":
            if (phase.round_index or 0) % 2:
                return tint(GREEN, 0.7)
            return tint(SKY, 0.55)
        return tint(PURPLE, 0.6) if phase.section == "break" else tint(YELLOW, 0.5)

    def _paint_block(self, painter: QPainter, block: Block, *, current: bool) -> None:
        skipped = self.runner.is_skipped(block.index)
        ink = self._muted_ink() if skipped else QColor(BLACK)
        shape = rounded(block.plan)
        if skipped:
            painter.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(shape)
        else:
            painter.setPen(QPen(QColor(0, 0, 0, 100), 1))
            painter.setBrush(self._fill_for(block.index, current))
            painter.drawPath(shape)
        if block.original_x is not None:
            self._paint_extension(painter, block, shape)
        if not block.bar.isEmpty():  # inside the outline, clear of the rounded corners
            painter.fillRect(block.bar.intersected(block.plan.adjusted(1, 0, -1, 0)), QColor(BLUE))
        if not block.over.isEmpty():
            self._paint_overrun(painter, block.over)
        self._paint_name(painter, block, ink, strike=skipped)

    def _paint_extension(self, painter: QPainter, block: Block, shape: QPainterPath) -> None:
        """An extension: the added part of the block dotted, behind a dotted line."""
        assert block.original_x is not None
        added = QRect(
            block.original_x,
            block.plan.top(),
            block.plan.right() - block.original_x + 1,
            block.plan.height(),
        )
        painter.save()
        painter.setClipPath(shape, Qt.ClipOperation.IntersectClip)
        painter.fillRect(added, QBrush(QColor(0, 0, 0, 70), Qt.BrushStyle.Dense6Pattern))
        painter.restore()
        painter.setPen(QPen(QColor(BLACK), 1, Qt.PenStyle.DotLine))
        x = block.original_x + 0.5
        painter.drawLine(QPointF(x, block.plan.top() + 1), QPointF(x, block.plan.bottom()))

    def _paint_overrun(self, painter: QPainter, over: QRect) -> None:
        """A hatched tail past the block's end, as long as the overrun."""
        tail = QRectF(over).adjusted(-0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(VERMILLION), 1))
        painter.setBrush(tint(VERMILLION, 0.8))
        painter.drawRect(tail)
        painter.setBrush(QBrush(QColor(VERMILLION), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(tail)

    def _paint_name(self, painter: QPainter, block: Block, ink: QColor, *, strike: bool) -> None:
        fitted = fit_name(block, painter.fontMetrics(), self.runner.timeline[block.index].name)
        if fitted is None:
            return
        area, lines = fitted
        font = QFont(painter.font())
        font.setStrikeOut(strike)
        painter.save()
        painter.setFont(font)
        painter.setPen(ink)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(area, align, "\n".join(lines))
        painter.restore()

    def _paint_current_outline(self, painter: QPainter, block: Block) -> None:
        painter.setPen(QPen(QColor(BLACK), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(rounded(block.plan, 1.5))

    def _paint_needle(self, painter: QPainter, block: Block, *, paused: bool) -> None:
        x = float(needle_x(block))
        top, bottom = block.slot.top() - 3.0, block.slot.bottom() + 3.0
        painter.setPen(QPen(QColor("white"), 4))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        pen = QPen(QColor(BLACK), 2, Qt.PenStyle.DashLine if paused else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(QColor(BLACK))
        head = [QPointF(x - 5, top - 1), QPointF(x + 5, top - 1), QPointF(x, top + 6)]
        painter.drawPolygon(QPolygonF(head))
