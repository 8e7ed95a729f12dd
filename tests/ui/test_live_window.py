"""The real window playing real clips: counter, hold timer, cues and setup guidance change as it plays."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from coach.live.set_result import ENDED_FINISHED
from coach.ui.cue_banner import BannerKind
from coach.ui.live_session import SetState

CLIP_TIMEOUT_MS = 30_000


def test_bridge_clip_counts_reps_with_skeleton_angle_and_spoken_counts(qtbot, make_window, collect_states, bridge_clip):
    w = make_window()
    seen = collect_states(w)
    with qtbot.waitSignal(w.setFinished, timeout=CLIP_TIMEOUT_MS) as finished:
        assert w.start_set(str(bridge_clip), "glute_bridge") is not None
        assert w.pages.currentWidget() is w.live
        qtbot.waitUntil(lambda: w.live.video.drawn_skeleton, timeout=CLIP_TIMEOUT_MS)
        qtbot.waitUntil(lambda: w.live.video.angle_text.startswith("Hip extension"), timeout=CLIP_TIMEOUT_MS)
    result = finished.args[0]
    counts = [s.rep_count for s in seen]
    assert counts == sorted(counts), "the counter never goes backwards"
    assert {0, 1, 2} <= set(counts), f"counter should step 0 → 1 → 2 while the clip plays, saw {sorted(set(counts))}"
    assert any(s.key_angle_deg is not None for s in seen)
    assert result.rep_count == 2 and result.ended_by == ENDED_FINISHED
    assert result.analysis.reps and len(result.analysis.reps) == 2
    assert w.pages.currentWidget() is w.summary
    assert w.summary.headline.text() == "2 reps of 10"
    assert w.live.counter.shown_value == "2"
    said = [text for kind, text in w.voice.history if kind == "say"]
    assert said[:2] == ["1", "2"] and ("chime", "") in w.voice.history
    assert "fps" in w.status.fps.text() and w.status.fps.text() != "— fps"
    assert w.status.inference.text().endswith(" ms") and "—" not in w.status.inference.text()
    assert w.status.dropped.text() == "dropped 0"  # every-frame pacing is lossless


def test_plank_clip_runs_the_good_form_hold_timer_against_the_target(qtbot, make_window, collect_states, plank_clip):
    w = make_window()
    seen = collect_states(w)
    w.setup.select_exercise("plank")
    assert w.setup.target_unit.text() == "seconds of good form"
    with qtbot.waitSignal(w.setFinished, timeout=CLIP_TIMEOUT_MS) as finished:
        w.start_set(str(plank_clip), "plank")
        assert w.live.counter.caption.text() == "Good-form hold"
        assert w.live.counter.target_label.text() == "of 30 s"
    holds = [s.good_form_s for s in seen if s.good_form_s is not None]
    assert holds == sorted(holds) and holds[-1] > 3.0
    assert len({round(h) for h in holds}) >= 3, "the timer should visibly tick while the clip plays"
    assert any(s.in_position for s in seen) and any(not s.in_position for s in seen[:3])
    result = finished.args[0]
    assert result.hold_s is not None and result.good_form_s > 3.0
    assert w.summary.headline.text().endswith("s good form of 30 s")


def test_form_cue_appears_in_the_banner_and_is_spoken(qtbot, make_window, collect_states, bridge_clip, tmp_path):
    # A per-patient rule demanding a higher bridge than this person does turns every rep into a cue.
    strict = tmp_path / "strict.toml"
    strict.write_text("[glute_bridge.form]\ntop_line_min = 0.5\n", encoding="utf-8")
    w = make_window(rules=[str(strict)])
    seen = collect_states(w)
    kinds: list[BannerKind] = []
    w.rendered.connect(lambda _r: kinds.append(w.live.banner.kind))
    with qtbot.waitSignal(w.setFinished, timeout=CLIP_TIMEOUT_MS) as finished:
        w.start_set(str(bridge_clip), "glute_bridge")
    cue = "Lift your hips higher — shoulders, hips and knees in one line"
    assert any(s.cue == cue for s in seen)
    assert BannerKind.CUE in kinds and BannerKind.GOOD in kinds, f"banner kinds shown: {set(kinds)}"
    assert ("say", cue) in w.voice.history
    faults = [r.faults for r in finished.args[0].analysis.reps]
    assert all("incomplete_extension" in f for f in faults)
    assert "Incomplete hip extension" in w.summary.details.text()  # the readable (translatable) fault name


@pytest.fixture
def empty_room_clip(tmp_path: Path) -> Path:
    """2.4 s of an empty grey room: the analyzer must ask the person to get into view."""
    path = tmp_path / "empty_room.mp4"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 25.0, (320, 240))
    assert writer.isOpened()
    frame = np.full((240, 320, 3), 90, np.uint8)
    cv2.rectangle(frame, (0, 170), (320, 240), (60, 70, 80), -1)
    for _ in range(60):
        writer.write(frame)
    writer.release()
    return path


def test_setup_guidance_shows_and_nothing_is_counted(qtbot, make_window, collect_states, empty_room_clip):
    w = make_window()
    seen = collect_states(w)
    with qtbot.waitSignal(w.setFinished, timeout=CLIP_TIMEOUT_MS) as finished:
        w.start_set(str(empty_room_clip), "glute_bridge")
        qtbot.waitUntil(lambda: w.live.banner.kind is BannerKind.SETUP, timeout=CLIP_TIMEOUT_MS)
        assert w.live.banner.text.text() == "I can't see you — lie down in view of the camera"
        assert w.live.banner.tag.text() == "SET-UP"
    assert any(s.setup_problem == "no_person" for s in seen)
    assert not any(s.setup_problem for s in seen[:3]), "guidance waits report_after_s before it shows"
    assert all(s.rep_count == 0 for s in seen)
    assert finished.args[0].analysis.setup_warnings[0].kind == "no_person"
    assert ("say", "I can't see you — lie down in view of the camera") in w.voice.history


def test_space_pauses_and_resumes_a_realtime_set(qtbot, make_window, bridge_clip):
    from coach.live.control import Pacing

    w = make_window(pacing=Pacing.REALTIME)
    w.start_set(str(bridge_clip), "glute_bridge")
    s = w.session
    qtbot.waitUntil(lambda: s.state is SetState.RUNNING and s.latest() is not None, timeout=CLIP_TIMEOUT_MS)
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert s.state is SetState.PAUSED and w.live.pause_button.text().startswith("Resume")
    assert w.live.video.overlay_text == "Paused"
    qtbot.wait(150)  # a frame already in inference may still land
    frozen = s.latest().seq
    qtbot.wait(400)
    assert s.latest().seq == frozen, "nothing is analysed while paused"
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert s.state is SetState.RUNNING
    qtbot.waitUntil(lambda: s.latest().seq > frozen + 3, timeout=5000)
    with qtbot.waitSignal(w.setFinished, timeout=5000) as finished:
        qtbot.keyClick(w, Qt.Key.Key_E)
    assert finished.args[0].ended_by == "ended"
    assert w.pages.currentWidget() is w.summary


def test_a_live_set_is_kept_in_the_store_with_its_pose_track(qtbot, make_window, bridge_clip, data_dir):
    from coach.pose.track import load_track
    from coach.store import Store

    w = make_window()
    with qtbot.waitSignal(w.setFinished, timeout=CLIP_TIMEOUT_MS):
        w.start_set(str(bridge_clip), "glute_bridge")
    with Store(data_dir / "coach.sqlite3") as store:
        (session,) = store.sessions()
        detail = store.session_detail(session.id)
        (s,) = detail.sets
        assert s.info.rep_count == 2 and len(s.reps) == 2
    track = load_track(w.set_log.track_path)
    assert len(track) == w.results[-1].analysis.frames
