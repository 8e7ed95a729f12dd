"""What analyzers emit: events as they happen, records of finished reps, and a live state.

These frozen dataclasses are the boundary between the analysis core and its
clients (CLI summary, GUI, session store). Times are seconds on the source's
clock; angles are degrees and say so in their names.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class RepRecord:
    index: int
    side: Optional[str]
    t_start: float
    t_end: float
    good_form: bool
    faults: tuple[str, ...]
    metrics: dict[str, float] = field(default_factory=dict)

    @property
    def duration_s(self) -> float:
        return self.t_end - self.t_start


@dataclass(frozen=True)
class FaultSpan:
    kind: str
    t_start: float
    t_end: float
    message: str


@dataclass(frozen=True)
class SetupSpan:
    """A set-up problem (nobody in view, not side-on, ...) that lasted from ``t_start`` to ``t_end``."""

    kind: str
    t_start: float
    t_end: float


@dataclass(frozen=True)
class HoldSummary:
    """A hold exercise's time: in the position, in good form, and the spans it was held."""

    total_s: float
    good_form_s: float
    spans: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class ExerciseSummary:
    """Everything an analyzer has judged, in its own words: the typed core of an analysis result.

    Times are rounded as they are reported (3 decimals; hold seconds 2), so a result read back from
    its JSON is equal to the one that wrote it. Faults and set-up spans are in time order.
    """

    exercise: str
    frames: int
    frames_with_pose: int
    rep_count: int
    reps: tuple[RepRecord, ...]
    reps_by_side: dict[str, int]
    hold: Optional[HoldSummary]
    faults: tuple[FaultSpan, ...]
    setup_warnings: tuple[SetupSpan, ...]
    judged_s: float


# Event kinds.
REP_STARTED = "rep_started"
REP_COUNTED = "rep_counted"      # the count went up (a cue and a sound belong here)
REP_COMPLETED = "rep_completed"  # the rep's record is final (after lowering, or at the end)
FAULT_BEGAN = "fault_began"
FAULT_ENDED = "fault_ended"
SETUP_BEGAN = "setup_began"
SETUP_ENDED = "setup_ended"
HOLD_STARTED = "hold_started"
HOLD_ENDED = "hold_ended"


@dataclass(frozen=True)
class Event:
    kind: str
    t_s: float
    name: str = ""          # fault or setup-problem kind
    message: str = ""       # cue text for a person
    side: Optional[str] = None
    count: int = 0
    rep: Optional[RepRecord] = None


@dataclass(frozen=True)
class AnalyzerState:
    """A snapshot for display: what to draw and say right now."""

    t_s: float
    exercise: str
    rep_count: int = 0
    reps_by_side: dict[str, int] = field(default_factory=dict)
    hold_s: Optional[float] = None
    good_form_s: Optional[float] = None
    in_position: bool = False
    phase: str = ""
    active_faults: tuple[str, ...] = ()
    cue: Optional[str] = None
    setup_problem: Optional[str] = None
    setup_message: Optional[str] = None
    key_angle_name: str = ""
    key_angle_deg: Optional[float] = None
    bad_joints: tuple[int, ...] = ()
    watched_joints: tuple[int, ...] = ()
