"""The room view's look: Okabe–Ito colours checked for contrast, sizes as shares of the
window height, and the style sheet built from them."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

# -- colours ---------------------------------------------------------------------------
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
BACKGROUND = "#0B0C0E"  # near-black
SURFACE = "#16181C"  # the role cards
# The progress bar's empty part, 3.4:1 on the background; the filled part ends in a line
# of the background's colour, so the two parts meet at 3:1 or more too (8.7:1 and 3.4:1)
TROUGH = "#5F6673"
CARD_EDGE = "#5A616B"
WHITE, DIM, BLACK = "#FFFFFF", "#C8C8C8", "#000000"

# Every (text colour, background) pair the view draws: each must reach 7:1 (WCAG AAA).
TEXT_COLOURS: dict[str, tuple[str, str]] = {
    "text": (WHITE, BACKGROUND),
    "text on a card": (WHITE, SURFACE),
    "secondary text": (DIM, BACKGROUND),
    "secondary text on a card": (DIM, SURFACE),
    "role name": (OKABE_ITO["sky_blue"], SURFACE),
    "countdown, warning": (OKABE_ITO["yellow"], BACKGROUND),
    "countdown, over time": (OKABE_ITO["orange"], BACKGROUND),
    "countdown, paused": (DIM, BACKGROUND),
    "badge: paused, starting soon, speaks": (BLACK, OKABE_ITO["sky_blue"]),
    "badge: over time, microphone off": (BLACK, OKABE_ITO["orange"]),
    "badge: minutes left": (BLACK, OKABE_ITO["yellow"]),
    "badge: listens": (DIM, SURFACE),
}
# Colours that carry no text (borders, bars) need 3:1 against what is beside them (WCAG 1.4.11).
ACCENT_COLOURS: dict[str, tuple[str, str]] = {
    "bar, its empty part": (TROUGH, BACKGROUND),
    "bar, the filled part's end": (OKABE_ITO["sky_blue"], BACKGROUND),
    "bar, the line between filled and empty": (BACKGROUND, TROUGH),
    "bar, over time": (OKABE_ITO["vermillion"], BACKGROUND),
    "frame, over time": (OKABE_ITO["vermillion"], BACKGROUND),
    "frame, paused": (OKABE_ITO["sky_blue"], BACKGROUND),
    "frame, warning": (OKABE_ITO["yellow"], BACKGROUND),
    "card, speaks": (OKABE_ITO["bluish_green"], BACKGROUND),
    "card, microphone off": (OKABE_ITO["orange"], BACKGROUND),
    "card": (CARD_EDGE, BACKGROUND),
}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (alpha ignored)."""
    r, g, b = (_linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: QColor, bg: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (none) to 21 (black on white)."""
    high, low = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- sizes, as fractions of the window height --------------------------------------------
COUNTDOWN_SHARE = (0.36, 0.40)  # the countdown's box: 35–45 % of the height
TEXT_SCALES = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7)  # tried in turn when a phase says a lot
# No text on the room view is smaller than this: the x-height (a lower-case "x") of its
# font, as a share of the window height. Shrinking (TEXT_SCALES) stops there.
MIN_X_HEIGHT = 0.015
FONT_SHARE = {
    "session": 0.030,
    "badge": 0.040,
    "phase": 0.062,
    "bar": 0.030,
    "status": 0.026,
    "role": 0.032,
    "people": 0.042,
    "instruction": 0.028,
    "rules_title": 0.026,
    "rule": 0.033,
    "next": 0.034,
    "finished": 0.10,
}


def style_sheet(u: float) -> str:
    """The whole look for a window whose height is 100·u pixels."""
    o = OKABE_ITO

    def px(x: float) -> int:
        return max(1, round(x * u))

    return f"""
#roomView, #sessionPage, #finishedPage {{ background: {BACKGROUND}; }}
#blankPage {{ background: {BLACK}; }}
QLabel {{ color: {WHITE}; background: transparent; }}
QLabel[tone="dim"] {{ color: {DIM}; }}
QLabel[tone="role"] {{ color: {o["sky_blue"]}; }}
QLabel[badge="paused"], QLabel[badge="soon"], QLabel[badge="over"], QLabel[badge="warn"] {{ color: {BLACK}; border-radius: {px(0.6)}px; }}
QLabel[badge="paused"], QLabel[badge="soon"] {{ background: {o["sky_blue"]}; }}
QLabel[badge="over"] {{ background: {o["orange"]}; }}
QLabel[badge="warn"] {{ background: {o["yellow"]}; }}
#countdownFrame {{ border: {px(0.9)}px solid transparent; border-radius: {px(2)}px; }}
#countdownFrame[mode="over"] {{ border-color: {o["vermillion"]}; }}
#countdownFrame[mode="paused"] {{ border-color: {o["sky_blue"]}; border-style: dashed; }}
#countdownFrame[mode="warn"] {{ border-color: {o["yellow"]}; }}
#countdown[mode="over"] {{ color: {o["orange"]}; }}
#countdown[mode="warn"] {{ color: {o["yellow"]}; }}
#countdown[mode="paused"] {{ color: {DIM}; }}
QProgressBar {{ background: {TROUGH}; border: none; border-radius: {px(0.5)}px; }}
QProgressBar::chunk {{ background: {o["sky_blue"]}; border-right: {px(0.3)}px solid {BACKGROUND}; }}
QProgressBar[mode="over"]::chunk {{ background: {o["vermillion"]}; }}
#roleCard {{ background: {SURFACE}; border: {px(0.35)}px solid {CARD_EDGE};
             border-radius: {px(1)}px; }}
#roleCard[status="speaks"] {{ border: {px(0.6)}px solid {o["bluish_green"]}; }}
#roleCard[status="muted"] {{ border: {px(0.6)}px dashed {o["orange"]}; }}
#roleStatus {{ border-radius: {px(0.5)}px; }}
#roleStatus[status="speaks"] {{ background: {o["sky_blue"]}; }}
#roleStatus[status="muted"] {{ background: {o["orange"]}; }}
#roleStatus[status="listens"] {{ border: {px(0.2)}px solid {DIM}; }}
#roleStatus QLabel {{ color: {BLACK}; }}
#roleStatus[status="listens"] QLabel {{ color: {DIM}; }}
"""


def restyle(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on, and let the style see it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.updateGeometry()  # padding from the style sheet changes the size it asks for
    widget.update()  # a border outside a child's area is repainted too, not only its corners
