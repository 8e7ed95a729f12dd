"""The live part of ``coach bench``: a 30 fps paced source through the real threaded live pipeline.

A fake camera hands out 640×480 frames at 30 fps (sleeping on the capture
thread, as a real camera driver blocks), the :class:`LivePipeline` estimates
pose and analyses on its own threads, and a render timer on the GUI thread
paints the newest result into an offscreen :class:`VideoView` — the same path
a patient's session takes. Latency is capture time → the render tick that
first shows that frame's analysis (cue, counter and skeleton).
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Optional

import cv2
import numpy as np

from coach.sources import Frame

LIVE_SIZE = (640, 480)
LIVE_FPS = 30.0


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _thread_count() -> int:
    return len(os.listdir("/proc/self/task"))


class PacedFakeCamera:
    """Serves decoded frames in a loop at ``fps``, recording when each was captured."""

    def __init__(self, images: list[np.ndarray], fps: float = LIVE_FPS) -> None:
        self.images = images
        self.period = 1.0 / fps
        self.captured_at: dict[int, float] = {}
        self._next: Optional[float] = None

    def read(self, index: int, t_s: float) -> Optional[Frame]:
        now = time.perf_counter()
        if self._next is None:
            self._next = now
        if self._next > now:
            time.sleep(self._next - now)
        self._next += self.period
        self.captured_at[index] = time.perf_counter()
        return Frame(index=index, t_s=t_s, image=self.images[index % len(self.images)])

    def close(self) -> None:
        pass


def run_live_bench(clip: Path, seconds: float = 10.0, exercise: str = "glute_bridge") -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from PySide6.QtCore import QEventLoop, QTimer

    from coach.exercises.registry import create_analyzer
    from coach.sources import VideoFileSource
    from coach.ui.app import make_application
    from coach.ui.capture import Pacing
    from coach.ui.live_worker import LivePipeline
    from coach.ui.video_view import VideoView

    app = make_application()
    images = []
    with VideoFileSource(clip, max_side=None) as src:
        for f in src:
            images.append(cv2.resize(f.image, LIVE_SIZE, interpolation=cv2.INTER_AREA))
            if len(images) >= 150:
                break
    camera = PacedFakeCamera(images)
    pipeline = LivePipeline(camera, create_analyzer(exercise), pacing=Pacing.REALTIME)
    view = VideoView()
    view.resize(960, 720)
    view.show()
    latencies: list[float] = []
    seen = {"seq": None, "first": None, "painted": 0}
    samples: list[tuple[float, float, int]] = []  # (seconds, RSS MB, OS threads) every few seconds

    def render() -> None:
        result = pipeline.latest()
        if result is None or result.seq == seen["seq"]:
            return
        seen["seq"] = result.seq
        view.show_frame(result.frame.image, result.pose, result.state)
        view.repaint()  # paint now, as the screen would, so painting cost is part of the measurement
        seen["painted"] += 1
        captured = camera.captured_at.get(result.frame.index)
        if captured is not None:
            latencies.append((time.perf_counter() - captured) * 1000.0)
        if seen["first"] is None:
            seen["first"] = time.perf_counter()
        since = time.perf_counter() - seen["first"]
        if not samples or since - samples[-1][0] >= 2.0:
            samples.append((since, _rss_mb(), _thread_count()))

    timer = QTimer()
    timer.setInterval(8)
    timer.timeout.connect(render)
    loop = QEventLoop()
    pipeline.ended.connect(lambda *_: loop.quit())
    pipeline.start()
    timer.start()
    stopper = QTimer()
    stopper.setSingleShot(True)
    stopper.timeout.connect(pipeline.stop)
    started = time.perf_counter()
    stopper.start(int(seconds * 1000) + 3000)  # + model start-up
    loop.exec()
    timer.stop()
    pipeline.wait()
    stats = pipeline.stats()
    elapsed = time.perf_counter() - (seen["first"] or started)
    view.close()
    app.processEvents()
    lat = np.asarray(latencies[5:] or [float("nan")])
    warm = next((s for s in samples if s[0] >= 0.2 * elapsed), samples[0] if samples else (0.0, 0.0, 0))
    last = samples[-1] if samples else warm
    return {
        "samples": samples,
        "rss_warm_mb": round(warm[1], 1), "rss_end_mb": round(last[1], 1),
        "threads_warm": warm[2], "threads_end": last[2],
        "live_processed_fps": round(stats.processed / max(elapsed, 1e-6), 1),
        "live_painted_fps": round(seen["painted"] / max(elapsed, 1e-6), 1),
        "live_dropped": int(stats.dropped),
        "live_latency_p50_ms": round(float(np.percentile(lat, 50)), 1),
        "live_latency_p95_ms": round(float(np.percentile(lat, 95)), 1),
    }
