"""One set from countdown to result in the window: the set's :class:`SetLifecycle` driven by Qt threads.

The rules of a set's life — its states, how it ends, the frame rate it is summed
up at, finishing once, a pain stop — are :class:`coach.live.set_lifecycle.SetLifecycle`'s,
shared with the headless runner. This adapter owns what is Qt's: the countdown
timer, the :class:`~coach.ui.live_worker.LivePipeline` (QThreads), and the
signals the widgets listen to. The analyzer outlives any one pipeline, so
reconnecting a lost camera continues the same set (timestamps carry on past
the last frame).
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.registry import create_analyzer
from coach.live.control import Pacing, WorkerState
from coach.live.inference import LiveResult, PipelineStats
from coach.live.recognised_set import AUTOMATIC, AutoExercise
from coach.live.set_lifecycle import SetLifecycle, SetState, SetView
from coach.live.set_result import ENDED_BY_USER, SetResult
from coach.live.set_source import Source, SourceSpec, source_factory
from coach.live.taps import EventSink, PoseSink, PoseTap
from coach.phrase import Text
from coach.ui.live_worker import LivePipeline

__all__ = ["LiveSession", "SetState"]


class LiveSession(QObject, SetView):
    stateChanged = Signal(object)      # SetState
    countdownTick = Signal(int)        # seconds left
    eventsReceived = Signal(object)    # list[Event]
    sourceLost = Signal(object)      # why, as Text (phrase_text shows it)
    finished = Signal(object)          # SetResult
    recognised = Signal(str)           # Automatic: the exercise recognised, before its first events are passed on

    def __init__(self, exercise: str, source: SourceSpec,
                 rules: Optional[list[str]] = None, target: Optional[float] = None, countdown_s: int = 3,
                 pacing: Pacing = Pacing.REALTIME, estimator_factory: Optional[Callable[[], object]] = None,
                 lost_after: int = 30, parent: Optional[QObject] = None, analyzer: Optional[ExerciseAnalyzer] = None,
                 recorder: Optional[EventSink] = None, pose_track: Optional[PoseSink] = None) -> None:
        super().__init__(parent)
        # A ready analyzer carries a prescription's per-patient limits; else the rule files (a bad one fails
        # here, before any thread).
        self.analyzer = analyzer if analyzer is not None else create_analyzer(exercise, rules)
        self.recorder = recorder      # gets every batch of events on the GUI thread, as they arrive
        self.pose_track = pose_track  # gets every analysed PoseFrame (inference thread)
        self.exercise = exercise
        self.target = target
        self._factory, self.source_label, self.is_camera = source_factory(source)
        self._source: Optional[Source] = self._factory()  # opened now so a bad file or camera fails early
        info = getattr(self._source, "info", None)
        self.nominal_fps: Optional[float] = float(info.fps) if info is not None else None  # video files only
        self._pacing = pacing
        self._estimator_factory = estimator_factory
        self._lost_after = lost_after
        self._pipeline: Optional[LivePipeline] = None
        self._last: Optional[LiveResult] = None
        self._last_stats = PipelineStats()
        self.life = SetLifecycle(self.analyzer, exercise, self.source_label, self.is_camera, target,
                                 self.nominal_fps, on_state=self.stateChanged.emit, on_lost=self.sourceLost.emit,
                                 on_events=self.eventsReceived.emit, on_finished=self._on_finished)
        self._countdown_left = max(0, int(countdown_s))
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        if recorder is not None:
            self.eventsReceived.connect(self._record)

    # ----- the set's life (its rules are SetLifecycle's; state, result and pain are read from it) ------
    def begin(self) -> None:
        if self._countdown_left > 0:
            self.countdownTick.emit(self._countdown_left)
            self._countdown.start()
        else:
            self._start_pipeline()

    @Slot()
    def _tick(self) -> None:
        self._countdown_left -= 1
        self.countdownTick.emit(self._countdown_left)
        if self._countdown_left <= 0:
            self._countdown.stop()
            self._start_pipeline()

    def _start_pipeline(self) -> None:
        if self.life.state in (SetState.ENDING, SetState.ENDED):
            return
        if self._source is None:
            self._source = self._factory()
        t_offset = (self.analyzer.t_s + 0.5) if self.analyzer.t_s is not None else 0.0
        kwargs = {} if self._estimator_factory is None else {"estimator_factory": self._estimator_factory}
        analyzer = self.analyzer if self.pose_track is None else PoseTap(self.analyzer, self.pose_track)
        pipe = LivePipeline(self._source, analyzer, self._pacing, t_offset=t_offset,  # type: ignore[arg-type]
                            lost_after=self._lost_after, parent=self, **kwargs)
        self._source = None  # the capture thread owns and closes it now
        if self._pipeline is not None:
            self._pipeline.deleteLater()  # the lost one: its threads have finished
        pipe.events.connect(self._on_events)
        pipe.stateChanged.connect(self._on_pipeline_state)
        pipe.ended.connect(self._on_pipeline_ended)
        self._pipeline = pipe
        self.life.pipeline_started()
        pipe.start()

    def pause(self) -> None:
        if self._pipeline is not None and self.life.pause():
            self._pipeline.pause()

    def resume(self) -> None:
        if self._pipeline is not None and self.life.resume():
            self._pipeline.resume()

    def toggle_pause(self) -> None:
        self.resume() if self.state is SetState.PAUSED else self.pause()

    def reconnect(self) -> None:
        """Open the source again after it was lost (raises VideoError if it is still unavailable)."""
        if not self.life.may_reconnect:
            return
        self._source = self._factory()
        self._start_pipeline()

    def end(self, ended_by: str = ENDED_BY_USER) -> None:
        """End the set now; :attr:`finished` follows once the threads have let go (at most a frame)."""
        self._countdown.stop()
        pipe = self._pipeline
        if self.life.end(ended_by, pipeline_running=pipe is not None and not pipe.state.ended):
            pipe.stop()  # type: ignore[union-attr]

    def rate_pain(self, rating: Optional[int]) -> None:
        self.life.rate_pain(rating)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Window closing: stop and join the threads, finishing the set if it was still going."""
        self.end(ENDED_BY_USER)
        if self._pipeline is not None and self._pipeline.wait(timeout_ms):
            # Joined: the analyzer is ours again, so finish now rather than after queued signals that
            # a closing application may never deliver.
            self.latest()
            self.stats()
            self.life.finalise(self.life.ending_as or ENDED_BY_USER)

    # ----- what the window reads ------------------------------------------------------------------
    def latest(self) -> Optional[LiveResult]:
        if self._pipeline is not None:
            result = self._pipeline.latest()
            if result is not None:
                self._last = result
        return self._last

    def stats(self) -> PipelineStats:
        if self._pipeline is not None:
            self._last_stats = self._pipeline.stats()
        return self._last_stats

    @property
    def pipeline(self) -> Optional[LivePipeline]:
        return self._pipeline

    # ----- internals ------------------------------------------------------------------------------
    @Slot(object)
    def _on_events(self, events: list) -> None:
        """Automatic: the first events come with the recognition; whoever stores or shows the set hears of it first."""
        if self.exercise == AUTOMATIC and isinstance(self.analyzer, AutoExercise) and self.analyzer.exercise:
            self.exercise = self.analyzer.exercise
            self.recognised.emit(self.exercise)
        self.eventsReceived.emit(events)

    @Slot(object)
    def _record(self, events: list) -> None:
        if self.recorder is not None:
            self.recorder.record(events, self.analyzer)

    @Slot(object)
    def _on_pipeline_state(self, state: WorkerState) -> None:
        if state is WorkerState.RUNNING:
            self.life.pipeline_running()

    @Slot(object, object)
    def _on_pipeline_ended(self, state: WorkerState, message: Text) -> None:
        self.latest()
        self.stats()
        self.life.pipeline_ended(state, message)

    def _on_finished(self, result: SetResult) -> None:
        if self._source is not None:  # ended during the countdown: the source was never handed over
            self._source.close()
            self._source = None
        self.finished.emit(result)
