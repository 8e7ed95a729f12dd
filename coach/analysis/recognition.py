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

import math
import os
from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Optional, Sequence

import numpy as np

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.events import Event
from coach.exercises.registry import create_analyzer, recognisable_exercise_names
from coach.exercises.spec import Mode
from coach.pose.geometry import trunk_px
from coach.pose.landmarks import PoseFrame

# Seconds of start position before the first rep or hold that speak for an exercise (see :meth:`ExerciseWatch.claim_s`).
LEAD_S = 5.0
# Live: the stretch over which the exercises' start positions are compared when one of them first counts.
LIVE_WINDOW_S = 6.0
# A picture cut (an edited video, a phone paused and resumed, clips joined): between two frames at most
# CUT_MAX_GAP_S apart the trunk jumps this far (a fraction of the picture) or the body's size changes this much.
CUT_JUMP = 0.15
CUT_SIZE_RATIO = 1.6
CUT_WINDOW_S = 0.2
CUT_MAX_GAP_S = 0.5
CUT_CONFIRM_S = 0.5
# ... or the view turns at once: the trunk's share of width (head-on ~1, side-on ~0.1, see _Seen.view) changes
# this many times over. Nobody turns a quarter round within CUT_WINDOW_S; a join of two clips does.
CUT_VIEW_RATIO = 4.0
# ... or all three change at once by this much together, each as a share of its own threshold above.
CUT_TOGETHER = 2.0
_TRUNK = [11, 12, 23, 24]  # shoulders and hips
# Rep records keep their times to the millisecond (RepRecord): within this of a cut is on it.
_REP_TIME_S = 0.001


def _ratio(a: float, b: float) -> float:
    return max(a, b) / max(1e-6, min(a, b))


@dataclass(frozen=True)
class _Seen:
    """Where the person is in one frame, how big, and which way the trunk faces the camera."""

    t_s: float
    trunk: np.ndarray  # shoulders' and hips' centre, fractions of the picture
    size: float        # the landmarks' extent across plus down, fractions of the picture
    view: float        # the trunk's width over its width and length together: ~1 head-on, ~0.1 side-on

    @classmethod
    def of(cls, t_s: float, image: np.ndarray, frame_size: tuple[int, int]) -> "_Seen":
        width, length = trunk_px(image, *frame_size)
        # Over the two together, not the length alone: a torso pointing at the camera (a head-on push-up's
        # bottom) shortens quickly, but its width stays. The pad keeps a side-on width's few pixels of
        # noise from reading as a turn.
        both = max(1e-6, math.hypot(width, length))
        pts = image[:, :2]
        return cls(t_s, pts[_TRUNK].mean(axis=0), float(np.ptp(pts[:, 0]) + np.ptp(pts[:, 1])),
                   (width + 0.05 * both) / both)


class CutDetector:
    """Finds picture cuts in a pose stream: the person jumps across the picture or changes size at once, and stays.

    Nobody moves a sixth of the picture, changes size by half or turns from facing the camera to
    side-on within a fifth of a second while exercising on a mat; a new shot does. The pose model's
    tracker glides to the new person over a few frames, so each frame is compared with the last
    :data:`CUT_WINDOW_S`, not only with the one before it. The new place must hold for
    :data:`CUT_CONFIRM_S`: the tracker losing the person for a moment jumps too, and comes back.
    Cuts that keep the person in place go unseen, which is harmless: recognition only uses cuts to
    keep one shot's work from running into the next's.
    """

    def __init__(self) -> None:
        self._recent: deque[_Seen] = deque()
        self._anchor: Optional[_Seen] = None  # where the person was before a jump
        self._pending: Optional[float] = None  # when the jump happened

    @staticmethod
    def _jumped(a: "_Seen", b: "_Seen") -> bool:
        """Whether b is elsewhere than a: moved, resized or turned by as much as a cut does, or by most of
        that on each at once (a new shot of somebody else in about the same place, size and view)."""
        parts = (float(np.linalg.norm(a.trunk - b.trunk)) / CUT_JUMP,
                 math.log(_ratio(a.size, b.size)) / math.log(CUT_SIZE_RATIO),
                 math.log(_ratio(a.view, b.view)) / math.log(CUT_VIEW_RATIO))
        return max(parts) > 1.0 or sum(parts) > CUT_TOGETHER

    def update(self, frame: PoseFrame) -> Optional[float]:
        """The time of a cut confirmed with this frame (the cut itself lies up to CUT_CONFIRM_S before it)."""
        if not frame.has_person or frame.image is None:
            return None
        now = _Seen.of(frame.t_s, frame.image, frame.frame_size)
        if self._recent and frame.t_s - self._recent[-1].t_s > CUT_MAX_GAP_S:
            self._recent.clear()
            self._pending = self._anchor = None
        while len(self._recent) > 1 and self._recent[0].t_s < frame.t_s - CUT_WINDOW_S:
            self._recent.popleft()  # the last frame seen stays, however long ago (up to CUT_MAX_GAP_S)
        before = list(self._recent)
        self._recent.append(now)
        if self._pending is None:
            anchor = next((b for b in before if self._jumped(b, now)), None)
            if anchor is not None:
                self._pending, self._anchor = frame.t_s, anchor
            return None
        assert self._anchor is not None
        if not self._jumped(self._anchor, now):  # back where it was: the tracker slipped, no cut
            self._pending = self._anchor = None
            self._recent.clear()  # nor is the way back one
            self._recent.append(now)
        elif frame.t_s - self._pending >= CUT_CONFIRM_S:
            cut, self._pending, self._anchor = self._pending, None, None
            self._recent.clear()
            self._recent.append(now)
            return cut
        return None


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


