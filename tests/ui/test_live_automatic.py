"""The live window in Automatic: it watches, names the exercise at its first rep, says so once, counts on.

Scripted synthetic poses (:mod:`support.scripted`) play through the real window and pipeline, so what is
counted depends on the script alone; the same script with the exercise chosen by hand is the reference.
"""
from __future__ import annotations

from typing import Optional

from coach.live.recognised_set import AUTOMATIC
from coach.live.set_result import ENDED_FINISHED
from coach.store import Store
from support.scripted import scripted
from synthetic import BRIDGE_REST, STANDING, bridge_rep

TIMEOUT_MS = 30_000
BRIDGES = [(2.0, BRIDGE_REST)] + bridge_rep() * 3 + [(1.0, BRIDGE_REST)]


def _play(qtbot, w, video, exercise, seen: Optional[list] = None):
    """Play the set to its end; ``seen`` gets (exercise, banner text, title) when the exercise is recognised."""
    with qtbot.waitSignal(w.setFinished, timeout=TIMEOUT_MS) as finished:
        session = w.start_set(str(video), exercise)
        assert session is not None
        if exercise == AUTOMATIC:
            assert w.live.banner.text.text() == "Get into position — Coach will recognise the exercise"
            assert w.live.title.text() == "Automatic" and w.live.counter.target_label.text() == ""
            if seen is not None:  # connected after the window's own slot: sees what it did
                session.recognised.connect(lambda name: seen.append((name, w.live.banner.text.text(),
                                                                     w.live.title.text())))
    return finished.args[0]


def test_automatic_is_in_the_picker_and_has_no_target_of_its_own(make_window):
    w = make_window()
    last = w.setup.exercise_list.count() - 1
    assert w.setup.exercise_list.item(last).data(0x0100) == AUTOMATIC  # Qt.UserRole
    assert w.setup.selected_exercise() != AUTOMATIC  # a choice, not the default
    w.setup.select_exercise(AUTOMATIC)
    assert w.setup.title.text() == "Automatic" and w.setup.target.isHidden()
    w.setup.select_exercise("plank")
    assert not w.setup.target.isHidden()


def test_an_automatic_set_counts_and_is_kept_as_the_exercise_recognised(qtbot, make_window, tmp_path, data_dir):
    estimator, video = scripted(BRIDGES, tmp_path / "bridges.avi")
    chosen = _play(qtbot, make_window(estimator_factory=estimator), video, "glute_bridge")
    w = make_window(estimator_factory=estimator)
    announced: list = []
    announce = w.cues.announce
    w.cues.announce = lambda words: (announced.append(str(words)), announce(words))
    seen: list = []
    result = _play(qtbot, w, video, AUTOMATIC, seen)
    assert seen == [("glute_bridge", "Glute bridge — counting", "Glute bridge")]
    assert announced == ["Glute bridge — counting"]  # offered to the voice once
    assert (result.exercise, result.ended_by) == ("glute_bridge", ENDED_FINISHED)
    assert result.rep_count == chosen.rep_count == 3  # the rep that decided is counted
    assert result.analysis.reps == chosen.analysis.reps
    assert result.target == 10  # the exercise's own target
    said = [text for kind, text in w.voice.history if kind == "say"]
    # The script plays faster than speech: what was said in time varies, but the exercise came first.
    assert said[:1] in ([], ["Glute bridge — counting"])
    assert w.live.title.text() == "Glute bridge" and w.live.counter.target_label.text() == "of 10"
    assert w.summary.title.text() == "Glute bridge — set finished"
    with Store(data_dir / "coach.sqlite3") as store:
        rows = [(s.exercise, s.rep_count, s.target_reps) for info in store.sessions() for s in store.sets_of(info.id)]
    assert ("glute_bridge", 3, 10) in rows and all(r[0] != AUTOMATIC for r in rows)


def test_an_automatic_set_where_nothing_is_recognised_counts_and_keeps_nothing(qtbot, make_window, tmp_path,
                                                                              data_dir):
    estimator, video = scripted([(6.0, STANDING)], tmp_path / "standing.avi")
    w = make_window(estimator_factory=estimator)
    result = _play(qtbot, w, video, AUTOMATIC)
    assert result.exercise == AUTOMATIC and result.rep_count == 0
    assert w.summary.title.text() == "No exercise recognised"
    assert not [text for kind, text in w.voice.history if kind == "say"]
    if (data_dir / "coach.sqlite3").exists():
        with Store(data_dir / "coach.sqlite3") as store:
            assert not store.sessions()
