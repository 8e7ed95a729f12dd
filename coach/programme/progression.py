"""Progression: when a prescription has been done well and comfortably, suggest the next step.

Physiotherapy for back pain progresses gradually: more reps, a longer hold,
more sets, then a harder variation — but only when the current target is met
with mostly good form and pain is not getting worse. Coach never changes a
programme by itself: it offers a :class:`Suggestion` with its reason and the
sessions behind it, and only :func:`accept_suggestion` (a person pressing
"Accept") writes the new prescription version to the store.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

from coach.programme.model import LIMITS, Prescription

if TYPE_CHECKING:
    from coach.store.store import Store


@dataclass(frozen=True)
class LineOutcome:
    """How one session went for one prescription (all its sets), as the store recorded it."""

    session_id: int
    started_at: str
    prescription_id: int
    sets_prescribed: int
    sets_done: int
    sets_met: int                       # sets whose (corrected) count or hold reached the target
    good_form_share: Optional[float]    # good reps / judged reps, or good-form / hold seconds
    pain_before: Optional[int]
    pain_after: Optional[int]
    stopped_for_pain: bool

    @property
    def target_met(self) -> bool:
        return self.sets_done >= self.sets_prescribed and self.sets_met >= self.sets_prescribed


@dataclass(frozen=True)
class ProgressionPolicy:
    sessions: int = 3                   # the last N sessions of this prescription must all qualify
    min_good_share: float = 0.8         # good-form share each session
    require_pain_ratings: bool = True   # "pain not worse" cannot be known without before/after ratings
    rep_step: int = 2
    max_reps: int = 15
    hold_step_s: float = 5.0
    max_hold_s: float = 60.0
    max_sets: int = 3
    variations: Mapping[str, str] = field(default_factory=dict)  # exercise -> its harder variation


@dataclass(frozen=True)
class Suggestion:
    current: Prescription
    proposed: Prescription
    kind: str                           # "more_reps", "longer_hold", "more_sets", "next_variation"
    reason: str
    evidence: tuple[LineOutcome, ...] = ()

    def describe(self) -> str:
        return f"{self.current.describe()} → {self.proposed.describe()}"


@dataclass(frozen=True)
class ProgressionCheck:
    ready: bool
    why: str                            # in plain words, for the patient or physio
    suggestion: Optional[Suggestion] = None


def pain_not_worse(outcomes: Sequence[LineOutcome], require_ratings: bool = True) -> tuple[bool, str]:
    """No pain stop, no rise within any session, and pain before a session not higher than at the start."""
    for o in outcomes:
        if o.stopped_for_pain:
            return False, f"a set was stopped for pain on {o.started_at[:10]}"
        if o.pain_before is None or o.pain_after is None:
            if require_ratings:
                return False, f"pain was not rated before and after the session on {o.started_at[:10]}"
            continue
        if o.pain_after > o.pain_before:
            return False, f"pain rose from {o.pain_before} to {o.pain_after} during the session on {o.started_at[:10]}"
    befores = [o.pain_before for o in sorted(outcomes, key=lambda o: o.started_at) if o.pain_before is not None]
    if len(befores) >= 2 and befores[-1] > befores[0]:
        return False, f"pain before exercising went up from {befores[0]} to {befores[-1]}"
    return True, ""


def next_step(p: Prescription, policy: ProgressionPolicy) -> Optional[tuple[Prescription, str, str]]:
    """(proposed, kind, words) — more reps or hold first, then a set more, then the harder variation."""
    if p.mode == "hold":
        hold = float(p.hold_s or 0)
        if hold < policy.max_hold_s:
            new = min(policy.max_hold_s, LIMITS["hold_s"][1], hold + policy.hold_step_s)
            return replace(p, hold_s=new), "longer_hold", f"hold for {new:g} s instead of {hold:g} s"
    elif (p.reps or 0) < policy.max_reps:
        new_reps = min(policy.max_reps, (p.reps or 0) + policy.rep_step)
        return replace(p, reps=new_reps), "more_reps", f"{new_reps} reps instead of {p.reps}"
    if p.sets < policy.max_sets:
        return replace(p, sets=p.sets + 1), "more_sets", f"{p.sets + 1} sets instead of {p.sets}"
    harder = policy.variations.get(p.exercise)
    if harder:
        from coach.exercises.registry import analyzer_class

        base = Prescription(exercise=harder, sets=1, rest_s=p.rest_s)
        base = replace(base, hold_s=10.0) if analyzer_class(harder).mode == "hold" else replace(base, reps=6)
        return base, "next_variation", f"move on to {harder}"
    return None


def check_progression(p: Prescription, outcomes: Sequence[LineOutcome],
                      policy: ProgressionPolicy = ProgressionPolicy()) -> ProgressionCheck:
    """Whether ``p`` is ready to progress, judged on its last ``policy.sessions`` outcomes (any order)."""
    recent = sorted((o for o in outcomes if p.id is None or o.prescription_id == p.id),
                    key=lambda o: o.started_at)[-policy.sessions:]
    if len(recent) < policy.sessions:
        return ProgressionCheck(False, f"{len(recent)} of {policy.sessions} sessions done at this level so far")
    for o in recent:
        if not o.target_met:
            return ProgressionCheck(False, f"the target was not met in every set on {o.started_at[:10]} "
                                           f"({o.sets_met} of {o.sets_prescribed} sets)")
        if o.good_form_share is None or o.good_form_share < policy.min_good_share:
            share = "no judged reps" if o.good_form_share is None else f"{o.good_form_share:.0%} good form"
            return ProgressionCheck(False, f"form needs more practice ({share} on {o.started_at[:10]}; "
                                           f"{policy.min_good_share:.0%} wanted)")
    ok, why = pain_not_worse(recent, policy.require_pain_ratings)
    if not ok:
        return ProgressionCheck(False, why)
    step = next_step(p, policy)
    if step is None:
        return ProgressionCheck(False, "this is the last step Coach knows for this exercise — ask your physio")
    proposed, kind, words = step
    proposed = replace(proposed, id=None, line=p.line, version=p.version + 1)
    reason = (f"target met with good form and pain not worse in the last {policy.sessions} sessions: "
              f"try {words}")
    return ProgressionCheck(True, reason, Suggestion(p, proposed, kind, reason, tuple(recent)))


def suggest_for_programme(store: "Store", programme_id: int,
                          policy: ProgressionPolicy = ProgressionPolicy()) -> list[ProgressionCheck]:
    """One check per current prescription of a programme, in programme order."""
    checks = []
    for p in store.programme(programme_id).prescriptions:
        assert p.id is not None
        checks.append(check_progression(p, store.prescription_outcomes(p.id, policy.sessions), policy))
    return checks


def accept_suggestion(store: "Store", suggestion: Suggestion, who: str = "") -> Prescription:
    """The person accepted: store the proposal as the line's next version (refused if it changed meanwhile)."""
    if suggestion.current.id is None:
        raise ValueError("the suggestion's prescription is not from the store")
    by = f" by {who}" if who else ""
    return store.replace_prescription(suggestion.current.id, suggestion.proposed,
                                      f"progression accepted{by}: {suggestion.reason}")
