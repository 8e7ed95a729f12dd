"""Bad input to the analysis core: clear messages, partial results kept, nothing sent anywhere."""
from __future__ import annotations

import errno
import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from coach.analysis import AnalysisResult, analyze_file, write_json
from coach.errors import CoachError
from clips import ROOT, SHARED_DATA
from support.videos import write_avi


def test_truncated_video_keeps_what_was_read_and_says_where_it_stopped(tmp_path):
    full = write_avi(tmp_path / "full.avi", 90)
    cut = tmp_path / "cut.avi"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    result = analyze_file(cut, "plank").to_dict()
    assert 10 < result["frames"] < 90
    assert result["stopped_early_at_s"] == pytest.approx(result["frames"] / 30.0, abs=0.1)
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(cut), "--exercise", "plank"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and "could not be read past" in proc.stdout


def test_empty_scene_reports_no_person_and_counts_nothing(tmp_path):
    result = analyze_file(write_avi(tmp_path / "empty.avi", 75), "glute_bridge").to_dict()
    assert result["rep_count"] == 0 and result["frames_with_pose"] == 0
    assert [w["kind"] for w in result["setup_warnings"]] == ["no_person"]


def test_huge_resolution_is_downscaled_before_pose(tmp_path):
    result = analyze_file(write_avi(tmp_path / "big.avi", 5, size=(4000, 3000)), "plank")
    assert result.frames == 5


