"""Writing a session's report to a file: the extension picks the format.

`.md` Markdown and `.csv` CSV are written without Qt; `.pdf` goes through
`facilitator.ui.reports.pdf` (imported only then; it needs a QGuiApplication). Every file
is written beside its destination and moved into place, so a failed export never leaves a
half-written report where a good one was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from facilitator.core.files import replace_atomically
from facilitator.reports.csv_report import to_csv
from facilitator.reports.markdown import to_markdown
from facilitator.reports.model import build_report
from facilitator.services.past import PastSession

KINDS = {".pdf": "PDF", ".md": "Markdown", ".csv": "CSV"}


class ReportError(ValueError):
    """A report cannot be written; the message says why, for the user."""


def report_kind(path: Path | str) -> str:
    """The file's suffix if it is one we write (.pdf, .md, .csv); ReportError otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in KINDS:
        got = f"'{suffix}'" if suffix else "no extension"
        raise ReportError(
            f"{Path(path).name}: a report file must end in .pdf, .md or .csv ({got} given)."
        )
    return suffix


def write_report(
    past: PastSession,
    path: Path | str,
    *,
    notes: bool = True,
    charts: Sequence[tuple[str, Any]] = (),
) -> Path:
    """Write `past`'s report to `path` in the format its extension names; returns the path.

    `notes=False` leaves every private note and action out (a version to share). `charts`
    are (title, QImage) pairs placed in a PDF; the text formats ignore them."""
    path = Path(path)
    kind = report_kind(path)
    report = build_report(past, notes=notes)
    if kind == ".md":
        _replace(path, lambda tmp: tmp.write_text(to_markdown(report), encoding="utf-8"))
    elif kind == ".csv":
        _replace(path, lambda tmp: tmp.write_text(to_csv(report), encoding="utf-8-sig"))
    else:
        from facilitator.ui.reports.pdf import write_pdf

        _replace(path, lambda tmp: write_pdf(report, past, tmp, charts=charts))
    return path


def _replace(path: Path, write: Callable[[Path], Any]) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"The folder {folder} does not exist.")
    replace_atomically(path, write)
