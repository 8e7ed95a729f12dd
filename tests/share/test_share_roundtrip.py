"""A patient's sessions travel to the physio's data folder as one file, and importing it again adds nothing."""
from __future__ import annotations

import json
import zipfile
from datetime import date

import numpy as np
import pytest

from coach.live.set_tracks import SetTracks
from coach.pose.track import load_track
from coach.store.share import ShareFileError, export_share, import_share, plan_export, prepare_share, session_rows

from .share_helpers import add_bridge_session, add_guided_session, store_in


@pytest.fixture
def patient(tmp_path, clock):
    store = store_in(tmp_path / "patient", clock)
    yield store
    store.close()


@pytest.fixture
def physio(tmp_path, clock):
    store = store_in(tmp_path / "physio", clock)
    yield store
    store.close()


def _summary(store, sid):
    """What history and reports show of a session, without ids (they differ between the two stores)."""
    d = store.session_detail(sid)
    return ((d.info.started_at, d.info.status, d.info.pain_before, d.info.pain_after),
            [(s.info.exercise, s.info.rep_count, s.info.recorded_rep_count, s.info.good_reps, s.info.stopped_for_pain,
              s.info.pain, [c.reason for c in s.info.corrections],
              [(r.index, r.good_form, r.faults, r.metrics) for r in s.reps],
              [(f.kind, f.category, f.t_start, f.t_end) for f in s.faults]) for s in d.sets],
            [(n.author, n.text, n.created_at) for n in d.notes],
            [(p.context, p.rating, p.created_at) for p in d.pain_ratings])


def test_round_trip_between_two_data_folders(tmp_path, clock, patient, physio):
    sids = [add_bridge_session(patient, tmp_path, clock), add_guided_session(patient, clock),
            add_bridge_session(patient, tmp_path, clock, reps=2, hold_s=0.2)]
    out = tmp_path / "for_physio"
    result = export_share(patient, out, shelf=SetTracks(patient), patient_name="Ann Example")
    assert result.path == tmp_path / "for_physio.coachshare" and result.path.stat().st_size == result.size
    assert result.sessions == 3 and result.tracks == 2
    with zipfile.ZipFile(result.path) as zf:
        names = zf.namelist()
        assert not any(n.endswith((".mp4", ".avi", ".mov")) for n in names)
        assert "summary.html" in names and "Ann Example" in zf.read("summary.html").decode()
        manifest = json.loads(zf.read("manifest.json"))
        analysis = json.loads(zf.read("sessions.json"))["sessions"][0]["sets"][0]["analysis"]
    assert manifest["version"] == 1 and set(manifest["members"]) == set(names) - {"manifest.json"}
    assert analysis["video"] == "bridge_060900.npz"  # the patient's folders stay on the patient's machine

    report = import_share(physio, result.path, shelf=SetTracks(physio))
    assert report.line() == "3 sessions, 0 already here; 3 added to Ann Example (new patient); 2 pose track(s) saved"
    ann = physio.patient(report.patient_id)
    imported = physio.sessions(ann.id)
    assert [_summary(physio, s.id) for s in imported] == [_summary(patient, s) for s in sids]
    assert {s.source for s in imported} == {"imported"}
    # Corrected counts travel with their audit trail; the history charts read the imported sessions.
    guided = physio.sets_of(imported[1].id)
    assert guided[0].rep_count == 4 and guided[0].recorded_rep_count == 3 and guided[1].stopped_for_pain
    points = physio.exercise_series("glute_bridge", ann.id)
    assert [p.reps_done for p in points] == [p.reps_done for p in patient.exercise_series("glute_bridge")]
    assert [p.pain_before for p in physio.pain_series(ann.id)] == [3, 4, 3]
    # Each set's pose track is the patient's, frame for frame.
    shelf = SetTracks(physio)
    mine = load_track(SetTracks(patient).track_of(patient.sets_of(sids[0])[0].id))
    theirs = load_track(shelf.track_of(physio.sets_of(imported[0].id)[0].id))
    assert np.array_equal(theirs.t_s, mine.t_s) and np.array_equal(theirs.image, mine.image, equal_nan=True)
    assert theirs.source == "bridge.mp4"  # a path on the patient's machine would be cut to this name
    assert shelf.track_of(guided[0].id) is None  # a set recorded without a track has none here either

    # The physio's session report (CSV here) reads the imported sessions like their own.
    from coach.reports.session_report import export_session_report

    written = export_session_report(physio, tmp_path / "ann_report", patient_id=ann.id, formats=(".csv",))
    csv_text = written[0].read_text(encoding="utf-8")
    assert csv_text.count("\n") > 3 and "one rep missed off camera" in csv_text

    rows = session_rows(physio)
    assert [(r.patient, r.source, r.reps) for r in rows] == [("Ann Example", "imported", 3),
                                                              ("Ann Example", "imported", 5),
                                                              ("Ann Example", "imported", 2)]
    assert rows[1].pain_before == 4 and rows[1].pain_after == 5


