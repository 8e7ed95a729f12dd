"""Fixtures for the programme GUI tests: offscreen Qt, a throw-away data folder, a fake clock, the window.

QT_QPA_PLATFORM must be set before anything imports Qt; speech is off. The
data folder (``COACH_DATA_DIR``) is a temporary one so pose tracks and the
store never touch a real user's data. Guided sets play the shared bridge clip
as fast as inference allows, with no countdown, and rests run on a fake clock
the test moves by hand.
"""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["COACH_TTS_ENGINE"] = "none"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from coach.ui.qt_compat import prepare_qt  # noqa: E402

prepare_qt()  # before pytest-qt makes the QApplication

from support.english import english_plurals  # noqa: E402,F401 - autouse: the app's English plurals

from .sessions import DATA_DIR, NO_FLAGS  # noqa: E402

BRIDGE = DATA_DIR / "videos" / "glute_bridge" / "pexels_band_bridge_side.mp4"


class FakeClock:
    """Monotonic seconds the test advances by hand (rest countdowns)."""

    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def bridge_clip() -> Path:
    if not BRIDGE.exists():
        pytest.skip(f"shared test clip not available: {BRIDGE} (needs ../shared/data beside the repo)")
    return BRIDGE


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "coach-data"
    monkeypatch.setenv("COACH_DATA_DIR", str(d))
    monkeypatch.setenv("COACH_SETTINGS", str(tmp_path / "coach-settings.ini"))
    return d


@pytest.fixture
def store(data_dir: Path):
    from coach.store import Store

    s = Store(data_dir / "coach.sqlite3")
    yield s
    s.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def screened(store) -> None:
    """The default patient has passed the red-flag questions, so sessions start at the pain rating."""
    store.record_screening(NO_FLAGS, True)


@pytest.fixture
def make_window(qtbot, store, clock):
    """The real ProgrammeWindow with test-friendly options; closed (threads joined) at teardown."""
    from coach.live.control import Pacing
    from coach.ui.programme import ProgrammeWindow
    from coach.ui.speech import Voice

    windows = []

    def factory(**kwargs):
        kwargs.setdefault("pacing", Pacing.ALL_FRAMES)
        kwargs.setdefault("countdown_s", 0)
        kwargs.setdefault("voice", Voice(speech=False, sound=False))
        kwargs.setdefault("clock", clock)
        w = ProgrammeWindow(store, **kwargs)
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w

    yield factory
    for w in windows:
        w.close()


from qt_dialogs import unsaved_edits_answer  # noqa: E402,F401 - autouse for every window test here