def kept_at_cut(counted: Sequence[Activity], cut_s: float) -> list[Activity]:
    """What an analyzer had counted, as it stands once a cut at ``cut_s`` is confirmed (a moment after it).

    What was counted since the cut is dropped, and so is a rep begun before it whose larger part lies
    after it (that part is another scene, or another person the tracker moved to). A rep mostly
    before the cut is this shot's and ends at the cut, as a hold does: the analyzer only closes a
    rep a moment after the limbs are down, and a cut in that moment must not take the rep away.
    A rep's end is kept to the millisecond, the cut's time is not.
    """
    def mostly_before(a: Activity) -> bool:
        return a.end_s <= cut_s + _REP_TIME_S or cut_s - a.start_s >= 0.5 * (a.end_s - a.start_s)

    return [replace(a, end_s=min(a.end_s, cut_s)) for a in counted
            if a.start_s < cut_s and (a.reps == 0 or mostly_before(a))]


class ExerciseWatch:
    """Every exercise's analyzer fed the same frames, with a per-frame log of which start positions held.

    Memory grows by one time and one flag per exercise a frame (under 4 MB for an hour at 30 frames/s).
    ``overrides`` maps an exercise to its per-patient rule files.
    """

    def __init__(self, names: Optional[Sequence[str]] = None,
                 overrides: Optional[Mapping[str, Sequence[str | os.PathLike[str]]]] = None) -> None:
        self._names = list(names) if names is not None else recognisable_exercise_names()
        self._overrides = overrides or {}
        self.analyzers: dict[str, ExerciseAnalyzer] = self._fresh()
        self._before_cuts: dict[str, list[Activity]] = {n: [] for n in self._names}
        self.t_s: list[float] = []
        self.in_position: dict[str, list[bool]] = {n: [] for n in self._names}
        self.person: list[bool] = []
        self.cuts_s: list[float] = []
        self._cuts = CutDetector()

    def _fresh(self) -> dict[str, ExerciseAnalyzer]:
        return {n: create_analyzer(n, self._overrides.get(n)) for n in self._names}

    def update(self, frame: PoseFrame) -> dict[str, list[Event]]:
        """Feed one frame to every analyzer; their events by exercise.

        At a picture cut every analyzer starts afresh, as on a new recording: what it had learnt
        of the last shot (a person's swing, a rep half done) says nothing about the next one.
        """
        cut = self._cuts.update(frame)
        if cut is not None:
            self.cuts_s.append(cut)
            self.finish()
            for n in self._names:
                self._before_cuts[n] += kept_at_cut(self._counted(n), cut)
            self.analyzers = self._fresh()
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
        """What the exercise's analyzers counted: their reps and hold spans, in time order."""
        return self._before_cuts[name] + self._counted(name)

    def _counted(self, name: str) -> list[Activity]:
        a = self.analyzers[name]
        summary = a.summary()
        if a.mode is Mode.HOLD:
            spans = summary.hold.spans if summary.hold is not None else ()
            return [Activity(name, s, e, 0) for s, e in spans if e > s]
        return [Activity(name, r.t_start, r.t_end, 1) for r in summary.reps]

    def cut_between(self, start_s: float, end_s: float) -> bool:
        """Whether a picture cut lies within (start_s, end_s]."""
        return any(start_s < c <= end_s for c in self.cuts_s)

    def _span(self, start_s: float, end_s: float) -> range:
        """The indices of the frames logged within [start_s, end_s] (the log is in time order)."""
        return range(bisect_left(self.t_s, start_s), bisect_right(self.t_s, end_s))

    def in_position_s(self, name: str, start_s: float, end_s: float) -> float:
        """Seconds within [start_s, end_s] that the person held the exercise's start position."""
        t, flags = self.t_s, self.in_position[name]
        return sum(min(t[i] - t[i - 1], 0.5) for i in self._span(start_s, end_s) if i > 0 and flags[i])

    def longest_out_of_position_s(self, name: str, start_s: float, end_s: float) -> float:
        """The longest time within [start_s, end_s] that the person was out of the exercise's start position."""
        t, flags = self.t_s, self.in_position[name]
        longest, since = 0.0, None
        for i in self._span(start_s, end_s):
            if flags[i]:
                since = None
            else:
                since = t[i] if since is None else since
                longest = max(longest, t[i] - since)
        return longest

    def claim_s(self, name: str, start_s: float, end_s: float) -> float:
        """How strongly the exercise claims a stretch: its start position held there (and just before)."""
        return self.in_position_s(name, start_s - LEAD_S, end_s)


def run_watch(frames: Iterable[PoseFrame], names: Optional[Sequence[str]] = None,
              overrides: Optional[Mapping[str, Sequence[str | os.PathLike[str]]]] = None) -> ExerciseWatch:
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
                 overrides: Optional[Mapping[str, Sequence[str | os.PathLike[str]]]] = None) -> None:
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
