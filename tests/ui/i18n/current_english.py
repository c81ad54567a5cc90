"""The English plural forms of the code as it is now, for tests of new `%n` messages.

The committed catalogues are brought up to date by the lead (`packaging/translations.py`);
until then a new "%n new session(s)" would show as written. This builds the English
catalogue from the current sources in a temporary folder, exactly as that script does
(lupdate, then the English forms from "(s)"), and installs it over the usual one. A test module imports both fixtures:

    from tests.ui.i18n.current_english import (  # noqa: F401 (fixtures)
        current_english_fixture, current_english_qm_fixture)
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import facilitator
from facilitator.resources import translations_dir

ROOT = Path(facilitator.__file__).resolve().parent.parent


def _script():
    path = ROOT / "packaging" / "translations.py"
    if not path.exists():
        pytest.skip("not a checkout")
    spec = importlib.util.spec_from_file_location("_translations_script", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", name="current_english_qm")
def current_english_qm_fixture(tmp_path_factory) -> Path:
    script = _script()
    folder = tmp_path_factory.mktemp("english")
    ts = folder / "facilitator_en.ts"
    shutil.copy(translations_dir() / "facilitator_en.ts", ts)
    saved = script.plural_forms(ts)
    script.lupdate(ts, script.LANGUAGES["en"][0])
    script.make_plurals(ts, script.LANGUAGES["en"][1], english=True)
    script.restore_plurals(ts, saved)
    qm = folder / "facilitator_en.qm"
    script.lrelease(ts, qm)
    return qm


@pytest.fixture(name="current_english")
def current_english_fixture(qapp, current_english_qm):
    """English words with the plural forms of every `%n` message in the code now."""
    translator = QTranslator()
    assert translator.load(str(current_english_qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
