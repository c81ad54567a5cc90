"""Every count the windows put in a sentence is a `%n` message, so English says "1 chart
file" and Polish gets its three forms (issue 16). Checked on the English catalogue built
from the code as it is now: a message lupdate did not see as a plural (wrong context, no
count passed) keeps its "(s)"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tests.ui.i18n.current_english import (  # noqa: F401 (fixtures)
    current_english_fixture,
    current_english_qm_fixture,
)

MESSAGES = [
    ("ImportDialog", "%n new session(s)", "1 new session", "2 new sessions"),
    ("ImportDialog", "%n problem(s)", "1 problem", "2 problems"),
    ("CoachWindow", "%n session(s)", "1 session", "2 sessions"),
    ("CoachWindow", "%n new client(s)", "1 new client", "2 new clients"),
    ("ProtectionDialog", "at least %n character(s)", "at least 1 character", "at least 2 characters"),
    ("ProtectionDialog", "The new passphrase needs at least %n character(s).",
     "The new passphrase needs at least 1 character.",
     "The new passphrase needs at least 2 characters."),
    ("ReviewWindow", "%n chart file(s) written to {folder}.", "1 chart file written to {folder}.",
     "2 chart files written to {folder}."),
]  # fmt: skip


@pytest.mark.parametrize(("context", "source", "one", "two"), MESSAGES)
def test_one_is_singular_in_english(current_english, context, source, one, two):
    assert QCoreApplication.translate(context, source, "", 1) == one
    assert QCoreApplication.translate(context, source, "", 2) == two


def test_a_groups_engagement_is_a_group_of_n(current_english):
    assert QCoreApplication.translate("ClientPage", "group of %n", "", 6) == "group of 6"
