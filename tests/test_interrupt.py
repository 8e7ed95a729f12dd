"""Issue 14, item 10 and issue 27, item 17: Ctrl-C during a parallel batch stops it at once (the local workers are
killed, not asked to finish); nothing is written afterwards."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import numpy as np

from coach.pose.track import PoseTrack, save_track
from synthetic import PLANK, frame

FILES = 6
FRAMES = 6000  # a few seconds of analysis each, so most of the batch is still to do at the interrupt


def long_plank_track() -> PoseTrack:
    f = frame(0.0, PLANK)
    return PoseTrack(t_s=np.arange(FRAMES) / 30.0, image=np.repeat(f.image[None], FRAMES, 0),
                     world=np.repeat(f.world[None], FRAMES, 0), frame_size=(640, 480), fps=30.0)


def test_ctrl_c_cancels_a_parallel_batch_at_once(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    track = long_plank_track()
    for i in range(FILES):
        save_track(track, inputs / f"t{i}.npz")
    proc = subprocess.Popen([sys.executable, "-m", "coach.cli", "analyze", str(inputs), "--exercise", "plank",
                             "--jobs", "2", "--json", str(out), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    interrupted = time.monotonic()
    _, err = proc.communicate(timeout=60)
    stopped_after = time.monotonic() - interrupted
    written = sorted(p.name for p in out.glob("*.json"))
    time.sleep(3)  # nothing may appear once the command has returned
    assert sorted(p.name for p in out.glob("*.json")) == written
    assert proc.returncode == 130 and "coach: interrupted" in err and "Traceback" not in err
    assert stopped_after < 3, f"took {stopped_after:.1f} s to stop"  # issue 27 item 17: was about 4.5 s
    assert len(written) < FILES - 1
