"""Whole-session recognition on the real clips in ../shared/data (skipped when they are absent).

Every labelled clip, analysed without ``--exercise``, must name its own exercise (a look-alike:
no set); a session joined from real clips must split into its parts. The clips are never committed.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clips import OUR_EXERCISES, ROOT, SHARED_DATA, clip_labels

LABELS = clip_labels()
sys.path.insert(0, str(ROOT / "scripts"))


def _auto(path: Path, out: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(path), "--json", str(out), "--quiet"],
                          capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(out.read_text())


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"].split("/")[-1] for lab in LABELS])
def test_each_clip_is_recognised_as_its_exercise(clip_runs, label):
    """In process on the clip's pose track (the command line's own path is tested on the joined session)."""
    from coach.analysis.session import split_track
    from coach.pose.track import load_track

    found = split_track(load_track(clip_runs.track(label)), label["file"]).sets
    named = [s.exercise for s in found]
    assert named == ([label["exercise"]] if label["exercise"] in OUR_EXERCISES else []), found


def test_a_session_joined_from_real_clips_splits_into_its_sets(shared_data, tmp_path):
    """Cat-cow from the front-oblique, head-on mountain climbers (a look-alike that MediaPipe reads as on
    all fours), then cat-cow from the side: two sets of one rep each, nothing in between."""
    from make_session_recordings import find_ffmpeg, join

    by_name = {Path(lab["file"]).name: lab for lab in LABELS}
    parts = [by_name[n] for n in ("home_front_oblique_timer_from_gif.mp4", "mountain_climber_musclewiki_front.mp4",
                                  "istock_home_studio_side.mp4")]
    video = tmp_path / "session.mp4"
    join(find_ffmpeg(), [SHARED_DATA / p["file"] for p in parts], video, 960, 540, 30.0)
    bounds = [0.0]
    for p in parts:
        bounds.append(bounds[-1] + p["duration_s"])
    sets = _auto(video, tmp_path / "auto.json")["sets"]
    middles = [(s["start_s"] + s["end_s"]) / 2 for s in sets]
    assert [s["exercise"] for s in sets] == ["cat_cow", "cat_cow"], sets
    assert bounds[0] <= middles[0] < bounds[1] and bounds[2] <= middles[1] < bounds[3]
    assert [s["rep_count"] for s in sets] == [1, 1]
