"""The outcome of one live set: the core's analysis plus how the set ended, its target and any pain.

The analysis part (reps, faults, hold, setup warnings) is the same
``coach.analysis/1`` summary the CLI writes, built by the core's
:func:`coach.analysis.summarise`; a live set adds how it ended, the target,
and the pain rating asked for after "Stop — it hurts". :func:`finish_set` is
the one place a live set is closed and summed up, so the window and the
headless runner report a set the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from coach.analysis import AnalysisResult, summarise
from coach.phrase import Text

if TYPE_CHECKING:
    from coach.exercises.base import ExerciseAnalyzer
    from coach.exercises.events import Event

ENDED_FINISHED = "finished"      # the video ended
ENDED_BY_USER = "ended"          # "End set"
ENDED_PAIN = "pain"              # "Stop — it hurts"
ENDED_SOURCE_LOST = "source_lost"  # the camera went away and the user ended the set
ENDED_FAILED = "failed"
ENDED_TARGET = "target_reached"  # a guided set ended itself: the prescription's reps or hold were reached


@dataclass
class SetResult:
    exercise: str
    title: str
    source: str
    ended_by: str
    analysis: AnalysisResult
    target: Optional[float] = None  # reps (per side for bird-dog) or hold seconds
    pain: Optional[int] = None      # 0–10 after "Stop — it hurts"; None when not asked or skipped
    message: Text = ""              # why it ended, in words (camera lost, read error); str() is the English
    started_at: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))

    @property
    def rep_count(self) -> int:
        return self.analysis.rep_count

    @property
    def hold_s(self) -> Optional[float]:
        return None if self.analysis.hold is None else self.analysis.hold.total_s

    @property
    def good_form_s(self) -> Optional[float]:
        return None if self.analysis.hold is None else self.analysis.hold.good_form_s

    def to_json(self) -> dict[str, Any]:
        return {"exercise": self.exercise, "source": self.source, "ended_by": self.ended_by,
                "target": self.target, "pain": self.pain, "message": str(self.message),
                "started_at": self.started_at, "analysis": self.analysis.to_dict()}


def finish_set(analyzer: "ExerciseAnalyzer", exercise: str, source: str, is_camera: bool, fps: float,
               ended_by: str, target: Optional[float] = None, pain: Optional[int] = None,
               message: Text = "") -> tuple[SetResult, list["Event"]]:
    """Finish the analyzer and sum the set up; also returns the closing events (a rep still open, say).

    ``fps`` is the rate frames were analysed at (the duration counts one frame past the last timestamp).
    """
    events = analyzer.finish()
    t = analyzer.t_s or 0.0
    fps = fps or 30.0
    analysis = summarise(analyzer, source, fps, t + 1.0 / fps if analyzer.frames else 0.0,
                         source_kind="camera" if is_camera else "video")
    result = SetResult(exercise=exercise, title=analyzer.title or exercise, source=source, ended_by=ended_by,
                       analysis=analysis, target=target, pain=pain, message=message)
    return result, list(events or [])
