"""The GUI's threaded pipeline: real-time dropping and loss reporting through its QThreads.

The Qt-free parts it is built from (slot, clock, loops) are tested in ``tests/live``.
"""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication

from coach.live.control import Pacing, WorkerState
from coach.pose.landmarks import PoseFrame
from coach.sources import Frame
from coach.ui.live_worker import LivePipeline


class SlowEstimator:
    """Pretends inference takes 30 ms, so a 100 fps source must drop frames in real time."""

    def process(self, bgr: np.ndarray, t_s: float) -> PoseFrame:
        time.sleep(0.03)
        return PoseFrame(t_s=t_s, image=None, world=None, frame_size=(bgr.shape[1], bgr.shape[0]))

    def close(self) -> None:
        pass


class QuickCamera:
    """A 100 fps camera for 0.6 s (its read blocks like a driver does), then unplugged."""

    def __init__(self) -> None:
        self.n = 0

    def read(self, index: int, t_s: float):
        if self.n >= 60:
            return None
        self.n += 1
        time.sleep(0.01)
        return Frame(index=index, t_s=t_s, image=np.zeros((48, 64, 3), np.uint8))

    def close(self) -> None:
        pass


def test_realtime_camera_drops_frames_while_inference_is_busy_and_reports_the_loss(qtbot):
    from coach.exercises.registry import create_analyzer

    assert QCoreApplication.instance() is not None
    pipe = LivePipeline(QuickCamera(), create_analyzer("plank"), Pacing.REALTIME,
                        estimator_factory=SlowEstimator, lost_after=3)
    with qtbot.waitSignal(pipe.ended, timeout=10_000) as ended:
        pipe.start()
    assert ended.args[0] is WorkerState.SOURCE_LOST and "camera" in ended.args[1]
    stats = pipe.stats()
    assert stats.dropped > 10, "newest frame wins: most 100 fps frames are dropped behind 30 ms inference"
    assert 5 <= stats.processed <= 30 and stats.processed + stats.dropped <= 60
    assert 15 < stats.inference_ms < 200 and stats.fps > 5
    assert pipe.running_threads == 0
