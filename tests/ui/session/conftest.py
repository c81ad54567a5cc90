"""Fixtures for the session window tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator


class EnglishPlurals(QTranslator):
    """English plural forms for every ``%n … (s)`` message, as the English catalogue gives
    once it lists the message: a test sees "1 phase", "3 phases" before the catalogue is
    updated, and only if the message is a real plural (``tr(text, "", n)``)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if n < 0 or "(s)" not in source:
            return None
        return source.replace("(s)", "" if n == 1 else "s")


@pytest.fixture
def english_plurals(qapp):
    translator = EnglishPlurals()
    QCoreApplication.installTranslator(translator)  # searched first: installed last
    yield translator
    QCoreApplication.removeTranslator(translator)
