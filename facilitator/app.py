"""Wiring: the QApplication, the records, the catalog of formats and the first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import __version__
from facilitator.core.catalog import load_catalog
from facilitator.resources import builtin_formats_dir
from facilitator.store.database import close_records, open_records
from facilitator.store.migrations import NewerSchemaError
from facilitator.store.paths import formats_dir


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setApplicationVersion(__version__)
    return app


def run_app(data_dir: Path) -> int:
    app = create_application()
    try:
        records = open_records(data_dir)
    except NewerSchemaError as exc:
        QMessageBox.critical(None, "Facilitator", str(exc))
        return 2
    except OSError as exc:
        QMessageBox.critical(
            None, "Facilitator", f"The data folder {data_dir} cannot be used: {exc.strerror or exc}"
        )
        return 2
    from facilitator.ui.format_list import FormatListWindow

    catalog = load_catalog(builtin_formats_dir(), formats_dir(data_dir))
    window = FormatListWindow(catalog, str(data_dir))
    window.show()
    for notice in records.notices:
        QMessageBox.warning(window, "Facilitator", notice)
    try:
        return app.exec()
    finally:
        close_records(records)
