"""Fixtures for the review-window tests: offscreen Qt, one pose track of a real clip per session, a window factory.

QT_QPA_PLATFORM must be set before anything imports Qt. The pose track of the
6.7 s bridge clip is made once per session with the real pipeline (the only
MediaPipe pass these tests need besides the video-specific ones); every other
test replays and re-scores that track, which takes milliseconds.
"""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("COACH_TTS_ENGINE", "none")

from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable, Optional  # noqa: E402

import pytest  # noqa: E402

from coach.ui.qt_compat import prepare_qt  # noqa: E402

prepare_qt()  # before pytest-qt makes the QApplication

from support.english import english_plurals  # noqa: E402,F401 - autouse: the app's English plurals

DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data"
BRIDGE = DATA_DIR / "videos" / "glute_bridge" / "pexels_band_bridge_side.mp4"


@dataclass(frozen=True)
class BridgeTrack:
    video: Path
    track: Path
    result: dict   # coach.analysis/1 of the video, made while saving the track


@pytest.fixture(scope="session")
def bridge_video() -> Path:
    if not BRIDGE.exists():
        pytest.skip(f"shared test clip not available: {BRIDGE} (needs ../shared/data beside the repo)")
    return BRIDGE


@pytest.fixture(scope="session")
def bridge_track(bridge_video: Path, tmp_path_factory: pytest.TempPathFactory) -> BridgeTrack:
    from coach.analysis import analyze_file

    track = tmp_path_factory.mktemp("review_track") / "bridge.npz"
    result = analyze_file(bridge_video, "glute_bridge", save_pose=track)
    return BridgeTrack(bridge_video, track, result.to_dict())


@pytest.fixture
def review(qtbot) -> Callable[..., "object"]:
    """A shown ReviewWindow; closed at teardown, which must leave no job thread running."""
    from coach.ui.review import ReviewWindow

    windows = []

    def factory(parent: Optional[object] = None):
        window = ReviewWindow(parent)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    for w in windows:
        w.close()
        assert not w.runner.busy

