"""Awkward real recordings: unsupported codec, variable frame rate, a person who leaves mid-set, half a body."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from coach.analysis import analyze_file
from coach.sources import VideoFileSource
from clips import ROOT, SHARED_DATA

BRIDGE = SHARED_DATA / "videos/glute_bridge/wanshape_outdoor_side.mp4"
PLANK = SHARED_DATA / "videos/plank/gym_phone_side_male_knee_drop.mp4"


def need(*clips: Path) -> None:
    if not all(c.exists() for c in clips):
        pytest.skip("../shared/data is absent")


def read_all(path: Path) -> tuple[list[np.ndarray], float]:
    cap = cv2.VideoCapture(str(path))
    fps = cap.get(cv2.CAP_PROP_FPS)
    frames = []
    while True:
        ok, f = cap.read()
        if not ok:
            break
        frames.append(f)
    cap.release()
    return frames, fps


def write_mjpg(path: Path, frames: list[np.ndarray], fps: float) -> Path:
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (w, h))
    for f in frames:
        writer.write(f)
    writer.release()
    return path


def test_unsupported_codec_is_one_clear_line(tmp_path):
    good = write_mjpg(tmp_path / "good.avi", [np.full((240, 320, 3), i * 5, np.uint8) for i in range(30)], 30.0)
    data = good.read_bytes()
    assert data.count(b"MJPG") >= 1
    odd = tmp_path / "odd_codec.avi"
    odd.write_bytes(data.replace(b"MJPG", b"QQ9Z"))  # a codec no decoder knows; the container is intact
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(odd), "--exercise", "plank"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"coach: cannot open {odd} as a video (not a video file, an unsupported codec, or a truncated file)"]


def test_variable_frame_rate_uses_the_real_timestamps(tmp_path):
    need(PLANK)
    ff = pytest.importorskip("imageio_ffmpeg", reason="imageio-ffmpeg (test extra) makes the test clips")
    vfr = tmp_path / "vfr.mp4"
    # The first 2 s keep one frame in three (10 fps), the rest all of them (30 fps): one file, two rates.
    subprocess.run([ff.get_ffmpeg_exe(), "-y", "-loglevel", "error", "-i", str(PLANK),
                    "-vf", "select='if(lt(t,2),not(mod(n,3)),1)'", "-fps_mode", "vfr", "-c:v", "libx264",
                    "-preset", "ultrafast", "-an", str(vfr)], check=True)
    with VideoFileSource(vfr) as src:
        t = np.array([f.t_s for f in src])
    steps = np.diff(t)
    assert np.allclose(steps[t[1:] < 1.9], 0.1, atol=0.01)  # slow part at its real pace, not 1 / average fps
    assert np.allclose(steps[t[1:] > 2.2], 1 / 30, atol=0.005)
    constant, variable = analyze_file(PLANK, "plank"), analyze_file(vfr, "plank")
    assert variable.duration_s == pytest.approx(constant.duration_s, abs=0.1)
    assert variable.hold.total_s == pytest.approx(constant.hold.total_s, abs=0.3)


def test_person_who_leaves_mid_set_and_comes_back(tmp_path):
    """3 s of empty room after the first rep: reps before and after are counted, the absence reported."""
    need(BRIDGE)
    frames, fps = read_all(BRIDGE)
    cut, gap = int(5.0 * fps), int(3.0 * fps)
    whole = write_mjpg(tmp_path / "whole.avi", frames, fps)
    empty_room = np.full_like(frames[0], 120)
    left = write_mjpg(tmp_path / "left.avi", frames[:cut] + [empty_room] * gap + frames[cut:], fps)
    before, after = analyze_file(whole, "glute_bridge"), analyze_file(left, "glute_bridge")
    assert after.rep_count == before.rep_count >= 2
    shift = gap / fps
    for a, b in zip(before.reps, after.reps):
        expected = a.t_end + (shift if a.t_start > 5.0 else 0.0)
        assert b.t_end == pytest.approx(expected, abs=0.4)
    gone = [w for w in after.setup_warnings if w.kind == "no_person"]
    assert len(gone) == 1 and gone[0].t_start == pytest.approx(5.0, abs=0.5)
    assert gone[0].t_end == pytest.approx(8.0, abs=0.5)


def test_half_a_body_in_view_counts_nothing_and_says_so(tmp_path):
    need(BRIDGE)
    frames, fps = read_all(BRIDGE)
    half = write_mjpg(tmp_path / "half.avi", [f[:, : f.shape[1] // 2] for f in frames], fps)  # knees and feet cut off
    result = analyze_file(half, "glute_bridge")
    assert result.rep_count == 0
    assert "not_in_frame" in {w.kind for w in result.setup_warnings}
