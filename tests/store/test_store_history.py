"""History for charts and reports, the physio's count corrections and notes, and programmes in the store."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coach.programme.model import Prescription, Programme, ProgrammeError
from coach.store import SessionRecorder, Store, StoreError

from store.store_helpers import rep_events


def bridge_session(store: Store, clock, reps: int, bad: int = 0, pain=(3, 3), target: int = 8,
                   prescription=None) -> tuple[int, int]:
    rec = SessionRecorder.start(store, pain_before=pain[0])
    set_id = rec.begin_set("glute_bridge", target_reps=target, prescription=prescription)
    for i in range(1, reps + 1):
        rec.record(rep_events(i, i * 3.0, good=i > bad, faults=("too_fast",)))
    rec.end_set("finished")
    rec.finish(pain_after=pain[1])
    clock.advance(days=1)
    return rec.session_id, set_id


def plank_session(store: Store, clock, hold: float, good: float, target: float = 20.0) -> int:
    rec = SessionRecorder.start(store, pain_before=2)
    rec.begin_set("plank", target_hold_s=target)
    rec.update_hold(hold, good, force=True)
    rec.finish(pain_after=1)
    clock.advance(days=1)
    return rec.session_id


def test_count_correction_keeps_the_original_and_reports_show_the_corrected(store: Store, clock) -> None:
    sid, set_id = bridge_session(store, clock, reps=6)
    c1 = store.correct_count(set_id, 8, "two reps were out of the camera's view", who="physio A")
    c2 = store.correct_count(set_id, 7, "one of those was a half rep", who="physio B")
    assert (c1.original, c1.corrected, c2.original, c2.corrected) == (6, 8, 8, 7)
    s = store.set_info(set_id)
    assert (s.rep_count, s.recorded_rep_count, s.corrected) == (7, 6, True)
    assert s.correction_reason == "one of those was a half rep"
    assert [(c.who, c.reason) for c in s.corrections] == [("physio A", "two reps were out of the camera's view"),
                                                           ("physio B", "one of those was a half rep")]
    assert store.session(sid).rep_count == 7
    assert store.exercise_series("glute_bridge")[0].reps_done == 7
    assert len(store.reps_of(set_id)) == 6  # the analyzer's own records are untouched
    with pytest.raises(StoreError, match="whole number"):
        store.correct_count(set_id, -1, "typo")
    with pytest.raises(StoreError, match="no set"):
        store.correct_count(9999, 1, "typo")


def test_notes_and_drill_down(store: Store, clock) -> None:
    sid, set_id = bridge_session(store, clock, reps=3, bad=1)
    store.add_note(sid, "Knees drifting apart on rep 1", author="physio")
    d = store.session_detail(sid)
    assert [n.author for n in d.notes] == ["physio"]
    (s,) = d.sets
    assert [r.good_form for r in s.reps] == [False, True, True]
    assert [f.kind for f in s.faults] == ["too_fast"]
    assert [p.context for p in d.pain_ratings] == ["before", "after"]
    with pytest.raises(StoreError, match="empty"):
        store.add_note(sid, "  ")


def test_exercise_series_by_session_day_and_week(store: Store, clock) -> None:
    bridge_session(store, clock, reps=6, bad=2, pain=(4, 3))     # Mon 6 May
    bridge_session(store, clock, reps=8, bad=1, pain=(3, 3))     # Tue
    clock.advance(days=5)                                         # next week
    bridge_session(store, clock, reps=8, bad=0, pain=(2, 1))     # Mon 13 May
    plank_session(store, clock, hold=25.0, good=20.0)
    per_session = store.exercise_series("glute_bridge")
    assert [p.reps_done for p in per_session] == [6, 8, 8]
    assert [p.reps_prescribed for p in per_session] == [8, 8, 8]
    assert [p.good_form_share for p in per_session] == [pytest.approx(4 / 6), pytest.approx(7 / 8), 1.0]
    assert [(p.pain_before, p.pain_after) for p in per_session] == [(4, 3), (3, 3), (2, 1)]
    weekly = store.exercise_series("glute_bridge", by="week")
    assert [(w.period, w.start, w.reps_done, w.pain_before) for w in weekly] == [
        ("2024-W19", date(2024, 5, 6), 14, 3.5), ("2024-W20", date(2024, 5, 13), 8, 2.0)]
    daily = store.exercise_series("glute_bridge", by="day", since=date(2024, 5, 7), until=date(2024, 5, 13))
    assert [d.period for d in daily] == ["2024-05-07", "2024-05-13"]
    (plank,) = store.exercise_series("plank")
    assert (plank.hold_s, plank.good_form_s, plank.hold_prescribed_s, plank.good_form_share) == (25.0, 20.0, 20.0, 0.8)
    assert plank.reps_prescribed is None
    assert [p.pain_before for p in store.pain_series()] == [4, 3, 2, 2]
    assert store.exercises_done() == ["glute_bridge", "plank"]
    with pytest.raises(ValueError):
        store.exercise_series("plank", by="month")


def test_bird_dog_alternating_target_is_per_side(store: Store, clock) -> None:
    rec = SessionRecorder.start(store)
    rec.begin_set("bird_dog", prescription=Prescription("bird_dog", reps=5, side="alternate"))
    for i in range(1, 11):
        rec.record(rep_events(i, i * 3.0, side="left" if i % 2 else "right"))
    rec.finish(pain_after=1)
    (p,) = store.exercise_series("bird_dog")
    assert (p.reps_done, p.reps_prescribed) == (10, 10)
    (s,) = store.sets_of(rec.session_id)
    assert s.reps_by_side == {"left": 5, "right": 5}


def bridge_programme() -> Programme:
    return Programme("Stage 1", (Prescription("glute_bridge", sets=2, reps=8, rest_s=30,
                                              rule_overrides={"form": {"top_line_min": -0.2}}),
                                 Prescription("plank", hold_s=15, rest_s=0)), notes="Every other day")


def test_programme_save_edit_versions_and_positions(store: Store) -> None:
    prog = store.save_programme(bridge_programme())
    bridge, plank = prog.prescriptions
    assert (bridge.line, bridge.version, plank.line) == (1, 1, 2)
    assert bridge.rule_overrides == {"form": {"top_line_min": -0.2}}
    # the physio swaps the order, lengthens the plank and adds a bird-dog
    edited = Programme(prog.name, (plank.__class__(**{**plank.__dict__, "hold_s": 20.0}), bridge,
                                   Prescription("bird_dog", reps=4)), prog.notes, id=prog.id)
    again = store.save_programme(edited)
    assert [(p.exercise, p.line, p.version) for p in again.prescriptions] == [
        ("plank", 2, 2), ("glute_bridge", 1, 1), ("bird_dog", 3, 1)]
    assert [v.prescription.hold_s for v in store.prescription_versions(prog.id, 2)] == [15, 20.0]
    assert store.prescription_versions(prog.id, 2)[0].retired_at is not None
    # dropping a line retires it
    final = store.save_programme(Programme(prog.name, again.prescriptions[:2], id=prog.id))
    assert [p.exercise for p in final.prescriptions] == ["plank", "glute_bridge"]
    assert store.prescription_versions(prog.id, 3)[0].retired_at is not None
    assert [p.id for p in store.programmes()] == [prog.id]
    store.archive_programme(prog.id)
    assert store.programmes() == [] and len(store.programmes(include_archived=True)) == 1


def test_invalid_programmes_are_not_saved(store: Store) -> None:
    with pytest.raises(ProgrammeError, match="reps"):
        store.save_programme(Programme("x", (Prescription("glute_bridge"),)))
    assert store.programmes() == []


def test_replacing_a_stale_prescription_is_refused(store: Store) -> None:
    prog = store.save_programme(bridge_programme())
    bridge = prog.prescriptions[0]
    newer = store.replace_prescription(bridge.id, Prescription("glute_bridge", sets=2, reps=10), "progression")
    assert (newer.line, newer.version, newer.reps) == (1, 2, 10)
    assert store.programme(prog.id).prescriptions[0].id == newer.id
    with pytest.raises(StoreError, match="changed since it was shown"):
        store.replace_prescription(bridge.id, Prescription("glute_bridge", sets=2, reps=12), "progression")


def test_programme_file_import_export_through_the_store(store: Store, tmp_path: Path) -> None:
    prog = store.save_programme(bridge_programme())
    out = tmp_path / "stage1.toml"
    store.export_programme_file(prog.id, out)
    other = store.add_patient("Ann")
    imported = store.import_programme_file(out, patient_id=other.id)
    assert imported.patient_id == other.id and imported.id != prog.id
    assert [(p.exercise, p.sets, p.reps, p.hold_s, p.rule_overrides) for p in imported.prescriptions] == [
        (p.exercise, p.sets, p.reps, p.hold_s, p.rule_overrides) for p in prog.prescriptions]
    assert store.programmes(other.id)[0].notes == "Every other day"
