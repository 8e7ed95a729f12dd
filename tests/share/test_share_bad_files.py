"""Bad share files are refused with one line and leave the physio's store (and tracks folder) exactly as it was."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from coach.live.set_tracks import SetTracks
from coach.store.share import ShareFileError, import_share

from .share_helpers import store_in, week_share, write_share


@pytest.fixture
def good_file(tmp_path, clock) -> Path:
    return week_share(tmp_path, clock)


@pytest.fixture
def physio(tmp_path, clock):
    store = store_in(tmp_path / "physio", clock)
    store.add_patient("Ann")
    yield store
    store.close()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


_write = write_share


def _state(store, folder: Path) -> tuple:
    return ("\n".join(store._conn.iterdump()), sorted(p.name for p in folder.glob("**/*")))


def _refused(physio, path: Path, match: str) -> str:
    folder = Path(physio.path).parent
    before = _state(physio, folder)
    with pytest.raises(ShareFileError, match=match) as info:
        import_share(physio, path, "Ann", shelf=SetTracks(physio))
    assert _state(physio, folder) == before
    message = str(info.value)
    assert "\n" not in message and message.endswith("Nothing was changed.") or "does not exist" in message
    return message


def test_a_truncated_file_is_refused(tmp_path, good_file, physio):
    data = good_file.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        short = tmp_path / f"short_{cut}.coachshare"
        short.write_bytes(data[:cut])
        _refused(physio, short, "damaged or incomplete")


def test_a_member_that_climbs_out_of_the_data_folder_is_refused(tmp_path, good_file, physio):
    members = _members(good_file)
    track = next(n for n in members if n.startswith("tracks/"))
    for evil in ("../../escaped.npz", "tracks/../../escaped.npz", "/tmp/escaped.npz", "tracks\\..\\x.npz"):
        bad = dict(members)
        bad[evil] = bad.pop(track)
        msg = _refused(physio, _write(tmp_path / "climb.coachshare", bad), "not part of a Coach share file")
        assert ("escaped.npz" if "escaped" in evil else "x.npz") in msg  # names the part it refused
    assert not (tmp_path / "escaped.npz").exists() and not Path("/tmp/escaped.npz").exists()
    # A set naming a track outside tracks/ is refused by the value checks too.
    sessions = json.loads(members["sessions.json"])
    sessions["sessions"][0]["sets"][0]["track"] = "../coach.sqlite3"
    _refused(physio, _write(tmp_path / "name.coachshare", {**members, "sessions.json": json.dumps(sessions).encode()}),
             "'track' must name a pose track in the file")


def test_a_file_from_a_newer_coach_is_refused(tmp_path, good_file, physio):
    members = _members(good_file)
    manifest = json.loads(members["manifest.json"])
    manifest["version"] = 2
    msg = _refused(physio, _write(tmp_path / "new.coachshare", {**members, "manifest.json": json.dumps(manifest)
                                                                 .encode()}, rehash=False), "made by a newer Coach")
    assert "share format 2; this Coach reads up to 1" in msg


def test_tampered_and_foreign_files_are_refused(tmp_path, good_file, physio):
    members = _members(good_file)
    sessions = json.loads(members["sessions.json"])
    sessions["sessions"][0]["pain_before"] = 0
    edited = {**members, "sessions.json": json.dumps(sessions).encode()}
    _refused(physio, _write(tmp_path / "edited.coachshare", edited, rehash=False), "does not match its checksum")
    # An edit that also rewrites the checksums still has every value checked.
    sessions["sessions"][1]["pain_after"] = 11
    _refused(physio, _write(tmp_path / "careful.coachshare", {**members, "sessions.json": json.dumps(sessions)
                                                                  .encode()}), r"pain_after' must be a whole number")
    # An extra member not in the manifest, another program's zip, and not a zip at all.
    _refused(physio, _write(tmp_path / "extra.coachshare", {**members, "summary.html": b"<p>other</p>",
                                                            "tracks/" + "0" * 32 + "_9.npz": b"x"}, rehash=False),
             "do not match its manifest")
    _refused(physio, _write(tmp_path / "foreign.zip", {"manifest.json": b'{"schema": "other"}'}, rehash=False),
             "not a Coach share file")
    text = tmp_path / "notes.coachshare"
    text.write_text("hello")
    _refused(physio, text, "not a Coach share file")
    _refused(physio, tmp_path / "missing.coachshare", "does not exist")


def test_sizes_are_checked_before_anything_is_unpacked(tmp_path, good_file, physio, monkeypatch):
    members = _members(good_file)
    bomb = _write(tmp_path / "bomb.coachshare", {**members, "summary.html": b"\0" * (20 * 1024 * 1024)})
    opened = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, name, *a, **k: opened.append(name) or
                        real_open(self, name, *a, **k))
    _refused(physio, bomb, "would unpack to")
    assert opened == []  # refused on the archive's directory alone


def test_a_damaged_pose_track_is_refused_whole(tmp_path, good_file, physio):
    members = _members(good_file)
    track = next(n for n in members if n.startswith("tracks/"))
    _refused(physio, _write(tmp_path / "track.coachshare", {**members, track: members[track][:-200]}),
             f"{track} is not a valid pose track")


def test_a_deeply_nested_or_foreign_analysis_is_refused(tmp_path, good_file, physio):
    members = _members(good_file)
    deep = b'{"schema": "coach.share-sessions/1", "sessions": ' + b"[" * 100000 + b"]" * 100000 + b"}"
    _refused(physio, _write(tmp_path / "deep.coachshare", {**members, "sessions.json": deep}),
             "nested more than 16 levels deep")
    sessions = json.loads(members["sessions.json"])
    sessions["sessions"][0]["sets"][0]["analysis"] = {"schema": "something/else"}
    _refused(physio, _write(tmp_path / "analysis.coachshare", {**members, "sessions.json": json.dumps(sessions)
                                                                   .encode()}), "'analysis' must be this set's")


def _edited(tmp_path: Path, members: dict[str, bytes], edit, name: str) -> Path:
    sessions = json.loads(members["sessions.json"])
    edit(sessions["sessions"][0])
    return _write(tmp_path / name, {**members, "sessions.json": json.dumps(sessions).encode()})


@pytest.mark.parametrize("edit,match", [
    # issue 27 item 11: an analysis 500 deep broke every later export; wrong types and times were accepted
    (lambda s: s["sets"][0]["analysis"]["reps"][0]["metrics"].update(deep=json.loads("[" * 500 + "]" * 500)),
     "nested more than 16 levels deep"),
    (lambda s: s["sets"][0]["analysis"].update(reps="x"), r"Expected `array`, got `str` - at `\$.reps`"),
    (lambda s: s["sets"][0]["analysis"].update(fps="fast"), r"Expected `float`, got `str` - at `\$.fps`"),
    (lambda s: s["sets"][0]["analysis"]["reps"][0].update(t_end=-1.0), r"\$.reps\[0\].t_end"),
    (lambda s: s["sets"][0]["analysis"]["reps"][0].update(t_start=1e4, t_end=1.0), "ends before it starts"),
    (lambda s: s.update(started_at="2024-05-06T10:00:00"), "'started_at' must be a date and time with its UTC"),
    (lambda s: s.update(started_at="2024-05-06"), "'started_at' must be a date and time with its UTC"),
    (lambda s: s.update(ended_at="2000-01-01T10:00:00+02:00"), "'ended_at' is before 'started_at'"),
    (lambda s: s["sets"][0].update(ended_at="2000-01-01T10:00:00+02:00"), "set 1: 'ended_at' is before"),
])
def test_an_analysis_or_time_coach_never_writes_is_refused(tmp_path, good_file, physio, edit, match):
    _refused(physio, _edited(tmp_path, _members(good_file), edit, "edited.coachshare"), match)
