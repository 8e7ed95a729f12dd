"""The guided-session state machine with fake time: rests, auto-started sets, pain stops and pain-rise advice."""
from __future__ import annotations

import pytest
from coach.analysis.result import AnalysisResult

from coach.programme import Prescription, Programme, SetOutcome
from coach.live.guided_runner import Phase, ProgrammeRunner, RunnerError
from coach.store import COMPLETED, STOPPED_FOR_PAIN, Store

NO = {"bladder_bowel": False, "saddle_numbness": False, "leg_weakness": False, "fall_accident": False,
      "weight_loss": False, "fever_unwell": False, "cancer_history": None}


def bridge(reps: int = 8, good: int = 8) -> SetOutcome:
    return SetOutcome("glute_bridge", rep_count=reps, good_reps=good, reps_judged=reps)


def test_a_whole_session_with_rest_countdowns(programme: Programme) -> None:
    r = ProgrammeRunner(programme, screening_needed=True)
    assert r.phase == Phase.SAFETY_CHECK
    assert r.answer_screening(NO).may_start and r.phase == Phase.PAIN_BEFORE
    r.set_pain_before(3)
    assert r.phase == Phase.EXERCISE_INTRO and r.plan.exercise == "glute_bridge" and r.plan.set_number == 1
    plan = r.start_set(now_s=100.0)
    assert (plan.exercise, plan.set_number, plan.sets_total, plan.target) == ("glute_bridge", 1, 2, 8.0)
    assert r.set_finished(bridge(), now_s=130.0) == Phase.REST
    assert r.rest_remaining(130.0) == 45.0 and r.rest_remaining(160.0) == 15.0
    assert r.tick(174.9) is None and r.phase == Phase.REST
    assert r.tick(175.0) == Phase.SET_ACTIVE  # the rest ended: set 2 starts by itself
    assert (r.plan.set_number, r.set_started_at) == (2, 175.0)
    assert r.set_finished(bridge(7, 6), now_s=200.0) == Phase.EXERCISE_INTRO  # next exercise: the person starts it
    assert r.plan.exercise == "plank"
    r.start_set(210.0)
    assert r.set_finished(SetOutcome("plank", hold_s=22.0, good_form_s=18.0), 235.0) == Phase.EXERCISE_INTRO
    r.start_set(240.0)  # bird-dog set 1; rest_s = 0 so set 2 follows at once
    assert r.set_finished(SetOutcome("bird_dog", rep_count=10), 270.0) == Phase.SET_ACTIVE
    assert r.plan.set_number == 2
    assert r.set_finished(SetOutcome("bird_dog", rep_count=9), 300.0) == Phase.PAIN_AFTER
    summary = r.set_pain_after(2)
    assert r.phase == Phase.SUMMARY and summary.status == COMPLETED and summary.pain_change == -1
    b, p, d = summary.exercises
    assert (b.sets_done, b.sets_met, b.reps, b.good_form_share) == (2, 1, 15, pytest.approx(14 / 15))
    assert (p.hold_s, p.sets_met, p.good_form_share) == (22.0, 1, pytest.approx(18 / 22))
    assert (d.sets_met, d.reps) == (1, 19)  # 5 per side = 10 per set
    assert summary.messages == ()


def test_skip_rest_and_manual_start_between_sets(programme: Programme) -> None:
    r = ProgrammeRunner(programme, auto_start_sets=False)
    r.set_pain_before(2)
    r.start_set(0.0)
    r.set_finished(bridge(), 10.0)
    assert r.skip_rest(12.0) == Phase.EXERCISE_INTRO and r.plan.set_number == 2
    assert r.skip_set(13.0) == Phase.EXERCISE_INTRO and r.plan.exercise == "plank"
    assert r.results[-1][1].ended_reason == "skipped"


def test_stop_for_pain_then_end_uses_the_stop_rating(programme: Programme) -> None:
    r = ProgrammeRunner(programme)
    r.set_pain_before(3)
    r.start_set(0.0)
    assert r.stop_for_pain(6, now_s=5.0, outcome=bridge(3, 3)) == Phase.PAIN_STOPPED
    assert r.results[-1][1].ended_reason == "pain" and r.results[-1][1].rep_count == 3
    assert "up from 3/10" in str(r.advice) and "stopping for today" in str(r.advice)  # rose by 3
    assert r.end_session(6.0) == Phase.SUMMARY
    assert r.summary.status == STOPPED_FOR_PAIN and r.summary.pain_after == 6
    assert any("up from 3/10" in str(m) for m in r.summary.messages)


def test_small_pain_stop_may_carry_on(programme: Programme) -> None:
    r = ProgrammeRunner(programme)
    r.set_pain_before(3)
    r.start_set(0.0)
    r.stop_for_pain(4, now_s=5.0)
    assert r.advice is None  # a rise of 1: no suggestion, the person decides
    assert r.carry_on(10.0) == Phase.EXERCISE_INTRO and r.plan.set_number == 2
    r.start_set(11.0)
    r.set_finished(bridge(), 20.0)
    assert r.phase == Phase.EXERCISE_INTRO and r.plan.exercise == "plank"


