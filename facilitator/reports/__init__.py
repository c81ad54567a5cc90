"""Reports of one session: Markdown, CSV (Qt-free, here) and PDF (`facilitator.ui.reports.pdf`).

`write_report` picks the writer from the file's extension."""
