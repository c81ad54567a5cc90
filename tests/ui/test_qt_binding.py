"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 dropped a reference
to None on every wrapped call returning nothing, which aborts the program after a few
thousand repaints. A countdown repaints for hours, so this must never come back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_void_calls_keep_none_alive():
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        widget = QWidget()
        before = sys.getrefcount(None)
        for _ in range(50_000):
            widget.setObjectName("x")
            widget.update()
        print(sys.getrefcount(None) - before)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-400:]
    assert abs(int(result.stdout.strip())) < 1000
