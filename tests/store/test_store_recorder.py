"""SessionRecorder: analyzer events are on disk (visible to another connection) the moment they arrive."""
from __future__ import annotations

from pathlib import Path

import pytest

from coach.analysis import AnalysisResult, summarise
from coach.errors import CoachError
from coach.exercises import events as ev
from coach.exercises.events import Event
from coach.exercises.registry import create_analyzer
from coach.programme.model import Prescription
from coach.store import (COMPLETED, IN_PROGRESS, STOPPED_FOR_PAIN, SessionRecorder, Store, StoreError,
                         store_analysis_result)

from store.store_helpers import rep_events


def other_view(db_path: Path) -> Store:
    """A second connection, like a restarted app: sees only what was committed."""
    return Store(db_path, read_only=True)


def test_each_rep_count_and_fault_is_committed_as_it_happens(store: Store, db_path: Path) -> None:
    rec = SessionRecorder.start(store, pain_before=3)
    set_id = rec.begin_set("glute_bridge", target_reps=8)
    rec.record(rep_events(1, 0.0))
    with other_view(db_path) as view:
        assert view.set_info(set_id).rep_count == 1
        assert [r.index for r in view.reps_of(set_id)] == [1]
    rec.record(rep_events(2, 3.0, good=False, faults=("too_fast", "no_hold_at_top")))
    rec.record([Event(ev.REP_COUNTED, 6.5, count=3)])  # rep 3 in progress: counted, not yet completed
    with other_view(db_path) as view:
        s = view.set_info(set_id)
        assert (s.rep_count, s.reps_recorded, s.good_reps) == (3, 2, 1)
        (rep2,) = [r for r in view.reps_of(set_id) if r.index == 2]
        assert rep2.faults == ("too_fast", "no_hold_at_top") and rep2.metrics == {"hip_extension_deg": 172.0}
        faults = view.faults_of(set_id)
        # a rep's faults are reported at its end but span the rep
        assert {(f.kind, f.t_start, f.t_end) for f in faults} == {("too_fast", 3.0, 5.0), ("no_hold_at_top", 3.0, 5.0)}
        assert view.session(rec.session_id).status == IN_PROGRESS


def test_continuous_faults_and_setup_problems_are_spans(store: Store) -> None:
    rec = SessionRecorder.start(store)
    set_id = rec.begin_set("plank", target_hold_s=30)
    rec.record([Event(ev.SETUP_BEGAN, 0.0, name="not_side_on", message="Turn side-on")])
    rec.record([Event(ev.SETUP_ENDED, 1.5, name="not_side_on"), Event(ev.HOLD_STARTED, 2.0)])
    rec.record([Event(ev.FAULT_BEGAN, 10.0, name="hips_sagging", message="Lift your hips")])
    assert [(f.kind, f.t_end) for f in store.faults_of(set_id, "form")] == [("hips_sagging", None)]  # open, saved
    rec.record([Event(ev.FAULT_ENDED, 12.5, name="hips_sagging")])
    assert [(f.kind, f.category, f.t_start, f.t_end) for f in store.faults_of(set_id)] == [
        ("not_side_on", "setup", 0.0, 1.5), ("hips_sagging", "form", 10.0, 12.5)]


def test_hold_time_is_saved_at_most_every_interval_and_when_a_hold_ends(store: Store) -> None:
    rec = SessionRecorder.start(store, hold_write_interval_s=1.0)
    set_id = rec.begin_set("plank", target_hold_s=30)
    assert store.set_info(set_id).hold_s == 0.0
    written = [rec.update_hold(t * 0.25, t * 0.25, t_s=t * 0.25) for t in range(9)]
    assert written == [True, False, False, False, True, False, False, False, True]
    assert store.set_info(set_id).hold_s == 2.0
    assert rec.update_hold(2.1, 1.9, t_s=2.1, force=True)
    assert (store.set_info(set_id).hold_s, store.set_info(set_id).good_form_s) == (2.1, 1.9)


def plank_frames(seconds: float, fps: float = 30.0):
    from synthetic import PLANK, frame

    for i in range(int(seconds * fps)):
        yield frame(i / fps, PLANK)


def test_a_real_plank_analyzer_recorded_live_matches_its_summary(store: Store, db_path: Path) -> None:
    analyzer = create_analyzer("plank")
    rec = SessionRecorder.start(store, pain_before=2)
    set_id = rec.begin_set("plank", prescription=Prescription("plank", hold_s=5))
    for f in plank_frames(6.0):
        rec.record(analyzer.update(f), analyzer)
    with other_view(db_path) as view:  # mid-set, the hold so far is already on disk
        assert view.set_info(set_id).hold_s >= analyzer.hold_seconds() - 1.0 > 3.0
    rec.record(analyzer.finish(), analyzer)
    summary = summarise(analyzer, "camera 0", 30.0, 6.0, source_kind="camera")
    rec.end_set("finished", analyzer, analysis=summary)
    rec.finish(pain_after=2)
    s = store.set_info(set_id)
    assert s.hold_s == pytest.approx(summary.hold.total_s, abs=0.01)
    assert s.good_form_s == pytest.approx(summary.hold.good_form_s, abs=0.01)
    assert s.target_hold_s == 5 and s.ended_reason == "finished"
    assert store.set_analysis(set_id) == AnalysisResult.from_dict(summary.to_dict())
    assert store.session(rec.session_id).status == COMPLETED


