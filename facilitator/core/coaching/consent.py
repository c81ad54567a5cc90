"""A client's consent, dated: to appear on the ICF log, and to have records kept.

Qt-free and store-free. Every consent given or withdrawn is one `Consent` (a history, never
overwritten); the newest of a scope, by date then by the order it was recorded, is the
current state. Clients from before consents were dated may carry only the old ICF flag:
their ICF consent is "given (date not recorded)" until the coach records it.

How a consent was given is stored as a code (`in_writing`, `email`, `orally`, `contract`)
or, for anything else, as the coach's own words; it is translated only when shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from facilitator.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, translate_in


class ConsentScope(StrEnum):
    ICF_LOG = "icf_log"  # to appear (named) on the ICF coaching log
    RECORDS = "records"  # to have records kept about the client

    @property
    def label(self) -> str:
        return translate("Consent", _SCOPE_LABELS[self.value])


_SCOPE_LABELS = {
    "icf_log": QT_TRANSLATE_NOOP("Consent", "Named on the ICF log"),
    "records": QT_TRANSLATE_NOOP("Consent", "Records kept"),
}

# How a consent was given: codes in the order the dialog offers them ("other" is free text).
HOW_LABELS = {
    "in_writing": QT_TRANSLATE_NOOP("Consent", "in writing"),
    "email": QT_TRANSLATE_NOOP("Consent", "by e-mail"),
    "orally": QT_TRANSLATE_NOOP("Consent", "orally"),
    "contract": QT_TRANSLATE_NOOP("Consent", "in the contract"),
}


def how_label(how: str) -> str:
    """How, for display: a code translated, the coach's own words as they are."""
    return translate("Consent", HOW_LABELS[how]) if how in HOW_LABELS else how


# The words for each way in the three languages, besides the labels above and their
# translations: what a coach may type after `--how` (case and spaces do not matter).
HOW_WORDS = {
    "in_writing": ("in writing", "written", "na piśmie", "pisemnie", "schriftlich"),
    "email": ("email", "e-mail", "by email", "by e-mail", "e-mailem", "mailem", "przez e-mail",
              "per E-Mail", "E-Mail", "per Mail"),
    "orally": ("orally", "oral", "verbally", "ustnie", "słownie", "mündlich"),
    "contract": ("contract", "in the contract", "umowa", "w umowie", "Vertrag", "im Vertrag"),
}  # fmt: skip


def how_code(text: str) -> str:
    """A code when `text` names one in English, Polish or German (`email`, `by e-mail`,
    `na piśmie`, `mündlich`, `In writing`…), else the text itself, trimmed: what is stored."""
    text = text.strip()
    key = " ".join(text.casefold().split())
    for code, label in HOW_LABELS.items():
        words = {code, code.replace("_", " "), *HOW_WORDS[code]}
        words |= {translate_in(lang, "Consent", label) for lang in LANGUAGES}
        if key in {w.casefold() for w in words}:
            return code
    return text


def how_help() -> str:
    """What `--how` accepts, for the command's help: each code with its words."""
    return "; ".join(f"{code} ({', '.join(HOW_WORDS[code])})" for code in HOW_LABELS)


class ConsentState(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"
    GIVEN_UNDATED = "given_undated"  # the old ICF flag, from before consents were dated
    NOT_RECORDED = "not_recorded"


@dataclass(frozen=True)
class Consent:
    id: int
    client_id: int
    scope: ConsentScope
    given: bool  # False: withdrawn
    on: date
    how: str = ""  # a code of HOW_LABELS or the coach's words
    note: str = ""


@dataclass(frozen=True)
class ConsentStatus:
    scope: ConsentScope
    state: ConsentState
    latest: Consent | None = None  # the consent that decides the state (None: no record)

    @property
    def given(self) -> bool:
        return self.state in (ConsentState.GIVEN, ConsentState.GIVEN_UNDATED)


def ordered(history: Iterable[Consent]) -> list[Consent]:
    """Oldest first: by date, then in the order they were recorded."""
    return sorted(history, key=lambda c: (c.on, c.id))


def consent_status(history: Iterable[Consent], scope: ConsentScope,
                   icf_flag: bool = False) -> ConsentStatus:  # fmt: skip
    """The current state of one scope. `icf_flag` (the client's old ICF consent) counts
    only for the ICF log and only while no consent of that scope is recorded."""
    scope = ConsentScope(scope)
    mine = ordered(c for c in history if c.scope is scope)
    if mine:
        latest = mine[-1]
        state = ConsentState.GIVEN if latest.given else ConsentState.WITHDRAWN
        return ConsentStatus(scope, state, latest)
    if scope is ConsentScope.ICF_LOG and icf_flag:
        return ConsentStatus(scope, ConsentState.GIVEN_UNDATED)
    return ConsentStatus(scope, ConsentState.NOT_RECORDED)


def statuses(history: Iterable[Consent], icf_flag: bool = False) -> list[ConsentStatus]:
    """Both scopes, ICF log first."""
    history = list(history)
    return [consent_status(history, scope, icf_flag) for scope in ConsentScope]


def check_consent_day(on: object, today: date) -> date:
    """The day a consent was given or withdrawn: a date, and not after today."""
    if not isinstance(on, date):
        raise ValueError(translate("Consent", "The consent needs a date."))
    if on > today:
        raise ValueError(translate("Consent", "A consent cannot be dated after today."))
    return on


def describe_status(status: ConsentStatus) -> str:
    """'given on 2026-01-05, in writing', 'withdrawn on …', 'given (date not recorded)' or
    'not recorded'."""
    if status.state is ConsentState.GIVEN_UNDATED:
        return translate("Consent", "given (date not recorded)")
    if status.latest is None:
        return translate("Consent", "not recorded")
    return describe(status.latest)


def describe(consent: Consent) -> str:
    """One consent as a phrase: 'given on 2026-01-05, by e-mail'."""
    text = (
        translate("Consent", "given on {date}")
        if consent.given
        else translate("Consent", "withdrawn on {date}")
    ).format(date=consent.on.isoformat())
    how = how_label(consent.how)
    return f"{text}, {how}" if how else text
