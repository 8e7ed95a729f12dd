"""CameraSource against a fake cv2.VideoCapture: busy, refusing and working webcams (no real camera needed).

On Linux a webcam that a video call holds may refuse to open, or open fine and
then fail every read. These fakes stand in for ``cv2.VideoCapture`` so the
three cases can be checked on any machine.
"""
from __future__ import annotations

import os
import sys

import cv2
import numpy as np
import pytest

from coach.errors import VideoError
from coach.sources import CameraSource

REAL_VIDEO_CAPTURE = cv2.VideoCapture


class FakeCapture:
    """The parts of cv2.VideoCapture that CameraSource uses. ``frames`` pictures, then every read fails."""

    def __init__(self, index: int, opens: bool = True, frames: int = 0, size=(1280, 720)) -> None:
        self.index, self.opens, self.frames, self.size = index, opens, frames, size
        self.reads = 0
        self.released = False
        self.props: dict[int, float] = {}

    def isOpened(self) -> bool:  # noqa: N802 (OpenCV naming)
        return self.opens and not self.released

    def set(self, prop: int, value: float) -> bool:
        self.props[prop] = value
        return True

    def read(self):
        self.reads += 1
        if self.reads > self.frames:
            return False, None
        return True, np.full((self.size[1], self.size[0], 3), 90, np.uint8)

    def release(self) -> None:
        self.released = True


@pytest.fixture
def fake_capture(monkeypatch):
    """Install a fake cv2.VideoCapture for camera indices (paths still open real files); yields the made ones."""
    made: list[FakeCapture] = []
    settings: dict = {"opens": True, "frames": 0}

    def factory(source, *args):
        if isinstance(source, int):
            made.append(FakeCapture(source, **settings))
            return made[-1]
        return REAL_VIDEO_CAPTURE(source, *args)

    monkeypatch.setattr(cv2, "VideoCapture", factory)
    return made, settings


def test_busy_camera_opens_but_every_read_fails_and_the_message_says_why(fake_capture, monkeypatch):
    monkeypatch.delenv("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT", raising=False)
    made, _ = fake_capture
    cam = CameraSource(0)
    assert [c.index for c in made] == [0]
    assert all(cam.read(i, i / 30) is None for i in range(5))
    assert cam.frames_delivered == 0
    message = str(cam.no_pictures_message())
    assert message.startswith("Camera 0 opened but sends no pictures")
    assert "in use by another program (close video calls)" in message and "unplugged" in message
    if sys.platform.startswith("linux"):
        # OpenCV would otherwise block each read of a silent V4L2 camera for 10 s.
        assert os.environ["OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT"] == str(CameraSource.V4L_SELECT_TIMEOUT_S)
    cam.close()
    assert made[0].released


def test_a_select_timeout_the_user_chose_is_kept(fake_capture, monkeypatch):
    monkeypatch.setenv("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT", "7")
    CameraSource(0).close()
    assert os.environ["OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT"] == "7"


def test_camera_that_refuses_to_open_is_a_clear_error_and_is_released(fake_capture):
    made, settings = fake_capture
    settings["opens"] = False
    with pytest.raises(VideoError, match=r"camera 2 could not be opened — it may be in use by another program "
                                         r"\(close video calls\) or not plugged in"):
        CameraSource(2)
    assert made[0].released


def test_working_camera_counts_its_pictures_and_downscales_them(fake_capture):
    made, settings = fake_capture
    settings["frames"] = 3
    cam = CameraSource(1, max_side=320)
    frames = [cam.read(i, i / 30) for i in range(4)]
    assert [f is not None for f in frames] == [True, True, True, False]
    assert frames[0].image.shape == (180, 320, 3) and frames[2].t_s == pytest.approx(2 / 30)
    assert cam.frames_delivered == 3 and cam.label == "Camera 1"
    assert made[0].props == {cv2.CAP_PROP_FRAME_WIDTH: 640, cv2.CAP_PROP_FRAME_HEIGHT: 480}
    cam.close()
