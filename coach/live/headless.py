"""Run one live set to its end with no Qt: the GUI's capture and inference loops on plain threads.

This is the live pipeline exactly as the window runs it (the same
:class:`~coach.live.capture.CaptureLoop`, :class:`~coach.live.inference.InferenceLoop`,
slot and pacing, and the same :class:`~coach.live.set_lifecycle.SetLifecycle`
deciding how the set ends and summing it up), minus the window.
It exists so the live core can be run and tested where there is no display
and no PySide6, and so tools (benchmarks, scripts) can drive a set.

Events are handed from the inference thread through a queue and recorded on
the calling thread, as the GUI's queued signals do: a session store's SQLite
connection belongs to the thread that opened it.
"""
from __future__ import annotations

import queue
import threading
import time
from typing import Callable, Optional

from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.events import Event
from coach.live.capture import CaptureLoop
from coach.live.control import Pacing, PipelineControl, end_state
from coach.live.inference import InferenceLoop, LatestResult, LiveResult, PipelineStats
from coach.live.set_lifecycle import SetLifecycle, SetState, SetView
from coach.live.set_result import ENDED_BY_USER, SetResult
from coach.live.set_source import SourceSpec, source_factory
from coach.live.taps import EventSink, PoseSink, PoseTap
from coach.phrase import Text

_POLL_S = 0.05  # how often the caller's thread looks for events while it waits (also how soon stop() is seen)


class HeadlessSet(SetView):
    """One set: construct (opens the source, so a bad one fails now), :meth:`run` until it ends, read the result.

    :meth:`stop` may be called from any thread (or from ``on_result``); the set then ends as "ended" by the user.
    A lost camera cannot be reconnected here, so the set ends with what was counted, as the window's does
    when the person ends a set whose camera was lost.
    """

    def __init__(self, exercise: str, source: SourceSpec, rules: Optional[list[str]] = None,
                 target: Optional[float] = None, pacing: Pacing = Pacing.ALL_FRAMES,
                 estimator_factory: Optional[Callable[[], object]] = None, lost_after: int = 30,
                 analyzer: Optional[ExerciseAnalyzer] = None, recorder: Optional[EventSink] = None,
                 pose_track: Optional[PoseSink] = None) -> None:
        if analyzer is None:
            from coach.exercises.registry import create_analyzer

            analyzer = create_analyzer(exercise, rules)
        self.exercise = exercise
        self.analyzer = analyzer
        self.target = target
        self.recorder = recorder
        factory, self.source_label, self.is_camera = source_factory(source)
        self._source = factory()
        info = getattr(self._source, "info", None)
        self.nominal_fps: Optional[float] = float(info.fps) if info is not None else None
        self._control = PipelineControl()
        self._latest = LatestResult()
        self._events: queue.SimpleQueue[list[Event]] = queue.SimpleQueue()
        fed = analyzer if pose_track is None else PoseTap(analyzer, pose_track)
        self._capture = CaptureLoop(self._source, self._control, pacing, lost_after=lost_after)
        self._inference = InferenceLoop(fed, self._control, self._latest,  # type: ignore[arg-type]
                                        estimator_factory, on_events=self._events.put)
        self._end: tuple[str, Text] = ("stopped", "")
        self._stop_asked = threading.Event()
        self.life = SetLifecycle(analyzer, exercise, self.source_label, self.is_camera, target, self.nominal_fps,
                                 on_events=self._record)

    def stop(self) -> None:
        """End the set early (thread-safe); :meth:`run` returns within a frame."""
        self._stop_asked.set()
        self._control.request_stop()

    def latest(self) -> Optional[LiveResult]:
        return self._latest.result

    def stats(self) -> PipelineStats:
        return self._latest.snapshot(self._control.slot.dropped)

    def run(self, timeout_s: Optional[float] = None) -> SetResult:
        """Run the set to its end (the video ends, the camera is lost, :meth:`stop`, or ``timeout_s``)."""
        if self.life.state is not SetState.COUNTDOWN:
            raise RuntimeError("a headless set runs once")
        threads = [threading.Thread(target=self._run_inference, name="coach-inference", daemon=True),
                   threading.Thread(target=self._capture.run, name="coach-capture", daemon=True)]
        self.life.pipeline_started()
        for t in threads:
            t.start()
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while any(t.is_alive() for t in threads):
            self._record_waiting(_POLL_S)
            if self._control.ready.is_set() and not self._control.stop.is_set():
                self.life.pipeline_running()
            if deadline is not None and time.monotonic() >= deadline:
                self.stop()
            if self._stop_asked.is_set():
                self.life.end(ENDED_BY_USER, pipeline_running=True)
        for t in threads:
            t.join()
        self._record_waiting(0.0)
        if self._stop_asked.is_set():
            self.life.end(ENDED_BY_USER, pipeline_running=True)
        reason, message = self._end
        self.life.pipeline_ended(end_state(reason), message)
        if self.life.may_reconnect:  # no one here to reconnect a lost camera: the set ends with what it has
            self.life.end(ENDED_BY_USER)
        assert self.life.result is not None
        return self.life.result

    def _run_inference(self) -> None:
        self._end = self._inference.run()

    def _record_waiting(self, wait_s: float) -> None:
        """Record every batch of events waiting (after up to ``wait_s`` for the first) on this thread."""
        try:
            self._record(self._events.get(timeout=wait_s) if wait_s > 0 else self._events.get_nowait())
            while True:
                self._record(self._events.get_nowait())
        except queue.Empty:
            pass

    def _record(self, events: list[Event]) -> None:
        if events and self.recorder is not None:
            self.recorder.record(events, self.analyzer)


def run_set(exercise: str, source: SourceSpec, **kwargs: object) -> SetResult:
    """A whole set in one call (every frame analysed unless ``pacing`` says otherwise)."""
    return HeadlessSet(exercise, source, **kwargs).run()  # type: ignore[arg-type]

