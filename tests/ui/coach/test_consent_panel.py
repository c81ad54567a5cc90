"""The consent section of a client's page: record and withdraw through the small dialog,
dated from the injected clock; the history listed; user text shown as plain text."""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog

from facilitator.core.coaching.consent import ConsentScope
from facilitator.core.text import strip_bidi
from facilitator.store.coaching import CoachingStore
from facilitator.store.coaching_consents import consents
from facilitator.store.database import open_records

ICF, RECORDS = ConsentScope.ICF_LOG, ConsentScope.RECORDS


@pytest.fixture
def coach_store(tmp_path):
    opened = open_records(tmp_path / "data")
    yield CoachingStore(opened.conn)
    opened.conn.close()


@pytest.fixture
def today(clock):
    return date.fromtimestamp(clock.wall())


@pytest.fixture
def window(qtbot, coach_store, clock):
    from facilitator.ui.coach.window import CoachWindow

    w = CoachWindow(coach_store, clock)
    qtbot.addWidget(w)
    return w


def new_client(window, name="Zoe Quill", **kwargs) -> int:
    if kwargs:
        store = window.log.store
        cid = store.add_client(name, now=window.log.now(), **kwargs)
        store.add_engagement(cid, window.log.today(), now=window.log.now())
        window.select_client(cid)
        return cid
    window.new_name.setText(name)
    return window.add_client()


def choose(dialog, code: str) -> None:
    dialog.how.setCurrentIndex(dialog.how.findData(code))


def test_record_then_withdraw_with_the_history_listed(qtbot, window, coach_store, today):
    cid = new_client(window)
    panel = window.page.consent
    assert panel.status[ICF].text() == "not recorded"
    assert panel.hints[ICF].text() == "Left off the ICF log." and panel.hints[ICF].isVisibleTo(panel)
    assert panel.status[RECORDS].text() == "not recorded"
    assert not panel.hints[RECORDS].isVisibleTo(panel)
    assert not panel.withdraw_buttons[ICF].isEnabled() and panel.record_buttons[ICF].isEnabled()
    assert panel.empty.isVisibleTo(panel) and not panel.history.isVisibleTo(panel)

    dialog = panel.dialog(ICF, True)
    qtbot.addWidget(dialog)
    assert dialog.chosen_day() == today  # from the injected clock
    assert "Zoe Quill" in dialog.heading.text()
    qtoday = QDate(today.year, today.month, today.day)
    dialog.day.setDate(qtoday.addDays(-3))
    given_on = (today - timedelta(days=3)).isoformat()
    choose(dialog, "email")
    dialog.note.setPlainText("reply to my letter")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert coach_store.get_client(cid).icf_consent
    assert panel.status[ICF].text() == f"given on {given_on}, by e-mail"
    assert not panel.hints[ICF].isVisibleTo(panel)
    assert panel.withdraw_buttons[ICF].isEnabled()

    dialog = panel.dialog(ICF, False)
    qtbot.addWidget(dialog)
    dialog.day.setDate(qtoday.addDays(-5))  # before the consent: not offered
    assert dialog.chosen_day() == today - timedelta(days=3)
    dialog.day.setDate(qtoday.addDays(-1))
    choose(dialog, "other")
    assert dialog.how_other.isEnabled()
    dialog.accept()  # "other" with nothing typed: said, and nothing written
    assert dialog.error.isVisibleTo(dialog) and dialog.result() != QDialog.DialogCode.Accepted
    assert len(consents(coach_store.conn, cid)) == 1
    dialog.how_other.setText("phone call")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not coach_store.get_client(cid).icf_consent
    yesterday = (today - timedelta(days=1)).isoformat()
    assert panel.status[ICF].text() == f"withdrawn on {yesterday}, phone call"
    assert panel.hints[ICF].isVisibleTo(panel)
    assert not panel.withdraw_buttons[ICF].isEnabled()
    assert [panel.history.item(i).text() for i in range(panel.history.count())] == [
        f"Named on the ICF log: withdrawn on {yesterday}, phone call",
        f"Named on the ICF log: given on {given_on}, by e-mail — reply to my letter",
    ]
    assert panel.history.isVisibleTo(panel) and not panel.empty.isVisibleTo(panel)


def test_the_date_cannot_be_after_today(qtbot, window, today):
    new_client(window)
    dialog = window.page.consent.dialog(RECORDS, True)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(today.year, today.month, today.day).addDays(3))
    assert dialog.chosen_day() == today


def test_a_failed_save_is_said_in_the_dialog_and_keeps_what_was_typed(qtbot, window,
                                                                      coach_store, monkeypatch):  # fmt: skip
    from facilitator.ui.coach import consent_panel

    cid = new_client(window)
    dialog = window.page.consent.dialog(RECORDS, True)
    qtbot.addWidget(dialog)

    def disk_full(*_args, **_kwargs):
        raise ValueError("the disk is full")

    monkeypatch.setattr(consent_panel, "record_consent", disk_full)
    dialog.note.setPlainText("signed on paper")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "the disk is full"
    assert dialog.note.toPlainText() == "signed on paper"
    assert consents(coach_store.conn, cid) == []


