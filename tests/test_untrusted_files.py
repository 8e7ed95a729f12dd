"""Files from elsewhere (issue 27, items 1–5): damaged bytes, zip bombs and arrays a track cannot have are
refused through the command line with one line — never a traceback, never gigabytes, never accepted damaged.

The byte-flip fuzz runs a few dozen cases in CI; ``-m slow`` runs at least 1,000 each on a share file and a
pose track made from a real clip (skipped when ../shared/data is absent).
"""
from __future__ import annotations

import io
import random
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from clips import ROOT, SHARED_DATA
from coach.cli import main
from coach.live.set_tracks import SetTracks
from coach.pose.track import load_track, save_track
from coach.store.share import export_share
from share.share_helpers import add_guided_session, store_in, week_share, write_bridge_track, write_share
from untrusted_files import bomb_track, flipped, members, npy_header
from wall_clock import FakeClock

CI_FLIPS = 40
FULL_FLIPS = 1000
REAL_CLIP = SHARED_DATA / "videos" / "glute_bridge" / "pexels_band_bridge_side.mp4"


def _one_line_or_same(capsys, code: int, accepted: object, original: object) -> str:
    """Exit 2 with exactly one ``coach:`` line, or exit 0 with exactly the original's content: never damage."""
    cap = capsys.readouterr()
    if code == 0:
        assert accepted == original, "a damaged file was accepted with other content"
        return "same"
    assert code == 2, cap.err
    lines = cap.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("coach: "), cap.err
    assert "Traceback" not in cap.err
    return "refused"


def _csv_of(track: Path, out: Path) -> int:
    return main(["export-track", str(track), "--csv", str(out)])


def fuzz_track(track: Path, tmp: Path, count: int, capsys, seed: int = 27) -> dict[str, int]:
    original_csv = tmp / "original.csv"
    assert _csv_of(track, original_csv) == 0
    capsys.readouterr()
    original, data, rng = original_csv.read_bytes(), track.read_bytes(), random.Random(seed)
    seen = {"same": 0, "refused": 0}
    for _ in range(count):
        bad = tmp / "bad.npz"
        bad.write_bytes(flipped(data, rng))
        out = tmp / "bad.csv"
        out.unlink(missing_ok=True)
        code = _csv_of(bad, out)
        seen[_one_line_or_same(capsys, code, out.read_bytes() if code == 0 else None, original)] += 1
    return seen


def _store_dump(folder: Path) -> list[str]:
    from coach.store import Store

    with Store(folder / "coach.sqlite3") as store:
        rows = store.query("SELECT s.started_at, s.status, s.share_id, t.exercise, t.rep_count, t.analysis_json "
                           "FROM sessions s JOIN sets t ON t.session_id = s.id ORDER BY s.started_at, t.set_index")
    tracks = sorted((p.name, p.read_bytes()) for p in (folder / "tracks").glob("*.npz"))
    return [tuple(r) for r in rows] + tracks


def fuzz_share(share: Path, tmp: Path, count: int, capsys, seed: int = 27) -> dict[str, int]:
    assert main(["share", "import", str(share), "--data-dir", str(tmp / "pristine")]) == 0
    capsys.readouterr()
    original, data, rng = _store_dump(tmp / "pristine"), share.read_bytes(), random.Random(seed)
    seen = {"same": 0, "refused": 0}
    for i in range(count):
        bad = tmp / "bad.coachshare"
        bad.write_bytes(flipped(data, rng))
        folder = tmp / f"physio{i}"
        code = main(["share", "import", str(bad), "--data-dir", str(folder)])
        accepted = _store_dump(folder) if code == 0 else None
        seen[_one_line_or_same(capsys, code, accepted, original)] += 1
        if code != 0:
            assert not folder.exists(), "a refused import made the data folder"
    return seen


@pytest.fixture
def synthetic_share(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "unused"))
    return week_share(tmp_path, FakeClock())


# ----- item 1: one damaged byte ----------------------------------------------------------------------
def test_byte_flips_in_a_pose_track_are_refused_in_one_line(tmp_path, capsys):
    seen = fuzz_track(write_bridge_track(tmp_path / "t.npz", reps=2), tmp_path, CI_FLIPS, capsys)
    assert seen["refused"] > CI_FLIPS // 2


