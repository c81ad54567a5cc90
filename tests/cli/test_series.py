"""``facilitator series``: list groups and export a group's meetings as .ics."""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar

from facilitator.__main__ import main
from facilitator.core.groups.series import MeetingStatus, series_starts
from facilitator.store.database import close_records, open_records
from facilitator.store.groups import GroupStore


def _make_group(data_dir):
    records = open_records(data_dir)
    groups = GroupStore(records.conn)
    gid = groups.create_group(
        "Tuesday set", "action-learning", ["Ana", "Ben", "Cy"], facilitator="Fay",
        time_zone="Europe/London", now=0,
    )  # fmt: skip
    ids = groups.add_meetings(
        gid, series_starts(datetime(2026, 9, 15, 18), every_weeks=6, count=4), 160, now=0
    )
    groups.update_meeting(ids[2], status=MeetingStatus.CANCELLED, now=1)
    close_records(records)


def test_export_writes_an_ics_that_parses_back(tmp_path, capsys):
    _make_group(tmp_path / "data")
    out = tmp_path / "set.ics"
    code = main(["--data-dir", str(tmp_path / "data"), "series", "export", "tuesday SET",
                 "--out", str(out)])  # fmt: skip
    assert code == 0
    assert "4 meetings of Tuesday set" in capsys.readouterr().out
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [e.decoded("DTSTART").strftime("%Y-%m-%d %H:%M") for e in events] == [
        "2026-09-15 18:00", "2026-10-27 18:00", "2026-12-08 18:00", "2027-01-19 18:00",
    ]  # fmt: skip
    assert [str(e["STATUS"]) for e in events].count("CANCELLED") == 1
    assert not list(tmp_path.glob(".set.ics.*"))  # no temporary file left behind


def test_export_of_an_unknown_group_names_the_known_ones(tmp_path, capsys):
    _make_group(tmp_path / "data")
    code = main(["--data-dir", str(tmp_path / "data"), "series", "export", "Friday",
                 "--out", str(tmp_path / "x.ics")])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert "no group 'Friday'" in err and "Tuesday set" in err
    assert not (tmp_path / "x.ics").exists()


def test_list_shows_meetings_in_local_time(tmp_path, capsys):
    _make_group(tmp_path / "data")
    assert main(["--data-dir", str(tmp_path / "data"), "series", "list"]) == 0
    out = capsys.readouterr().out
    assert "Tuesday set — Action Learning meeting" in out
    assert "Tue 2026-10-27 18:00 GMT, 160 min" in out
    assert "(cancelled)" in out
