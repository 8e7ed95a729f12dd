"""A webcam that opens but never sends a picture (held by a video call): a clear message, a window that stays usable.

On Linux a webcam in use by another program can open fine in OpenCV and then
fail every read. That is not "unplugged mid-set" (pictures came, then
stopped): the person has to close the other program, not check a cable. A fake
``cv2.VideoCapture`` stands in for the webcam, so these run without a camera
and without the shared clips; a stub pose estimator keeps them quick.
"""
from __future__ import annotations

import threading
import time
from typing import Optional

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QPushButton

from coach.live import capture
from coach.live.capture import CAMERA_STOPPED_MESSAGE, CaptureLoop
from coach.live.control import EndOfStream, Pacing, PipelineControl
from coach.live.set_result import ENDED_BY_USER, ENDED_FINISHED, ENDED_SOURCE_LOST
from coach.pose.landmarks import PoseFrame
from coach.sources import CameraSource, Frame
from coach.ui.live_session import SetState

REAL_VIDEO_CAPTURE = cv2.VideoCapture
BUSY_MESSAGE = ("Camera 0 opened but sends no pictures — it may be in use by another program "
                "(close video calls) or unplugged.")


class Webcam:
    """A fake cv2.VideoCapture for a camera index.

    Reads fail for the first ``silent_s`` seconds, then give ``pictures`` frames (None: endless),
    then fail for good. Each read blocks ``read_s`` like a V4L2 driver waiting for a frame.
    A busy webcam is ``Webcam(pictures=0)``: it opens, and no read ever succeeds.
    """

    def __init__(self, index: int, pictures: Optional[int] = None, silent_s: float = 0.0, read_s: float = 0.0) -> None:
        self.index, self.pictures, self.silent_s, self.read_s = index, pictures, silent_s, read_s
        self.opened_at = time.monotonic()
        self.reads = self.given = 0
        self.released = False

    def isOpened(self) -> bool:  # noqa: N802 (OpenCV naming)
        return not self.released

    def set(self, prop: int, value: float) -> bool:
        return True

    def read(self):
        self.reads += 1
        if self.read_s:
            time.sleep(self.read_s)
        if time.monotonic() - self.opened_at < self.silent_s:
            return False, None
        if self.pictures is not None and self.given >= self.pictures:
            return False, None
        self.given += 1
        return True, np.full((480, 640, 3), 40 + self.given % 50, np.uint8)

    def release(self) -> None:
        self.released = True


class Webcams:
    """What ``cv2.VideoCapture(index)`` will return next: the plan is used in order, its last entry repeats."""

    def __init__(self) -> None:
        self.plan: list[dict] = [{"pictures": 0}]
        self.made: list[Webcam] = []

    def open(self, source, *args):
        if not isinstance(source, int):
            return REAL_VIDEO_CAPTURE(source, *args)  # video files stay real
        kwargs = self.plan.pop(0) if len(self.plan) > 1 else self.plan[0]
        self.made.append(Webcam(source, **kwargs))
        return self.made[-1]


@pytest.fixture
def webcams(monkeypatch) -> Webcams:
    cams = Webcams()
    monkeypatch.setattr(cv2, "VideoCapture", cams.open)
    return cams


class StubEstimator:
    """Sees nobody, instantly: these tests are about the camera, not pose."""

    def process(self, bgr: np.ndarray, t_s: float) -> PoseFrame:
        return PoseFrame(t_s=t_s, image=None, world=None, frame_size=(bgr.shape[1], bgr.shape[0]))

    def close(self) -> None:
        pass


class NamelessCamera:
    """A CameraLike without a name or its own message (as tests and benches pass): never a picture."""

    def read(self, index: int, t_s: float) -> Optional[Frame]:
        time.sleep(0.01)
        return None

    def close(self) -> None:
        pass


