"""Bad input to `coach analyze` exits non-zero with one readable line, never a traceback."""
from __future__ import annotations

import subprocess
import sys

import pytest


def analyze(*args):
    return subprocess.run([sys.executable, "-m", "coach.cli", "analyze", *args], capture_output=True, text=True,
                          timeout=120)


def file_with(name, data: bytes):
    def make(d):
        (d / name).write_bytes(data)
        return d / name
    return make


@pytest.mark.parametrize("make, expect", [
    (lambda d: d / "missing.mp4", "not found"),
    (lambda d: d, "no videos or pose tracks"),
    (file_with("empty.mp4", b""), "empty"),
    (file_with("text.mp4", b"not a video"), "cannot open"),
])
def test_bad_video_inputs(tmp_path, make, expect):
    path = make(tmp_path)
    proc = analyze(str(path), "--exercise", "plank")
    assert proc.returncode != 0
    assert expect in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("coach:")


def test_unknown_exercise(tmp_path):
    proc = analyze(str(tmp_path / "x.mp4"), "--exercise", "squat")
    assert proc.returncode == 2 and "invalid choice" in proc.stderr


def test_malformed_rule_file(tmp_path):
    from synthetic import PLANK, frame  # noqa: F401  (ensures tests dir importable)
    from support.tracks import make_track

    from coach.pose.track import save_track

    track = save_track(make_track(), tmp_path / "t.npz")
    bad = tmp_path / "r.toml"
    bad.write_text("[plank.form]\nsag_enter = 'x'\n")
    proc = analyze(str(track), "--exercise", "plank", "--rules", str(bad))
    assert proc.returncode == 2 and str(bad) in proc.stderr and "sag_enter" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_core_does_not_import_qt():
    code = ("import sys, coach.analysis, coach.exercises.registry as r, coach.cli; r.exercise_names(); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported by the core'")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
