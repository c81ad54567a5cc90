"""The program's language: Qt's translators for the windows, the same catalogue for the
Qt-free layers, and the locale for dates and numbers.

Chosen by `--lang`, else the preference (Session ▸ Preferences), else the system's
language (LC_ALL, LC_MESSAGES, LANG); English when we have no translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.core import i18n
from facilitator.resources import translations_dir

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, code: str) -> str:
    """Use `code` from now on in every window and message; returns the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(code, translations_dir())
    code = i18n.language()
    QLocale.setDefault(QLocale(code))
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"facilitator_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if code == i18n.DEFAULT:
        return code  # English: our plural forms only; Qt's own words are English already
    qt = QTranslator(app)  # Qt's own words: the buttons of message boxes, context menus
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return code
