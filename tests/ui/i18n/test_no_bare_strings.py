"""Every text a window shows goes through translation: a scan of the widgets' code for
literal strings handed straight to Qt (`setText("…")`, `QLabel("…")`, message boxes…)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import facilitator

UI = Path(facilitator.__file__).parent
SCANNED = [*(UI / "ui").rglob("*.py"), *(UI / "app").rglob("*.py")]
SHOWN = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
    "setTitle", "addItem", "addTab", "setHeaderLabels", "showMessage", "addAction", "addMenu",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox", "QMenu",
    "information", "warning", "critical", "question", "setWhatsThis", "addRow",
}  # fmt: skip
WORDS = re.compile(r"[A-Za-z]{2,}")


def _bare(node: ast.AST) -> str | None:
    """The English words in a literal argument, if it is one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if WORDS.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return text if WORDS.search(text) else None
    return None


def test_no_window_shows_an_untranslated_literal():
    found = []
    for path in SCANNED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SHOWN:
                continue
            for arg in call.args[:3]:
                text = _bare(arg)
                if text and text.strip() not in {"Facilitator"}:
                    found.append(f"{path.relative_to(UI)}:{call.lineno}: {name}({text[:50]!r})")
    assert not found, "shown without translation:\n" + "\n".join(found)
