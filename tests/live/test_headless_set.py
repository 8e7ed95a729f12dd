"""A live set run to its end with no Qt: the headless runner on fakes, and on a real clip in a clean process.

The real-clip test runs in a subprocess so that no other test's imports (pytest-qt, the GUI tests) can
put PySide6 into ``sys.modules``: it proves the live core itself never imports Qt.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from coach.live.control import Pacing
from coach.live.headless import HeadlessSet
from coach.live.set_result import ENDED_BY_USER, ENDED_FINISHED, ENDED_SOURCE_LOST
from coach.pose.landmarks import PoseFrame
from coach.sources import Frame

ROOT = Path(__file__).resolve().parents[2]
BRIDGE = ROOT.parent / "shared" / "data" / "videos" / "glute_bridge" / "pexels_band_bridge_side.mp4"


class NobodyEstimator:
    """A pose model that never sees anyone (quick, and the analyzer then reports "no person")."""

    def process(self, bgr: np.ndarray, t_s: float) -> PoseFrame:
        return PoseFrame(t_s=t_s, image=None, world=None, frame_size=(bgr.shape[1], bgr.shape[0]))

    def close(self) -> None:
        pass


class FakeCamera:
    """Sends ``pictures`` frames at about 100 fps (None: endless), then nothing, like an unplugged webcam."""

    def __init__(self, pictures: int | None = None) -> None:
        self.pictures = pictures
        self.given = 0
        self.closed = False

    def read(self, index: int, t_s: float) -> Frame | None:
        time.sleep(0.01)
        if self.pictures is not None and self.given >= self.pictures:
            return None
        self.given += 1
        return Frame(index=index, t_s=t_s, image=np.zeros((48, 64, 3), np.uint8))

    def close(self) -> None:
        self.closed = True


class ThreadNotingRecorder:
    def __init__(self) -> None:
        self.batches: list[list] = []
        self.threads: set[int] = set()

    def record(self, events, analyzer=None) -> None:
        self.batches.append(list(events))
        self.threads.add(threading.get_ident())


def test_a_stopped_set_keeps_its_frames_and_records_events_on_the_callers_thread():
    camera, recorder = FakeCamera(), ThreadNotingRecorder()
    live = HeadlessSet("plank", lambda: camera, estimator_factory=NobodyEstimator, recorder=recorder,
                       pacing=Pacing.REALTIME)
    threads_before = threading.active_count()
    result = live.run(timeout_s=2.5)
    assert result.ended_by == ENDED_BY_USER and result.source == "camera"
    assert result.analysis.frames > 20 and result.analysis.frames_with_pose == 0
    assert [w.kind for w in result.analysis.setup_warnings] == ["no_person"]
    assert recorder.batches and recorder.threads == {threading.get_ident()}
    assert camera.closed and threading.active_count() == threads_before
    with pytest.raises(RuntimeError):
        live.run()


def test_a_lost_camera_ends_the_set_as_source_lost_with_the_reason():
    camera = FakeCamera(pictures=10)
    live = HeadlessSet("glute_bridge", lambda: camera, estimator_factory=NobodyEstimator, lost_after=3)
    result = live.run(timeout_s=10)
    assert result.ended_by == ENDED_SOURCE_LOST and "stopped sending pictures" in result.message
    assert result.analysis.frames == 10 and camera.closed


_RUN_CLIP = """
import json, sys
from coach.live.headless import run_set
result = run_set("glute_bridge", sys.argv[1])
print(json.dumps({"reps": result.rep_count, "ended_by": result.ended_by, "frames": result.analysis.frames,
                  "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "coach.ui")))}))
"""


def test_a_live_set_on_a_real_clip_counts_its_reps_without_importing_qt():
    if not BRIDGE.exists():
        pytest.skip(f"shared test clip not available: {BRIDGE} (needs ../shared/data beside the repo)")
    proc = subprocess.run([sys.executable, "-c", _RUN_CLIP, str(BRIDGE)], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["qt"] == [], f"the live core imported {out['qt']}"
    assert out["ended_by"] == ENDED_FINISHED and out["frames"] > 100
    assert 2 <= out["reps"] <= 3