def test_byte_flips_in_a_share_file_are_refused_in_one_line(synthetic_share, tmp_path, capsys, monkeypatch):
    seen = fuzz_share(synthetic_share, tmp_path, CI_FLIPS, capsys)
    assert seen["refused"] > CI_FLIPS // 2


def test_a_broken_deflate_stream_and_an_unknown_zip_version_are_one_line(tmp_path, capsys):
    """The two tracebacks seen in issue 27: zlib.error and NotImplementedError ("zip file version")."""
    track = write_bridge_track(tmp_path / "t.npz", reps=1)
    data = bytearray(track.read_bytes())
    with zipfile.ZipFile(track) as zf:
        info = zf.getinfo("image.npy")
    name_len, extra_len = struct.unpack("<2H", data[info.header_offset + 26:info.header_offset + 30])
    body = info.header_offset + 30 + name_len + extra_len      # the local header's own lengths (zip64 extra)
    broken = bytearray(data)
    broken[body + 5:body + 9] = b"\xff\xff\xff\xff"            # inside the deflate stream
    (tmp_path / "zlib.npz").write_bytes(broken)
    version = bytearray(data)
    version[data.find(b"PK\x01\x02") + 6] = 99               # "version needed to extract", central directory
    (tmp_path / "version.npz").write_bytes(version)
    for name in ("zlib.npz", "version.npz"):
        code = _csv_of(tmp_path / name, tmp_path / "o.csv")
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and "is not a readable pose track" in err, err


@pytest.mark.slow
def test_a_thousand_byte_flips_each_in_a_real_track_and_share_file(tmp_path, capsys, monkeypatch):
    if not REAL_CLIP.exists():
        pytest.skip(f"{REAL_CLIP} is absent")
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "unused"))
    track = tmp_path / "real.npz"
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(REAL_CLIP), "--exercise",
                           "glute_bridge", "--save-pose", str(track), "--quiet"], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    seen = fuzz_track(track, tmp_path, FULL_FLIPS, capsys)
    assert seen["refused"] >= FULL_FLIPS * 0.9
    from coach.analysis import analyze_file
    from coach.store import store_analysis_result

    clock = FakeClock()
    patient = store_in(tmp_path / "patient", clock)
    try:
        sid = store_analysis_result(patient, analyze_file(track, "glute_bridge"), started_at=patient.now())
        SetTracks(patient).save(load_track(track), sid, patient.sets_of(sid)[0].id, 1, "glute_bridge")
        add_guided_session(patient, clock)
        share = export_share(patient, tmp_path / "real.coachshare", shelf=SetTracks(patient)).path
    finally:
        patient.close()
    seen = fuzz_share(share, tmp_path, FULL_FLIPS, capsys)
    assert seen["refused"] >= FULL_FLIPS * 0.9


# ----- items 2 and 3: a header that claims too much, a zip bomb --------------------------------------
# Peak memory is this process's own high-water mark (VmHWM): ru_maxrss also counts the parent's pages from
# before exec, so under a large pytest process it reported gigabytes this command never touched.
_MEASURE = """
import resource, sys, time
from coach.cli import main
start = time.perf_counter()
code = main(sys.argv[1:])
seconds = time.perf_counter() - start
try:
    with open("/proc/self/status") as fh:
        mb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) // 1024
except (OSError, StopIteration):
    mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(code, seconds, mb, file=sys.stderr)
"""


