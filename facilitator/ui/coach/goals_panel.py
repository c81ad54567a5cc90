"""An engagement's change goals (stage 3) and their benefit indicators (stages 4 and 5):
add a goal, give it indicators (a scale or a number, with a target), see where each
stands and, once values are recorded in sessions, a chart of them over time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.coaching.goals import IndicatorKind, indicator_line
from facilitator.core.coaching.session_import import parse_number
from facilitator.core.text import isolate
from facilitator.store.coaching_goals import GoalStore
from facilitator.ui.coach.model import CoachLog

GOAL, INDICATOR = 1, 2  # what a tree item holds (UserRole + 1)


class GoalsPanel(QGroupBox):
    goals_changed = Signal()

    def __init__(self, log: CoachLog, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Goals and benefit indicators"), parent)
        self.setObjectName("goalsPanel")
        self._log = log
        self._goals = GoalStore(log.store.conn)
        self._engagement_id: int | None = None
        self.chart = None  # made (and pyqtgraph imported) when first needed

        self.tree = QTreeWidget(objectName="goalsTree")
        self.tree.setHeaderHidden(True)
        self.goal_text = QLineEdit(objectName="goalText")
        self.goal_text.setPlaceholderText(self.tr("A change goal the client chose"))
        self.add_goal_button = QPushButton(self.tr("Add goal"), objectName="addGoal")
        self.indicator_name = QLineEdit(objectName="indicatorName")
        self.indicator_name.setPlaceholderText(self.tr("Indicator, e.g. confidence in meetings"))
        self.kind = QComboBox(objectName="indicatorKind")
        self.kind.addItem(self.tr("Scale 1–10"), IndicatorKind.SCALE.value)
        self.kind.addItem(self.tr("Number"), IndicatorKind.NUMBER.value)
        self.target = QDoubleSpinBox(objectName="indicatorTarget", decimals=2,
                                     minimum=-1_000_000, maximum=1_000_000, value=8)  # fmt: skip
        self.target.setPrefix(self.tr("target "))
        self.baseline = QLineEdit(objectName="indicatorBaseline")
        self.baseline.setPlaceholderText(self.tr("now (optional)"))
        self.baseline.setMaximumWidth(110)
        self.unit = QLineEdit(objectName="indicatorUnit")
        self.unit.setPlaceholderText(self.tr("unit"))
        self.unit.setMaximumWidth(80)
        self.add_indicator_button = QPushButton(self.tr("Add indicator"), objectName="addIndicator")
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeGoalItem")
        self.message = QLabel(objectName="goalsMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.chart_box = QVBoxLayout()

        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_text, 1)
        goal_row.addWidget(self.add_goal_button)
        goal_row.addWidget(self.remove_button)
        ind_row = QHBoxLayout()
        for widget, stretch in ((self.indicator_name, 1), (self.kind, 0), (self.target, 0),
                                (self.baseline, 0), (self.unit, 0),
                                (self.add_indicator_button, 0)):  # fmt: skip
            ind_row.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(goal_row)
        layout.addLayout(ind_row)
        layout.addWidget(self.message)
        layout.addLayout(self.chart_box)

        self.add_goal_button.clicked.connect(self.add_goal)
        self.goal_text.returnPressed.connect(self.add_goal)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        log.changed.connect(self.refresh)
        self._kind_chosen(0)

    def show_engagement(self, engagement_id: int | None) -> None:
        self._engagement_id = engagement_id
        self.setEnabled(engagement_id is not None)
        self.refresh()

    def refresh(self) -> None:
        current = self._selected()
        self.tree.clear()
        eid = self._engagement_id
        if eid is None:
            self._update_buttons()
            return
        goals = self._goals.goals(eid)
        indicators = self._goals.indicators(eid)
        readings = self._goals.readings(eid)
        items: dict[int, QTreeWidgetItem] = {}
        for goal in goals:
            item = QTreeWidgetItem([f"{isolate(goal.text)}  ({goal.set_on.isoformat()})"])
            item.setData(0, Qt.ItemDataRole.UserRole, goal.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, GOAL)
            self.tree.addTopLevelItem(item)
            items[goal.id] = item
        for indicator in indicators:
            mine = [r for r in readings if r.indicator_id == indicator.id]
            child = QTreeWidgetItem([indicator_line(indicator, mine, isolate=True)])
            child.setData(0, Qt.ItemDataRole.UserRole, indicator.id)
            child.setData(0, Qt.ItemDataRole.UserRole + 1, INDICATOR)
            items[indicator.goal_id].addChild(child)
        self.tree.expandAll()
        rows = len(goals) + len(indicators)
        self.tree.setFixedHeight(12 + 22 * min(10, max(3, rows)))
        for item in self._all_items():
            if self._key(item) == current:
                self.tree.setCurrentItem(item)
        if not goals:
            self.message.setText(self.tr("Stage 3 sets the change goals; give each a benefit "
                                         "indicator to track in the sessions."))  # fmt: skip
        self._show_chart(indicators, readings)
        self._update_buttons()

    def _show_chart(self, indicators, readings) -> None:
        if not indicators:
            if self.chart is not None:
                self.chart.hide()
            return
        if self.chart is None:
            from facilitator.ui.coach.goals_chart import GoalsChart

            self.chart = GoalsChart(self)
            self.chart_box.addWidget(self.chart)
        self.chart.show_indicators(indicators, readings)
        self.chart.show()

    # -- edits -----------------------------------------------------------------------------
    def add_goal(self) -> int | None:
        eid, text = self._engagement_id, self.goal_text.text()
        if eid is None:
            return None
        if not text.strip():
            self.message.setText(self.tr("Type the goal first, then Add goal."))
            return None
        log = self._log
        gid = log.do(lambda: self._goals.add_goal(eid, text, log.today(), now=log.now()))
        if gid is not None:
            self.goal_text.clear()
            self.message.setText("")
            self._select(GOAL, gid)
            self.goals_changed.emit()
        return gid

    def add_indicator(self) -> int | None:
        goal_id = self._selected_goal()
        if goal_id is None:
            self.message.setText(self.tr("Choose the goal this indicator measures first."))
            return None
        baseline = None
        if self.baseline.text().strip():
            baseline, reason = parse_number(self.baseline.text())
            if baseline is None:
                self.message.setText(self.tr("Starting value: {r}").format(r=reason))
                return None
        kind = IndicatorKind(self.kind.currentData())
        name, unit, target = self.indicator_name.text(), self.unit.text(), self.target.value()
        log = self._log
        iid = log.do(lambda: self._goals.add_indicator(
            goal_id, name, kind=kind, target=target,
            baseline=None if baseline is None else float(baseline), unit=unit, now=log.now()))  # fmt: skip
        if iid is not None:
            self.indicator_name.clear()
            self.baseline.clear()
            self.message.setText("")
            self._select(INDICATOR, iid)
            self.goals_changed.emit()
        return iid

    def remove_selected(self) -> None:
        key = self._selected()
        if key is None:
            return
        kind, row_id = key
        remove = self._goals.delete_goal if kind == GOAL else self._goals.delete_indicator
        self._log.do(lambda: remove(row_id))
        self.goals_changed.emit()

    # -- helpers ---------------------------------------------------------------------------
    def _kind_chosen(self, _index: int) -> None:
        scale = self.kind.currentData() == IndicatorKind.SCALE.value
        self.target.setRange(1, 10) if scale else self.target.setRange(-1_000_000, 1_000_000)
        self.unit.setEnabled(not scale)

    def _update_buttons(self) -> None:
        self.add_indicator_button.setEnabled(self._selected_goal() is not None)
        self.remove_button.setEnabled(self._selected() is not None)

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple[int, int]:
        return item.data(0, Qt.ItemDataRole.UserRole + 1), item.data(0, Qt.ItemDataRole.UserRole)

    def _all_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(top)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def _selected(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        return None if item is None else self._key(item)

    def _selected_goal(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if self._key(item)[0] == INDICATOR:
            item = item.parent()
        return self._key(item)[1]

    def _select(self, kind: int, row_id: int) -> None:
        self.refresh()
        for item in self._all_items():
            if self._key(item) == (kind, row_id):
                self.tree.setCurrentItem(item)
