"""Issue 19 (QA items 8, 9, 11 and 13): whatever the names people type, the room view's
texts built from them stay within their lines, no name is split inside a word or given
up while there is room, and a role's badge never leaves its card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFrame, QLabel

from facilitator.core.text import FSI, PDI
from facilitator.ui.room.cards import RoleRow, StatusBadge
from facilitator.ui.room.parts import NameLine, PeopleList
from facilitator.ui.room.view import RoomView
from tests.ui.room.conftest import check_sizes_and_fit

SIXTY = "Maximiliane-Wilhelmina Featherstonehaugh-Cholmondeley-Worthi"
LONG = ("Bartholomew-" * 50)[:500]
# the QA's set: 60 characters, markup, a right-to-left override and 500 characters
LONG_NAMES = [SIXTY, "<img src=/tmp/x.png width=600>", "Ali\u202eLate Bob", LONG]
NINE = [
    "Anastasia Kowalczyk",
    "Bartholomew Nguyen",
    "Chidi Okonkwo",
    "Dorota Wiśniewska",
    "Emmanuelle Laurent",
    "Friedrich Hoffmann",
    "Gabriela Fernández",
    "Hiroshi Takahashi",
    "Ingrid Johansson",
]


def _settle() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QCoreApplication.processEvents()


def _lines(label: QLabel) -> int:
    step = QFontMetricsF(label.font()).lineSpacing()
    return round(label.contentsRect().height() / step)


def test_a_long_next_holder_leaves_the_room_countdown_whole(qtbot, make_controller):
    """QA item 13 (was an xfail in tests/ui/session/test_qa_issue19_findings.py): the last
    phase of a round names the next round's case giver; 500 characters pushed the
    progress bar over the countdown's digits."""
    controller = make_controller("case-consultation", ["Ana", LONG, "Cy", "Dee"])
    room = RoomView(controller)
    qtbot.addWidget(room)
    room.resize(1920, 1080)
    room.show()
    qtbot.waitExposed(room)
    controller.toggle_running()
    for _ in range(3):  # the last phase of round 1: next comes the long name's round
        controller.next_phase()
    _settle()
    frame = room.findChild(QFrame, "countdownFrame")
    clock = room._clock.countdown
    bar = room._clock.bar
    assert frame.rect().contains(clock.geometry()), (frame.rect(), clock.geometry())
    assert frame.geometry().bottom() < bar.geometry().top()
    next_line = room._next
    assert next_line.height() <= 3 * next_line.fontMetrics().lineSpacing(), next_line.height()


def test_the_next_line_cuts_a_long_name_and_keeps_its_own_words(shown, make_controller):
    """One line at 1920, two at most at 1024: the name cut with "…" (inside its isolate,
    so a direction mark in it reorders nothing), the round, the role, the phase and its
    length whole."""
    for size, most in (((1920, 1080), 1), ((1024, 768), 2)):
        controller = make_controller("case-consultation", LONG_NAMES)
        view = shown(RoomView(controller), size)
        controller.toggle_running()
        for _ in range(11):  # phase 12, the last of round 3: round 4 is the long name's
            controller.next_phase()
        _settle()
        text = view._next.text()
        assert text.startswith(f"Next: round 4 · Case giver: {FSI}Bartholomew-"), text
        assert text.endswith(" · Describe the case · 5 min"), text
        assert f"…{PDI}" in text and text.count(FSI) == 1
        assert 1 <= _lines(view._next) <= most, (size, text)
        check_sizes_and_fit(view, size)
        frame = view.findChild(QFrame, "countdownFrame")
        assert frame.geometry().bottom() < view._clock.bar.geometry().top()


def test_every_phase_with_long_names_keeps_the_page_in_order(shown, make_controller):
    """Every phase of the QA's long-names session at 1024×768 and 1920×1080: every text
    readable and inside its card, the countdown never overlaid, "Next:" at most two
    lines, and no "+N more" in a card with room (the advisers' card showed only "+2 more"
    over three empty lines)."""
    for size in ((1024, 768), (1920, 1080)):
        controller = make_controller("case-consultation", LONG_NAMES)
        view = shown(RoomView(controller), size)
        controller.toggle_running()
        for index in range(len(controller.runner.timeline)):
            if index:
                controller.next_phase()
            _settle()
            check_sizes_and_fit(view, size)
            assert _lines(view._next) <= 2, (size, index, view._next.text())
            frame = view.findChild(QFrame, "countdownFrame")
            assert frame.geometry().bottom() < view._clock.bar.geometry().top(), (size, index)
            for names in view.findChildren(PeopleList):
                if names.isVisibleTo(view):
                    assert not any("more" in line for line, *_ in names.painted), (
                        size,
                        index,
                        [line for line, *_ in names.painted],
                    )


def test_a_name_wraps_between_words_never_inside_one(shown, make_controller):
    """QA item 9: "Bartholome / w Nguyen" in the issue holder's narrow card at 1024×768.
    Now the name breaks at its space; a word too long for the card is drawn smaller."""
    controller = make_controller("action-learning", NINE, params={"issue_holders": 2})
    view = shown(RoomView(controller), (1024, 768))
    controller.toggle_running()
    for _ in range(3):  # round 1, Clarifying questions: Bartholomew Nguyen holds the issue
        controller.next_phase()
    _settle()
    check_sizes_and_fit(view, (1024, 768))
    words = {word for name in NINE for word in name.split()}
    for names in view.findChildren(PeopleList):
        if not names.isVisibleTo(view):
            continue
        for line, _cell, font, _ in names.painted:
            for piece in line.replace(",", " ").split():
                assert piece in words, (piece, line)  # whole words only
            assert QFontMetricsF(font).horizontalAdvance(line) <= names.width() + 1, line
    drawn = [name for names in view.findChildren(PeopleList) for name in names.drawn_people()]
    assert "Bartholomew Nguyen" in drawn