def test_stop_for_pain_keeps_the_set_and_its_rating(store: Store) -> None:
    rec = SessionRecorder.start(store, pain_before=2)
    set_id = rec.begin_set("glute_bridge", target_reps=8)
    rec.record(rep_events(1, 0.0))
    rec.stop_for_pain(7)
    s = store.set_info(set_id)
    assert (s.stopped_for_pain, s.pain, s.ended_reason, s.rep_count) == (True, 7, "pain", 1)
    assert rec.set_id is None
    rec.finish(STOPPED_FOR_PAIN, pain_after=6)
    info = store.session(rec.session_id)
    assert (info.status, info.pain_before, info.pain_after, info.pain_change) == (STOPPED_FOR_PAIN, 2, 6, 4)
    assert [(p.context, p.rating, p.set_id) for p in store.pain_ratings(rec.session_id)] == [
        ("before", 2, None), ("stop", 7, set_id), ("after", 6, None)]


def test_recording_without_a_set_is_a_clear_error(store: Store) -> None:
    rec = SessionRecorder.start(store)
    with pytest.raises(StoreError, match="begin_set"):
        rec.record(rep_events(1, 0.0))


def test_unfinished_sessions_are_offered_and_resume_closes_the_interrupted_set(store: Store, db_path: Path) -> None:
    rec = SessionRecorder.start(store, pain_before=3)
    first = rec.begin_set("glute_bridge", target_reps=8)
    rec.record(rep_events(1, 0.0) + rep_events(2, 3.0))
    # the app dies here; a new one opens the file
    with Store(db_path) as again:
        (open_one,) = again.open_sessions()
        assert open_one.id == rec.session_id and open_one.rep_count == 2 and open_one.pain_before == 3
        resumed = SessionRecorder.resume(again, open_one.id)
        assert again.set_info(first).ended_reason == "interrupted"
        second = resumed.begin_set("glute_bridge", target_reps=8)
        resumed.record(rep_events(1, 0.0))
        resumed.finish(pain_after=2)
        assert again.open_sessions() == []
        assert [s.id for s in again.sets_of(open_one.id)] == [first, second]
        with pytest.raises(StoreError, match="cannot be resumed"):
            SessionRecorder.resume(again, open_one.id)


def test_abandoning_an_interrupted_session_keeps_its_reps(store: Store) -> None:
    rec = SessionRecorder.start(store)
    set_id = rec.begin_set("cat_cow", target_reps=6)
    rec.record(rep_events(1, 0.0))
    store.abandon_session(rec.session_id)
    assert store.open_sessions() == []
    assert store.session(rec.session_id).status == "abandoned"
    assert len(store.reps_of(set_id)) == 1 and store.set_info(set_id).ended_reason == "interrupted"


def test_an_analysed_video_is_stored_as_a_session(store: Store) -> None:
    data = {"schema": "coach.analysis/1", "video": "bridge.mp4", "exercise": "glute_bridge", "fps": 30.0,
            "frames": 299, "frames_with_pose": 291, "duration_s": 9.97, "rep_count": 2,
            "reps": [{"index": 1, "side": None, "t_start": 1.2, "t_end": 3.4, "good_form": True, "faults": [],
                      "metrics": {"hip_extension_deg": 171.0}},
                     {"index": 2, "side": None, "t_start": 4.0, "t_end": 5.0, "good_form": False,
                      "faults": ["too_fast"], "metrics": {}}],
            "hold": None,
            "faults": [{"kind": "too_fast", "t_start": 4.0, "t_end": 5.0, "message": "Slow down"}],
            "setup_warnings": [{"kind": "not_in_frame", "t_start": 0.0, "t_end": 1.5}],
            "reps_by_side": {}, "source_kind": "video", "rules": []}
    sid = store_analysis_result(store, AnalysisResult.from_dict(data), pain_before=3, pain_after=3)
    detail = store.session_detail(sid)
    assert detail.info.source == "video" and detail.info.status == COMPLETED and detail.info.rep_count == 2
    (s,) = detail.sets
    assert (s.info.good_reps, s.info.ended_reason) == (1, "finished")
    assert [(f.kind, f.category) for f in s.faults] == [("not_in_frame", "setup"), ("too_fast", "form")]
    assert store.set_analysis(s.info.id).video == "bridge.mp4"


def test_an_analysed_plank_video_and_a_malformed_summary(store: Store) -> None:
    analyzer = create_analyzer("plank")
    for f in plank_frames(4.0):
        analyzer.update(f)
    analyzer.finish()
    result = summarise(analyzer, "plank.mp4", 30.0, 4.0)
    sid = store_analysis_result(store, result, stopped_for_pain=5)
    (s,) = store.sets_of(sid)
    assert s.hold_s == pytest.approx(result.hold.total_s) and s.stopped_for_pain and s.pain == 5
    assert store.session(sid).status == STOPPED_FOR_PAIN
    # A malformed JSON never reaches the store: reading it is where it fails, with one line.
    bad = result.to_dict()
    bad["reps"] = [{"index": "x"}]
    with pytest.raises(CoachError, match="not a valid coach.analysis/1 result"):
        AnalysisResult.from_dict(bad)
    with pytest.raises(CoachError, match="coach.analysis/1"):
        AnalysisResult.from_dict({"schema": "other"})
