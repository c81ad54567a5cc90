"""PySide6 widgets; pyqtgraph only in chart modules, imported lazily."""
