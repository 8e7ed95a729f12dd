"""One set's life from countdown to result, with no Qt and no threads: the one place its rules live.

The window's :class:`coach.ui.live_session.LiveSession` and the headless
runner (:mod:`coach.live.headless`) both run their pipelines and tell this
object what happened (the pipeline started, ran, ended and why, the person
paused or ended the set); it decides the set's state and, once and only once,
finishes the analyzer into a :class:`~coach.live.set_result.SetResult`. So
"Stop — it hurts" during a countdown, a camera lost while paused, or a window
closed mid-set end the same way everywhere, and a test of the headless runner
tests the window's rules too.

The frame rate a set is summed up at is decided here as well
(:func:`measured_fps`): the rate frames were actually analysed at, measured
from their own timestamps — a video played in real time with frames dropped,
a camera at whatever rate it delivers — not the file's nominal rate nor how
fast the machine happened to run.
"""
from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Callable, Optional

from coach.live.control import WorkerState
from coach.live.set_result import (ENDED_BY_USER, ENDED_FAILED, ENDED_FINISHED, ENDED_SOURCE_LOST, SetResult,
                                   finish_set)
from coach.phrase import QT_TRANSLATE_NOOP, Phrase, Text

if TYPE_CHECKING:
    from coach.exercises.base import ExerciseAnalyzer
    from coach.exercises.events import Event

DEFAULT_FPS = 30.0
CAMERA_STOPPED = QT_TRANSLATE_NOOP("LiveSession", "The camera stopped sending pictures.")


class SetState(Enum):
    COUNTDOWN = "countdown"
    STARTING = "starting"      # pose model loading
    RUNNING = "running"
    PAUSED = "paused"
    SOURCE_LOST = "source_lost"  # a camera went away: reconnect, or end the set with what was counted
    ENDING = "ending"          # waiting for the threads to finish
    ENDED = "ended"


def measured_fps(analyzer: "ExerciseAnalyzer", nominal_fps: Optional[float] = None) -> float:
    """The rate the set's frames were analysed at, from their timestamps; else the source's nominal rate, else 30.

    Timestamps (not the wall clock) make it the same however fast the machine ran: every frame of a
    25 fps video analysed gives 25, a video played in real time with every other frame dropped gives
    about 12.5, and a camera gives the rate it really delivered.
    """
    t_first: Optional[float] = getattr(analyzer, "t_first", None)
    t_last, frames = analyzer.t_s, analyzer.frames
    if t_first is not None and t_last is not None and frames >= 2 and t_last > t_first:
        return (frames - 1) / (t_last - t_first)
    return nominal_fps or DEFAULT_FPS


