"""The start screen: begin a new session, pick up an unfinished one, or meet a group again.

What a facilitator sees on opening the program in front of a group. An unfinished session
comes first (one that was running when the program stopped says so in words, not colour
alone); below it the recent sessions and the recent groups, each group one click from a
new session with the same people, method and settings (an unsaved group can be saved
from its card). The window only emits intents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.common.elided import ElidedLabel, isolate, plain_tooltip
from facilitator.ui.common.locale_text import date_time_text
from facilitator.ui.common.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QMouseEvent

    from facilitator.store.records import SessionRecord

# Qt.ItemDataRole.UserRole (0x0100) and the next: written as numbers, because reading the
# `Qt` namespace makes PySide build ~90 enum classes, which the window's first paint need
# not wait for (the methods that need `Qt` import it when they run)
ID_ROLE = 0x0100
STATE_ROLE = 0x0101
RUNNING_BACKGROUND = "#fde8c8"  # a light tint of Okabe–Ito orange; the text says it too
MAX_GROUPS = 6


@dataclass(frozen=True)
class RecentGroup:
    format_id: str
    format_title: str
    participants: tuple[str, ...]
    last_used: float
    session_id: int = 0  # its latest session: the settings and memory come from there


def format_title(record: SessionRecord) -> str:
    """The method's title from the format text stored with the session (its id if unreadable)."""
    import tomllib

    try:
        title = tomllib.loads(record.format_source).get("title")
    except tomllib.TOMLDecodeError:
        title = None
    return title if isinstance(title, str) and title.strip() else record.format_id


def recent_groups(sessions: list[SessionRecord], limit: int = MAX_GROUPS) -> list[RecentGroup]:
    """Distinct groups (the same people, in any order, with the same method), newest first;
    each keeps the order of its latest session."""
    seen: set[tuple[str, frozenset[str]]] = set()
    groups: list[RecentGroup] = []
    for record in sorted(sessions, key=lambda r: (r.updated_wall, r.id), reverse=True):
        key = (record.format_id, frozenset(p.casefold() for p in record.participants))
        if not record.participants or key in seen:
            continue
        seen.add(key)
        groups.append(
            RecentGroup(
                record.format_id,
                format_title(record),
                tuple(record.participants),
                record.updated_wall,
                record.id,
            )
        )
    return groups[:limit]


def when_text(wall: float) -> str:
    return date_time_text(wall)


