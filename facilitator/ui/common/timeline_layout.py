"""Where the timeline's pieces go: the geometry of the strip, without a widget.

Given each phase's planned and actual seconds, the strip's size and a font's metrics,
`lay_out` says where every block, bar, overrun, "+m:ss" and group label goes; `phase_at`
finds the phase under a point, `tick_rect` what a tick repaints, `needle_x` where "now"
stands, and `fit_name` how much of a phase's name fits in its block. Nothing here paints,
reads the runner or translates: the widget gathers the figures (`PhaseSpan`) and the group
names, and draws what comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from facilitator.core.timefmt import overrun_text

MARGIN = 6
NO_TEXT_BELOW = 3  # px: narrower blocks are drawn without a name
MIN_OVERRUN_PX = 4  # even a few seconds over must show as hatching


@dataclass(frozen=True)
class PhaseSpan:
    """One phase's figures, as the runner gives them."""

    planned: float  # seconds, extensions and shortenings included
    original: float  # seconds as planned, before any extension
    actual: float  # seconds spent so far; 0 for a phase not visited
    group: tuple[str, int | None]  # (section, round): neighbours with the same key group
    skipped: bool = False


@dataclass(frozen=True)
class Block:
    index: int
    slot: QRect  # the block and its overrun: the phase's share of the strip
    plan: QRect  # planned time (with extensions)
    bar: QRect  # actual time up to the planned length; empty if not visited
    over: QRect  # actual time beyond the planned length; empty without overrun
    original_x: int | None  # where the plan ended before an extension
    over_text: QRect  # where "+m:ss" goes, under the overrun; invalid without one


@dataclass(frozen=True)
class Group:
    label: str
    rect: QRect  # the bracket: above its blocks, as wide as they are
    label_rect: QRect  # the label, moved left or elided when the group is narrow
    skipped: bool


@dataclass(frozen=True)
class Layout:
    blocks: tuple[Block, ...]
    groups: tuple[Group, ...]

    @property
    def key(self) -> tuple:
        """What decides whether a tick can repaint only the current block."""
        return tuple((b.slot.x(), b.slot.width(), b.plan.width()) for b in self.blocks)


# A group's names, longest first, for the group starting at phase `first` (all of it
# skipped or not); the first that fits is drawn, or one cut short while it still shows
# the whole of the next form and more ("Round 4 · Anastasia Kow…" keeps "Round 4").
# Each shorter form must be a beginning of the longer one for that.
GroupLabels = Callable[[int, bool], Sequence[str]]
ELIDED_MORE = 2  # an elided label shows at least this many characters past the next form


def choose_label(names: Sequence[str], metrics: QFontMetrics, room: int) -> str:
    """The longest of `names` that fits `room` px, whole or cut short with "…" while it
    keeps the next form; the shortest, cut to the room, when none does."""
    for i, text in enumerate(names):
        if metrics.horizontalAdvance(text) <= room:
            return text
        if i + 1 < len(names):
            shorter = names[i + 1]
            cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room))
            more = cut[len(shorter) :].strip(" ·:,…\u2068\u2069")  # the name's own letters
            if cut.startswith(shorter) and len(more) >= ELIDED_MORE:
                return cut
    return metrics.elidedText(names[-1], Qt.TextElideMode.ElideRight, max(0, room))