def test_failed_json_write_keeps_the_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "r.json"
    out.write_text('{"good": true}')
    result = AnalysisResult("v", "plank", 30.0, 1, 1, 1.0, 0, [], None, [], [])

    def full_disk(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(CoachError, match="No space left"):
        write_json(result, out)
    monkeypatch.undo()
    assert json.loads(out.read_text()) == {"good": True}
    assert not list(tmp_path.glob("*.partial"))


def test_analysis_and_live_session_open_no_network_connection(tmp_path):
    """Nothing leaves the machine: a whole analysis and a live session, watched by the kernel (strace -f).

    MediaPipe and Qt are C++ and would bypass a Python socket patch (kept below as a cheap first
    line); strace sees every system call of every thread and child process. AF_UNIX (local daemons)
    and AF_NETLINK (the kernel) are allowed; any other socket, an address that is not local, or
    io_uring (a blind spot for strace) fails: see tests/strace_net.py for what is allowed and why.
    Two canary connects to a made-up AF_UNIX path, one before the analysis on the main thread and
    one after the live session on another thread, prove the trace saw the whole run and its threads.
    Without a usable strace the Python-level check still runs, then the test is skipped with the reason.
    """
    import os

    from strace_net import network_violations, strace_command, strace_unusable, unix_connects

    clip = SHARED_DATA / "videos/plank/gym_phone_side_male_knee_drop.mp4"
    if not clip.exists():
        pytest.skip("../shared/data is absent")
    code = f"""
import _socket, threading
def canary(name):  # the C-level socket, below the Python patch: an ENOENT connect that must be in the trace
    s = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    s.connect_ex("/nonexistent/" + name)
    s.close()
canary("coach-canary-start")
import socket
calls = []
def deny(*a, **k):
    calls.append(a)
    raise OSError("network use is forbidden in this test")
socket.socket.connect = deny
socket.socket.connect_ex = deny
socket.create_connection = deny
socket.getaddrinfo = deny
from coach.analysis import analyze_file
r = analyze_file({str(clip)!r}, "plank")
assert r.frames_with_pose > 0
from pathlib import Path
from coach.ui.bench_live import run_live_bench
live = run_live_bench(Path({str(clip)!r}), seconds=3.0, exercise="plank")
assert live["live_processed_fps"] > 5, live
assert not calls, calls
t = threading.Thread(target=canary, args=("coach-canary-end",))
t.start()
t.join()
print("ok")
"""
    child = [sys.executable, "-c", code]
    trace_file = tmp_path / "network.trace"
    unusable = strace_unusable(tmp_path)
    proc = subprocess.run(child if unusable else strace_command(trace_file, child), capture_output=True, text=True,
                          cwd=ROOT, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0 and "ok" in proc.stdout, proc.stderr[-2000:]
    if unusable is not None:
        pytest.skip(f"{unusable} — only the Python-level socket check ran")
    trace = trace_file.read_text()
    canaries = {path.rsplit("/", 1)[-1]: tid for tid, path in unix_connects(trace) if path.startswith("/nonexistent/")}
    assert set(canaries) == {"coach-canary-start", "coach-canary-end"}, f"canaries missing from:\n{trace[-3000:]}"
    assert canaries["coach-canary-start"] != canaries["coach-canary-end"], "strace -f should see other threads"
    violations = network_violations(trace)
    assert not violations, "non-local network system calls:\n" + "\n".join(violations[:30])


def test_camera_that_does_not_open_says_so():
    from coach.errors import VideoError
    from coach.sources import CameraSource

    with pytest.raises(VideoError, match="camera 57 could not be opened"):
        CameraSource(57)


def test_frozen_camera_frames_count_nothing_and_keep_the_hold():
    """A driver that repeats one frame: the same pose over and over is a still person, not reps."""
    from coach.exercises.registry import create_analyzer
    from synthetic import BRIDGE_REST, PLANK, frame

    bridge = create_analyzer("glute_bridge")
    plank = create_analyzer("plank")
    for i in range(300):
        bridge.update(frame(i / 30, BRIDGE_REST))
        plank.update(frame(i / 30, PLANK))
    assert bridge.rep_count == 0
    assert plank.hold_seconds() == pytest.approx(10.0, abs=0.6)


def _ffmpeg() -> str:
    imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg", reason="imageio-ffmpeg (test extra) makes the test clips")
    return imageio_ffmpeg.get_ffmpeg_exe()


def test_phone_video_with_rotation_metadata_is_analysed_upright(tmp_path):
    """Phones store portrait video sideways plus a rotation tag; the tag must be applied before pose."""
    clip = SHARED_DATA / "videos/glute_bridge/pexels_band_bridge_side.mp4"
    if not clip.exists():
        pytest.skip("../shared/data is absent")
    ff = _ffmpeg()
    sideways, phone = tmp_path / "sideways.mp4", tmp_path / "phone.mp4"
    subprocess.run([ff, "-y", "-loglevel", "error", "-i", str(clip), "-vf", "transpose=1", "-c:v", "libx264",
                    "-preset", "ultrafast", "-an", str(sideways)], check=True)
    subprocess.run([ff, "-y", "-loglevel", "error", "-display_rotation", "90", "-i", str(sideways), "-c", "copy",
                    str(phone)], check=True)
    from coach.sources import VideoFileSource

    with VideoFileSource(phone) as src:
        first = next(iter(src))
    assert first.image.shape[1] > first.image.shape[0], "frames must come out upright (landscape, as shot)"
    result = analyze_file(phone, "glute_bridge")
    assert 2 <= result.rep_count <= 3


@pytest.mark.xfail(strict=True, reason="mediapipe 0.10.33 turns this darkened body face down in 3-D at the top of the "
                                       "first bridge (1.2.3 did not, but sends telemetry): 1 of 2 reps, nothing said")
def test_dark_room_counts_correctly_or_says_it_cannot_see(tmp_path):
    clip = SHARED_DATA / "videos/glute_bridge/pexels_band_bridge_side.mp4"
    if not clip.exists():
        pytest.skip("../shared/data is absent")
    cap = cv2.VideoCapture(str(clip))
    fps = cap.get(cv2.CAP_PROP_FPS)
    dark = tmp_path / "dark.avi"
    writer = None
    rng = np.random.default_rng(0)
    while True:
        ok, img = cap.read()
        if not ok:
            break
        dim = np.clip(img.astype(np.float32) * 0.12 + rng.normal(0, 3, img.shape), 0, 255).astype(np.uint8)
        if writer is None:
            writer = cv2.VideoWriter(str(dark), cv2.VideoWriter_fourcc(*"MJPG"), fps, (img.shape[1], img.shape[0]))
        writer.write(dim)
    writer.release()
    result = analyze_file(dark, "glute_bridge").to_dict()
    warned = {w["kind"] for w in result["setup_warnings"]} & {"low_visibility", "no_person"}
    assert result["rep_count"] <= 3, "darkness must never invent reps"
    assert 2 <= result["rep_count"] or warned, result