def test_the_old_flag_shows_undated_and_the_date_can_be_recorded(qtbot, window, coach_store,
                                                                 today):  # fmt: skip
    cid = new_client(window, "Old Client", icf_consent=True)
    panel = window.page.consent
    assert panel.status[ICF].text() == "given (date not recorded)"
    assert panel.withdraw_buttons[ICF].isEnabled()
    dialog = panel.dialog(ICF, True)
    qtbot.addWidget(dialog)
    choose(dialog, "contract")
    dialog.accept()
    assert panel.status[ICF].text() == f"given on {today.isoformat()}, in the contract"
    assert coach_store.get_client(cid).icf_consent


def test_user_text_is_plain_text(qtbot, window, coach_store):
    cid = new_client(window, "<b>Bold</b> \u202eevil")
    panel = window.page.consent
    dialog = panel.dialog(ICF, True)
    qtbot.addWidget(dialog)
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    assert "\u2068<b>Bold</b> \u202eevil\u2069" in dialog.heading.text()  # isolated
    choose(dialog, "other")
    dialog.how_other.setText("<img src=x>")
    dialog.note.setPlainText("<img src=x> & <i>note</i>")
    dialog.accept()
    assert consents(coach_store.conn, cid)[0].how == "<img src=x>"
    for label in panel.status.values():
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert panel.status[ICF].text().endswith(", <img src=x>")
    label = panel.status[ICF]
    label.resize(40, label.height())  # cut (hidden, so no resize event: set it again)
    label.setText(label.text())
    assert label.shown_text() != label.text()  # the tooltip then shows it literally
    assert "&lt;img src=x&gt;" in panel.status[ICF].toolTip()
    item = panel.history.item(0)
    assert item.text().endswith("<img src=x> — <img src=x> & <i>note</i>")
    assert "&lt;img src=x&gt; &amp; &lt;i&gt;" in item.toolTip()


def test_a_recorded_consent_puts_the_client_on_the_icf_log(qtbot, window, coach_store, clock):
    cid = new_client(window, "Ana")
    eid = coach_store.engagements(cid)[0].id
    coach_store.add_session(eid, date(2026, 1, 5), 3600, fee_paid=True, now=clock.wall())
    window.show()
    window.tabs.setCurrentWidget(window.icf)
    window.log.changed.emit()
    assert window.icf.icf.rows == [] and "Ana: did not consent" in strip_bidi(window.icf.summary.text())
    dialog = window.page.consent.dialog(ICF, True)
    qtbot.addWidget(dialog)
    dialog.accept()  # "in writing", today
    assert [r.client_name for r in window.icf.icf.rows] == ["Ana"]
    assert window.icf.table.item(0, 1).text() == "Ana"


def test_the_page_renders_with_a_long_how(qtbot, window, coach_store, tmp_path):
    """A 500-character 'how' wraps in the page instead of widening it (PNG kept with
    FACILITATOR_SHOTS=DIR)."""
    cid = new_client(window, "Ana Example")
    panel = window.page.consent
    long_how = ("signed a paper form at the first meeting, scanned and filed " * 9)[:500]
    for scope, given, how in ((RECORDS, True, "contract"), (ICF, True, long_how),
                              (ICF, False, "email")):  # fmt: skip
        dialog = panel.dialog(scope, given)
        qtbot.addWidget(dialog)
        choose(dialog, "other") if how == long_how else choose(dialog, how)
        dialog.how_other.setText(how)
        dialog.note.setPlainText("<img src=x> a note")
        dialog.accept()
    assert len(consents(coach_store.conn, cid)) == 3
    window.resize(1280, 860)
    window.show()
    QApplication.processEvents()
    assert panel.width() <= window.width()
    assert long_how in panel.history.item(1).text()  # the history has it all
    shown = panel.status[RECORDS].text()
    assert shown == "given on " + window.log.today().isoformat() + ", in the contract"
    for i in range(panel.history.count()):
        assert panel.history.item(i).text().endswith("— <img src=x> a note")
    dialog = panel.dialog(ICF, True)  # the ICF consent again, the long way: cut in the status
    qtbot.addWidget(dialog)
    choose(dialog, "other")
    dialog.how_other.setText(long_how)
    dialog.accept()
    QApplication.processEvents()
    status = panel.status[ICF]  # one line, cut with "…", all of it in the tooltip
    assert status.text().endswith(long_how.strip())
    assert status.shown_text().endswith("…") and status.shown_text() != status.text()
    assert long_how.strip() in status.toolTip()
    assert status.height() <= 2 * status.fontMetrics().lineSpacing()
    folder = os.environ.get("FACILITATOR_SHOTS")
    if folder:
        window.grab().save(os.path.join(folder, "coach_consent_long_how.png"))
