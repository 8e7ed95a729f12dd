"""Batch analysis: folders mixing videos and pose tracks, one bad file skipped, one JSON per input."""
from __future__ import annotations

import json
import subprocess
import sys

from coach.pose.track import save_track
from clips import ROOT
from support.videos import write_avi
from support.tracks import make_track


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


def test_the_longest_inputs_start_first_weighed_by_frames_and_picture_size(tmp_path):
    """Two workers finish together only if the long, large videos do not come last."""
    from coach.analysis.batch import estimated_cost

    short_small = write_avi(tmp_path / "short_small.avi", 30, size=(320, 240))
    long_small = write_avi(tmp_path / "long_small.avi", 90, size=(320, 240))
    short_large = write_avi(tmp_path / "short_large.avi", 30, size=(1280, 720))
    track = save_track(make_track(), tmp_path / "t.npz")
    costs = {p.name: estimated_cost(p) for p in (short_small, long_small, short_large, track,
                                                  tmp_path / "missing.mp4")}
    assert costs["long_small.avi"] > costs["short_small.avi"] > 0
    assert costs["short_large.avi"] > costs["short_small.avi"]
    assert costs["t.npz"] == 0 and costs["missing.mp4"] == 0
