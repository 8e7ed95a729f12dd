"""Pose-track links live in the store, relative to the data folder (issue 27, items 7 and 8): a moved folder
keeps them, importing again writes no duplicate, two imports at once lose none, and the links an older Coach
kept in tracks/index.json are adopted."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from clips import ROOT
from coach.cli import main
from coach.live.set_tracks import SetTracks
from coach.store import Store
from coach.store.share import export_share, import_share

from .share_helpers import add_bridge_session, add_guided_session, store_in


def _linked(folder: Path) -> list[str]:
    with Store(folder / "coach.sqlite3") as store:
        return [r[0] for r in store.query("SELECT pose_track FROM sets WHERE pose_track IS NOT NULL ORDER BY id")]


def test_a_moved_data_folder_keeps_its_tracks_and_an_import_again_writes_no_duplicate(tmp_path, clock):
    patient = store_in(tmp_path / "patient", clock)
    add_bridge_session(patient, tmp_path, clock)
    patient.close()
    moved = tmp_path / "usb" / "patient"
    shutil.move(str(tmp_path / "patient"), str(moved))
    with Store(moved / "coach.sqlite3", clock=clock) as store:
        result = export_share(store, tmp_path / "week", shelf=SetTracks(store))
    assert result.tracks == 1  # was 0: the link held the folder's old absolute path
    physio = store_in(tmp_path / "physio", clock)
    try:
        assert import_share(physio, result.path, shelf=SetTracks(physio)).tracks_saved == 1
    finally:
        physio.close()
    shutil.copytree(tmp_path / "physio", tmp_path / "physio-copy")
    with Store(tmp_path / "physio-copy" / "coach.sqlite3", clock=clock) as copy:
        report = import_share(copy, result.path, shelf=SetTracks(copy))
        assert report.added == 0 and report.tracks_saved == 0
        assert SetTracks(copy).track_of(copy.sets_of(copy.sessions(copy.patients()[-1].id)[0].id)[0].id) is not None
    assert sorted(p.name for p in (tmp_path / "physio-copy" / "tracks").iterdir()) \
        == sorted(p.name for p in (tmp_path / "physio" / "tracks").iterdir())  # no duplicate track


def test_links_an_older_coach_kept_in_index_json_are_adopted_even_after_a_move(tmp_path, clock):
    patient = store_in(tmp_path / "old", clock)
    add_bridge_session(patient, tmp_path, clock)
    set_id = patient.sets_of(patient.sessions()[0].id)[0].id
    track = SetTracks(patient).track_of(set_id)
    with patient.write("forgetting the link") as db:  # as an older Coach left it: the link only in index.json
        db.execute("UPDATE sets SET pose_track = NULL")
    patient.close()
    index = {"schema": "coach.track-index/1",
             "tracks": [{"db": str((tmp_path / "old" / "coach.sqlite3").resolve()), "session_id": 1,
                         "set_id": set_id, "set_index": 1, "exercise": "glute_bridge", "file": track.name}]}
    (track.parent / "index.json").write_text(json.dumps(index), encoding="utf-8")
    shutil.move(str(tmp_path / "old"), str(tmp_path / "new"))
    with Store(tmp_path / "new" / "coach.sqlite3", clock=clock) as store:
        assert SetTracks(store).track_of(set_id) == tmp_path / "new" / "tracks" / track.name
    assert _linked(tmp_path / "new") == [f"tracks/{track.name}"]


def test_a_link_never_leaves_the_tracks_folder(tmp_path, clock):
    store = store_in(tmp_path / "d", clock)
    try:
        add_bridge_session(store, tmp_path, clock)
        set_id = store.sets_of(store.sessions()[0].id)[0].id
        (tmp_path / "outside.npz").write_bytes(b"x")
        for evil in ("../outside.npz", str(tmp_path / "outside.npz"), "tracks/../../outside.npz", "tracks\\..\\x"):
            with store.write("editing by hand") as db:
                db.execute("UPDATE sets SET pose_track = ? WHERE id = ?", (evil, set_id))
            assert SetTracks(store).track_of(set_id) is None
    finally:
        store.close()


def test_two_imports_at_once_keep_both_links(tmp_path, clock, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "unused"))
    files = []
    for name in ("ann", "bob"):
        patient = store_in(tmp_path / name, clock)
        add_bridge_session(patient, tmp_path, clock)
        add_guided_session(patient, clock)
        files.append(export_share(patient, tmp_path / f"{name}.coachshare", shelf=SetTracks(patient)).path)
        patient.close()
    for run in range(3):
        folder = tmp_path / f"physio{run}"
        assert main(["sessions", "--data-dir", str(folder)]) == 2  # nothing there yet
        store_in(folder, clock).close()
        procs = [subprocess.Popen([sys.executable, "-m", "coach.cli", "share", "import", str(f), "--data-dir",
                                   str(folder)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for f in files]
        outs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        assert all("1 pose track(s) saved" in out for out, _ in outs)
        assert len(_linked(folder)) == 2
