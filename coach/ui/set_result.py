"""The outcome of one set as the window keeps it: the core's analysis plus what only the GUI knows.

The analysis part (reps, faults, hold, setup warnings) is the same
``coach.analysis/1`` summary the CLI writes, built by the core's
:func:`coach.analysis.summarise`; the GUI adds how the set ended, the target,
and the pain rating asked for after "Stop — it hurts". (Proposed for the core
so a session store can save it; kept here until then.)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional

from coach.analysis import AnalysisResult

ENDED_FINISHED = "finished"      # the video ended
ENDED_BY_USER = "ended"          # "End set"
ENDED_PAIN = "pain"              # "Stop — it hurts"
ENDED_SOURCE_LOST = "source_lost"  # the camera went away and the user ended the set
ENDED_FAILED = "failed"


@dataclass
class SetResult:
    exercise: str
    title: str
    source: str
    ended_by: str
    analysis: AnalysisResult
    target: Optional[float] = None  # reps (per side for bird-dog) or hold seconds
    pain: Optional[int] = None      # 0–10 after "Stop — it hurts"; None when not asked or skipped
    message: str = ""               # why it ended, in words (camera lost, read error)
    started_at: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))

    @property
    def rep_count(self) -> int:
        return self.analysis.rep_count

    @property
    def hold_s(self) -> Optional[float]:
        return None if self.analysis.hold is None else float(self.analysis.hold["total_s"])

    @property
    def good_form_s(self) -> Optional[float]:
        return None if self.analysis.hold is None else float(self.analysis.hold["good_form_s"])

    def to_json(self) -> dict:
        return {"exercise": self.exercise, "source": self.source, "ended_by": self.ended_by,
                "target": self.target, "pain": self.pain, "message": self.message,
                "started_at": self.started_at, "analysis": self.analysis.to_json()}