def test_importing_twice_adds_nothing_and_an_overlap_adds_only_what_is_new(tmp_path, clock, patient, physio):
    first_day = clock.t.date()
    add_bridge_session(patient, tmp_path, clock)
    add_guided_session(patient, clock)
    a = export_share(patient, tmp_path / "a.coachshare", shelf=SetTracks(patient)).path
    assert import_share(physio, a, "Ann").line().startswith("2 sessions, 0 already here; 2 added to Ann")
    counts = {t: physio.query_one(f"SELECT COUNT(*) FROM {t}")[0] for t in ("sessions", "sets", "reps", "faults",
                                                                             "notes", "pain_ratings")}
    again = import_share(physio, a, "Ann", shelf=SetTracks(physio))
    assert (again.added, again.already_here) == (0, 2) and again.line().startswith("2 sessions, 2 already here;")
    # Nothing new for a name not seen before: no empty patient is made; the sessions' patient is named.
    elsewhere = import_share(physio, a, "Someone Else")
    assert elsewhere.line() == "2 sessions, 2 already here" and elsewhere.patient_name == "Ann"
    assert [p.name for p in physio.patients()] == ["Ann"]
    assert {t: physio.query_one(f"SELECT COUNT(*) FROM {t}")[0] for t in counts} == counts
    assert again.tracks_saved == 1  # the first import had no track shelf: the missing track is filled in now

    # Nothing new since the last share: the patient is told, and no file is made.
    assert plan_export(patient).describe()[0].startswith("No sessions to share: nothing new since the last share")
    with pytest.raises(ShareFileError, match="nothing new since the last share"):
        export_share(patient, tmp_path / "empty.coachshare")
    # A later file over the whole period overlaps the first one: only the new session (and a new note) arrive.
    add_bridge_session(patient, tmp_path, clock, reps=2)
    patient.add_note(patient.sessions()[0].id, "Felt easier on day two", author="patient")
    b = export_share(patient, tmp_path / "b.coachshare", since=first_day).path
    overlap = import_share(physio, b, "ann")  # any case finds the same patient
    assert (overlap.added, overlap.already_here, overlap.notes_added, overlap.new_patient) == (1, 2, 1, False)
    assert overlap.line() == "3 sessions, 2 already here; 1 added to Ann; 1 new note(s)"
    assert len(physio.sessions(overlap.patient_id)) == 3


def test_the_plan_shows_what_is_inside_before_anything_is_written(tmp_path, clock, patient):
    add_bridge_session(patient, tmp_path, clock)
    add_guided_session(patient, clock)
    from coach.store import SessionRecorder

    SessionRecorder.start(patient)  # being recorded: not finished, so not shared
    plan = plan_export(patient, since=date(2024, 5, 1))
    prepared = prepare_share(patient, plan, SetTracks(patient))
    try:
        lines = prepared.describe()
        assert lines[0].startswith("2 sessions of Me, 2024-05-06 to 2024-05-07")
        assert "1 pose track (the skeleton of each set; no video)" in lines
        assert "1 unfinished session left out (finish or close it first)" in lines
        assert lines[-1].startswith("size: ") and prepared.size == prepared.file.stat().st_size > 1000
        assert patient.query_one("SELECT COUNT(*) FROM sessions WHERE shared_at IS NOT NULL")[0] == 0
    finally:
        prepared.discard()
    assert not prepared.file.exists()
