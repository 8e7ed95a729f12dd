"""Starting, stopping and losing a set: empty state, lost camera, pain rating, clean shutdown, settings."""
from __future__ import annotations

import os
import signal
import threading
import weakref
from pathlib import Path
from typing import Optional

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from coach.live.set_result import ENDED_PAIN, ENDED_SOURCE_LOST
from coach.sources import Frame, VideoFileSource
from coach.ui.live_session import SetState

TIMEOUT_MS = 30_000
BRIDGE = (Path(__file__).resolve().parents[2].parent / "shared" / "data" / "videos" / "glute_bridge"
          / "pexels_band_bridge_side.mp4")


class FakeCamera:
    """Plays pre-decoded frames like a webcam, then returns None forever (unplugged).

    Timestamps are the camera clock's first reading plus index / fps, so the
    analyzer sees the clip's real tempo however fast the test machine runs.
    """

    label = "fake camera"

    def __init__(self, frames: list[np.ndarray], fps: float = 25.0) -> None:
        self.frames, self.fps = frames, fps
        self.i = 0
        self.t0: Optional[float] = None
        self.closed = False

    def read(self, index: int, t_s: float) -> Optional[Frame]:
        if self.i >= len(self.frames):
            return None
        if self.t0 is None:
            self.t0 = t_s
        frame = Frame(index=index, t_s=self.t0 + self.i / self.fps, image=self.frames[self.i])
        self.i += 1
        return frame

    def close(self) -> None:
        self.closed = True


@pytest.fixture(scope="module")
def bridge_frames() -> list[np.ndarray]:
    if not BRIDGE.exists():
        pytest.skip(f"shared test clip not available: {BRIDGE}")
    with VideoFileSource(BRIDGE) as src:
        return [f.image for f in src]


def test_no_camera_shows_an_empty_state_that_opens_a_video(qtbot, make_window, bridge_clip, monkeypatch):
    w = make_window(cameras=[])
    assert w.pages.currentWidget() is w.setup
    assert w.setup.has_camera_empty_state
    assert w.setup.empty_label.text() == "No camera found — open a video"
    assert w.setup.open_video_button.isVisible() and not w.setup.start_button.isEnabled()
    assert w.setup.placement.text().startswith("Put the laptop on the floor")
    w.setup.select_exercise("glute_bridge")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bridge_clip), "")))
    with qtbot.waitSignal(w.setFinished, timeout=TIMEOUT_MS) as finished:
        w.setup.open_video_button.click()
        assert w.pages.currentWidget() is w.live
    assert finished.args[0].rep_count == 2
    assert w.setup.selected_source() == str(bridge_clip)


def test_a_camera_list_preselects_the_remembered_camera(make_window, settings_path):
    from coach.ui.settings import KEY_CAMERA, open_settings

    s = open_settings(settings_path)
    s.setValue(KEY_CAMERA, 2)
    s.sync()
    w = make_window(cameras=[0, 2])
    assert not w.setup.has_camera_empty_state and w.setup.start_button.isEnabled()
    assert w.setup.selected_source() == 2


def test_a_missing_video_is_a_message_not_a_crash(qtbot, make_window, tmp_path):
    w = make_window()
    assert w.start_set(str(tmp_path / "nope.mp4"), "plank") is None
    assert "video not found" in w.last_error
    assert w.pages.currentWidget() is w.setup


