"""coach.posetrack/1: round trip, and one clear line for every kind of bad file."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from coach.errors import PoseTrackError
from coach.pose.track import SCHEMA, load_track, save_track
from support.tracks import make_track


def test_round_trip(tmp_path):
    tr = make_track()
    p = save_track(tr, tmp_path / "t.npz")
    back = load_track(p)
    assert np.array_equal(back.t_s, tr.t_s) and back.fps == 30.0 and back.frame_size == (640, 480)
    frames = list(back.frames())
    assert frames[3].image is None and frames[4].image is not None
    with np.load(p) as z:
        assert str(z["schema"]) == SCHEMA and z["image"].dtype == np.float32 and z["t_s"].dtype == np.float64


def write(tmp_path, **over):
    tr = make_track()
    data = dict(schema=np.array(SCHEMA), t_s=tr.t_s, image=tr.image, world=tr.world,
                frame_size=np.array([640, 480]), fps=np.array(30.0))
    data.update(over)
    data = {k: v for k, v in data.items() if v is not None}
    p = tmp_path / "bad.npz"
    np.savez_compressed(p, **data)
    return p


@pytest.mark.parametrize("over, message", [
    ({"schema": np.array("coach.posetrack/2")}, "this version of Coach reads"),
    ({"schema": None}, "'schema' is missing"),
    ({"image": np.zeros((10, 33, 3), np.float32)}, "'image' must have shape (10, 33, 4)"),
    ({"t_s": np.array([0.0, 1.0] + [np.nan] * 8)}, "NaN"),
    ({"t_s": np.array([0.0] * 10)}, "strictly increase"),
    ({"fps": np.array(-1.0)}, "'fps' must be a positive number"),
])
def test_reader_errors(tmp_path, over, message):
    with pytest.raises(PoseTrackError) as err:
        load_track(write(tmp_path, **over))
    assert message in str(err.value)


def test_truncated_and_not_an_archive(tmp_path):
    p = save_track(make_track(), tmp_path / "t.npz")
    cut = tmp_path / "cut.npz"
    cut.write_bytes(p.read_bytes()[: p.stat().st_size // 2])
    with pytest.raises(PoseTrackError, match="truncated"):
        load_track(cut)
    txt = tmp_path / "text.npz"
    txt.write_text("hello")
    with pytest.raises(PoseTrackError):
        load_track(txt)


def test_cli_reports_bad_track_in_one_line(tmp_path):
    p = write(tmp_path, schema=np.array("other/9"))
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(p), "--exercise", "plank"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "schema" in proc.stderr and "Traceback" not in proc.stderr


def test_track_exports_to_csv_with_named_columns(tmp_path):
    import csv

    from coach.pose.track_csv import write_track_csv

    tr = make_track()
    out = write_track_csv(tr, tmp_path / "t.csv")
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == len(tr)
    assert rows[3]["person"] == "0" and rows[3]["nose_x"] == ""
    assert float(rows[0]["left_hip_y"]) == pytest.approx(float(tr.image[0, 23, 1]), abs=1e-4)
    assert float(rows[0]["t_s"]) == pytest.approx(0.0) and "right_ankle_wz" in rows[0]


def test_cli_export_track_and_store(tmp_path):
    track = save_track(make_track(), tmp_path / "t.npz")
    out = tmp_path / "t.csv"
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "export-track", str(track), "--csv", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert len(out.read_text().splitlines()) == 1 + len(make_track())
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "--data-dir", str(tmp_path / "data"), "analyze",
                           str(track), "--exercise", "plank", "--store", "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    from coach.store import Store

    with Store(tmp_path / "data" / "coach.sqlite3") as store:
        assert len(store.sessions()) == 1
