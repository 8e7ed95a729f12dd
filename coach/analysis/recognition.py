"""Which of Coach's exercises a person is doing, and when, from the pose stream alone.

Coach already knows each exercise's start position and movement: every analyzer checks
its own start position (gravity included, :mod:`coach.exercises.posture`) and counts only
the movement it was built for, and on the look-alikes of the dev clips (dead bug, push-up,
child's pose, squat, stretches) none of them counts anything. So recognition does not need
a second model of the exercises: it runs every exercise's analyzer side by side on the
same frames (:class:`ExerciseWatch`) and reads what each one did — the reps it counted, the
plank it timed, and how long the person stood in its start position. Where two of them
claim the same stretch (a bird-dog analyzer counting one reach in a plank), the one whose
start position held longer wins.

The same watch serves a recording split into sets afterwards (:mod:`coach.analysis.session`)
and a live camera, where :class:`ExerciseRecognizer` names the exercise as soon as the
first rep or hold shows it, without looking ahead.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.events import Event
from coach.exercises.registry import create_analyzer, recognisable_exercise_names
from coach.exercises.spec import Mode
from coach.pose.landmarks import PoseFrame

# Seconds of start position before the first rep or hold that speak for an exercise (see :meth:`ExerciseWatch.claim_s`).
LEAD_S = 5.0
# Live: the stretch over which the exercises' start positions are compared when one of them first counts.
LIVE_WINDOW_S = 6.0


@dataclass(frozen=True)
class Activity:
    """One stretch of counted work of one exercise: a rep, or a span of plank hold."""

    exercise: str
    start_s: float
    end_s: float
    reps: int  # 1 for a rep, 0 for a hold span

    @property
    def length_s(self) -> float:
        return max(0.0, self.end_s - self.start_s)


class ExerciseWatch:
    """Every exercise's analyzer fed the same frames, with a per-frame log of which start positions held.

    Memory grows by one time and one flag per exercise a frame (under 4 MB for an hour at 30 frames/s).
    ``overrides`` maps an exercise to its per-patient rule files.
    """

    def __init__(self, names: Optional[Sequence[str]] = None,
                 overrides: Optional[Mapping[str, Sequence[str | os.PathLike]]] = None) -> None:
        chosen = list(names) if names is not None else recognisable_exercise_names()
        self.analyzers: dict[str, ExerciseAnalyzer] = {
            n: create_analyzer(n, (overrides or {}).get(n)) for n in chosen}
        self.t_s: list[float] = []
        self.in_position: dict[str, list[bool]] = {n: [] for n in chosen}
        self.person: list[bool] = []

    def update(self, frame: PoseFrame) -> dict[str, list[Event]]:
        """Feed one frame to every analyzer; their events by exercise."""
        events = {n: a.update(frame) for n, a in self.analyzers.items()}
        self.t_s.append(frame.t_s)
        self.person.append(frame.has_person)
        for n, a in self.analyzers.items():
            self.in_position[n].append(bool(a.in_position))
        return events

    def finish(self) -> None:
        for a in self.analyzers.values():
            a.finish()

    def activities(self, name: str) -> list[Activity]:
        """What the exercise's analyzer counted: its reps and its hold spans, in time order."""
        a = self.analyzers[name]
        summary = a.summary()
        if a.mode is Mode.HOLD:
            spans = summary.hold.spans if summary.hold is not None else ()
            return [Activity(name, s, e, 0) for s, e in spans if e > s]
        return [Activity(name, r.t_start, r.t_end, 1) for r in summary.reps]

    def in_position_s(self, name: str, start_s: float, end_s: float) -> float:
        """Seconds within [start_s, end_s] that the person held the exercise's start position."""
        t, flags = self.t_s, self.in_position[name]
        total = 0.0
        for i in range(1, len(t)):
            if flags[i] and start_s <= t[i] <= end_s:
                total += min(t[i] - t[i - 1], 0.5)
        return total

    def claim_s(self, name: str, start_s: float, end_s: float) -> float:
        """How strongly the exercise claims a stretch: its start position held there (and just before)."""
        return self.in_position_s(name, start_s - LEAD_S, end_s)


def run_watch(frames: Iterable[PoseFrame], names: Optional[Sequence[str]] = None,
              overrides: Optional[Mapping[str, Sequence[str | os.PathLike]]] = None) -> ExerciseWatch:
    watch = ExerciseWatch(names, overrides)
    for frame in frames:
        watch.update(frame)
    watch.finish()
    return watch


@dataclass(frozen=True)
class Recognition:
    """Live: the exercise the person is doing, named at ``t_s`` (its analyzer has already counted)."""

    exercise: str
    t_s: float


class ExerciseRecognizer:
    """Names the exercise in a live stream at its first rep or hold, then keeps feeding only that analyzer.

    When an analyzer first counts, the start positions of the last :data:`LIVE_WINDOW_S` seconds
    decide between it and any other that could claim the same moment: a plank held for
    seconds outweighs a bird-dog reach read in it. The chosen analyzer keeps its count, so no
    rep is lost to recognition.
    """

    def __init__(self, names: Optional[Sequence[str]] = None,
                 overrides: Optional[Mapping[str, Sequence[str | os.PathLike]]] = None) -> None:
        self.watch = ExerciseWatch(names, overrides)
        self.recognised: Optional[Recognition] = None

    @property
    def analyzer(self) -> Optional[ExerciseAnalyzer]:
        """The recognised exercise's analyzer (None until one is recognised)."""
        return self.watch.analyzers[self.recognised.exercise] if self.recognised else None

    def update(self, frame: PoseFrame) -> list[Event]:
        """Feed a frame; once recognised, the events are that analyzer's alone."""
        if self.recognised is not None:
            return self.watch.analyzers[self.recognised.exercise].update(frame)
        events = self.watch.update(frame)
        counted = [n for n, evs in events.items()
                   if any(e.kind in (ev.REP_COUNTED, ev.HOLD_STARTED) for e in evs)]
        if counted:
            t = frame.t_s
            best = max(self.watch.analyzers, key=lambda n: (
                self.watch.in_position_s(n, t - LIVE_WINDOW_S, t), n in counted))
            if best in counted:
                self.recognised = Recognition(best, t)
                return events[best]
        return []
