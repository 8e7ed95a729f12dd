"""One analysed recording as the review shows it: the result, the skeleton it came from, and the video.

The review widgets all need the same few look-ups (which frame is shown at a
time, which rep or fault is under the cursor, the key angle then). Keeping them
here, on the typed analysis result and the pose track, means the widgets
only draw and the numbers they show are the analysis' own, never recomputed.

A recording analysed in Automatic (:func:`coach.analysis.session.split_track`) keeps
the whole :class:`~coach.analysis.session.SessionAnalysis`; ``result`` is then the set
on screen, so every widget shows one set exactly as a one-exercise analysis is shown.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import numpy as np

from coach.analysis.result import AnalysisResult
from coach.exercises.events import FaultSpan, RepRecord, SetupSpan
from coach.exercises.registry import spec_for
from coach.exercises.spec import ExerciseSpec
from coach.pose.track import PoseTrack
from coach.reports.content import ReportContent, build_content, fmt_time

if TYPE_CHECKING:
    from coach.analysis.session import SessionAnalysis, SetFound

__all__ = ["Recording", "fmt_time"]


@dataclass
class Recording:
    """``track_path`` is what re-scoring re-reads (a temporary copy for a video); ``video_path`` may be None."""

    result: AnalysisResult
    track: PoseTrack
    track_path: Path
    exercise: str
    rules: tuple[str, ...] = ()
    video_path: Optional[Path] = None
    _content: Optional[ReportContent] = field(default=None, repr=False)
    session: Optional["SessionAnalysis"] = None  # Automatic: every set found; ``result`` is set ``set_index``'s
    set_index: Optional[int] = None               # None: no set was found (``result`` is then empty)

    @classmethod
    def of_session(cls, session: "SessionAnalysis", track: PoseTrack, track_path: Path, rules: tuple[str, ...] = (),
                   video_path: Optional[Path] = None, set_index: int = 0) -> "Recording":
        """An Automatic analysis, showing set ``set_index`` (or, with no set found, nothing counted)."""
        empty = cls(_nothing_counted(session), track, track_path, "", rules, video_path, session=session)
        return empty.showing_set(set_index) if session.sets else replace(empty, exercise=empty.result.exercise)

    def showing_set(self, index: int) -> "Recording":
        """The same Automatic recording with set ``index`` on screen."""
        assert self.session is not None
        found = self.session.sets[index]
        return replace(self, result=found.result, exercise=found.exercise, set_index=index, _content=None)

    def with_set(self, found: "SetFound") -> "Recording":
        """The set on screen replaced (re-scored), the rest of the session as it was."""
        assert self.session is not None and self.set_index is not None
        sets = list(self.session.sets)
        sets[self.set_index] = found
        return replace(self, session=replace(self.session, sets=tuple(sets))).showing_set(self.set_index)

    @property
    def is_session(self) -> bool:
        return self.session is not None

    @property
    def current_set(self) -> Optional["SetFound"]:
        if self.session is None or self.set_index is None:
            return None
        return self.session.sets[self.set_index]

    # ----- what it is -------------------------------------------------------------------------
    @property
    def has_video(self) -> bool:
        return self.video_path is not None

    @property
    def name(self) -> str:
        return (self.video_path or self.track_path).name

    @property
    def spec(self) -> ExerciseSpec:
        series = self.result.angle_series
        return spec_for(self.exercise, series.name if series is not None else "")

    @property
    def content(self) -> ReportContent:
        """The report's own tables, headline and threshold lines, so the window and the PDF say the same."""
        if self._content is None:
            self._content = build_content(self.result)
        return self._content

    @property
    def reps(self) -> tuple[RepRecord, ...]:
        return self.result.reps

    @property
    def faults(self) -> tuple[FaultSpan, ...]:
        return self.result.faults

    @property
    def setup_warnings(self) -> tuple[SetupSpan, ...]:
        return self.result.setup_warnings

    @property
    def hold_spans(self) -> list[tuple[float, float]]:
        return list(self.result.hold.spans) if self.result.hold is not None else []

    @property
    def is_hold(self) -> bool:
        return self.result.hold is not None

    # ----- time and frames --------------------------------------------------------------------
    @property
    def frame_count(self) -> int:
        return len(self.track)

    @property
    def fps(self) -> float:
        return float(self.track.fps or self.result.fps or 30.0)

    @property
    def duration_s(self) -> float:
        last = float(self.track.t_s[-1]) + 1.0 / self.fps if len(self.track) else 0.0
        return max(last, self.result.duration_s, 1e-3)

    def frame_index(self, t_s: float) -> int:
        """The frame on screen at ``t_s``: the last one that started at or before it."""
        if not len(self.track):
            return 0
        i = int(np.searchsorted(self.track.t_s, t_s + 1e-6, side="right")) - 1
        return min(max(i, 0), len(self.track) - 1)

    def frame_time(self, i: int) -> float:
        return float(self.track.t_s[min(max(i, 0), len(self.track) - 1)]) if len(self.track) else 0.0

    def landmarks(self, i: int) -> Optional[np.ndarray]:
        """``(33, 4)`` normalised image landmarks of frame ``i``, or None where nobody was seen."""
        if not 0 <= i < len(self.track):
            return None
        lm = self.track.image[i]
        return None if np.isnan(lm[:, :2]).all() else lm

    # ----- what happens at a time -------------------------------------------------------------
    def rep_at(self, t_s: float) -> Optional[RepRecord]:
        return next((r for r in self.reps if r.t_start <= t_s <= r.t_end), None)

    def faults_at(self, t_s: float) -> list[FaultSpan]:
        return [f for f in self.faults if f.t_start <= t_s <= f.t_end]

    def setup_at(self, t_s: float) -> list[SetupSpan]:
        return [s for s in self.setup_warnings if s.t_start <= t_s <= s.t_end]

    def holding_at(self, t_s: float) -> bool:
        return any(a <= t_s <= b for a, b in self.hold_spans)

    def angle_at(self, t_s: float, tolerance_s: float = 0.25) -> Optional[float]:
        """The plotted key angle nearest ``t_s`` (the series is thinned to ~10 Hz), None if not measured."""
        series = self.result.angle_series
        ts, deg = (series.t_s, series.deg) if series is not None else ([], [])
        if not ts:
            return None
        i = bisect.bisect_left(ts, t_s)
        best = min((j for j in (i - 1, i) if 0 <= j < len(ts)), key=lambda j: abs(ts[j] - t_s))
        if abs(ts[best] - t_s) > tolerance_s:
            return None
        return deg[best]


def _nothing_counted(session: "SessionAnalysis") -> AnalysisResult:
    """What the review shows of a recording in which no set was found: nothing counted, over its whole length."""
    from coach.analysis.run import summarise
    from coach.exercises.registry import create_analyzer, recognisable_exercise_names

    analyzer = create_analyzer(recognisable_exercise_names()[0])
    analyzer.finish()
    return summarise(analyzer, session.video, session.fps, session.duration_s, source_kind=session.source_kind)
