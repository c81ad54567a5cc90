"""Parts of the new-session screen: the names editor, the format's settings, the agreements
to confirm and the timeline preview. Each takes plain data and says when it changed."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QMimeData, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.formats.format import Format, Parameter
from facilitator.core.numbers import number_text
from facilitator.core.plan.draft import parse_participants, preview_groups
from facilitator.core.plan.timeline import Timeline
from facilitator.core.timefmt import minutes_text
from facilitator.ui.common.elided import plain_tooltip

HINT_STYLE = "color: palette(window-text);"  # hints matter: full contrast, never faint


def wrapped_label(name: str, style: str = "") -> QLabel:
    """A plain-text, word-wrapping label (format data is never read as markup)."""
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


_NAME_SEPARATORS = re.compile(r"[;\t]")


def split_names(text: str) -> list[str]:
    """The names typed: one per line, and ';' or a tab between names on a line (a row
    pasted from a spreadsheet) separate them too; spaces tidied, blanks ignored."""
    return parse_participants(_NAME_SEPARATORS.sub("\n", text))


def pasted_names(text: str) -> str:
    """Pasted text as one name per line: a spreadsheet column or row (new lines, tabs),
    a ';'-separated list, or one line of names separated by commas (an e-mail's list)."""
    if "\n" not in text.strip() and not _NAME_SEPARATORS.search(text) and "," in text:
        text = text.replace(",", "\n")
    return "\n".join(split_names(text))


class NamesEdit(QPlainTextEdit):
    """Names one per line; names met before are offered while typing a line. A pasted
    list becomes one name per line (`pasted_names`), so what is seen is what is planned."""

    def __init__(self, known_people: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # a long name wraps rather than disappearing past the edge
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.completer = QCompleter(QStringListModel(list(known_people), self), self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._put_name)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text()
        if source.hasText() and any(sep in text for sep in ";\t,"):
            self.insertPlainText(pasted_names(text))
            return
        super().insertFromMimeData(source)

    def _current_line(self) -> str:
        return self.textCursor().block().text()

    def _put_name(self, name: str) -> None:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(name)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab)
        if popup.isVisible() and event.key() in keys:
            event.ignore()  # the completer takes it
            return
        super().keyPressEvent(event)
        self._offer(event.text())

    def _offer(self, typed: str) -> None:
        popup = self.completer.popup()
        prefix = self._current_line().strip()
        if not typed.strip() or not prefix:
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0 or self.completer.currentCompletion() == prefix:
            popup.hide()
            return
        rect = self.cursorRect()
        rect.setWidth(max(220, popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)


class ClickLabel(QLabel):
    """A wrapping label that ticks its checkbox when clicked, like a checkbox's own text."""

    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text, wordWrap=True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class ParameterForm(QWidget):
    """The format's settings as spin boxes (or a choice list), each with its help."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, QSpinBox | QDoubleSpinBox | QComboBox] = {}
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._none = wrapped_label("noParameters", HINT_STYLE)
        self._none.setText(self.tr("This format has no settings."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self._none)

    def set_format(self, fmt: Format) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields = {}
        for param in fmt.parameters:
            field = self._field(param)
            field.setObjectName(f"param_{param.id}")
            field.setToolTip(param.help)
            self._fields[param.id] = field
            self._form.addRow(param.label, field)
            if param.help:
                help_label = wrapped_label(f"help_{param.id}", HINT_STYLE)
                help_label.setText(param.help)
                self._form.addRow(help_label)
        self._none.setVisible(not fmt.parameters)

    def set_values(self, values: Mapping[str, float]) -> None:
        """Show these values (unknown names ignored; each field keeps its own bounds)."""
        for pid, value in values.items():
            field = self._fields.get(pid)
            if isinstance(field, QComboBox):
                index = field.findData(float(value))
                if index >= 0:
                    field.setCurrentIndex(index)
            elif field is not None:
                field.setValue(type(field.value())(value))

    def values(self) -> dict[str, float]:
        return {
            pid: float(w.currentData()) if isinstance(w, QComboBox) else float(w.value())
            for pid, w in self._fields.items()
        }

    def _field(self, param: Parameter) -> QSpinBox | QDoubleSpinBox | QComboBox:
        suffix = f" {param.unit}" if param.unit else ""
        if param.choices:
            box = QComboBox()
            for choice in param.choices:
                box.addItem(f"{number_text(choice)}{suffix}", choice)
            box.setCurrentIndex(max(0, box.findData(param.default)))
            box.currentIndexChanged.connect(self.changed)
            return box
        spin = QSpinBox() if param.integer else QDoubleSpinBox()
        if isinstance(spin, QDoubleSpinBox):
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(param.minimum, param.maximum)
            spin.setValue(param.default)
        else:
            spin.setRange(int(param.minimum), int(param.maximum))
            spin.setValue(int(param.default))
        spin.setSuffix(suffix)
        spin.setMinimumWidth(110)
        spin.valueChanged.connect(self.changed)
        return spin


class AgreementList(QGroupBox):
    """One checkbox per agreement the format asks the group to make before the start."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("agreements")
        self._layout = QVBoxLayout(self)
        self._rows = QWidget()
        self._boxes: list[tuple[str, QCheckBox]] = []

    def set_agreements(self, texts: Sequence[str]) -> None:
        self._layout.removeWidget(self._rows)
        self._rows.setParent(None)  # gone from findChild() at once, not at the next idle
        self._rows.deleteLater()
        self._rows = QWidget()
        grid = QGridLayout(self._rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self._boxes = []
        for n, text in enumerate(texts):
            box = QCheckBox(objectName=f"agreement_{n}")
            box.setAccessibleName(text)
            box.toggled.connect(self.changed)
            label = ClickLabel(text)
            label.setObjectName(f"agreementText_{n}")
            label.clicked.connect(box.toggle)
            grid.addWidget(box, n, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, n, 1)
            self._boxes.append((text, box))
        self._layout.addWidget(self._rows)
        self.setVisible(bool(texts))

    def confirmed(self) -> list[str]:
        return [text for text, box in self._boxes if box.isChecked()]

    def set_confirmed(self, texts: Sequence[str]) -> None:
        """Tick these agreements (texts not shown are ignored)."""
        for text, box in self._boxes:
            box.setChecked(text in texts)

    def missing(self) -> int:
        """How many agreements are still to be confirmed."""
        return sum(not box.isChecked() for _, box in self._boxes)


class TimelinePreview(QTreeWidget):
    """The meeting as it would run: its stretches (opening, rounds, close) and their phases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePreview")
        self.setAccessibleName(self.tr("Timeline preview"))
        self.setHeaderLabels([self.tr("Phase"), self.tr("Planned")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.setRootIsDecorated(True)

    def show_timeline(self, fmt: Format | None, timeline: Timeline | None) -> None:
        self.clear()
        if timeline is None or fmt is None:
            return
        holder = fmt.holder_role
        for group in preview_groups(timeline):
            if group.section == "round" and group.round_index is None:  # before the bids
                label = self.tr("Rounds — decided at the bids")
            elif group.section == "round":
                label = self.tr("Round {n} — {role}: {who}").format(
                    n=(group.round_index or 0) + 1,
                    role=holder.name if holder else "",
                    who=group.holder or "",
                )
            else:
                label = {
                    "opening": self.tr("At the start") if fmt.rounds else self.tr("Phases"),
                    "break": self.tr("Break"),
                    "closing": self.tr("At the end"),
                }[group.section]
            top = QTreeWidgetItem(self, [label, minutes_text(group.planned)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFont(1, font)
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            for phase in group.phases:
                child = QTreeWidgetItem(top, [phase.name, minutes_text(phase.planned)])
                child.setToolTip(0, plain_tooltip(phase.name))
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            top.setToolTip(0, plain_tooltip(label))
            top.setExpanded(group.section != "round" or group.round_index == 0)
        self.resizeColumnToContents(1)