class SetLifecycle:
    """The state of one set and its single ending; adapters call in with what happened and listen to the hooks.

    Hooks (all optional, called on the adapter's thread): ``on_state(SetState)``, ``on_lost(Text)`` when a
    camera is lost, ``on_events(list[Event])`` with the events closing the set, ``on_finished(SetResult)``.
    """

    def __init__(self, analyzer: "ExerciseAnalyzer", exercise: str, source_label: str, is_camera: bool,
                 target: Optional[float] = None, nominal_fps: Optional[float] = None,
                 on_state: Optional[Callable[[SetState], None]] = None,
                 on_lost: Optional[Callable[[Text], None]] = None,
                 on_events: Optional[Callable[[list["Event"]], None]] = None,
                 on_finished: Optional[Callable[[SetResult], None]] = None) -> None:
        self.analyzer = analyzer
        self.exercise, self.source_label, self.is_camera = exercise, source_label, is_camera
        self.target = target
        self.nominal_fps = nominal_fps
        self.on_state, self.on_lost, self.on_events, self.on_finished = on_state, on_lost, on_events, on_finished
        self.state = SetState.COUNTDOWN
        self.ending_as: Optional[str] = None  # how the set was asked to end, once it was
        self.lost_message: Text = ""
        self.pain: Optional[int] = None       # from "Stop — it hurts"; may arrive before or after the result
        self.result: Optional[SetResult] = None
        self._finalising = False

    # ----- what the adapter tells it ----------------------------------------------------------------
    def pipeline_started(self) -> None:
        """A pipeline (the first, or one after a reconnect) was started: the pose model is loading."""
        self._set_state(SetState.STARTING)

    def pipeline_running(self) -> None:
        if self.state is SetState.STARTING:
            self._set_state(SetState.RUNNING)

    def pause(self) -> bool:
        """True if the set pauses now (the adapter then pauses its pipeline)."""
        if self.state in (SetState.RUNNING, SetState.STARTING):
            self._set_state(SetState.PAUSED)
            return True
        return False

    def resume(self) -> bool:
        if self.state is SetState.PAUSED:
            self._set_state(SetState.RUNNING)
            return True
        return False

    @property
    def may_reconnect(self) -> bool:
        return self.state is SetState.SOURCE_LOST

    @property
    def ended(self) -> bool:
        return self.state is SetState.ENDED

    def end(self, ended_by: str = ENDED_BY_USER, pipeline_running: bool = False) -> bool:
        """Ask the set to end as ``ended_by``; True if the adapter must now stop its pipeline and report its end.

        With no pipeline running (a countdown, a lost camera) the set is finished at once.
        A second request is ignored: the first reason stands.
        """
        if self.state in (SetState.ENDING, SetState.ENDED) or self.ending_as is not None:
            return False
        self.ending_as = ended_by
        if pipeline_running:
            self._set_state(SetState.ENDING)
            return True
        self.finalise(ended_by)
        return False

    def pipeline_ended(self, state: WorkerState, message: Text = "") -> None:
        """The pipeline's threads have finished, in ``state``: end the set, or wait for a lost camera's return."""
        if self.ending_as is not None:
            self.finalise(self.ending_as)
        elif state is WorkerState.FINISHED:
            self.finalise(ENDED_FINISHED, message)
        elif self.is_camera and state in (WorkerState.SOURCE_LOST, WorkerState.FAILED):
            self.lost_message = message or Phrase.of(CAMERA_STOPPED)
            self._set_state(SetState.SOURCE_LOST)
            if self.on_lost is not None:
                self.on_lost(self.lost_message)
        elif state is WorkerState.FAILED:
            self.finalise(ENDED_FAILED, message)
        else:
            self.finalise(ENDED_BY_USER, message)

    def recognised(self, exercise: str, target: Optional[float] = None) -> None:
        """Automatic: the set is one of ``exercise`` from now on (stored and summed up as one), with its target."""
        self.exercise, self.target = exercise, target

    def rate_pain(self, rating: Optional[int]) -> None:
        """The answer to "how much does it hurt" (None: skipped), kept with the set whenever it arrives."""
        self.pain = rating
        if self.result is not None:
            self.result.pain = rating

    # ----- the one ending ---------------------------------------------------------------------------
    def finalise(self, ended_by: str, message: Text = "") -> Optional[SetResult]:
        """Finish the analyzer and sum the set up, once; later calls return the same result."""
        if self.state is SetState.ENDED or self._finalising:
            return self.result
        self._finalising = True  # a hook may ask the set to end again while it is ending: finish once
        if self.state is SetState.SOURCE_LOST and ended_by == ENDED_BY_USER:
            ended_by, message = ENDED_SOURCE_LOST, self.lost_message
        self.result, events = finish_set(self.analyzer, self.exercise, self.source_label, self.is_camera,
                                         measured_fps(self.analyzer, self.nominal_fps), ended_by, self.target,
                                         self.pain, message)
        if events and self.on_events is not None:
            self.on_events(events)
        self._set_state(SetState.ENDED)
        if self.on_finished is not None:
            self.on_finished(self.result)
        return self.result

    def _set_state(self, state: SetState) -> None:
        if state is not self.state:
            self.state = state
            if self.on_state is not None:
                self.on_state(state)


class SetView:
    """The set's state, result and pain as an adapter shows them, read from its :attr:`life`."""

    life: SetLifecycle

    @property
    def state(self) -> SetState:
        return self.life.state

    @property
    def result(self) -> Optional[SetResult]:
        return self.life.result

    @property
    def pain(self) -> Optional[int]:
        return self.life.pain


class PainStop:
    """"Stop — it hurts": done once both the set has ended and the rating (or a skip) is in, in either order.

    The set ends at once, but its threads let go up to a frame later, and the person may answer
    before or after that; the rating must go with the right set either way. Between sets there is
    no set (``life`` None) and the rating alone completes the stop.
    """

    def __init__(self, life: Optional[SetLifecycle] = None) -> None:
        self.life = life
        self.answered = False
        self.rating: Optional[int] = None

    def rate(self, rating: Optional[int]) -> None:
        self.answered, self.rating = True, rating
        if self.life is not None:
            self.life.rate_pain(rating)

    @property
    def complete(self) -> bool:
        return self.answered and (self.life is None or self.life.ended)
