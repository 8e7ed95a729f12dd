"""Reviewing a pose track: table, timeline and plot show the analysis; clicks seek; playback runs; re-score works."""
from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt

from coach.analysis import analyze_file
from coach.reports.content import fmt_time
from coach.ui.review.skeleton_player import describe_moment

from .review_helpers import run_job, write_limits


def _open_track(qtbot, window, bridge_track, **kw):
    kind, outcome = run_job(qtbot, window, lambda: window.open_recording(str(bridge_track.track), "glute_bridge", **kw))
    assert (kind, outcome) == ("analyse", "ok"), window.last_error
    return window.recording


def test_rep_table_rows_are_the_analysis_reps(qtbot, review, bridge_track):
    window = review()
    rec = _open_track(qtbot, window, bridge_track)
    expected = analyze_file(bridge_track.track, "glute_bridge").to_dict()
    reps = rec.result.to_dict()["reps"]
    assert reps == expected["reps"] and rec.result.rep_count == expected["rep_count"] == 2
    assert reps == bridge_track.result["reps"]  # the track reproduces the video's analysis

    table = window.tabs.reps
    header = table.header_labels()
    rows = table.rows()
    assert len(rows) == len(expected["reps"])
    col = {name: header.index(name) for name in ("Rep", "Start", "Duration (s)", "Form", "Peak hip extension (°)")}
    for row, rep in zip(rows, expected["reps"]):
        assert row[col["Rep"]] == str(rep["index"])
        assert row[col["Start"]] == fmt_time(rep["t_start"])
        assert float(row[col["Duration (s)"]]) == round(rep["t_end"] - rep["t_start"], 1)
        assert row[col["Peak hip extension (°)"]] == f"{rep['metrics']['hip_extension_deg']:.0f}"
        assert row[col["Form"]] == ("Good" if rep["good_form"] else row[col["Form"]])
    assert window.tabs.tabText(0) == "Reps (2)"
    assert window.headline.text() == "Glute bridge: 2 reps, 2 with good form"
    kinds = [s.kind for s in window.timeline._layout()]
    assert kinds.count("rep") == 2
    assert window.plot.ref_lines and window.plot.ref_lines[0].deg == 180.0  # the report's reference line


def test_clicking_a_timeline_rep_seeks_to_its_start(qtbot, review, bridge_track):
    window = review()
    rec = _open_track(qtbot, window, bridge_track)
    one_frame = 1.0 / rec.fps + 1e-6
    for i in (1, 0):
        rep = rec.reps[i]
        with qtbot.waitSignal(window.timeline.segmentClicked, timeout=2000) as clicked:
            qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=window.timeline.rep_center(i).toPoint())
        assert clicked.args == ["rep", i]
        assert abs(window.player.position_s - rep.t_start) <= one_frame
        assert window.timeline.position_s == window.player.position_s == window.plot.position_s
        tone, caption = describe_moment(rec, window.player.position_s + 0.05)
        assert tone == "good" and caption[0][0].startswith(f"Rep {rep.index} of 2")

    # A table row seeks too, and so does a click on the plot (to the time under the mouse).
    window.tabs.reps.selectRow(1)
    assert abs(window.player.position_s - rec.reps[1].t_start) <= one_frame
    x = window.plot.axis().x(1.0)
    qtbot.mouseClick(window.plot, Qt.MouseButton.LeftButton, pos=QPoint(int(x), window.plot.height() // 2))
    assert abs(window.player.position_s - 1.0) <= 2 * one_frame


def test_track_playback_advances_in_real_time(qtbot, review, bridge_track):
    window = review()
    rec = _open_track(qtbot, window, bridge_track)
    player = window.player
    assert player.frames is None and player.canvas.image is None  # track only: skeleton on a plain stage
    assert player.canvas.drawn_skeleton
    shown, start = player.frames_shown, time.monotonic()
    player.play()
    assert player.playing
    qtbot.waitUntil(lambda: player.position_s >= 1.0, timeout=3000)
    elapsed = time.monotonic() - start
    player.pause()
    assert not player.playing
    assert player.frames_shown - shown >= 10
    assert 0.7 <= elapsed <= 2.5  # real time: 1 s of recording takes about 1 s
    stopped_at = player.position_s
    qtbot.wait(150)
    assert player.position_s == stopped_at
    player.step(1)
    assert player.index == rec.frame_index(stopped_at) + 1
    assert window.timeline.position_s == player.position_s

    player.seek(rec.duration_s - 0.1)
    player.play()
    qtbot.waitUntil(lambda: not player.playing, timeout=3000)  # stops by itself at the end
    assert player.index == rec.frame_count - 1


def test_rescore_with_stricter_limits_changes_the_faults(qtbot, review, bridge_track, tmp_path):
    window = review()
    rec = _open_track(qtbot, window, bridge_track)
    assert all(not r.faults for r in rec.reps)
    assert rec.reps[0].metrics["top_hold_s"] < 2.0  # rep 2 ends with the clip, so it is not judged on time
    strict = write_limits(tmp_path, "[glute_bridge.form]\nmin_top_hold_s = 2.0\n")
    assert window.set_limits_file(str(strict))
    assert window.bar.limits_label.text() == "Limits: patient.toml"
    started = time.monotonic()
    assert run_job(qtbot, window, window.rescore) == ("rescore", "ok")
    assert time.monotonic() - started < 3.0
    new = window.recording
    assert new is not rec and new.track is rec.track  # the same skeleton, judged again
    assert new.reps[0].faults == ("no_hold_at_top",) and not new.reps[0].good_form
    assert new.result.rules[-1] == str(strict)
    form = window.tabs.reps.header_labels().index("Form")
    assert [row[form] for row in window.tabs.reps.rows()] == ["No hold at the top", "Good"]
    assert "before 2 reps, 2 with good form" in window.last_message and "No hold at the top" in window.last_message
    assert window.headline.text().endswith("2 reps, 1 with good form")
    assert "patient.toml" in window.details.text()

    # Back to the defaults: the fault goes again.
    window.set_limits_file(None)
    assert run_job(qtbot, window, window.rescore) == ("rescore", "ok")
    assert all(not r.faults for r in window.recording.reps)


def test_a_guessed_exercise_never_overrides_the_users_choice(qtbot):
    from coach.ui.review.open_bar import OpenBar

    bar = OpenBar()
    qtbot.addWidget(bar)
    bar.guess_exercise("/clinic/plank/monday.mp4")
    assert bar.exercise == "plank"  # nothing chosen yet: the folder name preselects
    bar.exercise_box.setCurrentIndex(bar.exercise_box.findData("cat_cow"))
    bar.exercise_box.activated.emit(bar.exercise_box.currentIndex())  # as a click in the box does
    bar.guess_exercise("/clinic/glute_bridge/tuesday.mp4")
    assert bar.exercise == "cat_cow"
