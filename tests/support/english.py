"""English plural forms for the GUI tests, installed as ``coach`` does at start-up.

Counts are said with Qt's plural forms (``self.tr("%n rep(s)", "", n)``), which English too
gets from a translation file (``coach_en.qm``); without it a window would say "1 rep(s)".
Each GUI test folder's conftest imports :func:`english_plurals` (autouse), so its windows
speak English as the app does; the ``german`` fixtures install German on top.
"""
from __future__ import annotations

from typing import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp) -> Iterator[None]:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from coach.ui.i18n import TRANSLATIONS_DIR

    if qapp.property("coach_english_plurals"):  # another test folder's conftest installed it already
        yield
        return
    translator = QTranslator(qapp)
    assert translator.load("coach_en", str(TRANSLATIONS_DIR)), "run scripts/update_translations.sh"
    QCoreApplication.installTranslator(translator)
    qapp.setProperty("coach_english_plurals", True)
    yield
    QCoreApplication.removeTranslator(translator)
    qapp.setProperty("coach_english_plurals", False)