class _GroupCard(QFrame):
    """A group of people one click (or Enter) away from a new session. The names are one
    line, cut with "…" where they must be (the whole list in the tooltip)."""

    clicked = Signal()

    def __init__(self, people: str, detail: str, shown: str | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(people)
        self.setStyleSheet(
            "_GroupCard { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
            " _GroupCard:hover, _GroupCard:focus { border: 2px solid #0072b2; }"
        )
        self.names = ElidedLabel(objectName="groupNames")
        self.names.setText(people if shown is None else shown)
        self.names.setStyleSheet("font-weight: 600; font-size: 11pt; border: none;")
        self.about = QLabel(detail, wordWrap=True, objectName="groupDetail")
        self.about.setStyleSheet("border: none;")
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.about, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.names)
        layout.addLayout(self.row)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class StartWindow(QWidget):
    new_session_requested = Signal()
    resume_requested = Signal(int)
    meet_again_requested = Signal(int)  # a recent group's latest session: meet them again
    save_group_requested = Signal(int)  # a recent group's latest session: save as a group
    formats_requested = Signal()
    coach_log_requested = Signal()
    history_requested = Signal()
    past_requested = Signal(int)  # a finished session, to look at read-only
    groups_requested = Signal()  # the Groups window
    group_requested = Signal(int)  # the Groups window, at this saved group
    protection_requested = Signal()  # the passphrase and lock settings
    about_requested = Signal()  # version, licence, where the records live

    def __init__(
        self,
        sessions: list[SessionRecord] | None = None,
        unfinished: list[SessionRecord] | None = None,
        parent: QWidget | None = None,
        *,
        build: bool = True,
    ) -> None:
        """Without `sessions` the screen shows no lists until `set_sessions`. With `build`
        False it is an empty window until `build` (the program shows it so, before anything
        else is read, and builds and fills it on the next turn of the event loop)."""
        super().__init__(parent)
        self.setObjectName("startWindow")
        self.setWindowTitle(self.tr("Facilitator"))
        self.built = False
        fit_to_screen(self, 1100, 720)
        if build:
            self.build(sessions, unfinished)

    def build(
        self,
        sessions: list[SessionRecord] | None = None,
        unfinished: list[SessionRecord] | None = None,
    ) -> None:
        """The screen's buttons and lists (once)."""
        from PySide6.QtCore import Qt

        if self.built:
            return
        self.built = True
        self.setStyleSheet("QGroupBox { font-weight: 600; }")
        self._group_buttons: list[_GroupCard] = []

        heading = QLabel(self.tr("Facilitator"), objectName="startHeading")
        heading.setStyleSheet("font-size: 22pt; font-weight: 700;")
        blurb = QLabel(
            self.tr(
                "Timed peer-help sessions: co-consulting, Action Learning, "
                "peer case consultation and one-to-one coaching."
            ),
            wordWrap=True,
        )
        self._new = QPushButton(self.tr("New session…"), objectName="newSessionButton")
        self._new.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 12px 28px;")
        self._new.setDefault(True)
        self._new.clicked.connect(self.new_session_requested)

        self._resume_box = QGroupBox(self.tr("Resume an unfinished session"))
        self._resume_box.setObjectName("resumeBox")
        self._resume_box.setStyleSheet("QGroupBox { font-size: 12pt; }")
        self._unfinished = self._tree(
            "unfinishedSessions",
            [self.tr("Session"), self.tr("Format"), self.tr("State"), self.tr("Last activity")],
        )
        self._unfinished.setStyleSheet(
            "QTreeWidget { font-size: 11pt; } QTreeView::item { padding: 4px 2px; }"
        )
        self._unfinished.itemDoubleClicked.connect(self._resume_item)
        self._unfinished.itemSelectionChanged.connect(self._update_resume)
        self._resume = QPushButton(self.tr("Resume"), objectName="resumeButton")
        self._resume.setStyleSheet("font-weight: 600; padding: 6px 20px;")
        self._resume.clicked.connect(self._resume_selected)
        box = QVBoxLayout(self._resume_box)
        box.addWidget(self._unfinished)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Double-click a session, or select it and press Resume.")))
        row.addStretch(1)
        row.addWidget(self._resume)
        box.addLayout(row)

        self._recent = self._tree(
            "recentSessions",
            [self.tr("Session"), self.tr("Format"), self.tr("State"), self.tr("Last activity")],
        )
        self._recent.setStyleSheet("QTreeView::item { padding: 2px; }")
        self._recent.itemDoubleClicked.connect(self._resume_item)
        self._no_recent = QLabel(
            self.tr("No sessions yet. Press “New session…” to set up the first one."),
            objectName="noSessions",
            wordWrap=True,
        )
        recent_box = QGroupBox(self.tr("Recent sessions"))
        column = QVBoxLayout(recent_box)
        column.addWidget(self._recent)
        column.addWidget(self._no_recent)

        self._groups = QWidget(objectName="recentGroups")
        self._groups_layout = QVBoxLayout(self._groups)
        self._groups_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setAccessibleName(self.tr("Recent groups"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._groups)
        groups_box = QGroupBox(self.tr("Recent groups — click to meet again"))
        column = QVBoxLayout(groups_box)
        self._saved_groups: list[tuple[int, str, str]] = []
        manage = QPushButton(self.tr("Groups and series…"), objectName="groupsButton")
        manage.setToolTip(self.tr("Groups with their members, planned meetings and memory"))
        manage.clicked.connect(self.groups_requested)
        column.addWidget(manage, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(scroll)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(heading)
        titles.addWidget(blurb)
        top.addLayout(titles, 1)
        self._formats = QPushButton(self.tr("Formats…"), objectName="formatsButton")
        self._formats.clicked.connect(self.formats_requested)
        self._format_problems = QLabel(objectName="formatProblems", wordWrap=True)
        self._format_problems.setStyleSheet("color: #8a1c00; font-weight: 600;")
        self._format_problems.hide()
        titles.addWidget(self._format_problems)
        top.addWidget(self._formats, 0, Qt.AlignmentFlag.AlignVCenter)
        self._coach_log = QPushButton(self.tr("Coach's log…"), objectName="coachLogButton")
        self._coach_log.clicked.connect(self.coach_log_requested)
        top.addWidget(self._coach_log, 0, Qt.AlignmentFlag.AlignVCenter)
        self._history = QPushButton(self.tr("History…"), objectName="historyButton")
        self._history.clicked.connect(self.history_requested)
        top.addWidget(self._history, 0, Qt.AlignmentFlag.AlignVCenter)
        self._protection = QPushButton(self.tr("Passphrase…"), objectName="protectionButton")
        self._protection.setToolTip(self.tr("Protect the records with a passphrase; lock when away"))
        self._protection.clicked.connect(self.protection_requested)
        top.addWidget(self._protection, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self._new, 0, Qt.AlignmentFlag.AlignVCenter)
        about = QPushButton(self.tr("About Facilitator"), objectName="aboutButton", flat=True)
        about.clicked.connect(self.about_requested)
        lower = QHBoxLayout()
        lower.addWidget(recent_box, 3)
        lower.addWidget(groups_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self._resume_box)
        layout.addLayout(lower, 1)
        layout.addWidget(about, 0, Qt.AlignmentFlag.AlignRight)

        self._newest: list[SessionRecord] = []
        if sessions is None:  # not read yet: no lists, rather than wrong ones
            for pending in (self._resume_box, self._recent, self._no_recent):
                pending.hide()
        else:
            self.set_sessions(sessions, unfinished or [])
        fit_to_screen(self)  # its contents' least size, within the screen
        self._new.setFocus()  # Return starts a new session

    # -- public ---------------------------------------------------------------------------------

    def set_sessions(self, sessions: list[SessionRecord], unfinished: list[SessionRecord]) -> None:
        """Show these sessions (any order; shown newest first)."""
        newest = sorted(sessions, key=lambda r: (r.updated_wall, r.id), reverse=True)
        waiting = sorted(unfinished, key=lambda r: (r.updated_wall, r.id), reverse=True)
        self._fill(self._unfinished, waiting, highlight=True)
        self._resume_box.setVisible(bool(waiting))
        if waiting:
            self._unfinished.setCurrentItem(self._unfinished.topLevelItem(0))
        self._fill(self._recent, newest, highlight=False)
        self._recent.setVisible(bool(newest))
        self._no_recent.setVisible(not newest)
        self._newest = newest
        self._last_groups = recent_groups(newest)
        self._fill_groups(self._last_groups)
        self._update_resume()

    # -- building -------------------------------------------------------------------------------

    def set_saved_groups(
        self, groups: list[tuple[int, str, str]], grouped_sessions: set[int] = frozenset()
    ) -> None:
        """Saved groups (id, name, detail) shown first; a click opens them in Groups. The
        sessions in `grouped_sessions` belong to them, so they make no card of their own."""
        self._saved_groups = list(groups)
        self._last_groups = recent_groups([r for r in self._newest if r.id not in grouped_sessions])
        self._fill_groups(self._last_groups)

    def set_format_problems(self, count: int) -> None:
        """Say that some of the user's format files could not be loaded (see Formats…)."""
        self._format_problems.setVisible(count > 0)
        self._format_problems.setText(
            self.tr("⚠ %n problem(s) in your own format files — see Formats… for where.", "", count)
        )

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(objectName=name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        for column in range(1, len(headers)):
            tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _state_text(self, state: str) -> str:
        return {
            "running": self.tr("▶ was running"),
            "paused": self.tr("❚❚ paused"),
            "not_started": self.tr("not started"),
            "finished": self.tr("finished"),
        }.get(state, state)

    def _fill(self, tree: QTreeWidget, records: list[SessionRecord], *, highlight: bool) -> None:
        from PySide6.QtGui import QBrush, QColor, QFont
        tree.clear()
        for record in records:
            item = QTreeWidgetItem(
                tree,
                [
                    record.title,
                    format_title(record),
                    self._state_text(record.state),
                    when_text(record.updated_wall),
                ],
            )
            item.setData(0, ID_ROLE, record.id)
            item.setData(0, STATE_ROLE, record.state)
            item.setToolTip(0, plain_tooltip(", ".join(record.participants)))
            if highlight and record.state == "running":
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(tree.columnCount()):
                    item.setFont(column, font)
                    item.setBackground(column, QBrush(QColor(RUNNING_BACKGROUND)))
                    item.setForeground(column, QBrush(QColor("#000000")))
        if highlight:  # the resume list shows every entry without scrolling
            rows = max(1, len(records))
            row_height = max(tree.sizeHintForRow(0), 24)
            tree.setFixedHeight(tree.header().sizeHint().height() + rows * row_height + 8)

    def _fill_groups(self, groups: list[RecentGroup]) -> None:
        for button in self._group_buttons:
            self._groups_layout.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        self._group_buttons = []
        while self._groups_layout.count():  # the old stretch or placeholder
            item = self._groups_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
        for gid, name, detail in self._saved_groups:
            card = _GroupCard(name, detail, isolate(name))
            card.setObjectName(f"savedGroup_{gid}")
            card.setToolTip(self.tr("Open this group: its meetings and memory"))
            card.clicked.connect(lambda _=False, g=gid: self.group_requested.emit(g))
            self._groups_layout.addWidget(card)
            self._group_buttons.append(card)
        if not groups and not self._saved_groups:
            self._groups_layout.addWidget(
                QLabel(self.tr("Groups you have met appear here."), wordWrap=True)
            )
        for n, group in enumerate(groups):
            button = _GroupCard(
                ", ".join(group.participants),
                self.tr("{format} · last met {when}").format(
                    format=group.format_title, when=when_text(group.last_used)
                ),
                ", ".join(isolate(p) for p in group.participants),
            )
            button.setObjectName(f"group_{n}")
            button.setToolTip(self.tr("Start a new session with this group"))
            button.clicked.connect(
                lambda _=False, g=group: self.meet_again_requested.emit(g.session_id)
            )
            from PySide6.QtCore import Qt

            save = QPushButton(self.tr("Save as a group…"), objectName="saveAsGroup")
            save.setToolTip(self.tr("Keep these people as a group: plan meetings, keep memory"))
            save.setCursor(Qt.CursorShape.ArrowCursor)
            save.clicked.connect(
                lambda _=False, g=group: self.save_group_requested.emit(g.session_id)
            )
            button.row.addWidget(save, 0, Qt.AlignmentFlag.AlignBottom)
            self._groups_layout.addWidget(button)
            self._group_buttons.append(button)
        self._groups_layout.addStretch(1)

    # -- intents --------------------------------------------------------------------------------

    def _resume_item(self, item: QTreeWidgetItem) -> None:
        if item.data(0, STATE_ROLE) == "finished":
            self.past_requested.emit(int(item.data(0, ID_ROLE)))  # looked at, not resumed
            return
        self.resume_requested.emit(int(item.data(0, ID_ROLE)))

    def _resume_selected(self) -> None:
        item = self._unfinished.currentItem()
        if item is not None:
            self.resume_requested.emit(int(item.data(0, ID_ROLE)))

    def _update_resume(self) -> None:
        self._resume.setEnabled(self._unfinished.currentItem() is not None)
