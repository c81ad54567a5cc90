"""A group's details as a form: name, method, members, facilitator, rota, time zone and the
method's settings. It holds what is typed until the window saves it; it never writes."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from facilitator.core.formats.catalog import Catalog
from facilitator.core.formats.format import Assign, Format
from facilitator.core.groups.series import Group
from facilitator.core.plan.draft import parse_participants
from facilitator.services.group_book import GroupForm
from facilitator.ui.setup.setup_parts import ParameterForm


@cache
def _zones() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


class GroupFormWidget(QWidget):
    edited = Signal()  # the user changed something not yet saved

    def __init__(self, catalog: Catalog, local_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupForm")
        self._catalog = catalog
        self._local_zone = local_zone
        self._loading = False
        self.name = QLineEdit(objectName="groupName")
        self.name.setPlaceholderText(self.tr("e.g. Tuesday Action Learning set"))
        self.method = QComboBox(objectName="groupFormat")
        for fmt in catalog.formats:
            self.method.addItem(fmt.title, fmt.id)
        self.members = QPlainTextEdit(objectName="groupMembers")
        self.members.setPlaceholderText(self.tr("One member per line."))
        self.members.setTabChangesFocus(True)
        self.members.setMaximumHeight(140)
        self.facilitator = QLineEdit(objectName="groupFacilitator")
        self.facilitator.setPlaceholderText(self.tr("Who facilitates (if the method has one)"))
        self.rota = QComboBox(objectName="groupRota")
        self.zone = QComboBox(objectName="groupZone")
        self.zone.setEditable(True)
        self.zone.addItems(_zones())
        self.zone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone.completer().setFilterMode(self.zone.completer().filterMode().MatchContains)
        self.params = ParameterForm()
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Members:"), self.members)
        form.addRow(self.tr("Facilitator:"), self.facilitator)
        form.addRow(self.tr("Rotates:"), self.rota)
        form.addRow(self.tr("Time zone:"), self.zone)
        form.addRow(self.tr("Settings:"), self.params)
        for signal in (
            self.name.textEdited,
            self.members.textChanged,
            self.facilitator.textEdited,
            self.rota.currentIndexChanged,
            self.zone.currentTextChanged,
            self.params.changed,
        ):
            signal.connect(self._changed)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    # -- public ---------------------------------------------------------------------------

    def set_group(self, group: Group | None) -> None:
        """Show `group` (None: an empty form for a new group)."""
        self._loading = True
        try:
            self.name.setText(group.name if group else "")
            index = self.method.findData(group.format_id) if group else 0
            self.method.setCurrentIndex(max(0, index))
            self._method_changed()
            self.members.setPlainText("\n".join(group.members) if group else "")
            self.facilitator.setText((group.facilitator or "") if group else "")
            self.rota.setCurrentIndex(
                max(0, self.rota.findData(group.rota_role if group else None))
            )
            self.zone.setCurrentText(group.time_zone if group else self._local_zone)
            if group is not None:
                self.params.set_values(group.params)
        finally:
            self._loading = False

    def value(self) -> GroupForm:
        return GroupForm(
            name=self.name.text(),
            format_id=self.method.currentData() or "",
            members=tuple(parse_participants(self.members.toPlainText())),
            facilitator=self.facilitator.text().strip() or None,
            rota_role=self.rota.currentData(),
            time_zone=self.zone.currentText().strip(),
            params=self.params.values(),
        )

    # -- private --------------------------------------------------------------------------

    def _fmt(self) -> Format | None:
        format_id = self.method.currentData()
        return next((f for f in self._catalog.formats if f.id == format_id), None)

    def _method_changed(self) -> None:
        fmt = self._fmt()
        keep = self.rota.currentData()
        self.rota.blockSignals(True)
        self.rota.clear()
        self.rota.addItem(self.tr("nothing — the same people each time"), None)
        if fmt is not None:
            for role in fmt.roles:
                if role.assign in (Assign.FIXED, Assign.DUTY):
                    self.rota.addItem(
                        self.tr("{role}, among the members").format(role=role.name), role.id
                    )
            self.params.set_format(fmt)
            fixed = fmt.roles_by(Assign.FIXED)
            self.facilitator.setEnabled(bool(fixed))
            self.facilitator.setPlaceholderText(
                self.tr("{role} (not one of the members)").format(role=fixed[0].name)
                if fixed
                else self.tr("{method} has no facilitator role").format(method=fmt.title)
            )
        self.rota.setCurrentIndex(max(0, self.rota.findData(keep)))
        self.rota.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()
