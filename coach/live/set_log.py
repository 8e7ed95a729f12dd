"""Keeps a plain live set (one started from the main window, not a programme) in the session store.

Every event is written through :class:`coach.store.SessionRecorder` as it
happens (a crash loses at most the rep in progress), and the set's pose track —
never the video — is saved beside the store when the set ends, so a physio can
replay and re-score it. If the store cannot be opened or written (read-only
folder, full disk, a newer Coach's database) the set still runs: the log turns
itself off and keeps the one-line reason in :attr:`problem` for the window to show.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

from coach.analysis.session import AUTO
from coach.errors import CoachError
from coach.live.set_result import ENDED_PAIN
from coach.phrase import QT_TRANSLATE_NOOP, Phrase, Text
from coach.pose.track import PoseTrackRecorder

if TYPE_CHECKING:
    from pathlib import Path

    from coach.store import SessionRecorder, Store

    from coach.exercises.base import ExerciseAnalyzer
    from coach.exercises.events import Event
    from coach.live.set_result import SetResult


class LiveSetLog:
    def __init__(self, exercise: str, target: Optional[float], hold: bool, source: str = "") -> None:
        self.exercise = exercise
        self.track = PoseTrackRecorder(30.0, source)
        self.problem: Text = ""  # a Phrase when set: the window shows it in its language
        self.store: Optional[Store] = None
        self.recorder: Optional[SessionRecorder] = None
        self.session_id: Optional[int] = None
        self.track_path: Optional[Path] = None
        if exercise != AUTO:
            self.begin(exercise, target, hold)

    def begin(self, exercise: str, target: Optional[float], hold: bool) -> None:
        """Start keeping the set: at once, or in Automatic when the exercise is recognised (before its first rep
        is recorded). An Automatic set in which nothing was recognised is not kept."""
        self.exercise = exercise
        try:
            from coach.store import SessionRecorder, Store, default_db_path

            self.store = Store(default_db_path())
            self.recorder = SessionRecorder.start(self.store, source="live")
            self.session_id = self.recorder.session_id
            self.recorder.begin_set(exercise, target_reps=None if hold or target is None else int(target),
                                    target_hold_s=target if hold else None)
        except CoachError as exc:
            self._disable(exc)

    def _disable(self, exc: Exception) -> None:
        why = exc.phrase if isinstance(exc, CoachError) else str(exc)
        self.problem = Phrase.of(QT_TRANSLATE_NOOP("messages", "This set is not being saved: {why}"), why=why)
        self.recorder = None

    def record(self, events: Iterable["Event"], analyzer: Optional["ExerciseAnalyzer"] = None) -> None:
        """Called with every batch of events (LiveSession's recorder hook)."""
        if self.recorder is None:
            return
        try:
            self.recorder.record(events, analyzer)
        except CoachError as exc:
            self._disable(exc)

    def set_finished(self, result: "SetResult") -> None:
        """End the set in the store and save its track; a set stopped for pain waits for its rating."""
        if self.recorder is None:
            return
        try:
            from coach.live.set_tracks import SetTracks

            set_id = self.recorder.set_id
            if set_id is not None and self.session_id is not None and self.store is not None:
                self.track.fps = result.analysis.fps or 30.0
                self.track_path = SetTracks(self.store).save(self.track.track(), self.session_id, set_id, 1,
                                                             self.exercise)
            if result.ended_by != ENDED_PAIN:
                self.recorder.end_set(result.ended_by, analysis=result.analysis)
                self.recorder.finish()
                self.close()
        except CoachError as exc:
            self._disable(exc)

    def pain(self, result: "SetResult", rating: Optional[int]) -> None:
        if self.recorder is None:
            return
        try:
            from coach.store.models import STOPPED_FOR_PAIN

            if rating is not None:
                self.recorder.stop_for_pain(rating, analysis=result.analysis)
            self.recorder.finish(status=STOPPED_FOR_PAIN)
        except CoachError as exc:
            self._disable(exc)
        self.close()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        self.recorder = None