def _measured(*argv: str) -> tuple[int, float, int, str]:
    """Exit code, seconds and peak memory (MB) of ``coach argv`` in a fresh process, and its other stderr."""
    proc = subprocess.run([sys.executable, "-c", _MEASURE, *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    *lines, last = proc.stderr.strip().splitlines()
    code, seconds, mb = last.split()
    return int(code), float(seconds), int(mb), "\n".join(lines)


@pytest.fixture(scope="module")
def bombs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {where: bomb_track(folder / f"{where}.npz", where) for where in ("extra", "image")}


@pytest.mark.parametrize("where", ["extra", "image"])
def test_a_gibibyte_packed_into_a_small_track_is_refused_at_once(bombs, tmp_path, where):
    track = bombs[where]
    assert track.stat().st_size < 1.5 * 1024 * 1024
    with zipfile.ZipFile(track) as zf:
        assert sum(i.file_size for i in zf.infolist()) > 1024 ** 3
    code, seconds, mb, err = _measured("export-track", str(track), "--csv", str(tmp_path / "o.csv"))
    assert code == 2 and "is not a readable pose track" in err and err.count("\n") == 0, err
    assert seconds < 1.0 and mb < 300
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("where", ["extra", "image"])
def test_a_gibibyte_track_inside_a_share_file_is_refused_at_once(bombs, synthetic_share, tmp_path, where):
    parts = members(synthetic_share)
    name = next(n for n in parts if n.startswith("tracks/"))
    share = write_share(tmp_path / "bomb.coachshare", {**parts, name: bombs[where].read_bytes()})
    assert share.stat().st_size < 1.5 * 1024 * 1024
    folder = tmp_path / "physio"
    code, seconds, mb, err = _measured("share", "import", str(share), "--data-dir", str(folder))
    assert code == 2 and "is not a valid pose track" in err and err.count("\n") == 0, err
    assert seconds < 1.0 and mb < 300
    assert not folder.exists()


def test_a_header_claiming_a_trillion_frames_is_refused_from_the_header(tmp_path, capsys):
    track = write_bridge_track(tmp_path / "t.npz", reps=1)
    parts = members(track)
    parts["image.npy"] = npy_header((10 ** 12, 33, 4), "<f4") + parts["image.npy"][128:]
    _rezip(tmp_path / "huge.npz", parts)
    assert _csv_of(tmp_path / "huge.npz", tmp_path / "o.csv") == 2
    err = capsys.readouterr().err
    assert "'image' must have shape" in err and "1000000000000" in err and err.count("\n") == 1


def _rezip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


# ----- item 5: arrays a track cannot have ------------------------------------------------------------
def _npy(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, arr, allow_pickle=False)
    return buf.getvalue()


@pytest.mark.parametrize("key,value,words", [
    ("t_s", np.array(["0.0"] * 3), "'t_s' must have shape"),
    ("image", np.zeros(3, dtype="V8"), "'image' must have shape"),
    ("world", np.zeros((3, 33, 4), dtype=np.complex64), "'world' must have shape"),
    ("fps", np.array(True), "'fps' must have shape () and hold numbers"),
    ("fps", np.array(30 + 1j), "'fps' must have shape"),
    ("t_s", np.array([0, 1, 2], dtype="datetime64[s]"), "'t_s' must have shape"),
    ("frame_size", np.zeros(2, dtype=[("w", "i4")]), "holds [('w', '<i4')] values"),
    ("extra", np.zeros(3), "holds 'extra.npy', which is not part of a pose track"),
    ("silhouette_box", np.full((3, 3), 1e30, np.float32), "'silhouette_box' rows must be finite"),
])
def test_arrays_a_track_cannot_have_are_refused(tmp_path, capsys, key, value, words):
    track = write_bridge_track(tmp_path / "t.npz", reps=1)
    small = load_track(track).take(np.arange(3))
    save_track(small, tmp_path / "small.npz")
    parts = members(tmp_path / "small.npz")
    parts[f"{key}.npy"] = _npy(value)
    if key == "silhouette_box":
        parts["silhouette.npy"] = _npy(np.zeros((3, 48, 48), np.uint8))
    _rezip(tmp_path / "bad.npz", parts)
    assert _csv_of(tmp_path / "bad.npz", tmp_path / "o.csv") == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1, err


def test_coach_never_writes_a_track_longer_than_it_reads(tmp_path, monkeypatch):
    from coach.errors import PoseTrackError
    from coach.pose import track as track_module

    track = load_track(write_bridge_track(tmp_path / "t.npz", reps=1))
    monkeypatch.setattr(track_module, "MAX_FRAMES", 40)
    assert len(track) > 40
    with pytest.raises(PoseTrackError, match="at most 40 frames"):
        save_track(track, tmp_path / "long.npz")
    save_track(track.take(np.arange(40)), tmp_path / "short.npz")
    assert len(load_track(tmp_path / "short.npz")) == 40
    with pytest.raises(PoseTrackError, match=r"at most 40 frames\), got float64 \(41,\)"):
        monkeypatch.setattr(track_module, "MAX_FRAMES", 41)
        save_track(track.take(np.arange(41)), tmp_path / "long.npz")
        monkeypatch.setattr(track_module, "MAX_FRAMES", 40)
        load_track(tmp_path / "long.npz")
