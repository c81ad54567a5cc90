"""The time-balance charts (pyqtgraph, imported when a chart is first shown)."""
