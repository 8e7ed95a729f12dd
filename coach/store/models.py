"""What the store hands out: plain frozen dataclasses, no SQLite rows, no Qt.

A chart, a report, a CSV export and the GUI's drill-down all read these, so
they carry everything a person needs to see — including, for a set whose count
a physio corrected, both the corrected count (``rep_count``) and the original
(``recorded_rep_count``) with the corrections that explain the difference.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional

from coach.exercises.form_metrics import good_form_share

# Session status.
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
STOPPED_FOR_PAIN = "stopped_for_pain"
ABANDONED = "abandoned"
STATUSES = (IN_PROGRESS, COMPLETED, STOPPED_FOR_PAIN, ABANDONED)

# Pain rating context.
PAIN_BEFORE = "before"
PAIN_AFTER = "after"
PAIN_DURING = "during"   # a check between sets
PAIN_STOP = "stop"       # "Stop — it hurts"
PAIN_CONTEXTS = (PAIN_BEFORE, PAIN_AFTER, PAIN_DURING, PAIN_STOP)


def loads(text: Optional[str], default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


@dataclass(frozen=True)
class Patient:
    id: int
    name: str
    is_default: bool
    created_at: str
    notes: str = ""


@dataclass(frozen=True)
class Screening:
    id: int
    patient_id: int
    answers: dict[str, Optional[bool]]  # None: not answered (an optional question)
    passed: bool
    created_at: str


@dataclass(frozen=True)
class SessionInfo:
    id: int
    patient_id: int
    programme_id: Optional[int]
    started_at: str
    ended_at: Optional[str]
    pain_before: Optional[int]
    pain_after: Optional[int]
    status: str
    source: str
    notes: str
    set_count: int = 0
    rep_count: int = 0

    @property
    def unfinished(self) -> bool:
        return self.status == IN_PROGRESS

    @property
    def pain_change(self) -> Optional[int]:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before


@dataclass(frozen=True)
class CountCorrection:
    id: int
    set_id: int
    original: int
    corrected: int
    reason: str
    who: str
    created_at: str


@dataclass(frozen=True)
class SetInfo:
    id: int
    session_id: int
    exercise: str
    set_index: int
    prescription_id: Optional[int]
    target_reps: Optional[int]
    target_hold_s: Optional[float]
    side: Optional[str]
    started_at: str
    ended_at: Optional[str]
    rep_count: int                 # what reports show: the latest correction, else what was counted
    recorded_rep_count: int        # what the analyzer counted; never changed
    reps_by_side: dict[str, int]
    good_reps: int
    reps_recorded: int             # completed rep records (a rep counted but never finished has none)
    hold_s: Optional[float]
    good_form_s: Optional[float]
    stopped_for_pain: bool
    pain: Optional[int]
    ended_reason: Optional[str]
    corrections: tuple[CountCorrection, ...] = ()

    @property
    def is_hold(self) -> bool:
        return self.hold_s is not None

    @property
    def corrected(self) -> bool:
        return bool(self.corrections)

    @property
    def correction_reason(self) -> str:
        return self.corrections[-1].reason if self.corrections else ""

    @property
    def reps_judged(self) -> int:
        return self.reps_recorded

    @property
    def good_form_share(self) -> Optional[float]:
        """Good reps / completed reps, or good-form seconds / hold seconds; None when nothing to judge."""
        return good_form_share(self)


@dataclass(frozen=True)
class RepInfo:
    id: int
    set_id: int
    index: int
    side: Optional[str]
    t_start: float
    t_end: float
    good_form: bool
    faults: tuple[str, ...]
    metrics: dict[str, float]


@dataclass(frozen=True)
class FaultInfo:
    id: int
    set_id: int
    kind: str
    category: str      # "form" or "setup"
    t_start: float
    t_end: Optional[float]
    message: str


@dataclass(frozen=True)
class NoteInfo:
    id: int
    session_id: int
    author: str
    text: str
    created_at: str


@dataclass(frozen=True)
class PainRating:
    id: int
    session_id: int
    set_id: Optional[int]
    context: str
    rating: int
    created_at: str


@dataclass(frozen=True)
class SetDetail:
    info: SetInfo
    reps: tuple[RepInfo, ...] = ()
    faults: tuple[FaultInfo, ...] = ()


@dataclass(frozen=True)
class SessionDetail:
    info: SessionInfo
    sets: tuple[SetDetail, ...] = ()
    notes: tuple[NoteInfo, ...] = ()
    pain_ratings: tuple[PainRating, ...] = ()
