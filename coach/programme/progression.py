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
from typing import Mapping, Optional, Protocol, Sequence

from coach.exercises.spec import Mode
from coach.phrase import QT_TRANSLATE_NOOP, Moment, Num, Phrase
from coach.programme.model import LIMITS, Prescription, Programme, exercise_title, seconds_num


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
    reason: Phrase                      # str(reason) is the English (kept in the store's history)
    evidence: tuple[LineOutcome, ...] = ()

    def describe(self) -> str:
        return str(self.phrase())

    def phrase(self) -> Phrase:
        return Phrase.of(QT_TRANSLATE_NOOP("programme", "{now} → {next}"), now=self.current.phrase(),
                         next=self.proposed.phrase())


@dataclass(frozen=True)
class ProgressionCheck:
    ready: bool
    why: Phrase                         # in plain words, for the patient or physio
    suggestion: Optional[Suggestion] = None


def percent(share: float) -> Phrase:
    """A share of 1 as a whole percentage (85% in English, 85 % in German: the GUI's own "numbers" template)."""
    return Phrase.of(QT_TRANSLATE_NOOP("numbers", "{value}%"), value=Num(100 * share, 0))


def pain_not_worse(outcomes: Sequence[LineOutcome], require_ratings: bool = True) -> tuple[bool, Optional[Phrase]]:
    """No pain stop, no rise within any session, and pain before a session not higher than at the start."""
    for o in outcomes:
        day = Moment(o.started_at, with_time=False)
        if o.stopped_for_pain:
            return False, Phrase.of(QT_TRANSLATE_NOOP("programme", "a set was stopped for pain on {day}"), day=day)
        if o.pain_before is None or o.pain_after is None:
            if require_ratings:
                return False, Phrase.of(QT_TRANSLATE_NOOP("programme", "pain was not rated before and after the "
                                                                       "session on {day}"), day=day)
            continue
        if o.pain_after > o.pain_before:
            return False, Phrase.of(QT_TRANSLATE_NOOP("programme", "pain rose from {before} to {after} during the "
                                                                   "session on {day}"),
                                    before=o.pain_before, after=o.pain_after, day=day)
    befores = [o.pain_before for o in sorted(outcomes, key=lambda o: o.started_at) if o.pain_before is not None]
    if len(befores) >= 2 and befores[-1] > befores[0]:
        return False, Phrase.of(QT_TRANSLATE_NOOP("programme", "pain before exercising went up from {first} to "
                                                               "{last}"), first=befores[0], last=befores[-1])
    return True, None


def next_step(p: Prescription, policy: ProgressionPolicy) -> Optional[tuple[Prescription, str, Phrase]]:
    """(proposed, kind, words) — more reps or hold first, then a set more, then the harder variation."""
    if p.mode is Mode.HOLD:
        hold = float(p.hold_s or 0)
        if hold < policy.max_hold_s:
            new = min(policy.max_hold_s, LIMITS["hold_s"][1], hold + policy.hold_step_s)
            return replace(p, hold_s=new), "longer_hold", Phrase.of(
                QT_TRANSLATE_NOOP("programme", "hold for {new} s instead of {old} s"),
                new=seconds_num(new), old=seconds_num(hold))
    elif (p.reps or 0) < policy.max_reps:
        new_reps = min(policy.max_reps, (p.reps or 0) + policy.rep_step)
        # never fewer than 2 reps or sets here (one step up from at least 1): the plural always fits
        return replace(p, reps=new_reps), "more_reps", Phrase.of(
            QT_TRANSLATE_NOOP("programme", "{new} reps instead of {old}"), new=new_reps, old=p.reps)
    if p.sets < policy.max_sets:
        return replace(p, sets=p.sets + 1), "more_sets", Phrase.of(
            QT_TRANSLATE_NOOP("programme", "{new} sets instead of {old}"), new=p.sets + 1, old=p.sets)
    harder = policy.variations.get(p.exercise)
    if harder:
        from coach.exercises.registry import analyzer_class

        base = Prescription(exercise=harder, sets=1, rest_s=p.rest_s)
        base = replace(base, hold_s=10.0) if analyzer_class(harder).mode is Mode.HOLD else replace(base, reps=6)
        return base, "next_variation", Phrase.of(QT_TRANSLATE_NOOP("programme", "move on to {exercise}"),
                                                 exercise=exercise_title(harder))
    return None


