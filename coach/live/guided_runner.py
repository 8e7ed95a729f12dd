"""ProgrammeRunner: a guided session as an explicit state machine, driven by time and events.

safety_check → pain_before → exercise_intro → set_active → rest (countdown) → set_active … →
exercise_intro (next exercise) … → pain_after → summary. "Stop — it hurts" works in any active
phase and leads to pain_stopped, where the person ends the session or carries on; a pain rating
2 or more above the starting one brings :attr:`advice` suggesting to stop and record it.

No threads and no sleeping: the GUI calls :meth:`tick` with its clock (tests pass fake seconds),
and the methods below with what the person did. With a store, every step is recorded as it
happens through a :class:`~coach.store.recorder.SessionRecorder`.
"""
from __future__ import annotations

from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING, Iterable, Mapping, Optional

from coach.phrase import QT_TRANSLATE_NOOP, Phrase
from coach.programme.model import Programme
from coach.programme.outcome import (ENDED_PAIN, SessionSummary, SetOutcome, SetPlan, summarise_exercises)
from coach.programme.safety import ScreeningResult, screen

if TYPE_CHECKING:
    from coach.analysis.result import AnalysisResult
    from coach.exercises.base import ExerciseAnalyzer
    from coach.exercises.events import Event
    from coach.store.recorder import SessionRecorder
    from coach.store.store import Store

COMPLETED, STOPPED_FOR_PAIN = "completed", "stopped_for_pain"  # as coach.store.models


class Phase(str, Enum):
    SAFETY_CHECK = "safety_check"
    NOT_ADVISED = "not_advised"      # a red flag: the session does not start
    PAIN_BEFORE = "pain_before"
    EXERCISE_INTRO = "exercise_intro"
    SET_ACTIVE = "set_active"
    REST = "rest"
    PAIN_STOPPED = "pain_stopped"
    PAIN_AFTER = "pain_after"
    SUMMARY = "summary"


ACTIVE = (Phase.EXERCISE_INTRO, Phase.SET_ACTIVE, Phase.REST)


class RunnerError(Exception):
    """A call that does not fit the current phase: a bug in the caller, not something a person did."""


def rise_advice(before: Optional[int], rating: int, threshold: int) -> Optional[Phrase]:
    """The suggestion to stop when pain rose by ``threshold`` or more since the start (None otherwise)."""
    if before is None or rating - before < threshold:
        return None
    return Phrase.of(QT_TRANSLATE_NOOP("guided", "Your pain is {rating}/10, up from {before}/10 when you started. "
                                                 "We suggest stopping for today and recording it. Rest in a "
                                                 "comfortable position; if the pain does not settle, contact your "
                                                 "physiotherapist or doctor before exercising again."),
                     rating=rating, before=before)


