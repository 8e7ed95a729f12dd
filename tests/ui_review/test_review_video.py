"""Reviewing a video: analysis off the GUI thread, a prompt Cancel, frames on demand, re-score from the track."""
from __future__ import annotations

import time

import cv2
import pytest
import shiboken6

from .review_helpers import run_job, write_limits


@pytest.mark.parametrize("when", ["while frames flow", "at once (pose model still loading)"])
def test_cancel_stops_a_video_analysis_promptly_and_leaves_no_thread(qtbot, review, bridge_video, when):
    window = review()
    seen = []
    window.runner.progressed.connect(lambda pct, text: seen.append(pct))
    assert window.open_recording(str(bridge_video), "glute_bridge")
    thread = window.runner.job_thread
    assert thread is not None and thread.isRunning()
    assert window.bar.progress_row.isVisible() and window.bar.cancel_button.isEnabled()
    if when == "while frames flow":
        qtbot.waitUntil(lambda: any(p >= 0 for p in seen), timeout=30000)
    started = time.monotonic()
    with qtbot.waitSignal(window.jobFinished, timeout=5000) as done:
        window.bar.cancel_button.click()
    assert time.monotonic() - started < 2.0
    assert done.args == ["analyse", "cancelled"]
    assert not window.runner.busy
    assert not shiboken6.isValid(thread) or not thread.isRunning()
    assert window.recording is None and window.last_error == ""
    assert window.last_message == "Analysis cancelled."
    assert not window.bar.progress_row.isVisible() and window.bar.open_button.isEnabled()


def test_video_review_shows_frames_and_rescores_from_the_saved_track(qtbot, review, bridge_track, tmp_path):
    window = review()
    started = time.monotonic()
    assert run_job(qtbot, window, lambda: window.open_recording(str(bridge_track.video))) == ("analyse", "ok")
    took = time.monotonic() - started
    rec = window.recording
    assert window.bar.exercise == "glute_bridge"  # guessed from the clip's folder
    assert rec.has_video and rec.video_path == bridge_track.video
    assert rec.result.to_dict()["reps"] == bridge_track.result["reps"]
    assert took < 60
    # Frames come from the video, decoded on demand, with the track's skeleton over them.
    window.seek(rec.reps[0].t_start + 1.0)
    image = window.player.canvas.image
    assert image is not None and image.width() > 0 and window.player.canvas.drawn_skeleton
    window.player.step(1)
    window.player.step(1)
    assert window.frames.seeks <= 2  # stepping on reads the next frame, it does not seek

    # Re-score: the saved track, not the video (fast), and the result still names the video.
    # A 2.3 s rep with a pause at the top is too fast only for a limit it falls under by half.
    strict = write_limits(tmp_path, "[glute_bridge.form]\nmin_rep_s = 6.0\n")
    assert window.set_limits_file(str(strict))
    started = time.monotonic()
    assert run_job(qtbot, window, window.rescore) == ("rescore", "ok")
    assert time.monotonic() - started < 3.0
    new = window.recording
    assert new.result.video == str(bridge_track.video) and new.result.source_kind == "video"
    assert new.reps[0].faults == ("too_fast",) and new.reps[1].faults == ()
    assert new.video_path == rec.video_path and window.frames is not None

    # The annotated video export runs the analysis again with the overlay, in the worker, with progress.
    out = tmp_path / "annotated.mp4"
    progress = []
    window.runner.progressed.connect(lambda pct, text: progress.append(pct))
    assert run_job(qtbot, window, lambda: window.exports.export_to("video", out)) == ("export:video", "ok")
    assert max(progress) > 50
    cap = cv2.VideoCapture(str(out))
    frames = int(cap.get(cv2.CAP_PROP_FRAME_COUNT))
    ok, _ = cap.read()
    cap.release()
    assert ok and frames == bridge_track.result["frames"]
    assert not list(tmp_path.glob(".*partial*"))
    assert str(out) in window.last_message
