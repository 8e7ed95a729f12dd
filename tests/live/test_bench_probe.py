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


def test_probe_stops_sampling_when_the_set_is_finished():
    camera = PacedFakeCamera([np.zeros((4, 4, 3), np.uint8)], fps=1000.0)
    probe = LiveBenchProbe(camera)

    def show(i: int) -> None:
        frame = camera.read(i, i / 1000.0)
        probe.shown_now(LiveResult(i + 1, frame, PoseFrame(t_s=frame.t_s, image=None, world=None,
                                                            frame_size=(4, 4)),
                                   AnalyzerState(t_s=frame.t_s, exercise="plank"), 1.0))

    show(0)
    probe.finish()
    sampled = len(probe.samples)
    assert sampled == 2, "the first shown frame and the finishing sample"
    probe.first -= 10.0  # results shown well after: the pipeline winding down
    show(1)
    assert len(probe.samples) == sampled


def test_streaming_camera_decodes_as_it_goes_loops_and_keeps_few_capture_times(tmp_path):
    import cv2

    from coach.live.bench import LIVE_SIZE, StreamingClipCamera

    clip = tmp_path / "five.avi"
    writer = cv2.VideoWriter(str(clip), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (160, 120))
    for i in range(5):
        writer.write(np.full((120, 160, 3), 40 * i, np.uint8))
    writer.release()
    camera = StreamingClipCamera(clip, fps=1000.0)
    camera.KEEP_CAPTURE_TIMES = 4
    brightness = []
    for i in range(12):
        frame = camera.read(i, i / 1000.0)
        assert frame.image.shape[:2] == (LIVE_SIZE[1], LIVE_SIZE[0])
        brightness.append(int(frame.image.mean()))
    camera.close()
    assert camera.images == [], "nothing held decoded"
    assert brightness[5:10] == brightness[0:5], "after the last frame the clip starts again"
    assert brightness[0] < brightness[4]
    assert list(camera.captured_at) == [8, 9, 10, 11]
