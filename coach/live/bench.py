"""The Qt-free half of the live benchmark: a paced fake camera, the clip's frames, and the figures.

``coach bench`` measures the live path as a patient's session takes it (the
threaded pipeline plus painting, in :mod:`coach.ui.bench_live`). What needs no
Qt — the 30 fps source that remembers when each frame was captured, and turning
shown frames into latency, throughput, memory and thread figures — lives here,
so it can be tested and reused without a display.
"""
from __future__ import annotations

import os
import resource
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any, Optional

import cv2
import numpy as np

from coach.live.inference import LiveResult, PipelineStats
from coach.sources import Frame, VideoFileSource

LIVE_SIZE = (640, 480)
LIVE_FPS = 30.0
SAMPLE_EVERY_S = 2.0


def peak_rss_mb() -> float:
    """The most resident memory this program has had: the kernel's high-water mark, so no peak is missed.

    VmHWM, not ``ru_maxrss``: a process keeps the ``ru_maxrss`` of the forked copy it was before it
    started this program, so a live set started by a 1 GB ``coach bench`` would report 1 GB.
    """
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc; the benchmark runs on the project's machine)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def thread_count() -> int:
    return len(os.listdir("/proc/self/task"))


def live_frames(clip: Path, limit: int = 150) -> list[np.ndarray]:
    """The clip's first ``limit`` frames at webcam size (decoded once, so decoding is not measured)."""
    images = []
    with VideoFileSource(clip, max_side=None) as src:
        for f in src:
            images.append(cv2.resize(f.image, LIVE_SIZE, interpolation=cv2.INTER_AREA))
            if len(images) >= limit:
                break
    return images


class PacedFakeCamera:
    """Serves decoded frames in a loop at ``fps``, recording when each was captured."""

    KEEP_CAPTURE_TIMES = 300  # enough for any frame still in flight; a long session must not grow a dict

    def __init__(self, images: list[np.ndarray], fps: float = LIVE_FPS) -> None:
        self.images = images
        self.period = 1.0 / fps
        self.captured_at: OrderedDict[int, float] = OrderedDict()
        self._next: Optional[float] = None

    def read(self, index: int, t_s: float) -> Optional[Frame]:
        image = self._image(index)
        now = time.perf_counter()
        if self._next is None:
            self._next = now
        if self._next > now:
            time.sleep(self._next - now)
        self._next += self.period
        self.captured_at[index] = time.perf_counter()
        while len(self.captured_at) > self.KEEP_CAPTURE_TIMES:
            self.captured_at.popitem(last=False)
        return Frame(index=index, t_s=t_s, image=image)

    def _image(self, index: int) -> np.ndarray:
        return self.images[index % len(self.images)]

    def close(self) -> None:
        pass


class StreamingClipCamera(PacedFakeCamera):
    """A webcam stand-in for memory figures: decodes the clip as it goes, looping, one frame at a time.

    :class:`PacedFakeCamera` holds its frames decoded (150 at 640×480 is ~140 MB) so that
    decoding is not part of the latency figures; a patient's webcam holds one. Measuring a
    live set's memory with the decoded buffer would count the benchmark, not the app.
    """

    def __init__(self, clip: Path, fps: float = LIVE_FPS) -> None:
        super().__init__([], fps)
        self.clip = clip
        self._cap = self._open()

    def _open(self) -> cv2.VideoCapture:
        cap = cv2.VideoCapture(str(self.clip))
        if not cap.isOpened():
            raise OSError(f"cannot open {self.clip}")
        return cap

    def _image(self, index: int) -> np.ndarray:
        ok, image = self._cap.read()
        if not ok:  # end of the clip: start it again, as a looped session
            self._cap.release()
            self._cap = self._open()
            ok, image = self._cap.read()
            if not ok:
                raise OSError(f"no frames in {self.clip}")
        return cv2.resize(image, LIVE_SIZE, interpolation=cv2.INTER_AREA)

    def close(self) -> None:
        self._cap.release()


class LiveBenchProbe:
    """Told each time a new result is shown; keeps capture→shown latencies and memory/thread samples."""

    def __init__(self, camera: PacedFakeCamera) -> None:
        self.camera = camera
        self.latencies: list[float] = []
        self.samples: list[tuple[float, float, int]] = []  # (seconds, RSS MB, OS threads) every few seconds
        self.shown = 0
        self.first: Optional[float] = None
        self._seq: Optional[int] = None
        self._finished = False

    def is_new(self, result: Optional[LiveResult]) -> bool:
        return result is not None and result.seq != self._seq

    def shown_now(self, result: LiveResult) -> None:
        """Call right after ``result`` was painted: its latency is capture time → now."""
        now = time.perf_counter()
        self._seq = result.seq
        self.shown += 1
        captured = self.camera.captured_at.get(result.frame.index)
        if captured is not None:
            self.latencies.append((now - captured) * 1000.0)
        if self.first is None:
            self.first = now
        since = now - self.first
        if not self._finished and (not self.samples or since - self.samples[-1][0] >= SAMPLE_EVERY_S):
            self.samples.append((since, rss_mb(), thread_count()))

    def finish(self) -> None:
        """A last sample now, while the set still runs; results shown after it (the pipeline winding down,
        its pose graphs already freed) are not sampled, or the end figure would be the teardown's."""
        if self.first is not None and not self._finished:
            self.samples.append((time.perf_counter() - self.first, rss_mb(), thread_count()))
        self._finished = True

    def summary(self, stats: PipelineStats, started: float) -> dict[str, Any]:
        """The figures ``coach bench`` prints (the first five latencies are warm-up and left out)."""
        elapsed = time.perf_counter() - (self.first or started)
        lat = np.asarray(self.latencies[5:] or [float("nan")])
        samples = self.samples
        warm = next((s for s in samples if s[0] >= 0.2 * elapsed), samples[0] if samples else (0.0, 0.0, 0))
        last = samples[-1] if samples else warm
        return {
            "samples": samples,
            "rss_peak_mb": round(peak_rss_mb(), 1),
            "rss_warm_mb": round(warm[1], 1), "rss_end_mb": round(last[1], 1),
            "threads_warm": warm[2], "threads_end": last[2],
            "live_processed_fps": round(stats.processed / max(elapsed, 1e-6), 1),
            "live_painted_fps": round(self.shown / max(elapsed, 1e-6), 1),
            "live_dropped": int(stats.dropped),
            "live_latency_p50_ms": round(float(np.percentile(lat, 50)), 1),
            "live_latency_p95_ms": round(float(np.percentile(lat, 95)), 1),
        }