def lay_out(
    spans: Sequence[PhaseSpan],
    width: int,
    height: int,
    metrics: QFontMetrics,
    labels: GroupLabels,
) -> Layout:
    """The strip for a widget `width` × `height` px whose labels use `metrics` (bold)."""
    n = len(spans)
    line = metrics.height()
    label_top = MARGIN - 2
    block_top = label_top + line + 6
    block_h = max(24, height - MARGIN - line - block_top)
    bar_h = max(5, block_h // 5)
    bar_top = block_top + block_h - bar_h - 3

    planned = [s.planned for s in spans]
    actual = [s.actual for s in spans]
    starts = [i for i in range(n) if i == 0 or spans[i].group != spans[i - 1].group]
    inner = width - 2 * MARGIN
    group_gap, phase_gap = (8, 2) if inner > 12 * n else (2, 1)
    gaps = group_gap * (len(starts) - 1) + phase_gap * (n - len(starts))
    if gaps > inner / 2:
        group_gap = phase_gap = gaps = 0

    # Seconds to pixels, with room for a visible sliver of even a tiny overrun.
    span = [max(p, a) for p, a in zip(planned, actual, strict=True)]
    scale = (inner - gaps) / (sum(span) or 1.0)
    floor = MIN_OVERRUN_PX / scale if scale else 0.0
    span = [p + max(a - p, floor) if a > p else p for p, a in zip(planned, actual, strict=True)]
    scale = (inner - gaps) / (sum(span) or 1.0)

    blocks: list[Block] = []
    x, done = MARGIN, 0.0
    for i in range(n):
        if i:
            x += group_gap if i in starts else phase_gap
        left = x + round(done * scale)
        plan_end = x + round((done + planned[i]) * scale)
        slot_end = x + round((done + span[i]) * scale)
        bar_end = x + round((done + min(actual[i], planned[i])) * scale)
        original = spans[i].original
        over = QRect(plan_end, block_top, slot_end - plan_end, block_h)
        block = Block(
            index=i,
            slot=QRect(left, block_top, slot_end - left, block_h),
            plan=QRect(left, block_top, plan_end - left, block_h),
            bar=QRect(left, bar_top, bar_end - left, bar_h),
            over=over if actual[i] > planned[i] else QRect(),
            original_x=x + round((done + original) * scale) if original < planned[i] else None,
            over_text=QRect(),
        )
        blocks.append(block)
        done += span[i]
    blocks = _place_over_texts(blocks, spans, width, block_top + block_h + 1, line, metrics)
    groups = _place_groups(blocks, spans, starts, label_top, block_top, metrics, labels)
    return Layout(tuple(blocks), groups)


def _place_over_texts(
    blocks: list[Block],
    spans: Sequence[PhaseSpan],
    width: int,
    top: int,
    line: int,
    metrics: QFontMetrics,
) -> list[Block]:
    """Put each "+m:ss" under its overrun, never on top of the one before it."""
    placed: list[Block] = []
    right = 0
    for block in blocks:
        if not block.over.isValid():
            placed.append(block)
            continue
        s = spans[block.index]
        w = metrics.horizontalAdvance(overrun_text(s.actual - s.planned)) + 4
        x = max(block.over.center().x() - w // 2, right + 4, 0)
        x = min(x, width - w)
        right = x + w
        placed.append(replace(block, over_text=QRect(x, top, w, line)))
    return placed


def _place_groups(
    blocks: list[Block],
    spans: Sequence[PhaseSpan],
    starts: list[int],
    top: int,
    block_top: int,
    metrics: QFontMetrics,
    labels: GroupLabels,
) -> tuple[Group, ...]:
    """A bracket over each group's blocks and its label, which may lean left into free
    space (the closing group at the right edge is often narrower than its name)."""
    groups: list[Group] = []
    free_from = MARGIN
    for k, first in enumerate(starts):
        last = (starts[k + 1] if k + 1 < len(starts) else len(blocks)) - 1
        left, right = blocks[first].slot.left(), blocks[last].slot.right()
        skipped = all(spans[i].skipped for i in range(first, last + 1))
        limit = blocks[starts[k + 1]].slot.left() - 6 if k + 1 < len(starts) else right + 1
        room = limit - max(free_from, left - 40)
        label = choose_label(list(labels(first, skipped)), metrics, room)
        want = metrics.horizontalAdvance(label)
        x = max(free_from, min(left, limit - want))
        label_rect = QRect(x, top, max(0, limit - x), block_top - top - 4)
        free_from = x + min(want, label_rect.width()) + 10
        bracket = QRect(left, top, right - left + 1, block_top - top - 4)
        groups.append(Group(label, bracket, label_rect, skipped))
    return tuple(groups)


def phase_at(layout: Layout, x: int) -> int | None:
    """The phase whose column (its block and overrun) holds `x`, or None between blocks."""
    for block in layout.blocks:
        if block.slot.left() <= x <= block.slot.right():
            return block.index
    return None


def tick_rect(layout: Layout, index: int) -> QRect:
    """What a tick repaints: the current block, its overrun and label, and the needle."""
    block = layout.blocks[index]
    rect = block.slot.adjusted(-6, -6, 6, 6)
    return rect.united(block.over_text) if block.over_text.isValid() else rect


def needle_x(block: Block) -> int:
    """At the end of the time spent: of the bar, or of the overrun past the block."""
    moved = block.over if block.over.isValid() else block.bar
    return moved.right() + 1 if moved.width() > 0 else block.plan.left() + 1


def wrap(metrics: QFontMetrics, text: str, width: int, lines: int) -> list[str]:
    """`text` broken at spaces into at most `lines` lines of `width` px; the last elided."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:
            words.insert(0, line)  # one long word: elide it on the last line instead
            break
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


def fit_name(block: Block, metrics: QFontMetrics, name: str) -> tuple[QRect, list[str]] | None:
    """Where a phase's name goes inside its block and the lines of it that fit there: as
    many words as fit, else its initial ("S…", or "S" alone); None when not even a letter
    fits (the tooltip and the accessible description still name the phase)."""
    if block.plan.width() < NO_TEXT_BELOW or not name.strip():
        return None
    top = block.plan.top() + 3
    height = block.bar.top() - top - 1
    area = QRect(block.plan.left() + 5, top, block.plan.width() - 9, height)
    fits = max(1, area.height() // metrics.lineSpacing())
    lines = wrap(metrics, name, area.width(), fits)
    if lines and (lines[0] == name.strip() or len(lines[0].rstrip("…")) >= 2):
        return area, lines
    tight = QRect(block.plan.left() + 2, top, block.plan.width() - 3, height)  # padding → text
    initial = name.strip()[0]
    for text in (f"{initial}…", initial):
        if metrics.horizontalAdvance(text) <= tight.width():
            return tight, [text]
    return None
