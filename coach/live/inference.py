"""The inference half of the live pipeline: frames from the slot → pose → analyzer → the latest result.

The pose model is loaded on the inference thread itself (it takes a second and
must not block whoever started the set); capture waits for ``control.ready``
before reading, so no frame is dropped while the model loads. Whoever shows the
set reads :class:`LatestResult` whenever it likes (the GUI on a render timer)
and gets the analyzer's events through a callback, on this thread.
"""
from __future__ import annotations

import functools

import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable, Optional

from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.events import AnalyzerState, Event
from coach.errors import CoachError
from coach.live.control import EndOfStream, PipelineControl
from coach.phrase import QT_TRANSLATE_NOOP, Phrase, Text
from coach.pose.landmarks import PoseFrame
from coach.sources import Frame


@dataclass(frozen=True)
class LiveResult:
    """One analysed frame: what the render timer draws."""

    seq: int
    frame: Frame
    pose: PoseFrame
    state: AnalyzerState
    inference_ms: float


@dataclass(frozen=True)
class PipelineStats:
    processed: int = 0
    dropped: int = 0
    fps: float = 0.0
    inference_ms: float = 0.0


class LatestResult:
    """The newest result and running figures, shared under a lock (written by inference, read by the viewer)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.result: Optional[LiveResult] = None
        self._times: deque[float] = deque(maxlen=30)
        self._ms: Optional[float] = None
        self.processed = 0

    def publish(self, result: LiveResult) -> None:
        with self._lock:
            self.result = result
            self.processed += 1
            self._times.append(time.perf_counter())
            self._ms = result.inference_ms if self._ms is None else 0.8 * self._ms + 0.2 * result.inference_ms

    def snapshot(self, dropped: int) -> PipelineStats:
        with self._lock:
            fps = 0.0
            if len(self._times) >= 2 and self._times[-1] > self._times[0]:
                fps = (len(self._times) - 1) / (self._times[-1] - self._times[0])
            return PipelineStats(self.processed, dropped, fps, self._ms or 0.0)


def default_estimator(segmentation: bool = False) -> object:
    """The real pose model (imported here: MediaPipe is slow to import and tests pass fakes)."""
    from coach.pose.estimator import PoseEstimator

    return PoseEstimator(segmentation=segmentation)


def _nothing() -> None:
    pass


def _no_events(_events: list[Event]) -> None:
    pass


class InferenceLoop:
    """Takes frames from the slot, estimates pose and feeds the analyzer until the stream ends or stops."""

    def __init__(self, analyzer: ExerciseAnalyzer, control: PipelineControl, latest: LatestResult,
                 estimator_factory: Optional[Callable[[], object]] = None,
                 on_ready: Callable[[], None] = _nothing,
                 on_events: Callable[[list[Event]], None] = _no_events) -> None:
        self._analyzer = analyzer
        self._control = control
        self._latest = latest
        # None is the real model, asked for the person's outline only when this exercise reads it.
        self._factory = estimator_factory or functools.partial(default_estimator,
                                                               segmentation=analyzer.spec.needs_silhouette)
        self._on_ready = on_ready
        self._on_events = on_events

    def run(self) -> tuple[str, Text]:
        """Blocks until done; (reason, message) with the reasons of :class:`EndOfStream`."""
        reason: str = "stopped"
        message: Text = ""
        estimator = None
        try:
            estimator = self._factory()
            self._control.ready.set()
            self._on_ready()
            seq = 0
            while not self._control.stop.is_set():
                item = self._control.slot.take()
                if item is None or self._control.stop.is_set():
                    break
                if isinstance(item, EndOfStream):
                    reason, message = item.reason, item.message
                    break
                t0 = time.perf_counter()
                pose = estimator.process(item.image, item.t_s)  # type: ignore[attr-defined]
                events: list[Event] = self._analyzer.update(pose)
                state = self._analyzer.state()
                seq += 1
                self._latest.publish(LiveResult(seq, item, pose, state, (time.perf_counter() - t0) * 1000.0))
                if events:
                    self._on_events(events)
        except Exception as exc:  # surfaced as a message; the analyzer keeps what it counted
            why = exc.phrase if isinstance(exc, CoachError) else str(exc)
            reason, message = "failed", Phrase.of(QT_TRANSLATE_NOOP("messages", "pose analysis failed: {why}"), why=why)
        finally:
            self._control.request_stop()  # the capture side may still be reading: let it go
            if estimator is not None:
                estimator.close()  # type: ignore[attr-defined]
        return reason, message
