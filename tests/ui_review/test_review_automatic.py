"""Automatic in the review: a whole session's pose track split into sets, shown, chosen, re-scored and exported.

The session is synthetic (three glute bridges, standing about, a plank: :func:`support.tracks.make_session_track`),
so these tests need no clip; what the window shows is compared with :func:`coach.analysis.session.split_track`'s
own result on the same track, never with numbers written here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coach.analysis.session import SCHEMA, split_track
from coach.pose.track import load_track, save_track
from coach.review.jobs import AUTOMATIC
from support.tracks import make_session_track

from .review_helpers import run_job, write_limits


@pytest.fixture(scope="module")
def session_track(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("session") / "home_session.npz"
    save_track(make_session_track(), path)
    return path


@pytest.fixture
def opened(qtbot, review, session_track):
    window = review()
    assert window.bar.exercise == AUTOMATIC  # the default for a recording
    assert run_job(qtbot, window, lambda: window.open_recording(str(session_track))) == ("analyse", "ok"), \
        window.last_error
    return window


def _expected(session_track: Path):
    return split_track(load_track(session_track), str(session_track))


def test_automatic_is_the_first_choice_and_a_clip_named_after_an_exercise_still_preselects_it(qtbot):
    from coach.ui.review.open_bar import OpenBar

    bar = OpenBar()
    qtbot.addWidget(bar)
    assert bar.exercise_box.itemData(0) == AUTOMATIC and bar.exercise_box.itemText(0) == "Automatic"
    assert bar.automatic
    bar.guess_exercise("/clinic/plank/monday.mp4")
    assert bar.exercise == "plank"
    bar.guess_exercise("/clinic/home/whole_session.mp4")
    assert bar.automatic  # a name that names no exercise: every set is found


def test_a_session_track_opens_as_its_sets(opened, session_track):
    window = opened
    expected = _expected(session_track)
    rec = window.recording
    assert rec.session is not None
    assert [s.to_dict() for s in rec.session.sets] == [s.to_dict() for s in expected.sets]
    assert [s.exercise for s in rec.session.sets] == ["glute_bridge", "plank"]
    assert rec.session.other == expected.other and rec.session.other  # the standing about, not counted
    # The first set is on screen, as a one-exercise analysis of it is shown.
    assert rec.set_index == 0 and rec.exercise == "glute_bridge"
    assert rec.result == expected.sets[0].result
    assert window.headline.text().startswith("Set 1 of 2 · Glute bridge: 3 reps")
    kinds = [s.kind for s in window.timeline._layout()]
    assert kinds.count("set") == 2 and kinds.count("other") == len(expected.other)
    assert kinds.count("rep") == expected.sets[0].result.rep_count
    assert window.tabs.tabText(0) == f"Reps ({expected.sets[0].result.rep_count})"
    rows = [window.sets.item(r).text() for r in range(window.sets.count())]
    assert rows[0].startswith("1  Glute bridge") and "not one of your exercises" in rows[1]
    assert rows[2].startswith("2  Plank")
    assert window.last_message == "Analysed home_session.npz: sets found: 2."


def test_clicking_a_set_band_shows_that_set(qtbot, opened, session_track):
    window = opened
    plank = _expected(session_track).sets[1]
    band = next(s for s in window.timeline._layout() if s.kind == "set" and s.index == 1)
    with qtbot.waitSignal(window.timeline.setClicked, timeout=2000) as clicked:
        qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=band.rect.center().toPoint())
    assert clicked.args == [1]
    rec = window.recording
    assert rec.set_index == 1 and rec.exercise == "plank" and rec.is_hold
    assert rec.result == plank.result
    assert abs(window.player.position_s - plank.start_s) <= 1.0 / rec.fps + 1e-6
    assert window.headline.text().startswith("Set 2 of 2 · Plank held")
    assert window.tabs.tabText(0).startswith("Hold periods")
    assert [s.kind for s in window.timeline._layout()].count("hold") == len(plank.result.hold.spans)
    # ...and the list of sets follows; choosing the bridges there brings them back.
    assert window.sets.currentItem().text().startswith("2  Plank")
    item = window.sets.item(window.sets.row_of_set(0))
    qtbot.mouseClick(window.sets.viewport(), Qt.MouseButton.LeftButton, pos=window.sets.visualItemRect(item).center())
    assert window.recording.set_index == 0 and window.recording.exercise == "glute_bridge"


def test_rescoring_judges_the_set_on_screen_again_and_leaves_the_others(qtbot, opened, session_track, tmp_path):
    window = opened
    before = window.recording
    assert all(r.good_form for r in before.reps)
    # The synthetic bridge takes 2.9 s a rep: under a patient's 8 s minimum every rep is too fast.
    strict = write_limits(tmp_path, "[glute_bridge.form]\nmin_rep_s = 8.0\n")
    assert window.set_limits_file(str(strict))
    assert run_job(qtbot, window, window.rescore) == ("rescore", "ok"), window.last_error
    after = window.recording
    assert after.set_index == 0 and after.exercise == "glute_bridge"
    assert after.result.rep_count == before.result.rep_count
    assert after.reps and not any(r.good_form for r in after.reps)
    assert after.session.sets[1] == before.session.sets[1]  # the plank is judged as it was
    assert (after.session.sets[0].start_s, after.session.sets[0].end_s) == \
        (before.session.sets[0].start_s, before.session.sets[0].end_s)
    assert window.last_message.startswith("Re-scored with limits from patient.toml")
    # Back to the defaults: the same as the first analysis.
    window.set_limits_file(None)
    assert run_job(qtbot, window, window.rescore) == ("rescore", "ok")
    assert window.recording.session.sets == before.session.sets


def test_choosing_an_exercise_and_rescoring_judges_the_whole_recording_as_it(qtbot, opened):
    window = opened
    assert window.bar.select_exercise("plank")
    assert run_job(qtbot, window, window.rescore) == ("rescore", "ok"), window.last_error
    rec = window.recording
    assert rec.session is None and rec.exercise == "plank"
    assert not window.sets.isVisible()
    assert not any(s.kind in ("set", "other") for s in window.timeline._layout())
    # ...and back to Automatic: split again.
    assert window.bar.select_exercise(AUTOMATIC)
    assert run_job(qtbot, window, window.rescore) == ("rescore", "ok"), window.last_error
    assert [s.exercise for s in window.recording.session.sets] == ["glute_bridge", "plank"]


def test_automatic_exports_the_session_json_and_the_session_report(qtbot, opened, session_track, tmp_path):
    window = opened
    assert not window.exports.buttons["video"].isEnabled()
    assert window.exports.default_path("json").name == "home_session.auto.json"
    for key, name in (("json", "s.json"), ("html", "s.html"), ("csv", "s.csv"), ("pdf", "s.pdf")):
        assert run_job(qtbot, window, lambda k=key, n=name: window.exports.export_to(k, tmp_path / n)) == \
            (f"export:{key}", "ok"), window.last_error
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA and data == window.recording.session.to_dict()
    assert [s["exercise"] for s in data["sets"]] == ["glute_bridge", "plank"]
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert "Glute bridge" in page and "Plank" in page
    csv_text = (tmp_path / "s.csv").read_text(encoding="utf-8")
    assert "glute_bridge" in csv_text and "plank" in csv_text
    assert (tmp_path / "s.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_recording_without_any_set_says_so(qtbot, review, tmp_path):
    from support.tracks import make_track

    window = review()
    path = tmp_path / "a_moment.npz"
    save_track(make_track(30), path)  # one second: nothing counted
    assert run_job(qtbot, window, lambda: window.open_recording(str(path))) == ("analyse", "ok"), window.last_error
    rec = window.recording
    assert rec.session is not None and rec.session.sets == () and rec.set_index is None
    assert window.headline.text() == "No set of your exercises found"
    assert "none of your exercises" in window.details.text()
    assert window.sets.count() == 1 and not window.show_set(0)


def test_a_video_in_automatic_keeps_its_track_and_shows_its_frames(qtbot, review, bridge_video):
    window = review()
    assert run_job(qtbot, window, lambda: window.open_recording(str(bridge_video), AUTOMATIC)) == ("analyse", "ok"), \
        window.last_error
    rec = window.recording
    assert rec.has_video and rec.session is not None and rec.session.source_kind == "video"
    # The sets are those of the kept track, split again: the video was read once, the split is the track's.
    again = split_track(load_track(rec.track_path), str(bridge_video), source_kind="video")
    assert [s.to_dict() for s in rec.session.sets] == [s.to_dict() for s in again.sets]
    assert [s.exercise for s in rec.session.sets] == ["glute_bridge"]
    window.seek(rec.reps[0].t_start + 0.5)
    assert window.player.canvas.image is not None and window.player.canvas.drawn_skeleton


def test_cancel_stops_an_automatic_video_analysis_promptly(qtbot, review, bridge_video):
    import time

    window = review()
    seen = []
    window.runner.progressed.connect(lambda pct, text: seen.append(pct))
    assert window.open_recording(str(bridge_video), AUTOMATIC)
    qtbot.waitUntil(lambda: any(p >= 0 for p in seen), timeout=30000)  # frames are being read
    started = time.monotonic()
    with qtbot.waitSignal(window.jobFinished, timeout=5000) as done:
        window.bar.cancel_button.click()
    assert time.monotonic() - started < 2.0
    assert done.args == ["analyse", "cancelled"] and window.recording is None
