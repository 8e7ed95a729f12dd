"""The threaded live pipeline: capture thread → slot of one → inference thread → latest result.

The GUI thread never decodes, estimates or analyses: it starts a
:class:`LivePipeline`, reads :meth:`LivePipeline.latest` on a steady render
timer, and receives the analyzer's events through a queued signal. Each
worker is a QObject moved to its own QThread, stopped by a ``threading.Event``
(never ``QThread.terminate``) and freed by Python once its thread has finished
and been joined. The analyzer is passed in and outlives the pipeline, so a set
survives a lost camera: a new pipeline continues the same analyzer with
timestamps that carry on from the last one.
"""
from __future__ import annotations

from typing import Callable, Optional, Union

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from coach.exercises.base import ExerciseAnalyzer
from coach.live.capture import CameraLike
from coach.live.control import Pacing, PipelineControl, WorkerState, end_state
from coach.live.inference import InferenceLoop, LatestResult, LiveResult, PipelineStats
from coach.phrase import QT_TRANSLATE_NOOP, Text
from coach.sources import VideoFileSource
from coach.ui.capture import CaptureWorker

STOPPED_UNEXPECTEDLY = QT_TRANSLATE_NOOP("messages", "pose analysis stopped unexpectedly")


class InferenceWorker(QObject):
    """:class:`coach.live.inference.InferenceLoop` in a QObject: its callbacks become signals."""

    ready = Signal()
    events = Signal(object)  # list[Event]
    done = Signal(str, object)  # reason, message (a Phrase or marked text: kept whole, not made a plain str)

    def __init__(self, analyzer: ExerciseAnalyzer, control: PipelineControl, latest: LatestResult,
                 estimator_factory: Optional[Callable[[], object]]) -> None:
        super().__init__()
        self._loop = InferenceLoop(analyzer, control, latest, estimator_factory,
                                   on_ready=self.ready.emit, on_events=self.events.emit)

    @Slot()
    def run(self) -> None:
        message: Text
        reason, message = "failed", STOPPED_UNEXPECTEDLY
        try:
            reason, message = self._loop.run()
        finally:
            self.done.emit(reason, message)


class LivePipeline(QObject):
    """Owns the two threads of one stretch of a set; created in and driven from the GUI thread."""

    stateChanged = Signal(object)  # WorkerState
    events = Signal(object)        # list[Event], queued from the inference thread
    ended = Signal(object, object)  # final WorkerState, message (Text)

    def __init__(self, source: Union[VideoFileSource, CameraLike], analyzer: ExerciseAnalyzer,
                 pacing: Pacing = Pacing.REALTIME, t_offset: float = 0.0,
                 estimator_factory: Optional[Callable[[], object]] = None, lost_after: int = 30,
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.analyzer = analyzer
        self._control = PipelineControl()
        self._latest = LatestResult()
        self._state = WorkerState.IDLE
        self._end: tuple[str, Text] = ("stopped", "")
        self._threads: list[QThread] = []
        self._alive = 0
        self._capture: Optional[CaptureWorker] = CaptureWorker(source, self._control, pacing, t_offset, lost_after)
        self._inference: Optional[InferenceWorker] = InferenceWorker(analyzer, self._control, self._latest,
                                                                     estimator_factory)

    # ----- life-cycle -----------------------------------------------------------------------------
    def start(self) -> None:
        if self._state is not WorkerState.IDLE:
            raise RuntimeError(f"a pipeline starts once (state {self._state.value})")
        self._set_state(WorkerState.STARTING)
        assert self._inference is not None and self._capture is not None
        self._inference.ready.connect(self._on_ready)
        self._inference.events.connect(self.events)
        self._inference.done.connect(self._on_inference_done)
        for worker in (self._inference, self._capture):
            thread = QThread()
            thread.setObjectName(f"coach-{type(worker).__name__}")
            worker.moveToThread(thread)
            thread.started.connect(worker.run)
            # Direct: quit() is thread-safe, and a queued call would never run while the GUI thread waits.
            worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
            # No deleteLater on the worker or thread: Qt would delete the worker on its own thread as that
            # thread ends, racing this (GUI) thread dropping Python's references — a rare double delete.
            # Python frees both here, after _on_thread_finished has joined the thread.
            thread.finished.connect(self._on_thread_finished)
            self._threads.append(thread)
            self._alive += 1
        for thread in self._threads:
            thread.start()

    def pause(self) -> None:
        if self._state in (WorkerState.RUNNING, WorkerState.STARTING):
            self._control.pause()
            self._set_state(WorkerState.PAUSED)

    def resume(self) -> None:
        if self._state is WorkerState.PAUSED:
            self._control.resume()
            self._set_state(WorkerState.RUNNING)

    def stop(self) -> None:
        """Ask both threads to stop; returns at once. :attr:`ended` follows when both have finished."""
        if self._state is WorkerState.IDLE:
            self._set_state(WorkerState.STOPPED)
            return
        if not self._state.ended:
            self._control.request_stop()
            self._set_state(WorkerState.STOPPING)

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Block until both threads have finished (window close only: inference ends within a frame)."""
        ok = True
        for thread in self._threads:
            if shiboken6.isValid(thread):
                ok = thread.wait(timeout_ms) and ok
        return ok

    @property
    def running_threads(self) -> int:
        return self._alive

    # ----- what the GUI reads ---------------------------------------------------------------------
    @property
    def state(self) -> WorkerState:
        return self._state

    def latest(self) -> Optional[LiveResult]:
        return self._latest.result

    def stats(self) -> PipelineStats:
        return self._latest.snapshot(self._control.slot.dropped)

    # ----- slots (GUI thread) ---------------------------------------------------------------------
    def _set_state(self, state: WorkerState) -> None:
        if state is not self._state:
            self._state = state
            self.stateChanged.emit(state)

    @Slot()
    def _on_ready(self) -> None:
        if self._state is WorkerState.STARTING:
            self._set_state(WorkerState.RUNNING)

    @Slot(str, object)
    def _on_inference_done(self, reason: str, message: Text) -> None:
        self._end = (reason, message)

    @Slot()
    def _on_thread_finished(self) -> None:
        self._alive -= 1
        if self._alive == 0:
            reason, message = self._end
            final = end_state(reason)
            # finished() is emitted just before the thread really ends: join it before letting go.
            self.wait()
            self._threads.clear()
            self._capture = self._inference = None  # joined: Python frees them here, on the GUI thread
            self._set_state(final)
            self.ended.emit(final, message)
