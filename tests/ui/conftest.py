"""Fixtures for the GUI tests: offscreen Qt, a throw-away settings file, the shared clips, a window factory.

QT_QPA_PLATFORM must be set before anything imports Qt, and speech is off
(``COACH_TTS_ENGINE=none``) so tests never start speech-dispatcher. Windows
play videos as fast as inference allows (every frame, no countdown), which is
what keeps the whole module near a minute on two cores.
"""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["COACH_TTS_ENGINE"] = "none"

from pathlib import Path  # noqa: E402
from typing import Callable  # noqa: E402

import pytest  # noqa: E402

from coach.ui.qt_compat import prepare_qt  # noqa: E402

prepare_qt()  # before pytest-qt makes the QApplication

from support.english import english_plurals  # noqa: E402,F401 - autouse: the app's English plurals

DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data"
BRIDGE = DATA_DIR / "videos" / "glute_bridge" / "pexels_band_bridge_side.mp4"
PLANK = DATA_DIR / "videos" / "plank" / "gym_phone_side_male_knee_drop.mp4"


def _clip(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared test clip not available: {path} (needs ../shared/data beside the repo)")
    return path


@pytest.fixture
def bridge_clip() -> Path:
    return _clip(BRIDGE)


@pytest.fixture
def plank_clip() -> Path:
    return _clip(PLANK)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Live sets write to the session store: keep it in the test's own folder, never the user's."""
    folder = tmp_path / "coach-data"
    monkeypatch.setenv("COACH_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def settings_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "coach-settings.ini")
    monkeypatch.setenv("COACH_SETTINGS", path)  # anything that opens settings by default lands here too
    return path


@pytest.fixture
def make_window(qtbot, settings_path: str) -> Callable[..., "object"]:
    """Build the real MainWindow with test-friendly defaults; closed (threads joined) at teardown."""
    from PySide6.QtWidgets import QApplication

    from coach.live.control import Pacing
    from coach.ui.main_window import MainWindow
    from coach.ui.settings import open_settings
    from coach.ui.speech import Voice

    windows = []

    def factory(**kwargs):
        kwargs.setdefault("cameras", [])
        kwargs.setdefault("pacing", Pacing.ALL_FRAMES)
        kwargs.setdefault("countdown_s", 0)
        kwargs.setdefault("voice", Voice(speech=False, sound=False))
        window = MainWindow(open_settings(settings_path), **kwargs)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # window shortcuts (Space, E, H) only fire in the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        windows.append(window)
        return window

    yield factory
    for w in windows:
        w.close()


@pytest.fixture
def collect_states():
    """Connect to ``window.rendered`` and keep every AnalyzerState the window showed."""
    def attach(window):
        seen = []
        window.rendered.connect(lambda result: seen.append(result.state))
        return seen
    return attach


from qt_dialogs import unsaved_edits_answer  # noqa: E402,F401 - autouse for every window test here


@pytest.fixture
def german(qapp, tmp_path: Path):
    """The German translators installed as at start-up (setting "de"), removed again after the test."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from coach.ui import i18n

    settings = QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.KEY_LANGUAGE, "de")
    before = QLocale()  # restored afterwards: later tests read dates in the session's own locale
    language, translators = i18n.install_language(qapp, settings, system=QLocale("en_GB"))
    yield language, translators
    for t in translators:
        QCoreApplication.removeTranslator(t)
    QLocale.setDefault(before)
