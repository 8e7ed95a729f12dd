"""A live set with a camera that delivers late and in bursts still counts right, and keeps no video."""
from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np

from coach.live.control import Pacing
from coach.sources import Frame, VideoFileSource

VIDEO_SUFFIXES = {".mp4", ".avi", ".mov", ".mkv", ".webm", ".m4v", ".mpg", ".mpeg", ".wmv"}


class LateCamera:
    """A real recording played as a webcam whose driver stalls: every 20th picture arrives 0.45 s late,
    every 7th in a burst straight after the previous one. Timestamps are the worker's clock, as for a camera."""

    label = "late camera"

    def __init__(self, clip: Path) -> None:
        with VideoFileSource(clip) as src:
            self._frames = [f.image for f in src]
        self.n = 0
        self.stalls = 0

    def read(self, index: int, t_s: float):
        if self.n >= len(self._frames):
            return None  # the recording is over: the camera "goes away"
        if self.n % 20 == 19:
            time.sleep(0.45)
            self.stalls += 1
        elif self.n % 7 != 6:
            time.sleep(1 / 30)
        image = self._frames[self.n]
        self.n += 1
        return Frame(index=index, t_s=t_s, image=image)

    def close(self) -> None:
        pass


def test_late_and_bursty_camera_frames_still_count_the_reps(qtbot, make_window, bridge_clip, data_dir):
    camera = LateCamera(bridge_clip)

    def factory():
        return camera

    factory.label = camera.label
    w = make_window(pacing=Pacing.REALTIME, lost_after=5)
    w.countdown_s = 0.0
    w.start_set(factory, "glute_bridge")
    s = w.session
    with qtbot.waitSignal(w.setFinished, timeout=60_000) as finished:
        qtbot.waitUntil(lambda: camera.n >= len(camera._frames), timeout=50_000)
        qtbot.waitUntil(lambda: w.live.lost.isVisible(), timeout=10_000)  # the end of the clip = camera gone
        w.live.end_button.click()
    result = finished.args[0]
    assert camera.stalls >= 5
    assert 2 <= result.analysis.rep_count <= 3  # the clip's labelled range (2 full reps + a lift at the end)
    assert result.analysis.frames > 0.5 * len(camera._frames)
    assert s.state.name == "ENDED"

    # Privacy: what a live set leaves behind is the database and a pose track — never pictures.
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert files, "the set should have been stored"
    assert not [p for p in files if p.suffix.lower() in VIDEO_SUFFIXES]
    for p in files:
        cap = cv2.VideoCapture(str(p))
        ok, _ = cap.read() if cap.isOpened() else (False, None)
        cap.release()
        assert not ok, f"{p} decodes as video"
    assert any(p.suffix == ".npz" for p in files)
    track = np.load(next(p for p in files if p.suffix == ".npz"))
    assert set(track.files) <= {"schema", "t_s", "image", "world", "frame_size", "fps", "source", "others"}
