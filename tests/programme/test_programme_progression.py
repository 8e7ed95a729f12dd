"""Progression: suggested only when the target is met with good form and pain is not worse; accepted explicitly."""
from __future__ import annotations

from dataclasses import replace

import pytest

from coach.programme import (LineOutcome, Prescription, Programme, ProgressionPolicy, accept_suggestion,
                             check_progression, suggest_for_programme)
from coach.store import SessionRecorder, Store, StoreError

BRIDGE = Prescription("glute_bridge", sets=2, reps=8, id=11, line=1)
PLANK = Prescription("plank", sets=1, hold_s=20, id=12, line=2)


def outcome(day: int, met: bool = True, share: float = 0.9, pain=(3, 3), stopped: bool = False,
            pid: int = 11, sets: int = 2) -> LineOutcome:
    return LineOutcome(session_id=day, started_at=f"2024-05-{day:02d}T09:00:00+00:00", prescription_id=pid,
                       sets_prescribed=sets, sets_done=sets, sets_met=sets if met else sets - 1,
                       good_form_share=share, pain_before=pain[0], pain_after=pain[1], stopped_for_pain=stopped)


def good_week(pid: int = 11, sets: int = 2) -> list[LineOutcome]:
    return [outcome(d, pid=pid, sets=sets, pain=(3, 3 if d < 5 else 2)) for d in (1, 3, 5)]


def test_met_with_good_form_and_steady_pain_suggests_more_reps() -> None:
    check = check_progression(BRIDGE, good_week())
    assert check.ready and check.suggestion.kind == "more_reps"
    s = check.suggestion
    assert (s.proposed.reps, s.proposed.sets, s.proposed.line, s.proposed.id) == (10, 2, 1, None)
    assert "10 reps instead of 8" in str(s.reason) and len(s.evidence) == 3
    assert "Glute bridge: 2 × 8 reps" in s.describe() and "2 × 10 reps" in s.describe()


def test_hold_gets_longer_then_more_sets_then_variation_or_nothing() -> None:
    p = check_progression(PLANK, good_week(12, 1)).suggestion
    assert p.kind == "longer_hold" and p.proposed.hold_s == 25.0
    at_max = replace(PLANK, hold_s=60.0)
    assert check_progression(at_max, good_week(12, 1)).suggestion.kind == "more_sets"
    top = replace(BRIDGE, reps=15, sets=3)
    outs = good_week(11, 3)
    last = check_progression(top, outs)
    assert not last.ready and "ask your physio" in str(last.why)
    v = check_progression(top, outs, ProgressionPolicy(variations={"glute_bridge": "plank"})).suggestion
    assert v.kind == "next_variation" and v.proposed.exercise == "plank" and v.proposed.hold_s == 10.0


@pytest.mark.parametrize("outs, why", [
    (good_week()[:2], "2 of 3 sessions"),
    ([outcome(1), outcome(3, met=False), outcome(5)], "target was not met"),
    ([outcome(1), outcome(3, share=0.7), outcome(5)], "form needs more practice (70% good form"),
    ([outcome(1), outcome(3, share=None), outcome(5)], "no judged reps"),
    ([outcome(1), outcome(3, pain=(3, 5)), outcome(5)], "pain rose from 3 to 5"),
    ([outcome(1), outcome(3, stopped=True), outcome(5)], "stopped for pain"),
    ([outcome(1, pain=(2, 2)), outcome(3, pain=(3, 3)), outcome(5, pain=(4, 4))], "went up from 2 to 4"),
    ([outcome(1), outcome(3, pain=(None, 3)), outcome(5)], "not rated"),
])
def test_not_ready(outs, why: str) -> None:
    check = check_progression(BRIDGE, outs)
    assert not check.ready and check.suggestion is None and why in str(check.why)


def test_only_the_last_n_sessions_at_the_current_version_count() -> None:
    older_bad = [replace(outcome(1, met=False), started_at="2024-04-20T09:00:00+00:00")]
    assert check_progression(BRIDGE, older_bad + good_week()).ready  # only the last 3 count
    other_version = [replace(o, prescription_id=99) for o in good_week()]
    assert not check_progression(BRIDGE, other_version).ready
    lenient = ProgressionPolicy(min_good_share=0.6, require_pain_ratings=False, sessions=2)
    assert check_progression(BRIDGE, [outcome(3, share=0.65, pain=(None, None)), outcome(5, share=0.7)], lenient).ready


def record_bridge_session(store: Store, clock, p: Prescription, reps: int, good: int, pain=(3, 3)) -> None:
    from coach.exercises import events as ev
    from coach.exercises.events import Event, RepRecord

    rec = SessionRecorder.start(store, programme_id=store.programme_of_prescription(p.id), pain_before=pain[0])
    for set_no in range(1, p.sets + 1):
        rec.begin_set(p.exercise, set_no, prescription=p)
        for i in range(1, reps + 1):
            rep = RepRecord(i, None, i * 3.0, i * 3.0 + 2, i <= good, () if i <= good else ("too_fast",))
            rec.record([Event(ev.REP_COUNTED, i * 3.0, count=i), Event(ev.REP_COMPLETED, i * 3 + 2.0, rep=rep)])
        rec.end_set("finished")
    rec.finish(pain_after=pain[1])
    clock.advance(days=2)


def test_end_to_end_with_the_store_suggest_accept_and_history(store: Store, clock) -> None:
    prog = store.save_programme(Programme("P", (Prescription("glute_bridge", sets=2, reps=8, rest_s=30),)))
    bridge = prog.prescriptions[0]
    for _ in range(2):
        record_bridge_session(store, clock, bridge, reps=8, good=8)
    (check,) = suggest_for_programme(store, prog.id)
    assert not check.ready and "2 of 3" in str(check.why)
    record_bridge_session(store, clock, bridge, reps=8, good=7)
    (check,) = suggest_for_programme(store, prog.id)
    assert check.ready and check.suggestion.proposed.reps == 10
    assert store.programme(prog.id).prescriptions[0].reps == 8  # nothing changes until accepted
    new = accept_suggestion(store, check.suggestion, who="physio")
    assert (new.reps, new.version, new.line) == (10, 2, bridge.line)
    assert store.programme(prog.id).prescriptions[0].id == new.id
    (v1, v2) = store.prescription_versions(prog.id, bridge.line)
    assert v1.retired_at and "progression accepted by physio" in v2.reason
    with pytest.raises(StoreError, match="changed since"):
        accept_suggestion(store, check.suggestion)  # accepting the same suggestion twice
    (fresh,) = suggest_for_programme(store, prog.id)
    assert not fresh.ready and "0 of 3" in str(fresh.why)  # the new level starts its own count


def test_a_corrected_count_can_make_the_target_met(store: Store, clock) -> None:
    prog = store.save_programme(Programme("P", (Prescription("glute_bridge", sets=1, reps=8),)))
    p = prog.prescriptions[0]
    for _ in range(3):
        record_bridge_session(store, clock, p, reps=7, good=7)
    assert not suggest_for_programme(store, prog.id)[0].ready
    for se in store.sessions():
        (s,) = store.sets_of(se.id)
        store.correct_count(s.id, 8, "the first rep started before the camera saw it", who="physio")
    assert suggest_for_programme(store, prog.id)[0].ready
