"""Numbers as the current language writes them: "2.5" in English, "2,5" in Polish and German.

Qt-free, for the core, the reports and the command line (the windows may use `QLocale`,
set with the same language; these give the same separators). A small table rather than
a locale library: three languages, two conventions. Never for machine-readable files —
the CSV columns and the ICF export keep the dot.
"""

from __future__ import annotations

from facilitator.core import i18n

NBSP = "\u00a0"
DECIMAL = {"en": ".", "pl": ",", "de": ","}
GROUP = {"en": ",", "pl": NBSP, "de": "."}  # thousands
GROUP_FROM = {"en": 1_000, "pl": 10_000, "de": 1_000}  # Polish writes 1000, but 10 000


def _code(code: str | None) -> str:
    code = code or i18n.language()
    return code if code in DECIMAL else i18n.DEFAULT


def decimal_point(code: str | None = None) -> str:
    """The decimal separator of `code` (default: the current language)."""
    return DECIMAL[_code(code)]


def _grouped(digits: str, code: str) -> str:
    if int(digits or "0") < GROUP_FROM[code]:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return GROUP[code].join(parts)


def local_decimal(text: str, code: str | None = None, *, group: bool = False) -> str:
    """A number written the machine's way ("1234.50", "-0.5") in the language's way:
    "1234,50"; with `group`, thousands too ("1,234.50", "1.234,50", "1234,50" — Polish
    groups from 10 000). Anything that is not such a number is returned as it is."""
    code = _code(code)
    sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, dot, fraction = body.partition(".")
    if not whole.isdigit() or (dot and not fraction.isdigit()):
        return text
    whole = _grouped(whole, code) if group else whole
    return sign + whole + (DECIMAL[code] + fraction if dot else "")


def decimal_text(
    value: float, places: int = 1, code: str | None = None, *, group: bool = False
) -> str:
    """`value` with exactly `places` decimals: 2.5 -> '2.5' / '2,5'."""
    return local_decimal(f"{value:.{places}f}", code, group=group)


def number_text(value: float, code: str | None = None) -> str:
    """`value` without needless decimals, as Python's ``{:g}`` would write it but in the
    language's way (and never in exponent notation): 7.0 -> '7', 2.25 -> '2,25'."""
    if value == int(value):
        return local_decimal(str(int(value)), code)
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return local_decimal("0" if text == "-0" else text, code)


def integer_text(value: int, code: str | None = None) -> str:
    """A count with the language's thousands separator: 12345 -> '12,345' / '12 345'."""
    return local_decimal(str(int(value)), code, group=True)
