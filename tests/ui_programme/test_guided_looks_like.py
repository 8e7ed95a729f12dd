"""A guided set where the patient does another exercise than prescribed hears so, once, and nothing is counted."""
from __future__ import annotations

from coach.live.guided_runner import Phase
from coach.programme import Prescription, Programme
from support.scripted import scripted
from synthetic import BRIDGE_REST, PLANK, STANDING, bridge_rep

SET_TIMEOUT_MS = 30_000


def _run_set(qtbot, make_window, store, tmp_path, exercise: str, segments):
    store.save_programme(Programme("Today", (Prescription(exercise, sets=1, reps=5, rest_s=30),)))
    estimator, video = scripted(segments, tmp_path / "set.avi")
    w = make_window(source=str(video), estimator_factory=estimator)
    g = w.start_session()
    g.pain_before.scale.choose(2)
    announced: list = []
    announce = g.set.cues.announce
    g.set.cues.announce = lambda words: (announced.append(str(words)), announce(words))
    g.intro.start_button.click()
    qtbot.waitUntil(lambda: g.runner.phase is not Phase.SET_ACTIVE, timeout=SET_TIMEOUT_MS)
    return g, announced


def test_a_plank_in_a_bird_dog_set_is_named_once(qtbot, make_window, store, screened, tmp_path):
    g, announced = _run_set(qtbot, make_window, store, tmp_path, "bird_dog", [(1.0, STANDING), (12.0, PLANK)])
    assert g.set.last_notice == "This looks like a plank; today's set is bird-dog"
    assert announced == ["This looks like a plank; today's set is bird-dog"]
    assert g.set.result.rep_count == 0 and g.set.result.exercise == "bird_dog"  # still the prescribed set


def test_the_prescribed_exercise_done_hears_nothing_of_the_kind(qtbot, make_window, store, screened, tmp_path):
    g, announced = _run_set(qtbot, make_window, store, tmp_path, "glute_bridge",
                            [(2.0, BRIDGE_REST)] + bridge_rep() * 3 + [(1.0, BRIDGE_REST)])
    assert g.set.last_notice == "" and announced == []
    assert g.set.result.rep_count == 3
