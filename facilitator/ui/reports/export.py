"""Export a session's report from a window: a button with a menu (with notes, or without
them for sharing), a save dialog whose file type picks the format, and a clear message
when the file cannot be written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from facilitator.services.past import PastSession
from facilitator.ui.reports.files import ReportError, report_kind, write_report

FILTERS = QT_TRANSLATE_NOOP(
    "ReportExport", "PDF (*.pdf);;Markdown (*.md);;CSV, figures for a spreadsheet (*.csv)"
)
FILTER_SUFFIX = {"PDF": ".pdf", "Markdown": ".md", "CSV": ".csv"}


def suggested_name(past: PastSession, notes: bool) -> str:
    stem = re.sub(r"[^\w\- ]+", "", past.title).strip().replace(" ", "-") or "session"
    return f"{stem}-{past.session_id}{'' if notes else '-shared'}.pdf"


def ask_path(parent: QWidget, past: PastSession, notes: bool) -> str:
    """The file the user chooses ('' if they cancel); a missing extension follows the type."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    title = (
        QCoreApplication.translate("ReportExport", "Export the report (with private notes)")
        if notes
        else QCoreApplication.translate("ReportExport", "Export the report without notes")
    )
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / suggested_name(past, notes)), QCoreApplication.translate("ReportExport", FILTERS)
    )
    if path and not Path(path).suffix:
        path += FILTER_SUFFIX.get(chosen.split(" ")[0].rstrip(","), ".pdf")
    return path


def export_report(
    parent: QWidget,
    past: PastSession,
    *,
    notes: bool,
    ask: Callable[[QWidget, PastSession, bool], str] | None = None,
) -> Path | None:
    """Ask where (`ask_path` unless told), write the report, and say so if it fails;
    returns the file written or None."""
    path = (ask or ask_path)(parent, past, notes)
    if not path:
        return None
    try:
        report_kind(path)
        written = write_report(past, path, notes=notes, charts=session_charts(past))
    except (ReportError, OSError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ReportExport", "Export report"),
            QCoreApplication.translate("ReportExport", "The report could not be written: {why}").format(why=exc),
        )
        return None
    return written


CHART_SIZE = (900, 500)  # pixels: its labels stay readable at the width of an A4 page


def session_charts(past: PastSession) -> list:
    """(title, QImage) charts of the session for the PDF: per round and across the
    session, drawn offscreen (pyqtgraph is loaded here, when a PDF is asked for)."""
    from facilitator.ui.charts.balance import chart_images

    return chart_images(past.runner, *CHART_SIZE, past.title)


def export_button(
    parent: QWidget,
    current: Callable[[], PastSession | None],
    done: Callable[[Path], None] = lambda _path: None,
) -> QToolButton:
    """An "Export report…" button whose menu offers the report with or without notes, for
    the session `current()` returns (None: nothing chosen, nothing done)."""
    button = QToolButton(parent, objectName="exportReportButton")
    button.setText(QCoreApplication.translate("ReportExport", "Export report…"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)

    def run(notes: bool) -> None:
        past = current()
        if past is not None:
            written = export_report(parent, past, notes=notes)
            if written is not None:
                done(written)

    with_notes = menu.addAction(QCoreApplication.translate("ReportExport", "With private notes (for you)…"))
    with_notes.setObjectName("exportWithNotes")
    with_notes.triggered.connect(lambda: run(True))
    clean = menu.addAction(QCoreApplication.translate("ReportExport", "Without notes (to share)…"))
    clean.setObjectName("exportWithoutNotes")
    clean.triggered.connect(lambda: run(False))
    button.setMenu(menu)
    return button
