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


def _locale_for(code: str) -> QLocale:
    """Dates and numbers: the system's conventions when it speaks this language (en_US,
    de_AT…), else the language's main country (British English: 24-hour times)."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code if code != "en" else "en_GB")


def install_language(app: QCoreApplication, code: str) -> str:
    """Use `code` from now on in every window and message; returns the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(code, translations_dir())
    code = i18n.language()
    QLocale.setDefault(_locale_for(code))
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
