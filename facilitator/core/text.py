"""User text put inside other text: names, notes and titles set apart so that their
direction marks cannot reorder the words around them.

A name such as ``"abc\u202edef"`` (a right-to-left override, U+202E) reverses everything
after it on the line: the rest of a sentence, a report's table row, the laptop header.
`isolate` wraps a piece of user text in first-strong isolates (FSI U+2068 … PDI U+2069),
the Unicode bidirectional algorithm's way of saying "this is one piece, whatever its
direction". Qt-free: the reports, the command line and the windows all use it.
"""

from __future__ import annotations

FSI, PDI = "\u2068", "\u2069"
LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI = "\u2066", "\u2067"

_EMBEDDINGS = frozenset((LRE, RLE, LRO, RLO))
_ISOLATES = frozenset((LRI, RLI, FSI))
BIDI_CONTROLS = frozenset((*_EMBEDDINGS, PDF, *_ISOLATES, PDI))
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")


def _balanced(text: str) -> str:
    """`text` with every override, embedding and isolate it opens closed again before the
    end (or a line break), and every stray closing mark dropped. A stray PDI would close
    the isolate `isolate` puts around the text and let what follows escape it; closing
    what is left open also protects readers that know embeddings but not isolates."""
    out: list[str] = []
    stack: list[str] = []  # the open marks, innermost last

    def close_all() -> None:
        while stack:
            out.append(PDI if stack.pop() in _ISOLATES else PDF)

    for ch in text:
        if ch in _EMBEDDINGS or ch in _ISOLATES:
            stack.append(ch)
        elif ch == PDF:
            if not stack or stack[-1] not in _EMBEDDINGS:
                continue  # nothing of the text's own to close: drop it
            stack.pop()
        elif ch == PDI:
            if not any(mark in _ISOLATES for mark in stack):
                continue  # would close our FSI: drop it
            while stack:  # a PDI closes the embeddings opened inside its isolate too
                mark = stack.pop()
                if mark in _ISOLATES:
                    break
                out.append(PDF)
        elif ch in _LINE_BREAKS:
            close_all()
        out.append(ch)
    close_all()
    return "".join(out)


def isolate(text: str) -> str:
    """`text` (a name, a note, a title someone typed) ready to be put inside other text:
    between FSI and PDI, with its own direction marks balanced, so that it reads in its
    own direction and reorders nothing after it."""
    return f"{FSI}{_balanced(text)}{PDI}"


def strip_bidi(text: str) -> str:
    """`text` without any bidirectional formatting marks (for file names and the like)."""
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)
