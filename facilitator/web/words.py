"""The viewer's words in the session's language, for the pages to look up.

Every English text the pages show is listed here, marked so `pyside6-lupdate` extracts
it into the same `.ts` catalogues as the windows (context "Viewer"; the units come from
`core.timefmt`'s "Time"). The server translates the pages' fixed text itself (each
element marked `data-t`) and hands the rest to `viewer.js` as one JSON table, in a
`<script type="application/json">` element the Content-Security-Policy lets stand (it
is data, never run); the script's `t(english)` looks a text up there and falls back to
the English. Plurals go as all of a message's forms and the language's rule as a table
(`core.i18n.plural_table`), so the page picks the form for any number.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from facilitator.core import i18n
from facilitator.core.i18n import QT_TRANSLATE_NOOP
from facilitator.core.numbers import decimal_point

VIEWER = "Viewer"
TIME = "Time"

WORDS = (
    # the pages' fixed text (room.html, me.html)
    QT_TRANSLATE_NOOP("Viewer", "Facilitator — room"),
    QT_TRANSLATE_NOOP("Viewer", "Facilitator — my view"),
    QT_TRANSLATE_NOOP("Viewer", "Connecting…"),
    QT_TRANSLATE_NOOP("Viewer", "My own view: my role and my cue"),
    QT_TRANSLATE_NOOP("Viewer", "The room view"),
    QT_TRANSLATE_NOOP("Viewer", "Not you?"),
    QT_TRANSLATE_NOOP("Viewer", "Who are you?"),
    QT_TRANSLATE_NOOP("Viewer", "Pick your name once; this browser remembers it."),
    # the connection
    QT_TRANSLATE_NOOP("Viewer", "Live"),
    QT_TRANSLATE_NOOP("Viewer", "Reconnecting…"),
    # the state of the session and the phase
    QT_TRANSLATE_NOOP("Viewer", "Not started yet"),
    QT_TRANSLATE_NOOP("Viewer", "Over time · paused"),
    QT_TRANSLATE_NOOP("Viewer", "Over time"),
    QT_TRANSLATE_NOOP("Viewer", "Paused"),
    QT_TRANSLATE_NOOP("Viewer", "The session has finished"),
    QT_TRANSLATE_NOOP("Viewer", "Break"),
    QT_TRANSLATE_NOOP("Viewer", "Round {n} of {total}"),
    QT_TRANSLATE_NOOP("Viewer", "Next: {name} ({length})"),
    QT_TRANSLATE_NOOP("Viewer", "Next: the end of the session"),
    # the cues: on the room's cards, and as a participant's big word and line
    QT_TRANSLATE_NOOP("Viewer", "speaks"),
    QT_TRANSLATE_NOOP("Viewer", "microphone off"),
    QT_TRANSLATE_NOOP("Viewer", "listens"),
    QT_TRANSLATE_NOOP("Viewer", "Speak"),
    QT_TRANSLATE_NOOP("Viewer", "Your turn to talk: microphone on"),
    QT_TRANSLATE_NOOP("Viewer", "Microphone off"),
    QT_TRANSLATE_NOOP("Viewer", "Listen with your microphone off"),
    QT_TRANSLATE_NOOP("Viewer", "Listen"),
    QT_TRANSLATE_NOOP("Viewer", "Listen; the speaker has the floor"),
    QT_TRANSLATE_NOOP("Viewer", "Finished"),
    QT_TRANSLATE_NOOP("Viewer", "Thank you"),
    QT_TRANSLATE_NOOP("Viewer", "Soon"),
    QT_TRANSLATE_NOOP("Viewer", "The session has not started yet"),
    QT_TRANSLATE_NOOP("Viewer", "No role now"),
    QT_TRANSLATE_NOOP("Viewer", "Nothing to do in this phase"),
    # a participant's page
    QT_TRANSLATE_NOOP("Viewer", "“{name}” is not in this session. Pick your name."),
    QT_TRANSLATE_NOOP("Viewer", "You are {roles}"),
    QT_TRANSLATE_NOOP("Viewer", "you are {roles}"),
    QT_TRANSLATE_NOOP("Viewer", "{list} and {last}"),
    QT_TRANSLATE_NOOP("Viewer", "no role for you"),
    QT_TRANSLATE_NOOP("Viewer", "Your turn is now: this round is yours"),
    QT_TRANSLATE_NOOP("Viewer", "Your turn: round {n}, {when}"),
    QT_TRANSLATE_NOOP("Viewer", "Your turn does not come in the rounds ahead"),
    QT_TRANSLATE_NOOP("Viewer", "Round {n} ({when}): {what}"),
    QT_TRANSLATE_NOOP("Viewer", "in less than a minute"),
    QT_TRANSLATE_NOOP("Viewer", "in about {time}"),
)
UNITS = (  # as `core.timefmt.minutes_text` writes a length
    QT_TRANSLATE_NOOP("Time", "{n} min"),
    QT_TRANSLATE_NOOP("Time", "{n} h"),
    QT_TRANSLATE_NOOP("Time", "{hours} h {minutes} min"),
)
PLURALS = (QT_TRANSLATE_NOOP("Viewer", "%n minute(s) left"),)


def table(code: str) -> dict[str, Any]:
    """Everything `viewer.js` needs to speak language `code`: the words (English →
    translated), the plural forms with the rule's table, and the decimal separator."""
    words = {text: i18n.translate_in(code, VIEWER, text) for text in WORDS}
    words.update({text: i18n.translate_in(code, TIME, text) for text in UNITS})
    return {
        "lang": code,
        "decimal": decimal_point(code),
        "words": words,
        "plurals": {text: i18n.plural_forms(VIEWER, text, code) for text in PLURALS},
        "pluralTable": i18n.plural_table(code),
    }


def script_json(data: Any) -> str:
    """JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_MARKED = re.compile(r"(<(\w+)\b[^>]*\bdata-t\b[^>]*>)([^<]*)(</\2>)")
_WORDS_ELEMENT = '<script id="words" type="application/json"></script>'


def render_page(template: str, code: str) -> str:
    """A page of the viewer in language `code`: its `lang`, the text of every element
    marked `data-t` translated (and escaped), and the words table for the script."""
    data = table(code)
    words = data["words"]

    def fill(match: re.Match) -> str:
        english = html.unescape(match.group(3))
        return match.group(1) + html.escape(words.get(english, english)) + match.group(4)

    page = _MARKED.sub(fill, template)
    page = page.replace('<html lang="en">', f'<html lang="{html.escape(code)}">', 1)
    filled = f'<script id="words" type="application/json">{script_json(data)}</script>'
    return page.replace(_WORDS_ELEMENT, filled, 1)
