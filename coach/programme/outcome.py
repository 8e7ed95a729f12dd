"""What a guided session produces: one outcome per set, and a summary at the end.

These are plain data so the summary screen, a report and the tests read the
same thing. :meth:`SetOutcome.from_analysis` builds one from the core's
typed analysis of the set (what the live window already has).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from coach.exercises.form_metrics import FormTally, good_form_share
from coach.exercises.spec import Mode
from coach.phrase import Text
from coach.programme.model import Prescription, reps_wanted

if TYPE_CHECKING:
    from coach.analysis import AnalysisResult

ENDED_FINISHED = "finished"
ENDED_PAIN = "pain"
ENDED_SKIPPED = "skipped"


@dataclass(frozen=True)
class SetPlan:
    """One set the live window should run: which exercise, which set of how many, and its target."""

    index: int                  # position in the whole session, 0-based
    prescription_index: int
    prescription: Prescription
    set_number: int             # 1-based within the prescription
    sets_total: int

    @property
    def exercise(self) -> str:
        return self.prescription.exercise

    @property
    def target(self) -> float:
        return self.prescription.target


@dataclass(frozen=True)
class SetOutcome:
    exercise: str
    rep_count: int = 0
    hold_s: Optional[float] = None
    good_form_s: Optional[float] = None
    good_reps: int = 0
    reps_judged: int = 0
    ended_reason: str = ENDED_FINISHED
    reps_by_side: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_analysis(cls, r: "AnalysisResult", ended_reason: str = ENDED_FINISHED) -> "SetOutcome":
        return cls(exercise=r.exercise, rep_count=r.rep_count, hold_s=r.hold_s, good_form_s=r.good_form_s,
                   good_reps=r.good_reps, reps_judged=r.reps_judged, ended_reason=ended_reason,
                   reps_by_side=dict(r.reps_by_side))

    @property
    def good_form_share(self) -> Optional[float]:
        return good_form_share(self)

    def met(self, p: Prescription) -> bool:
        if p.mode is Mode.HOLD:
            return (self.hold_s or 0.0) >= (p.hold_s or 0.0)
        return self.rep_count >= reps_wanted(p.exercise, p.reps or 0, p.side)


@dataclass(frozen=True)
class ExerciseSummary:
    prescription: Prescription
    sets_planned: int
    sets_done: int
    sets_met: int
    reps: int
    hold_s: Optional[float]
    good_form_share: Optional[float]


@dataclass(frozen=True)
class SessionSummary:
    status: str                          # coach.store.models: completed / stopped_for_pain
    pain_before: Optional[int]
    pain_after: Optional[int]
    exercises: tuple[ExerciseSummary, ...]
    results: tuple[tuple[SetPlan, SetOutcome], ...]
    messages: tuple[Text, ...] = ()      # e.g. the pain-rise advice, in plain words (Phrases: str() is English)
    session_id: Optional[int] = None

    @property
    def pain_change(self) -> Optional[int]:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before


def summarise_exercises(plans: list[SetPlan], results: list[tuple[SetPlan, SetOutcome]]) -> tuple[ExerciseSummary, ...]:
    out = []
    for i in sorted({p.prescription_index for p in plans}):
        p = next(pl.prescription for pl in plans if pl.prescription_index == i)
        done = [o for pl, o in results if pl.prescription_index == i and o.ended_reason != ENDED_SKIPPED]
        tally = FormTally.of(done)
        out.append(ExerciseSummary(p, p.sets, len(done), sum(o.met(p) for o in done), sum(o.rep_count for o in done),
                                   None if tally.hold_s is None else round(tally.hold_s, 2), tally.share))
    return tuple(out)
