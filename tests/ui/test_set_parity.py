"""The same scripted set through the headless runner and through the window gives the same saved set.

Both run one :class:`coach.live.set_lifecycle.SetLifecycle`; this proves it end to end. The set is three
glute-bridge reps of synthetic poses: a small video gives the frames (and their timestamps), and a
scripted pose model answers each frame with the pose the script holds for that moment, so the result
depends on nothing but the script — not the machine's speed, nor MediaPipe.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coach.live.control import Pacing
from coach.live.headless import HeadlessSet
from coach.live.set_log import LiveSetLog
from coach.live.set_result import ENDED_FINISHED
from coach.pose.landmarks import PoseFrame
from coach.pose.track import load_track
from coach.store import Store, default_db_path
from support.videos import write_avi
from synthetic import BRIDGE_REST, bridge_rep, frame, timeline

FPS = 30.0
TIMEOUT_MS = 30_000
SCRIPT = [pose for _t, pose in timeline([(2.0, BRIDGE_REST)] + bridge_rep() * 3 + [(1.0, BRIDGE_REST)], fps=FPS)]


class ScriptedEstimator:
    """A pose model that sees, in the frame at ``t_s``, the script's pose for that moment."""

    def process(self, bgr: np.ndarray, t_s: float) -> PoseFrame:
        return frame(t_s, SCRIPT[min(len(SCRIPT) - 1, int(round(t_s * FPS)))])

    def close(self) -> None:
        pass


@pytest.fixture
def scripted_video(tmp_path: Path) -> Path:
    return write_avi(tmp_path / "scripted_bridge.avi", len(SCRIPT), size=(160, 120), fps=FPS)


def saved_set(log: LiveSetLog) -> tuple[dict, dict, dict]:
    """What the store and the track folder hold for the log's set: the set's row, its analysis, its track."""
    with Store(default_db_path()) as store:
        (info,) = store.sets_of(log.session_id)
        analysis = store.set_analysis(info.id)
    row = {k: getattr(info, k) for k in ("exercise", "target_reps", "target_hold_s", "rep_count", "good_reps",
                                         "reps_recorded", "hold_s", "good_form_s", "ended_reason", "pain")}
    track = load_track(log.track_path)
    return row, analysis, {"t_s": track.t_s, "image": track.image, "fps": track.fps, "source": track.source}


def test_the_headless_runner_and_the_window_save_the_same_set(make_window, qtbot, scripted_video):
    # The window: the user starts the set; the video ends it.
    w = make_window(estimator_factory=ScriptedEstimator)
    with qtbot.waitSignal(w.setFinished, timeout=TIMEOUT_MS) as finished:
        w.start_set(str(scripted_video), "glute_bridge")
    in_window = finished.args[0]
    window_log = w.set_log
    assert window_log is not None and window_log.problem == ""

    # Headless: the same exercise, target, source and pose model, recorded the way the window records.
    log = LiveSetLog("glute_bridge", in_window.target, False, str(scripted_video))
    headless = HeadlessSet("glute_bridge", str(scripted_video), target=in_window.target, pacing=Pacing.ALL_FRAMES,
                           estimator_factory=ScriptedEstimator, recorder=log, pose_track=log.track)
    result = headless.run(timeout_s=TIMEOUT_MS / 1000)
    log.set_finished(result)

    assert in_window.ended_by == ENDED_FINISHED and in_window.rep_count == 3
    assert in_window.analysis.fps == pytest.approx(FPS, rel=1e-3)  # the measured rate: every frame analysed
    same = lambda r: {k: v for k, v in r.to_json().items() if k != "started_at"}  # noqa: E731
    assert same(result) == same(in_window)

    window_row, window_analysis, window_track = saved_set(window_log)
    row, analysis, track = saved_set(log)
    assert window_row["rep_count"] == 3 and window_row["ended_reason"] == ENDED_FINISHED
    assert row == window_row and analysis == window_analysis
    assert track["fps"] == window_track["fps"] and track["source"] == window_track["source"]
    assert np.array_equal(track["t_s"], window_track["t_s"])
    assert np.array_equal(track["image"], window_track["image"])
