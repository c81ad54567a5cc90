"""Session ▸ Share with participants…: the viewer switched on and off from the window."""

from __future__ import annotations

import json
import socket

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from facilitator.app.startup import _share
from facilitator.cli import build_parser
from facilitator.ui.common.preferences import Preferences
from facilitator.ui.session import share_hooks
from facilitator.ui.session.main_window import MainWindow
from facilitator.web import address
from tests.web.helpers import get


@pytest.fixture
def window(qtbot, make_controller, monkeypatch):
    monkeypatch.setattr(address, "default_address", lambda: "127.0.0.1")
    monkeypatch.setattr(share_hooks, "LINGER_MS", 50)
    controller = make_controller("case-consultation", ["Ana", "Ben", "Cy", "Dee"])
    win = MainWindow(controller, Preferences(chime_muted=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.sharing.stop()


def _phase_shared(url: str) -> int:
    return json.loads(get(url + "state").body)["state"]["phase_index"]


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        return True
    return False


def test_the_session_menu_switches_sharing_on_and_off(window, qtbot):
    session_menu = window.menuBar().actions()[0].menu()
    assert window.sharing.action in session_menu.actions()
    assert window.sharing.server is None, "off by default"
    window.sharing.action.setChecked(True)
    server = window.sharing.server
    assert server is not None and server.host == "127.0.0.1"
    dialog = window.sharing.show_dialog()
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "shareAddress").text() == server.url
    assert dialog.findChild(QLabel, "shareOwnAddress").text() == server.personal_url
    assert not dialog.findChild(QLabel, "shareQr").pixmap().isNull()
    assert get(server.url).status == 200

    window.controller.toggle_running()
    window.controller.next_phase()  # the controller's `changed` reaches the server at once
    assert _phase_shared(server.url) == 1

    url, port = server.url, server.port
    window.sharing.action.setChecked(False)
    assert window.sharing.server is None and _refused(port)
    assert "Not shared" in dialog.findChild(QLabel, "shareAddress").text()
    window.sharing.action.setChecked(True)
    assert window.sharing.server.url == url, "the same link works again in this session"


def test_sharing_stops_when_the_session_finishes_and_when_the_window_closes(window, qtbot):
    port = int(window.sharing.start().split(":")[2].split("/")[0])
    window.controller.toggle_running()
    window.controller.finish()
    qtbot.waitUntil(lambda: window.balance.review is not None)  # opens when a session ends
    qtbot.addWidget(window.balance.review)  # closed and deleted with the test, not later
    qtbot.waitUntil(lambda: window.sharing.server is None, timeout=5000)
    assert _refused(port) and not window.sharing.action.isChecked()

    window.sharing.start()
    port = window.sharing.server.port
    window.close()
    assert window.sharing.server is None and _refused(port)


def test_an_address_that_cannot_be_used_is_said_and_sharing_stays_off(window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    dialog = window.sharing.show_dialog()
    dialog.share_requested.emit("198.51.100.7")  # not this machine's (a documentation address)
    assert window.sharing.server is None and not window.sharing.action.isChecked()
    assert said and "198.51.100.7" in said[0]


def test_run_share_prints_the_addresses(window, capsys):
    assert _share(window, "127.0.0.1")
    out = capsys.readouterr().out.splitlines()
    server = window.sharing.server
    assert out == [server.url, server.personal_url]
    assert get(out[1]).status == 200


def test_run_takes_share_with_or_without_an_address():
    parse = build_parser().parse_args
    base = ["run", "case-consultation", "--participants", "A,B,C"]
    assert parse(base).share is None
    assert parse([*base, "--share"]).share == ""
    assert parse([*base, "--share", "10.1.2.3"]).share == "10.1.2.3"


def test_the_server_is_not_imported_until_sharing_starts():
    import subprocess
    import sys

    code = (
        "import sys; import facilitator.ui.session.main_window; "
        "print(any(m == 'aiohttp' or m.startswith('facilitator.web') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_while_sharing_garbage_is_collected_on_the_gui_thread_only(window):
    import gc

    assert gc.isenabled()
    window.sharing.start()
    assert not gc.isenabled()
    collections: list[str] = []

    def seen(phase, _info):
        collections.append(phase)

    gc.callbacks.append(seen)
    try:
        due = [[] for _ in range(gc.get_threshold()[0] + 10)]  # a collection is due now
        assert collections == []  # the collector itself stays off while sharing
        window.controller.toggle_running()  # `changed`: the hooks collect what is due
    finally:
        gc.callbacks.remove(seen)
    assert "start" in collections, "collected on the GUI thread at the next change"
    del due
    window.sharing.stop()
    assert gc.isenabled()