def test_camera_lost_mid_set_keeps_the_count_and_can_reconnect(qtbot, make_window, bridge_frames):
    cameras = [FakeCamera(bridge_frames[:160]), FakeCamera(bridge_frames)]  # unplugged at 6.4 s; then replugged
    opened = []

    def factory() -> FakeCamera:
        opened.append(cameras[len(opened)])
        return opened[-1]

    w = make_window(lost_after=5)
    w.start_set(factory, "glute_bridge")
    s = w.session
    qtbot.waitUntil(lambda: s.state is SetState.SOURCE_LOST, timeout=TIMEOUT_MS)
    assert w.live.lost.isVisible()
    assert "camera stopped sending pictures" in w.live.lost_label.text()
    assert "Your 2 reps are kept." in w.live.lost_label.text()
    assert w.live.counter.shown_value == "2" and s.analyzer.rep_count == 2
    assert opened[0].closed
    w.live.reconnect_button.click()
    assert not w.live.lost.isVisible()
    qtbot.waitUntil(lambda: s.state is SetState.SOURCE_LOST, timeout=TIMEOUT_MS)  # the second camera runs dry too
    assert len(opened) == 2
    assert s.analyzer.rep_count >= 3, "after reconnecting, the same set goes on counting"
    kept = s.analyzer.rep_count
    with qtbot.waitSignal(w.setFinished, timeout=5000) as finished:
        w.live.lost.findChildren(type(w.live.reconnect_button))[-1].click()  # "End set" beside Reconnect
    result = finished.args[0]
    assert result.ended_by == ENDED_SOURCE_LOST and result.rep_count == kept
    assert "camera" in result.message
    assert w.pages.currentWidget() is w.summary


def test_stop_it_hurts_ends_the_set_and_records_the_pain_rating(qtbot, make_window, bridge_clip):
    from coach.live.control import Pacing

    w = make_window(pacing=Pacing.REALTIME)
    w.start_set(str(bridge_clip), "glute_bridge")
    qtbot.waitUntil(lambda: w.session.latest() is not None, timeout=TIMEOUT_MS)
    assert w.live.hurt_button.isVisible() and w.live.hurt_button.objectName() == "stop"
    qtbot.keyClick(w, "h")
    dialog = w.pain_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: w.session.state is SetState.ENDED, timeout=5000)  # ended at once, before the answer
    assert w.pages.currentWidget() is w.live  # the summary waits for the rating
    dialog.buttons[7].click()
    result = w.results[-1]
    assert result.ended_by == ENDED_PAIN and result.pain == 7
    assert w.pages.currentWidget() is w.summary
    assert w.summary.pain.text() == "Pain rating: 7 / 10"
    assert w.summary.ending.text().startswith("Stopped because it hurt")


def test_pain_dialog_keys_and_skip(qtbot):
    from coach.ui.pain_dialog import PainDialog

    d = PainDialog()
    qtbot.addWidget(d)
    d.open()
    qtbot.keyClick(d, "4")
    assert d.rating == 4 and d.result() == PainDialog.DialogCode.Accepted
    d2 = PainDialog()
    qtbot.addWidget(d2)
    d2.open()
    d2.skip_button.click()
    assert d2.rating is None and d2.result() == PainDialog.DialogCode.Rejected
    with pytest.raises(ValueError):
        d2.choose(11)


def test_closing_mid_set_stops_the_threads_and_leaks_nothing(qtbot, make_window, bridge_clip):
    from coach.live.control import Pacing

    before = set(threading.enumerate())
    w = make_window(pacing=Pacing.REALTIME)
    w.start_set(str(bridge_clip), "glute_bridge")
    s = w.session
    qtbot.waitUntil(lambda: s.state is SetState.RUNNING and s.latest() is not None, timeout=TIMEOUT_MS)
    pipeline = s.pipeline
    workers = [weakref.ref(pipeline._capture), weakref.ref(pipeline._inference)]
    assert pipeline.running_threads == 2
    w.close()  # must not block for long nor leave anything running
    assert s.state is SetState.ENDED and w.results and w.results[-1].analysis.frames > 0
    qtbot.waitUntil(lambda: pipeline.running_threads == 0, timeout=5000)
    qtbot.waitUntil(lambda: all(ref() is None for ref in workers), timeout=5000)  # freed once joined
    assert not w.render_timer.isActive()
    # MediaPipe's own native threads show up as _DummyThread once they touch Python (its logging): not
    # Coach's, never joinable, so they are left out; every thread Coach starts must be gone.
    assert {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)} <= before
    assert not [t for t in QApplication.topLevelWidgets() if t.isVisible()]


