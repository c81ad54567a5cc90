"""The coach's window for issue 17: the import preview, the training start, the fee
warning, goals and indicators (with their chart and the closing summary)."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.core.coaching.consent import ConsentScope
from facilitator.core.coaching.model import Payment
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_goals import GoalStore
from facilitator.store.database import open_records
from facilitator.ui.coach import engagement as coach_engagement
from tests.ui.i18n.current_english import (  # noqa: F401 (fixtures: the current English plurals)
    current_english_fixture,
    current_english_qm_fixture,
)

CSV = ("client,contact,date,minutes,payment,fee paid,consent\n"
       "Ana,ana@x.org,2026-03-01,60,paid,yes,yes\nAna,,2026-03-08,60,paid,yes,yes\n"
       "Ben,ben@x.org,2026-03-02,30,pro bono,,yes\n")  # fmt: skip


@pytest.fixture
def store(tmp_path):
    opened = open_records(tmp_path / "data")
    yield CoachingStore(opened.conn)
    opened.conn.close()


@pytest.fixture
def window(qtbot, store, clock):
    from facilitator.ui.coach.window import CoachWindow

    w = CoachWindow(store, clock)
    qtbot.addWidget(w)
    return w


def test_import_preview_then_import_then_nothing_new(qtbot, window, store, tmp_path,
                                                     current_english):  # fmt: skip
    path = tmp_path / "sessions.csv"
    path.write_text(CSV)
    dialog = window.import_file(path)
    qtbot.addWidget(dialog)
    assert dialog.counts.text() == "3 new sessions · 0 already in the log (skipped) · 0 problems"
    assert dialog.import_button.isEnabled() and store.all_sessions() == []  # a preview only
    assert dialog.progress.value() == 1000
    assert dialog.new_clients.text() == "New clients: \u2068Ana\u2069, \u2068Ben\u2069"
    summary = dialog.import_now()
    assert summary.sessions == 3 and len(store.all_sessions()) == 3
    assert window.client_list.count() == 2
    assert window.statusBar().currentMessage() == (
        "Imported 3 sessions (2 new clients); 0 skipped as already there.")

    again = window.import_file(path)
    qtbot.addWidget(again)
    assert again.counts.text() == "0 new sessions · 3 already in the log (skipped) · 0 problems"
    assert not again.import_button.isEnabled()
    assert "already in the log" in again.step.text()
    assert again.import_now() is None and len(store.all_sessions()) == 3


def test_same_name_other_contact_is_asked(qtbot, window, store, clock, tmp_path):
    ana = store.add_client("Ana", contact="ana@old.org", now=clock.wall())
    path = tmp_path / "sessions.csv"
    path.write_text(CSV)
    dialog = window.import_file(path)
    qtbot.addWidget(dialog)
    assert dialog.conflict_box.isVisibleTo(dialog)
    (combo,) = dialog.conflict_choices
    assert not dialog.import_button.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Choose…", "A new client", "The same as \u2068Ana\u2069 (\u2068ana@old.org\u2069)"]  # fmt: skip
    combo.setCurrentIndex(2)  # the same person: her sessions go to the client in the log
    assert dialog.import_button.isEnabled()
    dialog.import_now()
    assert len(store.client_history(ana)) == 2 and len(store.clients()) == 2


def test_problems_are_listed_and_nothing_can_be_imported(qtbot, window, store, tmp_path):
    path = tmp_path / "sessions.csv"
    path.write_text("Client;Date;Minutes\nAna;2026-03-01;60\n")
    dialog = window.import_file(path)
    qtbot.addWidget(dialog)
    assert dialog.problems.count() == 1
    assert "this file uses ';' between columns" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()
    assert "1 problem" in dialog.counts.text()


def test_training_start_is_a_setting_the_whole_log_follows(qtbot, window, store, clock):
    cid = store.add_client("Ana", icf_consent=True, now=clock.wall())
    eid = store.add_engagement(cid, date(2020, 1, 1), now=clock.wall())
    store.add_session(eid, date(2020, 2, 1), 3 * 3600, fee_paid=True, now=clock.wall())
    store.add_session(eid, date(2020, 9, 1), 3600, fee_paid=True, now=clock.wall())
    view = window.icf
    view.refresh()
    assert view.icf.total == 4
    view.training_date.setDate(view.training_date.date().fromString("2020-06-01", "yyyy-MM-dd"))
    view.training.setChecked(True)
    assert GoalStore(store.conn).training_start() == date(2020, 6, 1)
    assert view.icf.total == 1  # the 3 pre-training hours are out, here as on the command line
    assert view.icf.rows[0].start == date(2020, 9, 1)
    assert "before 1 June 2020" in view.summary.text()  # a date as people write it
    view.training.setChecked(False)
    assert GoalStore(store.conn).training_start() is None and view.icf.total == 4


def test_session_editor_warns_of_an_earlier_unpaid_fee(qtbot, window, store, clock):
    cid = store.add_client("Ana", now=clock.wall())
    eid = store.add_engagement(cid, date(2026, 1, 1), now=clock.wall())
    first = store.add_session(eid, date(2026, 1, 5), 3600, now=clock.wall())
    second = store.add_session(eid, date(2026, 1, 12), 3600, now=clock.wall())
    editor = window.open_session(second)
    qtbot.addWidget(editor)
    assert editor.fee_warning.isVisibleTo(editor)
    assert "2026-01-05" in editor.fee_warning.text()
    window.log.saved(lambda: store.update_session(first, fee_paid=True, now=clock.wall()),
                     notify=True)  # fmt: skip
    assert not editor.fee_warning.isVisibleTo(editor)
    # Pro bono or barter: no warning.
    store.update_session(first, fee_paid=False, now=clock.wall())
    window.log.saved(lambda: store.update_engagement(eid, payment=Payment.PRO_BONO,
                                                     now=clock.wall()), notify=True)  # fmt: skip
    assert not editor.fee_warning.isVisibleTo(editor)


def test_goals_indicators_values_chart_and_closing(qtbot, window, store, clock, monkeypatch):
    window.new_name.setText("Ana")
    cid = window.add_client()
    eid = store.engagements(cid)[0].id
    s1 = store.add_session(eid, date(2026, 5, 1), 3600, now=clock.wall())
    s2 = store.add_session(eid, date(2026, 5, 15), 3600, now=clock.wall())
    window.select_client(cid)
    panel = window.page.goals
    assert panel.chart is None  # no indicator yet: pyqtgraph not needed
    panel.goal_text.setText("Speak up in meetings")
    gid = panel.add_goal()
    assert gid and panel.tree.topLevelItemCount() == 1
    panel.indicator_name.setText("Confidence")
    panel.target.setValue(8)
    panel.baseline.setText("4")
    iid = panel.add_indicator()
    assert iid and panel.chart is not None and len(panel.chart.plots) == 1
    panel.baseline.setText("abc")
    panel.indicator_name.setText("Other")
    assert panel.add_indicator() is None and "not a number" in panel.message.text()

    for sid, value in ((s1, "5"), (s2, "7")):
        editor = window.open_session(sid)
        qtbot.addWidget(editor)
        editor.indicator_edits[iid].setText(value)
        editor.close()
    assert [r.value for r in GoalStore(store.conn).readings(eid)] == [5, 7]
    line = panel.tree.topLevelItem(0).child(0).text(0)
    assert line == "\u2068Confidence\u2069: 4 → 7 on 2026-05-15 (target 8; 75 % of the way)"
    xs, ys = panel.chart.plots[0].listDataItems()[0].getData()
    assert list(ys) == [5, 7] and xs[1] - xs[0] == 14 * 86400

    seen = {}

    def accept(self):
        seen["goals"] = self.goals.text()
        return 1

    monkeypatch.setattr(coach_engagement.ClosingDialog, "exec", accept)
    engagement_panel = window.page.engagement
    engagement_panel.stage.setCurrentIndex(5)
    engagement_panel._stage_chosen(5)
    assert "Confidence: 4 → 7" in seen["goals"]
    assert "Confidence: 4 → 7" in engagement_panel.closing.text()


def test_organisation_saves_as_typed_and_shows_on_the_icf_log(qtbot, window, store, clock):
    from facilitator.store.coaching_organisations import organisation

    window.new_name.setText("Ana")
    cid = window.add_client()
    window.page.consent.record(ConsentScope.ICF_LOG, True, window.log.today(), "email", "")
    window.page.organisation.setText("Acme <b>Ltd</b>")
    assert window.page.flush()
    assert organisation(store.conn, cid) == "Acme <b>Ltd</b>"
    eid = store.engagements(cid)[0].id
    window.show()
    window.tabs.setCurrentWidget(window.icf)  # the ICF tab follows each save while seen
    window.log.saved(lambda: store.add_session(eid, date(2026, 1, 5), 3600, fee_paid=True,
                                               now=clock.wall()), notify=True)  # fmt: skip
    table = window.icf.table
    assert table.horizontalHeaderItem(table.columnCount() - 1).text() == "Organisation (sponsor)"
    assert table.item(0, table.columnCount() - 1).text() == "Acme <b>Ltd</b>"


def test_an_icf_log_workbook_imports_through_the_same_preview(qtbot, window, store, tmp_path,
                                                              current_english):  # fmt: skip
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["Client Name", "Contact", "Individual/Group", "Number in Group",
                        "Start Date", "End Date", "Paid Hours", "Pro bono Hours"])  # fmt: skip
    book.active.append(["Ana", "ana@x.org", "Individual", 1, date(2026, 1, 10),
                        date(2026, 6, 30), 12.5, 0])  # fmt: skip
    path = tmp_path / "icf.xlsx"
    book.save(path)
    dialog = window.import_file(path)
    qtbot.addWidget(dialog)
    assert dialog.counts.text() == "1 new session · 0 already in the log (skipped) · 0 problems"
    dialog.import_now()
    assert window.statusBar().currentMessage() == (  # one of each: the singular
        "Imported 1 session (1 new client); 0 skipped as already there.")
    assert [s.seconds for s in store.all_sessions()] == [45_000]


def test_mentor_coaching_and_cce_tab(qtbot, window, tmp_path):
    view = window.development
    view.cce_title.setText("Ethics in coaching")
    view.cce_units.setValue(3)
    view.cce_core.setValue(3)
    view.cce_ethics.setValue(3)
    assert view.add_cce()
    view.cce_title.setText("Bad")
    view.cce_units.setValue(1)
    view.cce_core.setValue(2)
    assert view.add_cce() is None
    assert "cannot be more" in window.statusBar().currentMessage()
    view.mentor_minutes.setValue(90)
    view.mentor_name.setText("Mia")
    assert view.add_mentor()
    assert (view.cce_table.rowCount(), view.mentor_table.rowCount()) == (1, 1)
    assert "CCE units: 3 of 40" in view.summary.text()
    assert "Mentor coaching: 1.50 of 10 h counted" in view.summary.text()
    path = view.export_to(tmp_path / "dev.csv")
    assert "Ethics in coaching" in path.read_text(encoding="utf-8-sig")
    view.cce_table.setCurrentCell(0, 0)
    view.remove_cce_button.click()
    assert view.cce_table.rowCount() == 0