def test_a_word_too_long_even_at_the_smallest_size_is_cut_not_split(qapp):
    names = PeopleList(
        ["Bartholomew-Bartholomew-Bartholomew Nguyen", "A" * 80], bold=True, dim=False
    )
    names.scale(7.68, 0.7)
    lines = [line for column in names._arrange(160)[1] for line, _ in column]
    assert lines[-1].startswith("AAA") and lines[-1].endswith("…"), lines
    for line in lines:  # each line starts a word: none begins inside one
        first = line.split("-")[0].strip(",…")
        words = ("Bartholomew", "Nguyen", "A" * 80)
        assert first and any(word.startswith(first) for word in words), lines


def test_one_line_shows_a_cut_name_before_it_says_more(qapp):
    """QA item 8b: a name needing two lines must not make the list give up: with room for
    one line the list shows the first name cut, then "+1 more", never "+2 more" alone;
    and a single name longer than its lines is cut with "…", never "+1 more"."""
    names = PeopleList([SIXTY, "<img src=/tmp/x.png width=600>"], bold=True, dim=False)
    names.scale(10.8, 1.0)
    names.set_max_lines(1)
    (only,) = [line for column in names._arrange(400)[1] for line, _ in column]
    assert only.startswith("Max") and only.endswith("…, +1 more"), only
    assert names.hidden(400) == 1
    one = PeopleList([LONG], bold=True, dim=False)
    one.scale(10.8, 1.0)
    for limit in (1, 2, 3):
        one.set_max_lines(limit)
        lines = [line for column in one._arrange(400)[1] for line, _ in column]
        assert len(lines) == limit and lines[-1].endswith("…"), lines
        assert not any("more" in line for line in lines)


def test_a_page_that_cannot_fit_keeps_every_name(qtbot, make_controller):
    """When no number of lines would make the page fit, giving names up gains nothing:
    the list keeps them all (it used to end at one line, "+2 more")."""
    controller = make_controller("case-consultation", LONG_NAMES)
    view = RoomView(controller)
    qtbot.addWidget(view)
    row: RoleRow = view._roles
    crowded = max(row.cards, key=lambda card: len(card.people.people))
    row.crowd_out(1800, lambda: False)
    assert crowded.people._max_lines is None
    assert crowded.people.hidden(800) == 0


def test_a_badge_never_leaves_its_card(shown, make_controller):
    """QA item 11: "MICROPHONE OFF" ran through a narrow card's border. Every phase of
    the long-names session at the sizes where the Timekeeper's card is narrowest."""
    for size in ((1024, 768), (1280, 1024), (1920, 1080)):
        controller = make_controller("case-consultation", LONG_NAMES)
        view = shown(RoomView(controller), size)
        controller.toggle_running()
        for index in range(len(controller.runner.timeline)):
            if index:
                controller.next_phase()
            _settle()
            for badge in view.findChildren(StatusBadge):
                if not badge.isVisibleTo(view):
                    continue
                card = badge.parentWidget()
                edge = card.contentsRect()
                box = badge.geometry()
                assert edge.contains(box), (size, index, box, edge)
                words = badge.findChild(QLabel, "roleStatusText")
                advance = QFontMetricsF(words.font()).horizontalAdvance(words.text())
                assert advance <= words.width() + 1, (size, index, words.text())


def test_a_badge_shrinks_then_is_cut_in_a_very_narrow_card(qapp):
    badge = StatusBadge("muted", "MICROPHONE OFF")
    badge.word.scale(10.8, 1.0)
    normal = badge.word.font().pixelSize()
    badge.measure(normal, normal - 6, 0)
    wide = badge.size_for(2000, cut=False)
    assert wide is not None and wide[0] == normal and wide[1] == "MICROPHONE OFF"
    smaller = badge.size_for(wide[2].width() - 10, cut=False)
    assert smaller is not None and normal - 6 <= smaller[0] < normal
    assert smaller[1] == "MICROPHONE OFF" and smaller[2].width() <= wide[2].width() - 10
    assert badge.size_for(80, cut=False) is None
    size, text, box = badge.size_for(120, cut=True)
    assert size == normal - 6 and text.endswith("…") and box.width() <= 120


def test_the_help_wish_and_the_room_message_take_few_lines(shown, make_controller, clock):
    """A 200-character wish and a 140-character message without a space in them."""
    controller = make_controller("co-consulting", ["Ana", "Ben"])
    view = shown(RoomView(controller), (1024, 768))
    controller.toggle_running()
    controller.goto(1, confirmed=True)  # Ana's time: she says how she wants to be helped
    assert controller.helping_due()
    controller.set_helping("W" * 200)
    controller.show_message("M" * 140)
    _settle()
    wish = [label for label in view.findChildren(NameLine, "rule") if label.isVisibleTo(view)]
    assert len(wish) == 1 and wish[0].text().startswith("Help wanted: ")
    assert wish[0].text().endswith(f"…{PDI}") and _lines(wish[0]) <= 2
    banner = view._banner
    assert banner.isVisible() and banner.text().rstrip(PDI).endswith("…")
    assert banner.heightForWidth(banner.width()) <= banner.height() + 1
    assert _lines(banner) <= 3 + 1  # its padding: less than a line
    check_sizes_and_fit(view, (1024, 768))
