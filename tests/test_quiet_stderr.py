"""Issue 14, item 11: library chatter (MediaPipe, TFLite, FFmpeg) stays off stderr unless --verbose."""
from __future__ import annotations

import os
import subprocess
import sys

import cv2
import numpy as np
import pytest

from coach.quiet import QUIET_ENV
from support.videos import write_avi


def coach(*args: str) -> subprocess.CompletedProcess:
    # Without the quiet settings an earlier in-process `main()` may have put into this process's environment.
    env = {k: v for k, v in os.environ.items() if k not in QUIET_ENV}
    return subprocess.run([sys.executable, "-m", "coach.cli", *args], capture_output=True, text=True, timeout=120,
                          env=env)


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    d = tmp_path_factory.mktemp("quiet")
    good = write_avi(d / "good.avi", 15, size=(160, 120))
    mp4 = d / "whole.mp4"
    w = cv2.VideoWriter(str(mp4), cv2.VideoWriter_fourcc(*"mp4v"), 30.0, (160, 120))
    for i in range(30):
        w.write(np.full((120, 160, 3), i * 5, np.uint8))
    w.release()
    cut = d / "cut.mp4"  # the index ("moov atom") is written last: without it FFmpeg complains
    cut.write_bytes(mp4.read_bytes()[: mp4.stat().st_size // 2])
    return good, cut


def test_a_run_prints_nothing_on_stderr(clips):
    good, _ = clips
    proc = coach("analyze", str(good), "--exercise", "plank", "--quiet")
    assert proc.returncode == 0 and proc.stderr == ""


def test_a_bad_file_prints_only_the_coach_line(clips):
    _, cut = clips
    proc = coach("analyze", str(cut), "--exercise", "plank")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [proc.stderr.strip()] and proc.stderr.startswith("coach: cannot open")


def test_verbose_shows_the_libraries_messages(clips):
    good, cut = clips
    assert "moov atom not found" in coach("analyze", str(cut), "--exercise", "plank", "--verbose").stderr
    assert "XNNPACK" in coach("--verbose", "analyze", str(good), "--exercise", "plank", "--quiet").stderr