def test_last_choices_and_geometry_are_remembered(qtbot, make_window):
    w = make_window()
    w.setup.select_exercise("bird_dog")
    w.setup.set_target(5)
    w.resize(790, 720)  # within the 800x800 offscreen screen, or restoring clamps it
    w.live.mute_button.click()
    w.close()
    w2 = make_window()
    assert w2.setup.selected_exercise() == "bird_dog"
    assert (w2.size().width(), w2.size().height()) == (790, 720)
    assert w2.voice.muted and w2.live.mute_button.text().startswith("Sound off")  # no engine in tests


def test_opencv_plugin_path_is_cleared_only_when_it_points_into_cv2(monkeypatch):
    import cv2

    from coach.ui.qt_compat import clear_opencv_qt_plugin_path

    cv2_plugins = str(Path(cv2.__file__).parent / "qt" / "plugins")
    monkeypatch.setenv("QT_QPA_PLATFORM_PLUGIN_PATH", cv2_plugins)
    clear_opencv_qt_plugin_path()
    assert "QT_QPA_PLATFORM_PLUGIN_PATH" not in os.environ
    monkeypatch.setenv("QT_QPA_PLATFORM_PLUGIN_PATH", "/opt/my-qt/plugins")
    clear_opencv_qt_plugin_path()
    assert os.environ["QT_QPA_PLATFORM_PLUGIN_PATH"] == "/opt/my-qt/plugins"


def test_run_app_opens_straight_into_a_set_and_ctrl_c_closes_it(qtbot, bridge_clip, settings_path):
    from coach.ui.app import run_app

    seen: dict[str, object] = {}

    def check_then_interrupt() -> None:
        windows = [x for x in QApplication.topLevelWidgets() if x.isVisible() and hasattr(x, "session")]
        seen["session"] = windows[0].session if windows else None
        os.kill(os.getpid(), signal.SIGINT)  # as if Ctrl-C was pressed in the terminal

    QTimer.singleShot(800, check_then_interrupt)
    previous = signal.getsignal(signal.SIGINT)
    assert run_app(source=str(bridge_clip), exercise="glute_bridge") == 0
    assert signal.getsignal(signal.SIGINT) is previous
    session = seen["session"]
    assert session is not None and session.exercise == "glute_bridge"
    assert session.state is SetState.ENDED  # closing the window ended the set cleanly


def test_it_hurts_during_the_countdown_still_asks_and_keeps_the_rating(qtbot, make_window, bridge_clip):
    w = make_window(countdown_s=3)
    w.start_set(str(bridge_clip), "glute_bridge")
    assert w.session.state is SetState.COUNTDOWN and w.live.video.overlay_text == "3"
    w.live.hurt_button.click()
    assert w.session.state is SetState.ENDED and w.pages.currentWidget() is w.live
    w.pain_dialog.buttons[3].click()
    assert w.results[-1].pain == 3 and w.results[-1].rep_count == 0
    assert w.pages.currentWidget() is w.summary


def test_space_on_the_picker_starts_the_set_and_escape_ends_it(qtbot, make_window, bridge_clip):
    w = make_window(video=str(bridge_clip))
    w.setup.select_exercise("glute_bridge")
    assert w.setup.selected_source() == str(bridge_clip) and not w.setup.has_camera_empty_state
    w.setup.exercise_list.setFocus()
    qtbot.keyClick(w.setup.exercise_list, Qt.Key.Key_Space)  # the list must not swallow Space
    assert w.pages.currentWidget() is w.live and w.session.exercise == "glute_bridge"
    with qtbot.waitSignal(w.setFinished, timeout=TIMEOUT_MS):
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert w.pages.currentWidget() is w.summary


def test_pyside_singleton_refcount_bug_is_guarded():
    import sys

    from coach.ui import qt_compat

    if qt_compat.singleton_refcount_leak() > 0:  # PySide6 6.12.0 on Python < 3.12
        assert qt_compat._GUARDED
        assert min(sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)) > 1 << 39
    else:
        assert sys.getrefcount(True) < 1 << 39  # a sound build is left alone
