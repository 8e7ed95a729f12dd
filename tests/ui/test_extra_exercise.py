"""A fifth exercise is a plug-in package, and every layer finds it with no edit to coach/.

``tests/plugins/coach_knee_raise`` is a package of its own (its own
``pyproject.toml``) declaring a standing knee raise in the ``coach.exercises``
entry-point group; ``scripts/setup.sh`` installs it into the venv. Nothing in
``coach/`` names it, yet it appears in the CLI (summary, JSON, HTML report,
CSV), the live window (picker, counter per side, summary), the review window
(rep table with its own measure, the plot's threshold line), the limits editor
(its own limits, ranges and units) and a programme (its side). It has no
translation, so under German it is shown in its English words. Poses are
synthetic, so no clip and no pose model are needed.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from synthetic import STANDING, frame, moved

from coach.exercises.registry import analyzer_class, builtin_exercise_names, exercise_names
from coach.pose.track import PoseTrackRecorder, save_track

FPS = 30.0
LEFT_UP = moved(STANDING, knee=(380, 230), ankle=(380, 330))
# (start, end, side raised, or None standing): two slow left raises, one slow right, one fast left.
SCHEDULE = [(0.0, 1.0, None), (1.0, 2.5, "left"), (2.5, 3.5, None), (3.5, 5.0, "left"), (5.0, 6.0, None),
            (6.0, 7.5, "right"), (7.5, 8.5, None), (8.5, 9.0, "left"), (9.0, 10.0, None)]
DURATION_S = SCHEDULE[-1][1]


def pose_at(t_s: float):
    side = next((s for a, b, s in SCHEDULE if a <= t_s < b), None)
    left = LEFT_UP if side == "left" else STANDING
    right = LEFT_UP if side == "right" else STANDING
    return frame(t_s, left, right)


@pytest.fixture(autouse=True, scope="module")
def knee_raise():
    """The plug-in as installed (a missing one fails: the tests' set-up must install it, as CI's does)."""
    if "knee_raise" not in exercise_names():
        pytest.fail("the test plug-in is not installed: pip install -e tests/plugins/coach_knee_raise "
                    "(scripts/setup.sh does this)")
    return analyzer_class("knee_raise")


def test_the_plug_in_is_found_by_its_entry_point_not_by_a_list_in_coach(knee_raise):
    from importlib.metadata import distribution

    import coach.exercises.registry as registry

    def declared(dist: str) -> dict:
        return {e.name: e for e in distribution(dist).entry_points if e.group == "coach.exercises"}

    assert list(declared("coach-knee-raise")) == ["knee_raise"] and declared("coach-knee-raise")[
        "knee_raise"].load() is knee_raise
    assert sorted(declared("coach")) == builtin_exercise_names() == ["bird_dog", "cat_cow", "glute_bridge", "plank"]
    assert "knee_raise" not in builtin_exercise_names() and knee_raise.__module__ == "coach_knee_raise"
    source = Path(registry.__file__).read_text(encoding="utf-8")
    assert not any(f'"{n}"' in source or f" {n}," in source for n in builtin_exercise_names())


@pytest.fixture
def track(tmp_path: Path) -> Path:
    rec = PoseTrackRecorder(fps=FPS, source="knee_raise_synthetic")
    for i in range(int(DURATION_S * FPS)):
        rec.add(pose_at(i / FPS))
    return save_track(rec.track(), tmp_path / "knee_raise.npz")


def test_cli_analyses_reports_and_exports_the_extra_exercise(track, tmp_path, capsys):
    from coach.cli import main

    out_json, out_html, out_csv = tmp_path / "r.json", tmp_path / "r.html", tmp_path / "r.csv"
    code = main(["analyze", str(track), "--exercise", "knee_raise", "--json", str(out_json),
                 "--report", str(out_html), "--csv", str(out_csv)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "knee_raise" in printed and "reps 4 (left 3, right 1)" in printed
    data = json.loads(out_json.read_text())
    assert data["schema"] == "coach.analysis/1" and data["exercise"] == "knee_raise"
    assert [r["side"] for r in data["reps"]] == ["left", "left", "right", "left"]
    assert [r["faults"] for r in data["reps"]] == [[], [], [], ["too_fast"]]
    assert data["angle_series"]["name"] == "hip_angle_deg"
    html = out_html.read_text()
    assert "Standing knee raise" in html and "Knee lift (°)" in html and "Side (raised knee)" in html
    assert "Reps by side (raised knee)" in html and "Too fast" in html
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == 4


def test_report_content_uses_the_spec(track):
    from coach.analysis import analyze_file
    from coach.reports.content import build_content

    c = build_content(analyze_file(track, "knee_raise"))
    assert c.spec.title == "Standing knee raise" and str(c.headline) == "4 reps, 3 with good form"
    assert [line.deg for line in c.ref_lines] == [120.0] and "180° is standing" in str(c.plot_note)
    header = [str(h) for h in c.table.header]
    assert header[:2] == ["Rep", "Side (raised knee)"] and "Knee lift (°)" in header


def test_limits_editor_shows_the_extra_exercise_limits_with_their_ranges(qtbot):
    from coach.ui.programme.rule_overrides import OverridesEditor

    ed = OverridesEditor()
    qtbot.addWidget(ed)
    ed.set_overrides("knee_raise", {"rep": {"raised_deg": 110}})
    raised, fast = ed.value_box("rep.raised_deg"), ed.value_box("form.min_rep_s")
    assert (raised.minimum(), raised.maximum(), raised.value(), raised.suffix()) == (45, 170, 110, "°")
    assert (fast.minimum(), fast.maximum(), fast.value(), fast.suffix()) == (0, 30, 1.0, " s")
    names = [w.text() for w in ed.name_labels()]
    assert "Knee height needed (hip angle at most)" in names
    fast.setValue(2.0)
    assert ed.overrides() == {"rep": {"raised_deg": 110}, "form": {"min_rep_s": 2.0}}


def test_programme_takes_the_extra_exercise_and_its_side():
    from coach.programme.model import Prescription, ProgrammeError

    p = Prescription("knee_raise", sets=2, reps=5, side="left", rule_overrides={"rep": {"raised_deg": 110}})
    assert p.validate().describe() == "Standing knee raise: 2 × 5 reps (left arm), rest 60 s"
    with pytest.raises(ProgrammeError, match="raised_deg"):
        Prescription("knee_raise", reps=5, rule_overrides={"rep": {"raised_deg": 10}}).validate()


def test_review_window_shows_the_extra_exercise(qtbot, track):
    from coach.ui.review import ReviewWindow

    window = ReviewWindow()
    qtbot.addWidget(window)
    window.show()
    titles = [window.bar.exercise_box.itemText(i) for i in range(window.bar.exercise_box.count())]
    assert "Standing knee raise" in titles
    with qtbot.waitSignal(window.jobFinished, timeout=30_000) as done:
        assert window.open_recording(str(track), "knee_raise")
    assert tuple(done.args) == ("analyse", "ok"), window.last_error
    assert window.headline.text() == "Standing knee raise: 4 reps, 3 with good form"
    header = window.tabs.reps.header_labels()
    assert "Knee lift (°)" in header and "Side (raised knee)" in header
    assert [line.deg for line in window.plot.ref_lines] == [120.0]
    window.close()
    assert not window.runner.busy


class ScheduleEstimator:
    """Stands in for MediaPipe: the pose at each frame's time comes from SCHEDULE."""

    def process(self, image, t_s: float):
        return pose_at(t_s)

    def close(self) -> None:
        pass