def run_capture(camera, stop_after_frames: Optional[int] = None, **kwargs):
    """Run a CaptureLoop on a plain thread, draining its slot; (end, frames, source-lost messages, seconds)."""
    control = PipelineControl()
    lost: list[str] = []
    loop = CaptureLoop(camera, control, Pacing.ALL_FRAMES, on_source_lost=lost.append, **kwargs)
    thread = threading.Thread(target=loop.run)
    control.ready.set()
    started = time.monotonic()
    thread.start()
    frames: list[Frame] = []
    end = None
    while True:
        item = control.slot.take(timeout=15)
        if item is None:
            break
        if isinstance(item, EndOfStream):
            end = item
            break
        frames.append(item)
        if stop_after_frames is not None and len(frames) >= stop_after_frames:
            control.request_stop()
    elapsed = time.monotonic() - started
    control.request_stop()
    thread.join(5)
    assert not thread.is_alive()
    return end, frames, lost, elapsed


# ----- the capture thread ---------------------------------------------------------------------------


def test_a_camera_that_never_sends_a_picture_is_reported_as_busy_after_the_grace_period(qtbot, webcams):
    cam = CameraSource(0)
    end, frames, lost, elapsed = run_capture(cam, first_frame_s=0.6, lost_after=3)
    # the camera's words are a Phrase (the window says them in its language); str() is the English line
    assert end.reason == "lost" and str(end.message) == BUSY_MESSAGE and list(map(str, lost)) == [BUSY_MESSAGE]
    assert not frames
    assert 0.6 <= elapsed < 3.0
    assert webcams.made[0].reads > 3, "the mid-set rule (3 misses in a row) must not cut the first seconds short"
    assert webcams.made[0].released, "the camera is let go so the other program, or a retry, can have it"


def test_a_camera_without_its_own_words_gets_the_generic_busy_message(qtbot):
    end, _, lost, _ = run_capture(NamelessCamera(), first_frame_s=0.3)
    assert end.reason == "lost" and end.message == capture.CAMERA_SILENT_MESSAGE == lost[0]
    assert end.message.startswith("The camera opened but sends no pictures")


def test_pictures_that_stop_mid_set_keep_the_unplugged_message(qtbot, webcams):
    webcams.plan = [{"pictures": 5}]
    end, frames, lost, elapsed = run_capture(CameraSource(0), first_frame_s=10.0, lost_after=3)
    assert len(frames) == 5
    assert end == EndOfStream("lost", CAMERA_STOPPED_MESSAGE) and lost == [CAMERA_STOPPED_MESSAGE]
    assert "opened but" not in end.message
    assert elapsed < 5.0, "after pictures have come, a few misses in a row are enough: no first-picture wait"


def test_a_camera_that_warms_up_within_the_grace_period_is_not_reported(qtbot, webcams):
    webcams.plan = [{"silent_s": 0.5}]
    end, frames, lost, _ = run_capture(CameraSource(0), stop_after_frames=3, first_frame_s=2.0, lost_after=3)
    assert len(frames) == 3 and not lost and end is None  # stopped by us, after its pictures arrived
    assert webcams.made[0].reads > 3, "it failed more than lost_after reads before its first picture"


# ----- the live window ------------------------------------------------------------------------------


def start_camera_set(qtbot, w) -> None:
    w.setup.select_exercise("glute_bridge")
    assert w.setup.selected_source() == 0
    w.setup.start_button.click()
    assert w.pages.currentWidget() is w.live and w.session is not None and w.session.is_camera


