"""The German translation installed as at start-up (setting "de"), for GUI tests outside tests/ui
(whose conftest has the same as the ``german`` fixture); removed again afterwards so other tests stay English."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def german_translation(app, folder: Path) -> Iterator[str]:
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from coach.ui import i18n

    settings = QSettings(str(folder / "lang.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.KEY_LANGUAGE, "de")
    before = QLocale()
    language, translators = i18n.install_language(app, settings, system=QLocale("en_GB"))
    try:
        yield language
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        QLocale.setDefault(before)
