"""The timeline's geometry without a widget or a session: figures in, rectangles out."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics

from facilitator.ui.common.timeline_layout import (
    MARGIN,
    MIN_OVERRUN_PX,
    Block,
    PhaseSpan,
    choose_label,
    fit_name,
    lay_out,
    needle_x,
    phase_at,
    tick_rect,
    wrap,
)

MIN = 60.0


@pytest.fixture
def metrics(qapp) -> QFontMetrics:
    font = QFont()
    font.setPointSize(10)
    font.setBold(True)
    return QFontMetrics(font)


def _spans(*minutes: float, actual: dict[int, float] | None = None) -> list[PhaseSpan]:
    """An opening, two rounds of two phases each, and a closing."""
    groups = [("opening", None), ("round", 0), ("round", 0), ("round", 1), ("round", 1)]
    groups += [("closing", None)] * (len(minutes) - len(groups))
    done = actual or {}
    return [
        PhaseSpan(planned=m * MIN, original=m * MIN, actual=done.get(i, 0.0), group=groups[i])
        for i, m in enumerate(minutes)
    ]


def _labels(first: int, skipped: bool) -> list[str]:
    return [f"Group starting at phase {first}", f"G{first}"]


def test_blocks_share_the_width_by_planned_time_in_order(metrics):
    spans = _spans(10, 20, 10, 20, 10, 30)
    layout = lay_out(spans, 1000, 110, metrics, _labels)
    blocks = layout.blocks
    assert [b.index for b in blocks] == list(range(6))
    assert blocks[0].slot.left() == MARGIN
    assert blocks[-1].slot.right() <= 1000 - MARGIN
    for a, b in pairwise(blocks):
        assert a.slot.right() < b.slot.left()  # in order, never overlapping
    px_per_minute = blocks[1].plan.width() / 20
    for block, minutes in zip(blocks, (10, 20, 10, 20, 10, 30), strict=True):
        assert block.plan.width() == pytest.approx(minutes * px_per_minute, abs=1.5)
    assert all(not b.bar.isValid() or b.bar.width() == 0 for b in blocks)  # nothing spent yet
    assert all(not b.over.isValid() and b.original_x is None for b in blocks)


def test_groups_are_neighbours_with_the_same_section_and_round(metrics):
    layout = lay_out(_spans(10, 20, 10, 20, 10, 30), 3000, 110, metrics, _labels)
    # opening, round 1 (phases 1–2), round 2 (phases 3–4), closing
    assert [g.label for g in layout.groups] == [
        f"Group starting at phase {i}" for i in (0, 1, 3, 5)
    ]
    round_one = layout.groups[1]
    assert round_one.rect.left() == layout.blocks[1].slot.left()
    assert round_one.rect.right() == layout.blocks[2].slot.right()


def test_a_narrow_group_takes_its_shorter_label(metrics):
    spans = _spans(60, 1, 1, 60, 60, 60)  # round 1 is a sliver
    layout = lay_out(spans, 1200, 110, metrics, _labels)
    assert layout.groups[1].label == "G1"
    assert layout.groups[0].label == "Group starting at phase 0"


def test_the_labels_are_asked_whether_the_whole_group_was_skipped(metrics):
    asked: list[tuple[int, bool]] = []
    spans = _spans(10, 20, 10, 20, 10, 30)
    spans[1] = PhaseSpan(20 * MIN, 20 * MIN, 0.0, ("round", 0), skipped=True)
    spans[3] = PhaseSpan(20 * MIN, 20 * MIN, 0.0, ("round", 1), skipped=True)  # half of it

    def labels(first: int, skipped: bool) -> list[str]:
        asked.append((first, skipped))
        return ["x"]

    layout = lay_out(spans, 1000, 110, metrics, labels)
    assert (1, False) in asked and (3, False) in asked
    spans[2] = PhaseSpan(10 * MIN, 10 * MIN, 0.0, ("round", 0), skipped=True)
    layout = lay_out(spans, 1000, 110, metrics, labels)
    assert (1, True) in asked
    assert [g.skipped for g in layout.groups] == [False, True, False, False]


def test_a_tiny_overrun_still_shows_and_its_text_goes_under_it(metrics):
    spans = _spans(10, 20, 10, 20, 10, 30, actual={0: 10 * MIN + 2, 1: 5 * MIN})
    layout = lay_out(spans, 1000, 110, metrics, _labels)
    first, second = layout.blocks[0], layout.blocks[1]
    assert first.over.isValid() and first.over.width() >= MIN_OVERRUN_PX
    assert first.over.left() == first.plan.right() + 1
    assert first.slot.right() == first.over.right()
    assert first.over_text.isValid() and first.over_text.top() > first.slot.bottom()
    assert not second.over.isValid() and not second.over_text.isValid()
    assert second.bar.width() == pytest.approx(second.plan.width() / 4, abs=1.5)
    assert needle_x(first) == first.over.right() + 1
    assert needle_x(second) == second.bar.right() + 1


def test_overrun_texts_side_by_side_never_overlap_and_stay_on_the_strip(metrics):
    actual = {i: 1 * MIN + 75 for i in range(5)}
    spans = _spans(1, 1, 1, 1, 1, 60, actual=actual)  # each "+1:15" wider than its block
    layout = lay_out(spans, 800, 110, metrics, _labels)
    texts = [b.over_text for b in layout.blocks[:5]]
    assert all(t.isValid() for t in texts) and not layout.blocks[5].over_text.isValid()
    assert texts[0].left() >= 0
    for a, b in pairwise(texts):
        assert a.right() < b.left()  # pushed right, past the one before
    assert texts[-1].right() < layout.blocks[5].slot.right()


def test_an_extension_marks_where_the_plan_ended_before(metrics):
    spans = _spans(10, 20, 10, 20, 10, 30)
    spans[2] = PhaseSpan(15 * MIN, 10 * MIN, 0.0, ("round", 0))
    block = lay_out(spans, 1000, 110, metrics, _labels).blocks[2]
    assert block.original_x is not None
    assert block.plan.left() < block.original_x < block.plan.right()
    assert block.original_x - block.plan.left() == pytest.approx(block.plan.width() * 2 / 3, abs=2)


def test_phase_at_finds_each_column_and_nothing_between_groups(metrics):
    layout = lay_out(_spans(10, 20, 10, 20, 10, 30), 1000, 110, metrics, _labels)
    for block in layout.blocks:
        assert phase_at(layout, block.slot.center().x()) == block.index
        assert phase_at(layout, block.slot.left()) == block.index
        assert phase_at(layout, block.slot.right()) == block.index
    gap = layout.blocks[0].slot.right() + 2  # a group gap is 8 px at this width
    assert phase_at(layout, gap) is None
    assert phase_at(layout, 0) is None and phase_at(layout, 999) is None


def test_a_tick_repaints_the_block_with_a_margin_and_its_overrun_text(metrics):
    spans = _spans(10, 20, 10, 20, 10, 30, actual={0: 11 * MIN})
    layout = lay_out(spans, 1000, 110, metrics, _labels)
    first = layout.blocks[0]
    rect = tick_rect(layout, 0)
    assert rect.contains(first.slot.adjusted(-6, -6, 6, 6)) and rect.contains(first.over_text)
    assert tick_rect(layout, 1) == layout.blocks[1].slot.adjusted(-6, -6, 6, 6)


def test_many_phases_on_a_narrow_strip_still_fit_without_gaps(metrics):
    spans = [PhaseSpan(MIN, MIN, 0.0, ("round", i)) for i in range(200)]
    layout = lay_out(spans, 400, 110, metrics, lambda first, skipped: [str(first + 1)])
    assert layout.blocks[-1].slot.right() <= 400
    assert all(b.slot.width() >= 0 for b in layout.blocks)


def test_wrap_breaks_at_spaces_and_elides_the_last_line(metrics):
    text = "Questions to the issue holder about the situation"
    width = metrics.horizontalAdvance("Questions to the")
    lines = wrap(metrics, text, width, 2)
    assert len(lines) == 2
    assert lines[0] == "Questions to the"
    assert lines[1].endswith("…") and metrics.horizontalAdvance(lines[1]) <= width
    assert wrap(metrics, text, 10_000, 3) == [text]
    long_word = "x" * 200
    assert wrap(metrics, long_word, 50, 3)[0].endswith("…")  # one long word: elided


def _block(width: int) -> Block:
    plan = QRect(10, 20, width, 60)
    return Block(0, plan, plan, QRect(10, 70, 0, 8), QRect(), None, QRect())


def test_fit_name_gives_lines_or_at_least_an_initial(metrics):
    fitted = fit_name(_block(300), metrics, "Questions")
    assert fitted is not None
    area, lines = fitted
    assert lines == ["Questions"] and area.left() == 15 and area.width() == 291
    assert fit_name(_block(2), metrics, "Questions") is None  # under NO_TEXT_BELOW
    assert fit_name(_block(14), metrics, "Q") == (QRect(15, 23, 5, 46), ["Q"])


def test_a_narrow_block_shows_its_initial_rather_than_nothing(metrics):
    # QA of issue 19: "Sum up and respond" blocks at 1024 px showed no text at all.
    name = "Sum up and respond"
    width = metrics.horizontalAdvance("S…") + 3
    fitted = fit_name(_block(width), metrics, name)
    assert fitted is not None
    area, lines = fitted
    assert lines == ["S…"] and metrics.horizontalAdvance(lines[0]) <= area.width()
    area, lines = fit_name(_block(metrics.horizontalAdvance("S") + 3), metrics, name)
    assert lines == ["S"] and metrics.horizontalAdvance("S") <= area.width()
    wider = fit_name(_block(metrics.horizontalAdvance("Sum…") + 12), metrics, name)
    assert wider is not None and wider[1][0] == "Sum"  # words wrap once they fit
    assert fit_name(_block(4), metrics, name) is None  # not even a letter fits


def test_a_long_round_name_is_cut_and_keeps_round_n(metrics):
    # QA of issue 19: "Round 1 · <60 characters>" showed nothing, and a 35-character name
    # showed "2 · <img src=…" without the word "Round".
    holder = "Bartholomew Alexander Nguyen-Featherstonehaugh of Llanfair"
    names = [f"Round 1 · {holder}", "Round 1", "1"]
    room = metrics.horizontalAdvance("Round 1 · Bartholomew") + 2
    cut = choose_label(names, metrics, room)
    assert cut.startswith("Round 1 · Barth") and cut.endswith("…")
    assert metrics.horizontalAdvance(cut) <= room
    assert choose_label(names, metrics, metrics.horizontalAdvance("Round 1 · B…") + 1) == (
        "Round 1"  # too little of the name to be worth showing
    )
    assert choose_label(names, metrics, metrics.horizontalAdvance("Round 1") - 1) == "1"
    assert choose_label(names, metrics, 10_000) == names[0]


def test_round_headers_in_a_strip_keep_their_number(metrics):
    holder = "<img src=/tmp/qa/evil.png width=600> " + "x" * 500
    spans = [PhaseSpan(20 * MIN, 20 * MIN, 0.0, ("round", r)) for r in range(4)]  # 4 rounds

    def labels(first: int, skipped: bool) -> list[str]:
        short = f"Round {first + 1}"
        return [f"{short} · {holder}", short, str(first + 1)]

    layout = lay_out(spans, 1000, 110, metrics, labels)
    for n, group in enumerate(layout.groups, 1):
        assert group.label.startswith(f"Round {n} · <img"), group.label
        assert metrics.horizontalAdvance(group.label) <= group.label_rect.width()
