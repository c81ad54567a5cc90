"""The agenda as a shared document, from the new-session screen: Markdown or PDF.

The agenda the group will follow (every phase with its clock time from now) is written
where the facilitator chooses, atomically; a failure is said in a message and nothing is
half-written. Its words keep the dialog's translation context, ``NewSessionDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.core.files import replace_atomically
from facilitator.core.plan.timeline import Timeline
from facilitator.reports.agenda import agenda_markdown


def export_agenda(parent: QWidget, timeline: Timeline, now: float, title: str) -> None:
    """Ask where, then write the agenda of `timeline` starting at `now` (wall-clock seconds)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("NewSessionDialog", "Export the agenda"),
        QCoreApplication.translate("NewSessionDialog", "agenda.pdf"),
        QCoreApplication.translate("NewSessionDialog", "PDF (*.pdf);;Markdown (*.md)"),
    )
    if not path:
        return
    text = agenda_markdown(timeline, now, title=title)
    try:
        if path.lower().endswith(".md"):
            replace_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        else:
            from facilitator.ui.common.markdown_pdf import write_markdown_pdf

            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            replace_atomically(path, lambda tmp: write_markdown_pdf(text, tmp, title=title))
    except OSError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("NewSessionDialog", "Export the agenda"), str(exc)
        )
