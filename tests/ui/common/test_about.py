"""About Facilitator: the version, the licence, the data folder as plain text, and the
button that opens that folder."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from facilitator.ui.common.about import AboutDialog


def test_about_names_version_licence_and_folder_and_opens_it(qtbot, tmp_path):
    folder = tmp_path / "<b>records ‮fdp.exe"
    folder.mkdir()
    opened = []
    dialog = AboutDialog("1.2.3", folder, open_url=opened.append)
    qtbot.addWidget(dialog)
    assert "1.2.3" in dialog.findChild(QLabel, "aboutTitle").text()
    assert "MIT" in dialog.findChild(QLabel, "aboutLicence").text()
    path = dialog.findChild(QLabel, "aboutDataDir")
    assert path.text() == str(folder)
    assert all(
        label.textFormat().name == "PlainText"
        for label in dialog.findChildren(QLabel)
        if label.text()
    )
    dialog.findChild(QPushButton, "openDataFolder").click()
    assert [url.toLocalFile() for url in opened] == [str(folder)]