def test_pain_check_between_sets_suggests_stopping_when_it_rises_by_two(programme: Programme) -> None:
    r = ProgrammeRunner(programme)
    r.set_pain_before(2)
    r.start_set(0.0)
    r.set_finished(bridge(), 10.0)
    assert r.report_pain(3) is None
    advice = r.report_pain(4)
    assert advice and "4/10, up from 2/10" in str(advice) and r.phase == Phase.REST
    r.dismiss_advice()  # "carry on" is the person's choice
    assert r.advice is None
    r.stop_for_pain(5, 20.0)  # ... or they accept: stop and record it
    assert r.phase == Phase.PAIN_STOPPED and "5/10" in str(r.advice)


def test_pain_rise_after_the_session_is_in_the_summary(programme: Programme) -> None:
    r = ProgrammeRunner(Programme("one", (Prescription("cat_cow", reps=6),)))
    r.set_pain_before(1)
    r.start_set(0.0)
    r.set_finished(SetOutcome("cat_cow", rep_count=6), 30.0)
    summary = r.set_pain_after(3)
    assert summary.status == COMPLETED and summary.pain_change == 2
    assert summary.messages and "3/10, up from 1/10" in str(summary.messages[0])


def test_red_flag_blocks_the_session(programme: Programme) -> None:
    r = ProgrammeRunner(programme, screening_needed=True)
    result = r.answer_screening({**NO, "fever_unwell": True})
    assert not result.may_start and r.phase == Phase.NOT_ADVISED
    with pytest.raises(RunnerError):
        r.set_pain_before(2)


def test_incomplete_screening_stays_on_the_questions(programme: Programme) -> None:
    r = ProgrammeRunner(programme, screening_needed=True)
    assert r.answer_screening({"bladder_bowel": False}).status == "incomplete"
    assert r.phase == Phase.SAFETY_CHECK


def test_calls_out_of_order_are_refused(programme: Programme) -> None:
    r = ProgrammeRunner(programme)
    with pytest.raises(RunnerError, match="pain_before"):
        r.start_set(0.0)
    r.set_pain_before(2)
    r.start_set(0.0)
    with pytest.raises(RunnerError, match="running set"):
        r.end_session(1.0)
    with pytest.raises(ValueError, match="0 to 10"):
        r.stop_for_pain(11, 1.0)


def test_ending_early_asks_pain_then_summarises(programme: Programme) -> None:
    r = ProgrammeRunner(programme)
    r.set_pain_before(2)
    r.start_set(0.0)
    r.set_finished(bridge(), 10.0)
    assert r.end_session(11.0) == Phase.PAIN_AFTER
    s = r.set_pain_after(2)
    assert s.status == COMPLETED and s.exercises[0].sets_done == 1 and s.exercises[1].sets_done == 0


def test_with_a_store_every_step_is_recorded_and_can_be_resumed(programme: Programme, store: Store) -> None:
    saved = store.save_programme(programme)
    r = ProgrammeRunner(saved, store=store, screening_needed=True)
    r.answer_screening(NO)
    assert store.last_screening().passed
    r.set_pain_before(3)
    sid = r.recorder.session_id
    assert store.session(sid).programme_id == saved.id and store.session(sid).pain_before == 3
    r.start_set(0.0)
    from coach.exercises import events as ev
    from coach.exercises.events import Event
    r.record([Event(ev.REP_COUNTED, 1.0, count=1)])
    r.set_finished(bridge(), 10.0, analysis=AnalysisResult.from_dict(
        {"schema": "coach.analysis/1", "exercise": "glute_bridge", "rep_count": 8, "reps_by_side": {}, "hold": None}))
    (s1,) = store.sets_of(sid)
    assert (s1.rep_count, s1.prescription_id, s1.target_reps, s1.ended_reason) == (8, saved.prescriptions[0].id,
                                                                                   8, "finished")
    r.tick(55.0)  # set 2 starts after the 45 s rest
    r.record([Event(ev.REP_COUNTED, 56.0, count=1)])
    # the app is killed here; a new one finds the session and resumes at set 2 (the interrupted one)
    (offered,) = store.open_sessions()
    again = ProgrammeRunner.resume(store, offered.id)
    assert again.phase == Phase.EXERCISE_INTRO and again.plan.set_number == 2 and again.pain_before == 3
    again.start_set(100.0)
    again.stop_for_pain(7, 101.0)
    again.end_session(102.0)
    info = store.session(sid)
    assert (info.status, info.pain_after) == (STOPPED_FOR_PAIN, 7)
    sets = store.sets_of(sid)
    assert [s.ended_reason for s in sets] == ["finished", "interrupted", "pain"]
    assert sets[-1].stopped_for_pain and sets[-1].pain == 7
    assert [p.context for p in store.pain_ratings(sid)] == ["before", "stop", "after"]
