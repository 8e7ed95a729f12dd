"""One analysed recording as the review shows it: the result, the skeleton it came from, and the video.

The review widgets all need the same few look-ups (which frame is shown at a
time, which rep or fault is under the cursor, the key angle then). Keeping them
here, on the typed analysis result and the pose track, means the widgets
only draw and the numbers they show are the analysis' own, never recomputed.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np

from coach.analysis.result import AnalysisResult
from coach.exercises.events import FaultSpan, RepRecord, SetupSpan
from coach.exercises.registry import spec_for
from coach.exercises.spec import ExerciseSpec
from coach.pose.track import PoseTrack
from coach.reports.content import ReportContent, build_content, fmt_time

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