def check_progression(p: Prescription, outcomes: Sequence[LineOutcome],
                      policy: ProgressionPolicy = ProgressionPolicy()) -> ProgressionCheck:
    """Whether ``p`` is ready to progress, judged on its last ``policy.sessions`` outcomes (any order)."""
    recent = sorted((o for o in outcomes if p.id is None or o.prescription_id == p.id),
                    key=lambda o: o.started_at)[-policy.sessions:]
    if len(recent) < policy.sessions:
        return ProgressionCheck(False, Phrase.of(
            QT_TRANSLATE_NOOP("programme", "{done} of {wanted} sessions done at this level so far"),
            done=len(recent), wanted=policy.sessions))
    for o in recent:
        day = Moment(o.started_at, with_time=False)
        if not o.target_met:
            template = (QT_TRANSLATE_NOOP("programme", "the target was not met in every set on {day} ({met} of {sets} "
                                                       "set)") if o.sets_prescribed == 1 else
                        QT_TRANSLATE_NOOP("programme", "the target was not met in every set on {day} ({met} of {sets} "
                                                       "sets)"))
            return ProgressionCheck(False, Phrase.of(template, day=day, met=o.sets_met, sets=o.sets_prescribed))
        if o.good_form_share is None or o.good_form_share < policy.min_good_share:
            share = (Phrase(QT_TRANSLATE_NOOP("programme", "no judged reps")) if o.good_form_share is None else
                     Phrase.of(QT_TRANSLATE_NOOP("programme", "{percent} good form"),
                               percent=percent(o.good_form_share)))
            return ProgressionCheck(False, Phrase.of(
                QT_TRANSLATE_NOOP("programme", "form needs more practice ({share} on {day}; {wanted} wanted)"),
                share=share, day=day, wanted=percent(policy.min_good_share)))
    ok, why = pain_not_worse(recent, policy.require_pain_ratings)
    if not ok:
        assert why is not None
        return ProgressionCheck(False, why)
    step = next_step(p, policy)
    if step is None:
        return ProgressionCheck(False, Phrase(QT_TRANSLATE_NOOP(
            "programme", "this is the last step Coach knows for this exercise — ask your physio")))
    proposed, kind, words = step
    proposed = replace(proposed, id=None, line=p.line, version=p.version + 1)
    reason = Phrase.of(QT_TRANSLATE_NOOP("programme", "target met with good form and pain not worse in the last "
                                                      "{sessions} sessions: try {words}"),
                       sessions=policy.sessions, words=words)
    return ProgressionCheck(True, reason, Suggestion(p, proposed, kind, reason, tuple(recent)))


class ProgrammeHistory(Protocol):
    """What progression needs of the session store (:class:`coach.store.Store` is one).

    A protocol rather than the store's class: the store reads and writes programmes, so the
    programme layer below it must not import it back.
    """

    def programme(self, programme_id: int) -> Programme: ...

    def prescription_outcomes(self, prescription_id: int, last_n: Optional[int] = None) -> list[LineOutcome]: ...

    def replace_prescription(self, prescription_id: int, new: Prescription, reason: str) -> Prescription: ...


def suggest_for_programme(store: ProgrammeHistory, programme_id: int,
                          policy: ProgressionPolicy = ProgressionPolicy()) -> list[ProgressionCheck]:
    """One check per current prescription of a programme, in programme order."""
    checks = []
    for p in store.programme(programme_id).prescriptions:
        assert p.id is not None
        checks.append(check_progression(p, store.prescription_outcomes(p.id, policy.sessions), policy))
    return checks


def accept_suggestion(store: ProgrammeHistory, suggestion: Suggestion, who: str = "") -> Prescription:
    """The person accepted: store the proposal as the line's next version (refused if it changed meanwhile)."""
    if suggestion.current.id is None:
        raise ValueError("the suggestion's prescription is not from the store")
    by = f" by {who}" if who else ""
    return store.replace_prescription(suggestion.current.id, suggestion.proposed,
                                      f"progression accepted{by}: {str(suggestion.reason)}")  # the history is English
