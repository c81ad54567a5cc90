"""Words in a language other than the current one (a viewer page asked for it), and a
language's plural rule as a table a web page can use for any number."""

from __future__ import annotations

import pytest

from facilitator.core import i18n
from tests.sample_catalogues import speaking


def test_translate_in_another_language_leaves_the_current_one(tmp_path):
    with speaking("pl", tmp_path):
        assert i18n.translate_in("de", "Viewer", "Live") == "Verbunden"
        assert i18n.translate_in("pl", "Viewer", "Live") == "Na żywo"
        assert i18n.translate_in("en", "Viewer", "Live") == "Live"
        assert i18n.translate_in("fr", "Viewer", "Live") == "Live"  # none: English
        assert i18n.translate("Viewer", "Live") == "Na żywo"
        assert i18n.translate_in("de", "Viewer", "%n minute(s) left", None, 3) == "Noch 3 Minuten"
        assert i18n.language() == "pl"


def test_plural_forms_of_a_message(tmp_path):
    with speaking("pl", tmp_path):
        assert i18n.plural_forms("Viewer", "%n minute(s) left") == [
            "Została %n minuta", "Zostały %n minuty", "Zostało %n minut",
        ]  # fmt: skip
        assert i18n.plural_forms("Viewer", "%n minute(s) left", "de") == [
            "Noch %n Minute", "Noch %n Minuten",
        ]  # fmt: skip
        assert i18n.plural_forms("Viewer", "%n minute(s) left", "en") == [
            "%n minute left", "%n minutes left",
        ]  # fmt: skip
        assert i18n.plural_forms("Viewer", "%n thing(s)") == ["%n thing", "%n things"]


@pytest.mark.parametrize("code", sorted(i18n.LANGUAGES))
def test_the_plural_table_gives_the_rule_for_every_number(code):
    table = i18n.plural_table(code)
    rule = i18n.PLURAL_RULES[code]
    for n in range(0, 20_000):
        picked = table[n] if n < len(table) else table[100 + n % 100]
        assert picked == rule(n), n