def _video(path: Path) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), FPS, (160, 120))
    for i in range(int(DURATION_S * FPS)):
        writer.write(np.full((120, 160, 3), 60 + i % 60, np.uint8))
    writer.release()
    return path


def test_live_window_runs_a_set_of_the_extra_exercise(qtbot, make_window, collect_states, tmp_path):
    w = make_window(estimator_factory=ScheduleEstimator)
    items = [w.setup.exercise_list.item(i).text() for i in range(w.setup.exercise_list.count())]
    assert any("Standing knee raise" in t for t in items)
    w.setup.select_exercise("knee_raise")
    seen = collect_states(w)
    with qtbot.waitSignal(w.setFinished, timeout=30_000) as finished:
        assert w.start_set(str(_video(tmp_path / "knee.avi")), "knee_raise") is not None
        assert w.live.counter.caption.text() == "Reps each side"
        assert w.live.counter.target_label.text().startswith("of 8")
        qtbot.waitUntil(lambda: w.live.video.angle_text.startswith("Hip angle"), timeout=30_000)
    result = finished.args[0]
    assert result.rep_count == 4 and [s.rep_count for s in seen] == sorted(s.rep_count for s in seen)
    assert w.pages.currentWidget() is w.summary


def test_under_german_the_plug_in_without_a_translation_keeps_its_english_words(german, make_window, qtbot):
    from coach.ui import i18n
    from coach.ui.programme.rule_overrides import OverridesEditor

    w = make_window()
    items = [w.setup.exercise_list.item(i).text() for i in range(w.setup.exercise_list.count())]
    assert any("Beckenheben" in t for t in items)  # a built-in, translated
    assert any("Standing knee raise" in t for t in items)  # the plug-in, in its own English
    w.setup.select_exercise("knee_raise")
    assert w.setup.title.text() == "Standing knee raise"
    assert i18n.fault_name("too_fast", "knee_raise") == i18n.fault_name("too_fast", "glute_bridge")  # a shared word
    ed = OverridesEditor()
    qtbot.addWidget(ed)
    ed.set_overrides("knee_raise", {})
    assert "Knee height needed (hip angle at most)" in [label.text() for label in ed.name_labels()]


def test_a_plug_in_that_cannot_be_loaded_is_left_out_with_one_line(monkeypatch, capsys):
    from importlib.metadata import EntryPoint

    import coach.exercises.registry as registry

    found = list(registry._entry_points())
    broken = [EntryPoint("broken", "no_such_module:Analyzer", "coach.exercises"),
              EntryPoint("wrong_name", "coach_knee_raise:KneeRaiseAnalyzer", "coach.exercises")]
    monkeypatch.setattr(registry, "_entry_points", lambda: [*found, *broken])
    registry._exercises.cache_clear()
    try:
        assert registry.exercise_names() == ["bird_dog", "cat_cow", "glute_bridge", "knee_raise", "plank"]
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 2 and all(line.startswith("coach: exercise plug-in '") for line in err)
        assert "No module named 'no_such_module'" in err[0] and "its spec is 'knee_raise'" in err[1]
    finally:
        monkeypatch.undo()
        registry._exercises.cache_clear()


def test_without_any_installed_exercise_coach_says_how_to_install(monkeypatch, capsys):
    import coach.exercises.registry as registry

    monkeypatch.setattr(registry, "_entry_points", lambda: [])
    registry._exercises.cache_clear()
    try:
        assert registry.exercise_names() == []
        assert "no exercises found: install Coach" in capsys.readouterr().err
    finally:
        monkeypatch.undo()
        registry._exercises.cache_clear()
