"""Exports write readable files; bad inputs and failed writes become a message; closing leaves nothing behind."""
from __future__ import annotations

import csv
import errno
import json
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from coach.pose.track import load_track

from .review_helpers import run_job, write_limits


@pytest.fixture
def track_window(qtbot, review, bridge_track):
    window = review()
    assert run_job(qtbot, window, lambda: window.open_recording(str(bridge_track.track), "glute_bridge")) == \
        ("analyse", "ok")
    return window


def _messages(window) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_each_export_writes_a_readable_file(qtbot, track_window, tmp_path):
    window = track_window
    assert not window.exports.buttons["video"].isEnabled()  # no video kept: nothing to annotate
    for key, name in (("html", "r.html"), ("pdf", "r.pdf"), ("csv", "r.csv"), ("json", "r.json"), ("track", "t.npz")):
        assert run_job(qtbot, window, lambda k=key, n=name: window.exports.export_to(k, tmp_path / n)) == \
            (f"export:{key}", "ok"), window.last_error
    assert "2 reps, 2 with good form" in (tmp_path / "r.html").read_text(encoding="utf-8")
    from pypdf import PdfReader

    assert "2 reps, 2 with good form" in "".join(p.extract_text() for p in PdfReader(str(tmp_path / "r.pdf")).pages)
    with open(tmp_path / "r.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["rep"] for r in rows] == ["1", "2"]
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["schema"] == "coach.analysis/1" and data["rep_count"] == 2
    assert data == window.recording.result.to_dict()
    assert len(load_track(tmp_path / "t.npz")) == window.recording.frame_count
    assert window.last_error == ""


def test_export_failures_are_messages(qtbot, track_window, tmp_path, monkeypatch):
    window = track_window
    missing = tmp_path / "gone" / "r.html"
    assert run_job(qtbot, window, lambda: window.exports.export_to("html", missing)) == ("export:html", "failed")
    assert "does not exist" in window.last_error and window.last_error.startswith("Could not export")
    assert any("does not exist" in m for m in _messages(window))

    import coach.atomic as atomic

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    (tmp_path / "old.json").write_text("{}", encoding="utf-8")
    assert run_job(qtbot, window, lambda: window.exports.export_to("json", tmp_path / "old.json")) == \
        ("export:json", "failed")
    assert "No space left on device" in window.last_error
    assert (tmp_path / "old.json").read_text(encoding="utf-8") == "{}"  # the good old file is untouched
    monkeypatch.undo()
    assert run_job(qtbot, window, lambda: window.exports.export_to("json", tmp_path / "ok.json")) == \
        ("export:json", "ok")  # the window still works


@pytest.mark.parametrize("make, expect", [
    (lambda d: d / "nothing-here.mp4", "video not found"),
    (lambda d: (d / "notes.mp4").write_text("not a video") and d / "notes.mp4", "cannot open"),
    (lambda d: (d / "empty.mp4").write_bytes(b"") or d / "empty.mp4", "empty"),
    (lambda d: (d / "junk.npz").write_bytes(b"PK\x03\x04junk") and d / "junk.npz", "not a readable pose track"),
    (lambda d: d, "folder"),
])
def test_bad_recordings_give_a_clear_message(qtbot, review, tmp_path, make, expect):
    window = review()
    path = make(tmp_path)
    assert run_job(qtbot, window, lambda: window.open_recording(str(path), "glute_bridge")) == ("analyse", "failed")
    assert window.last_error.startswith(f"Could not analyse {Path(path).name}: ")
    assert expect in window.last_error and "Traceback" not in window.last_error
    assert window.recording is None and not window.runner.busy and window.bar.open_button.isEnabled()


def test_a_malformed_limits_file_is_refused_with_a_message(qtbot, review, tmp_path):
    window = review()
    window.bar.exercise_box.setCurrentIndex(window.bar.exercise_box.findData("glute_bridge"))
    bad = write_limits(tmp_path, "[glute_bridge.form]\nno_such_key = 1\n", "bad.toml")
    assert not window.set_limits_file(str(bad))
    assert "no_such_key" in window.last_error and window.bar.limits is None


def test_a_limits_file_that_changes_nothing_for_the_chosen_exercise_is_refused(qtbot, review, tmp_path):
    window = review()
    window.bar.exercise_box.setCurrentIndex(window.bar.exercise_box.findData("bird_dog"))
    other = write_limits(tmp_path, "[glute_bridge.form]\nmin_rep_s = 3.0\n")
    assert not window.set_limits_file(str(other))
    assert "changes nothing for bird_dog" in window.last_error and window.bar.limits is None


def _visible_windows() -> set:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def test_closing_mid_analysis_leaves_no_thread_window_or_temp_file(qtbot, review, bridge_video):
    before = _visible_windows()  # other suites' windows are not ours to judge
    window = review()
    workdir = Path(window._workdir.name)
    assert window.open_recording(str(bridge_video), "glute_bridge")
    thread = window.runner.job_thread
    qtbot.wait(300)
    window.show_error("a message that is still open")
    window.close()
    assert not window.runner.busy
    assert not shiboken6.isValid(thread) or not thread.isRunning()
    assert not workdir.exists()
    assert not window.player.timer.isActive()
    qtbot.wait(50)
    assert _visible_windows() <= before  # neither the window nor its message box is left on screen
