"""A patient's data folder with real-shaped sessions: a synthetic bridge set with its pose track, and a
guided-style session with a stop for pain, a note and a count correction. No video, no MediaPipe."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from coach.analysis import analyze_file
from coach.live.set_tracks import SetTracks
from coach.pose.track import PoseTrackRecorder, load_track, save_track
from coach.store import SessionRecorder, Store, store_analysis_result
from synthetic import BRIDGE_REST, BRIDGE_TOP_HIP_Y, frame, moved, timeline

from store.store_helpers import rep_events


def _bridge(hip_y: float) -> dict:
    return moved(BRIDGE_REST, hip=(300, hip_y))


def bridge_reps(n: int, hold_s: float = 1.0) -> list:
    top = BRIDGE_TOP_HIP_Y
    one = [(0.7, lambda u: _bridge(360 + (top - 360) * u)), (hold_s, _bridge(top)),
           (1.2, lambda u: _bridge(top + (360 - top) * u)), (1.5, _bridge(360))]
    return [(2.0, BRIDGE_REST)] + one * n


def write_bridge_track(path: Path, reps: int = 3, hold_s: float = 1.0) -> Path:
    rec = PoseTrackRecorder(30.0, "/home/ann/Videos/bridge.mp4")
    for t, pose in timeline(bridge_reps(reps, hold_s)):
        rec.add(frame(t, pose))
    return save_track(rec.track(), path)


def add_bridge_session(store: Store, folder: Path, clock, reps: int = 3, hold_s: float = 1.0) -> int:
    """An analysed bridge recording as a session, its pose track kept beside the data file like a live set's."""
    track = write_bridge_track(folder / f"bridge_{clock.t:%d%H%M}.npz", reps, hold_s)
    result = analyze_file(track, "glute_bridge")
    sid = store_analysis_result(store, result, pain_before=3, pain_after=2, started_at=store.now())
    set_id = store.sets_of(sid)[0].id
    SetTracks(store).save(load_track(track), sid, set_id, 1, "glute_bridge")
    clock.advance(days=1)
    return sid


def add_guided_session(store: Store, clock) -> int:
    """Two bridge sets, the second stopped for pain; a note; the physio corrects the first set's count."""
    rec = SessionRecorder.start(store, pain_before=4)
    first = rec.begin_set("glute_bridge", target_reps=8)
    for i in range(1, 4):
        rec.record(rep_events(i, i * 3.0, good=i != 2, faults=("too_fast",)))
    rec.end_set("finished")
    rec.begin_set("glute_bridge", target_reps=8)
    rec.record(rep_events(1, 3.0))
    rec.stop_for_pain(6)
    rec.add_note("Left hip felt tight", author="patient")
    rec.finish(pain_after=5)
    store.correct_count(first, 4, "one rep missed off camera", who="physio")
    clock.advance(days=1)
    return rec.session_id


def store_in(folder: Path, clock) -> Store:
    return Store(folder / "coach.sqlite3", clock=clock, busy_timeout_s=0.5)


def week_share(folder: Path, clock) -> Path:
    """A patient's share file (in ``folder``): a bridge session with its pose track and a guided session."""
    from coach.store.share import export_share

    patient = store_in(folder / "patient", clock)
    try:
        add_bridge_session(patient, folder, clock)
        add_guided_session(patient, clock)
        return export_share(patient, folder / "good.coachshare", shelf=SetTracks(patient)).path
    finally:
        patient.close()


def write_share(path: Path, members: dict[str, bytes], rehash: bool = True) -> Path:
    """A file with these members; ``rehash`` rewrites the manifest's checksums (an edit made with care)."""
    if rehash:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {n: {"size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                               for n, b in members.items() if n != "manifest.json"}
        members = {**members, "manifest.json": json.dumps(manifest).encode()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path
