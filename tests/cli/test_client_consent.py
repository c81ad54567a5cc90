"""`facilitator client consent NAME`: record a consent given or withdrawn, dated, and show
the client's consents; the export then carries them."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_consents import consents
from facilitator.store.database import close_records, open_records


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    opened = open_records(folder)
    store = CoachingStore(opened.conn)
    store.add_client("Ada Lovelace", icf_consent=True, now=1.0)
    store.add_client("Grace Hopper", now=1.0)
    store.add_client("Grace Hopper", now=2.0)
    close_records(opened)
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), "client", "consent", *args])


def stored(data: Path, name: str):
    opened = open_records(data)
    try:
        store = CoachingStore(opened.conn)
        client = next(c for c in store.clients() if c.name == name)
        return client, consents(opened.conn, client.id)
    finally:
        close_records(opened)


def test_record_given_and_withdrawn_then_show(data, capsys):
    assert run(data, "ada lovelace") == 0
    out = capsys.readouterr().out
    assert "Named on the ICF log: given (date not recorded)" in out
    assert "Records kept: not recorded" in out and "History" not in out
    assert run(data, "Ada Lovelace", "--scope", "icf_log", "--given", "--date", "2026-01-05",
               "--how", "in writing", "--note", "signed form") == 0  # fmt: skip
    assert "Named on the ICF log: given on 2026-01-05, in writing" in capsys.readouterr().out
    assert run(data, "Ada Lovelace", "--scope", "icf_log", "--withdrawn", "--date", "2026-03-01",
               "--how", "by e-mail") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Named on the ICF log: withdrawn on 2026-03-01, by e-mail\n" in out
    assert "History:\n  Named on the ICF log: given on 2026-01-05, in writing — signed form" in out
    client, history = stored(data, "Ada Lovelace")
    assert not client.icf_consent
    assert [(c.given, c.on, c.how) for c in history] == [
        (True, date(2026, 1, 5), "in_writing"), (False, date(2026, 3, 1), "email")]


def test_how_in_polish_or_german_is_stored_as_the_code(data, capsys):
    assert run(data, "Ada Lovelace", "--scope", "icf_log", "--given", "--date", "2026-01-05",
               "--how", "na piśmie") == 0  # fmt: skip
    assert run(data, "Ada Lovelace", "--scope", "records", "--given", "--date", "2026-01-06",
               "--how", "Mündlich") == 0  # fmt: skip
    assert "Records kept: given on 2026-01-06, orally" in capsys.readouterr().out
    _client, history = stored(data, "Ada Lovelace")
    assert [c.how for c in history] == ["in_writing", "orally"]


def test_the_help_says_which_words_are_accepted(capsys):
    with pytest.raises(SystemExit):
        main(["client", "consent", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for word in ("in_writing", "na piśmie", "schriftlich", "e-mailem", "per E-Mail", "ustnie",
                 "mündlich", "w umowie", "im Vertrag", "your own words"):
        assert word in out, word


def test_the_date_defaults_to_today(data, capsys):
    assert run(data, "Ada Lovelace", "--scope", "records", "--given", "--how", "a form") == 0
    _client, (consent,) = stored(data, "Ada Lovelace")
    assert consent.on == date.fromtimestamp(time.time()) and consent.how == "a form"


@pytest.mark.parametrize(("args", "message"), [
    (["--given", "--how", "orally"], "--scope icf_log or --scope records"),
    (["--scope", "icf_log", "--given", "--date", "5.1.2026", "--how", "orally"], "YYYY-MM-DD"),
    (["--scope", "icf_log", "--given"], "how the consent was given"),
    (["--scope", "icf_log", "--given", "--how", "orally",
      "--date", (date.today() + timedelta(days=2)).isoformat()], "after today"),
])  # fmt: skip
def test_bad_consents_are_one_line_and_write_nothing(data, capsys, args, message):
    assert run(data, "Ada Lovelace", *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert stored(data, "Ada Lovelace")[1] == []


def test_given_and_withdrawn_together_are_refused(data, capsys):
    with pytest.raises(SystemExit) as stop:
        run(data, "Ada Lovelace", "--scope", "records", "--given", "--withdrawn")
    assert stop.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_names_that_repeat_need_the_number(data, capsys):
    assert run(data, "Grace Hopper", "--scope", "records", "--given", "--how", "orally") == 2
    assert "add --id N" in capsys.readouterr().err
    opened = open_records(data)
    second = max(c.id for c in CoachingStore(opened.conn).clients() if c.name == "Grace Hopper")
    close_records(opened)
    assert run(data, "Grace Hopper", "--id", str(second), "--scope", "records", "--given",
               "--how", "orally") == 0  # fmt: skip


def test_the_client_export_carries_the_consents(data, tmp_path, capsys):
    assert run(data, "Ada Lovelace", "--scope", "icf_log", "--given", "--date", "2026-01-05",
               "--how", "email") == 0  # fmt: skip
    out = tmp_path / "ada.json"
    assert main(["--data-dir", str(data), "client", "export", "Ada Lovelace", "--out",
                 str(out)]) == 0  # fmt: skip
    record = json.loads(out.read_text())
    assert record["consent"][0] == {"scope": "icf_log", "state": "given", "date": "2026-01-05",
                                    "how": "email"}  # fmt: skip
    assert len(record["consent_history"]) == 1


def test_an_older_date_goes_into_the_history_and_says_it_changes_nothing(data, capsys):
    assert run(data, "Ada Lovelace", "--scope", "icf_log", "--withdrawn", "--date",
               "2026-03-01") == 0  # fmt: skip
    capsys.readouterr()
    assert run(data, "Ada Lovelace", "--scope", "icf_log", "--given", "--date", "2026-02-01",
               "--how", "orally") == 0  # fmt: skip
    captured = capsys.readouterr()
    assert "later-dated consent still decides" in captured.err
    assert "Named on the ICF log: withdrawn on 2026-03-01\n" in captured.out
    assert not stored(data, "Ada Lovelace")[0].icf_consent