def test_busy_camera_shows_its_message_keeps_the_window_responsive_and_can_retry(qtbot, make_window, webcams):
    # A busy webcam whose reads each block 0.2 s (V4L2 waiting), then the same camera free again on retry.
    webcams.plan = [{"pictures": 0, "read_s": 0.2}, {"pictures": None, "read_s": 0.01}]
    w = make_window(cameras=[0], estimator_factory=StubEstimator)
    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(20)
    beat.timeout.connect(lambda: ticks.append(time.monotonic()))
    beat.start()
    started = time.monotonic()
    start_camera_set(qtbot, w)
    s = w.session
    qtbot.waitUntil(lambda: s.state is SetState.SOURCE_LOST, timeout=15_000)
    waited = time.monotonic() - started
    beat.stop()
    assert capture.FIRST_FRAME_TIMEOUT_S <= waited < capture.FIRST_FRAME_TIMEOUT_S + 3.0
    gaps = np.diff(ticks)
    assert len(ticks) > 20 and gaps.max() < 0.5, f"the GUI thread stalled for {gaps.max():.2f} s"
    assert w.live.lost.isVisible()
    text = w.live.lost_label.text()
    assert text.startswith(BUSY_MESSAGE) and "stopped sending" not in text
    assert "Close the other program" in text and "kept" not in text  # nothing was ever there to keep
    assert w.live.reconnect_button.isEnabled() and w.live.hurt_button.isEnabled()
    assert webcams.made[0].released and webcams.made[0].reads >= 2
    w.live.reconnect_button.click()  # the video call has been closed: retry the same camera
    assert not w.live.lost.isVisible()
    qtbot.waitUntil(lambda: s.state is SetState.RUNNING and s.latest() is not None, timeout=10_000)
    assert len(webcams.made) == 2 and webcams.made[1].given > 0
    with qtbot.waitSignal(w.setFinished, timeout=10_000) as finished:
        w.live.end_button.click()
    result = finished.args[0]
    assert result.ended_by == ENDED_BY_USER and result.analysis.frames > 0
    assert webcams.made[1].released


def test_after_a_busy_camera_the_set_can_be_ended_and_a_video_opened(qtbot, make_window, webcams, monkeypatch,
                                                                      tmp_path):
    monkeypatch.setattr(capture, "FIRST_FRAME_TIMEOUT_S", 0.5)
    webcams.plan = [{"pictures": 0}]
    w = make_window(cameras=[0], estimator_factory=StubEstimator)
    start_camera_set(qtbot, w)
    qtbot.waitUntil(lambda: w.session.state is SetState.SOURCE_LOST, timeout=10_000)
    assert w.live.lost_label.text().startswith(BUSY_MESSAGE)
    with qtbot.waitSignal(w.setFinished, timeout=10_000) as finished:
        w.live.lost.findChildren(QPushButton)[-1].click()  # "End set" beside Reconnect
    result = finished.args[0]
    assert result.ended_by == ENDED_SOURCE_LOST and str(result.message) == BUSY_MESSAGE
    assert w.pages.currentWidget() is w.summary
    w.summary.choose_button.click()
    assert w.pages.currentWidget() is w.setup and w.setup.open_video_button.isEnabled()
    video = tmp_path / "instead.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (320, 240))
    for i in range(30):
        writer.write(np.full((240, 320, 3), i * 5, np.uint8))
    writer.release()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(video), "")))
    with qtbot.waitSignal(w.setFinished, timeout=10_000) as finished:
        w.setup.open_video_button.click()
    result = finished.args[0]
    assert result.ended_by == ENDED_FINISHED and result.analysis.frames == 30 and result.source == str(video)


def test_closing_the_window_while_a_busy_camera_blocks_is_quick_and_clean(qtbot, make_window, webcams):
    webcams.plan = [{"pictures": 0, "read_s": 0.3}]
    w = make_window(cameras=[0], estimator_factory=StubEstimator)
    start_camera_set(qtbot, w)
    s = w.session
    qtbot.waitUntil(lambda: s.state is SetState.RUNNING, timeout=10_000)
    qtbot.waitUntil(lambda: webcams.made[0].reads >= 2, timeout=5_000)  # the capture thread is inside a read
    pipeline = s.pipeline
    t0 = time.monotonic()
    w.close()
    assert time.monotonic() - t0 < 2.0
    assert s.state is SetState.ENDED and w.results and w.results[-1].analysis.frames == 0
    qtbot.waitUntil(lambda: pipeline.running_threads == 0, timeout=5_000)
    assert webcams.made[0].released