class ProgrammeRunner:
    def __init__(self, programme: Programme, *, screening_needed: bool = False, store: Optional["Store"] = None,
                 patient_id: Optional[int] = None, pain_rise_threshold: int = 2, auto_start_sets: bool = True) -> None:
        programme.validate(Phrase.of(QT_TRANSLATE_NOOP("errors", "programme '{name}'"), name=programme.name))
        self.programme = programme
        self.store = store
        self.patient_id = patient_id
        self.pain_rise_threshold = pain_rise_threshold
        self.auto_start_sets = auto_start_sets
        self.plans: list[SetPlan] = []
        for i, p in enumerate(programme.prescriptions):
            for k in range(1, p.sets + 1):
                self.plans.append(SetPlan(len(self.plans), i, p, k, p.sets))
        self.phase = Phase.SAFETY_CHECK if screening_needed else Phase.PAIN_BEFORE
        self.position = 0                          # index into plans of the current / next set
        self.results: list[tuple[SetPlan, SetOutcome]] = []
        self.pain_before: Optional[int] = None
        self.pain_after: Optional[int] = None
        self.stop_rating: Optional[int] = None
        self.advice: Optional[Phrase] = None   # str() is the English; the window shows it in its language
        self.messages: list[Phrase] = []
        self.screening: Optional[ScreeningResult] = None
        self.rest_ends_at: Optional[float] = None
        self.set_started_at: Optional[float] = None
        self.recorder: Optional["SessionRecorder"] = None
        self.summary: Optional[SessionSummary] = None

    @classmethod
    def resume(cls, store: "Store", session_id: int, programme: Optional[Programme] = None,
               **kw: object) -> "ProgrammeRunner":
        """Continue an interrupted guided session at the first set not finished (the interrupted one is redone)."""
        from coach.store.recorder import ENDED_INTERRUPTED, SessionRecorder

        info = store.session(session_id)
        if programme is None:
            if info.programme_id is None:
                raise RunnerError(f"session {session_id} was not a guided programme session")
            programme = store.programme(info.programme_id)
        runner = cls(programme, store=store, patient_id=info.patient_id, **kw)  # type: ignore[arg-type]
        runner.recorder = SessionRecorder.resume(store, session_id)
        runner.pain_before = info.pain_before
        done = {}
        for s in store.sets_of(session_id):
            if s.ended_reason != ENDED_INTERRUPTED and 0 < s.set_index <= len(runner.plans):
                done[s.set_index - 1] = SetOutcome(s.exercise, s.rep_count, s.hold_s, s.good_form_s, s.good_reps,
                                                   s.reps_recorded, s.ended_reason or "finished", s.reps_by_side)
        while runner.position in done:
            runner.results.append((runner.plans[runner.position], done[runner.position]))
            runner.position += 1
        runner.phase = Phase.EXERCISE_INTRO if runner.plan is not None else Phase.PAIN_AFTER
        return runner

    # ----- helpers ----------------------------------------------------------------------------
    def _expect(self, *phases: Phase) -> None:
        if self.phase not in phases:
            wanted = ", ".join(p.value for p in phases)
            raise RunnerError(f"not possible in phase {self.phase.value} (expected {wanted})")

    @property
    def plan(self) -> Optional[SetPlan]:
        """The set running now, or the one that comes next."""
        return self.plans[self.position] if self.position < len(self.plans) else None

    def rest_remaining(self, now_s: float) -> float:
        if self.phase != Phase.REST or self.rest_ends_at is None:
            return 0.0
        return max(0.0, self.rest_ends_at - now_s)

    # ----- before the session -----------------------------------------------------------------
    def answer_screening(self, answers: Mapping[str, Optional[bool]]) -> ScreeningResult:
        self._expect(Phase.SAFETY_CHECK)
        result = screen(answers)
        self.screening = result
        if result.status != "incomplete":
            if self.store is not None:
                self.store.record_screening({k: v for k, v in result.answers.items()}, result.may_start,
                                            self.patient_id)
            self.phase = Phase.PAIN_BEFORE if result.may_start else Phase.NOT_ADVISED
        return result

    def set_pain_before(self, rating: int) -> None:
        self._expect(Phase.PAIN_BEFORE)
        _check(rating)
        self.pain_before = rating
        if self.store is not None:
            from coach.store.recorder import SessionRecorder

            self.recorder = SessionRecorder.start(self.store, self.patient_id, self.programme.id, rating)
        self.phase = Phase.EXERCISE_INTRO

    # ----- sets and rests ---------------------------------------------------------------------
    def start_set(self, now_s: float) -> SetPlan:
        """The person pressed Start on the exercise intro (or a rest ended with auto-start)."""
        self._expect(Phase.EXERCISE_INTRO, Phase.REST)
        plan = self.plan
        assert plan is not None
        self.phase, self.set_started_at, self.rest_ends_at = Phase.SET_ACTIVE, now_s, None
        if self.recorder is not None:
            self.recorder.begin_set(plan.exercise, plan.index + 1, plan.prescription)
        return plan

    def record(self, events: Iterable["Event"], analyzer: Optional["ExerciseAnalyzer"] = None) -> None:
        """Analyzer events of the running set, saved at once (ignored outside a set)."""
        if self.phase == Phase.SET_ACTIVE and self.recorder is not None:
            self.recorder.record(events, analyzer)

    def set_finished(self, outcome: SetOutcome, now_s: float, analyzer: Optional["ExerciseAnalyzer"] = None,
                     analysis: Optional["AnalysisResult"] = None) -> Phase:
        self._expect(Phase.SET_ACTIVE)
        self._end_set(outcome, analyzer, analysis)
        return self._advance(now_s, rest=True)

    def _end_set(self, outcome: SetOutcome, analyzer: Optional["ExerciseAnalyzer"],
                 analysis: Optional["AnalysisResult"]) -> None:
        plan = self.plan
        assert plan is not None
        self.results.append((plan, outcome))
        if self.recorder is not None and self.recorder.set_id is not None:
            self.recorder.end_set(outcome.ended_reason, analyzer, analysis)
        self.position += 1
        self.set_started_at = None

    def _advance(self, now_s: float, rest: bool) -> Phase:
        """After a set: rest then the next set of the same exercise, or the next exercise's intro, or the end."""
        nxt, prev = self.plan, self.plans[self.position - 1] if self.position else None
        if nxt is None:
            return self._to(Phase.PAIN_AFTER)
        if rest and prev is not None and nxt.prescription_index == prev.prescription_index:
            if prev.prescription.rest_s > 0:
                self.rest_ends_at = now_s + prev.prescription.rest_s
                return self._to(Phase.REST)
            if self.auto_start_sets:
                self.phase = Phase.EXERCISE_INTRO
                self.start_set(now_s)
                return self.phase
        return self._to(Phase.EXERCISE_INTRO)

    def tick(self, now_s: float) -> Optional[Phase]:
        """Advance time; returns the new phase when it changed (a rest ended), else None."""
        if self.phase == Phase.REST and self.rest_ends_at is not None and now_s >= self.rest_ends_at:
            return self.skip_rest(now_s)
        return None

    def skip_rest(self, now_s: float) -> Phase:
        self._expect(Phase.REST)
        self.rest_ends_at = None
        if self.auto_start_sets:
            self.start_set(now_s)
        else:
            self.phase = Phase.EXERCISE_INTRO
        return self.phase

    def skip_set(self, now_s: float) -> Phase:
        """Skip the set shown on the intro (e.g. a side that cannot be done today); it is recorded as skipped."""
        self._expect(Phase.EXERCISE_INTRO, Phase.REST)
        plan = self.plan
        assert plan is not None
        self.results.append((plan, SetOutcome(plan.exercise, ended_reason="skipped")))
        self.position += 1
        self.phase = Phase.EXERCISE_INTRO
        return self._advance(now_s, rest=False)

    # ----- pain -------------------------------------------------------------------------------
    def stop_for_pain(self, rating: int, now_s: float, outcome: Optional[SetOutcome] = None,
                      analyzer: Optional["ExerciseAnalyzer"] = None,
                      analysis: Optional["AnalysisResult"] = None) -> Phase:
        """"Stop — it hurts": ends the running set (kept, marked as stopped for pain) and asks what next."""
        self._expect(*ACTIVE)
        _check(rating)
        self.stop_rating = rating
        if self.recorder is not None:
            self.recorder.stop_for_pain(rating, analyzer, analysis)
        if self.phase == Phase.SET_ACTIVE:
            plan = self.plan
            assert plan is not None
            done = outcome or SetOutcome(plan.exercise)
            self._end_set(replace(done, ended_reason=ENDED_PAIN), None, None)
        self.advice = rise_advice(self.pain_before, rating, self.pain_rise_threshold)
        self.phase, self.rest_ends_at = Phase.PAIN_STOPPED, None
        return self.phase

    def report_pain(self, rating: int) -> Optional[Phrase]:
        """A pain check between sets; returns (and keeps in :attr:`advice`) a suggestion to stop if it rose."""
        self._expect(*ACTIVE, Phase.PAIN_STOPPED)
        _check(rating)
        if self.recorder is not None:
            self.recorder.pain_check(rating)
        self.advice = rise_advice(self.pain_before, rating, self.pain_rise_threshold)
        return self.advice

    def dismiss_advice(self) -> None:
        self.advice = None

    def carry_on(self, now_s: float) -> Phase:
        """After a pain stop, continue with the next set (the person decided they are able)."""
        self._expect(Phase.PAIN_STOPPED)
        self.advice = None
        self.phase = Phase.EXERCISE_INTRO
        return self._advance(now_s, rest=False) if self.plan is not None else self._to(Phase.PAIN_AFTER)

    def end_session(self, now_s: float) -> Phase:
        """Stop here. After a pain stop the stop rating is the final rating; otherwise pain is asked next."""
        self._expect(*ACTIVE, Phase.PAIN_STOPPED)
        if self.phase == Phase.SET_ACTIVE:
            raise RunnerError("finish or stop the running set first (set_finished or stop_for_pain)")
        if self.phase == Phase.PAIN_STOPPED and self.stop_rating is not None:
            return self._finish(self.stop_rating, STOPPED_FOR_PAIN)
        return self._to(Phase.PAIN_AFTER)

    def set_pain_after(self, rating: int) -> SessionSummary:
        self._expect(Phase.PAIN_AFTER)
        _check(rating)
        self._finish(rating, STOPPED_FOR_PAIN if self.stop_rating is not None else COMPLETED)
        assert self.summary is not None
        return self.summary

    def _to(self, phase: Phase) -> Phase:
        self.phase = phase
        return phase

    def _finish(self, pain_after: int, status: str) -> Phase:
        self.pain_after = pain_after
        advice = rise_advice(self.pain_before, pain_after, self.pain_rise_threshold)
        if advice:
            self.messages.append(advice)
        if self.recorder is not None:
            self.recorder.finish(status, pain_after)
        self.summary = SessionSummary(status, self.pain_before, pain_after,
                                      summarise_exercises(self.plans, self.results), tuple(self.results),
                                      tuple(self.messages), self.recorder.session_id if self.recorder else None)
        return self._to(Phase.SUMMARY)


def _check(rating: int) -> None:
    if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 10:
        raise ValueError(f"a pain rating is a whole number from 0 to 10, got {rating!r}")
