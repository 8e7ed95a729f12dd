"""The live benchmark's Qt-free half: the paced camera keeps its rate and the probe turns shown frames into figures."""
from __future__ import annotations

import time

import numpy as np

from coach.exercises.events import AnalyzerState
from coach.live.bench import LiveBenchProbe, PacedFakeCamera
from coach.live.inference import LiveResult, PipelineStats
from coach.pose.landmarks import PoseFrame


def test_paced_camera_keeps_its_rate_and_the_probe_measures_capture_to_shown():
    camera = PacedFakeCamera([np.zeros((4, 4, 3), np.uint8)], fps=50.0)
    probe = LiveBenchProbe(camera)
    started = time.perf_counter()
    for i in range(11):
        frame = camera.read(i, i / 50.0)
        result = LiveResult(i + 1, frame, PoseFrame(t_s=frame.t_s, image=None, world=None, frame_size=(4, 4)),
                            AnalyzerState(t_s=frame.t_s, exercise="plank"), 1.0)
        assert probe.is_new(result)
        time.sleep(0.005)  # "painting"
        probe.shown_now(result)
        assert not probe.is_new(result)
    took = time.perf_counter() - started
    assert 0.19 <= took < 0.6, "eleven frames at 50 fps span ten periods (0.2 s)"
    figures = probe.summary(PipelineStats(processed=11, dropped=2), started)
    assert probe.shown == 11 and figures["live_dropped"] == 2
    assert 4.0 <= figures["live_latency_p50_ms"] <= figures["live_latency_p95_ms"] < 100.0
    assert figures["rss_end_mb"] > 0 and figures["threads_end"] >= 1
