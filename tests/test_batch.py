"""Batch analysis: folders mixing videos and pose tracks, one bad file skipped, one JSON per input."""
from __future__ import annotations

import json
import subprocess
import sys

from coach.pose.track import save_track
from clips import ROOT
from test_reliability_core import write_avi
from test_track_format import make_track


def test_folder_with_tracks_videos_and_a_bad_file(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    save_track(make_track(40), inputs / "a.npz")
    save_track(make_track(20), inputs / "b.npz")
    write_avi(inputs / "c.avi", 15)
    (inputs / "broken.mp4").write_text("not a video")
    (inputs / "notes.txt").write_text("ignored: not a video")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(inputs), "--exercise", "plank",
                           "--json", str(out), "--jobs", "2", "--quiet"], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert proc.returncode == 1
    assert "skipped" in proc.stderr and "broken.mp4" in proc.stderr and "Traceback" not in proc.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == ["a.json", "b.json", "c.json"]
    a = json.loads((out / "a.json").read_text())
    assert a["frames"] == 40 and a["source_kind"] == "pose_track"
    assert json.loads((out / "c.json").read_text())["frames"] == 15
