"""The live time-balance panel: a dock on the laptop window (never on the room view) with
this round's planned and used time, who spoke in it, and the balance across the session.

It listens to the session only while it is visible, and redraws at most once a second and
only when the figures can have changed: at once (within a second) after an action, and
every few seconds while time merely runs on. Hidden, it costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from facilitator.core.session.balance_figures import session_figures
from facilitator.ui.charts.balance import AirtimeChart, BalanceChart, PhaseTimeChart
from facilitator.ui.session.controller import SessionController

REFRESH_MS = 1000  # no more than one redraw a second
# While time merely runs on (no action taken), the bars grow by a pixel or so a second on
# a scale of minutes: redraw for that every few seconds only, which keeps a visible panel
# near 0.4 % of a core (a redraw of 8 × 8 rounds' charts takes about 20 ms).
RUNNING_STEP_S = 5


class BalancePanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balancePanel")
        self._c = controller
        self.phases = PhaseTimeChart(compact=True)
        self.talk = AirtimeChart(compact=True)
        self.balance = BalanceChart(compact=True)
        self.hint = QLabel(
            self.tr("Mark who is speaking with the keys 1–9 (0 for nobody) to see airtime."),
            wordWrap=True,
        )
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for chart in (self.phases, self.talk, self.balance):
            layout.addWidget(chart.caption)
            layout.addWidget(chart, 1)
            if chart is self.talk:
                layout.addWidget(self.hint)
        self.redraws = 0  # how many times the charts were drawn (the tests count them)
        self._live = False
        self._key: tuple | None = None
        self._since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.redraw)

    @property
    def live(self) -> bool:
        return self._live

    def set_live(self, on: bool) -> None:
        """Follow the session (when shown) or stop listening entirely (when hidden)."""
        if on == self._live:
            return
        self._live = on
        if on:
            self._c.changed.connect(self._request)
            self._c.ticked.connect(self._request)
            self.redraw()
        else:
            self._c.changed.disconnect(self._request)
            self._c.ticked.disconnect(self._request)
            self._timer.stop()

    def _request(self) -> None:
        if self._timer.isActive():
            return  # a redraw is already due: this change will be in it
        waited = self._since.elapsed() if self._since.isValid() else REFRESH_MS
        self._timer.start(max(0, REFRESH_MS - waited))

    def _figures_key(self) -> tuple:
        r = self._c.runner
        return (len(r.events), int(r.elapsed() // RUNNING_STEP_S), r.state)

    def redraw(self) -> None:
        """Draw the charts now if the figures can have changed since the last drawing."""
        key = self._figures_key()
        if key == self._key:
            return
        self._key = key
        self._since.start()
        figures = session_figures(self._c.runner, self._c.live.title)
        group = figures.groups[figures.current_group or 0]
        self.phases.show_group(figures, group)
        self.talk.show_group(figures, group)
        self.hint.setVisible(not figures.tracked)
        self.balance.show_balance(figures)
        self.redraws += 1


class BalanceDock(QDockWidget):
    """The panel in a dock with a stable name, listening only while visible."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time balance"), parent)
        self.setObjectName("balanceDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.panel = BalancePanel(controller)
        self.setWidget(self.panel)
        self.setMinimumWidth(230)  # the window with the panel still fits 1024 pixels
        self.visibilityChanged.connect(self.panel.set_live)
