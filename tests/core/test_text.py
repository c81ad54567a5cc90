"""User text isolated before it goes inside other text (issue 19, item 15)."""

from __future__ import annotations

import pytest

from facilitator.core.text import BIDI_CONTROLS, FSI, PDF, PDI, RLO, isolate, strip_bidi


def _depth_never_negative_and_closed(text: str) -> bool:
    """Every PDF/PDI in `text` closes something opened in `text`, and all is closed."""
    stack: list[str] = []
    for ch in text:
        if ch in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068":
            stack.append(ch)
        elif ch == PDF:
            if not stack or stack[-1] in "\u2066\u2067\u2068":
                return False
            stack.pop()
        elif ch == PDI:
            if not any(m in "\u2066\u2067\u2068" for m in stack):
                return False
            while stack.pop() not in "\u2066\u2067\u2068":
                pass
    return not stack


def test_plain_text_is_wrapped_and_otherwise_unchanged() -> None:
    assert isolate("Anna") == f"{FSI}Anna{PDI}"
    assert isolate("") == f"{FSI}{PDI}"


@pytest.mark.parametrize(
    "name",
    [
        "abc\u202edef",  # RLO left open
        "abc\u202ddef",  # LRO
        "abc\u202bdef",  # RLE
        "abc\u202adef",  # LRE
        "abc\u2066def",  # LRI
        "abc\u2067def",  # RLI
        "abc\u2068def",  # FSI
        "x\u2069\u202ey",  # a stray PDI that would close our isolate, then RLO
        "x\u202c\u202c\u202ey",  # stray PDFs
        "\u202e\u202e\u2067\u202e",  # nested and open
        "a\u202eb\nc\u202ed",  # across a line break
    ],
)
def test_every_override_is_closed_inside_the_isolate(name: str) -> None:
    wrapped = isolate(name)
    assert wrapped.startswith(FSI) and wrapped.endswith(PDI)
    assert _depth_never_negative_and_closed(wrapped)
    # what the user typed is still there, in order (only closing marks are added or dropped)
    assert strip_bidi(wrapped) == strip_bidi(name)


def test_balanced_marks_are_kept_as_typed() -> None:
    name = f"a{RLO}bc{PDF}d\u2067e\u2069"
    assert isolate(name) == f"{FSI}{name}{PDI}"


def test_strip_bidi_removes_every_control() -> None:
    assert strip_bidi("".join(sorted(BIDI_CONTROLS)) + "ok") == "ok"
