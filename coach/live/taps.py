"""Where a live set's events and pose frames go as they happen: a session recorder and a pose track.

The sinks are protocols so a :class:`coach.store.SessionRecorder`, a
programme runner or a test list all fit. Events are recorded on the thread
that owns the set (the GUI thread, or the headless runner's caller), never on
the inference thread: the store's SQLite connection belongs to its thread.
"""
from __future__ import annotations

from typing import Any, Protocol

from coach.exercises.base import ExerciseAnalyzer


class EventSink(Protocol):
    """Where a set's events are saved as they arrive (a SessionRecorder, or a ProgrammeRunner)."""

    def record(self, events: Any, analyzer: Any = None) -> None: ...


class PoseSink(Protocol):
    """Where every analysed PoseFrame goes (a :class:`coach.pose.track.PoseTrackRecorder`)."""

    def add(self, frame: Any) -> None: ...


class PoseTap:
    """The analyzer as the inference thread sees it, handing each PoseFrame to a track first.

    Recording happens where every frame passes (a viewer only sees the newest), so the
    saved track is exactly what the analyzer judged. Everything else is the analyzer's own.
    """

    def __init__(self, analyzer: ExerciseAnalyzer, sink: PoseSink) -> None:
        self._analyzer, self._sink = analyzer, sink

    def update(self, frame: Any) -> Any:
        self._sink.add(frame)
        return self._analyzer.update(frame)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._analyzer, name)
