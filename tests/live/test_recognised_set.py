"""Automatic live sets and the guided "this looks like…" check, with synthetic frames and no Qt."""
from __future__ import annotations

from coach.exercises import events as ev
from coach.exercises.registry import create_analyzer
from coach.live.control import WorkerState
from coach.live.cue_scheduler import CueScheduler
from coach.live.recognised_set import AUTOMATIC, AutoExercise, PrescribedWatch, counting_phrase, looks_like_phrase
from coach.live.set_lifecycle import SetLifecycle
from coach.live.set_result import ENDED_FINISHED
from coach.live.spoken_cues import SpokenCues
from coach.pose.landmarks import PoseFrame
from synthetic import BRIDGE_REST, PLANK, QUADRUPED, STANDING, bridge_rep, frame, timeline


def _frames(segments) -> list[PoseFrame]:
    return [frame(t, pose) for t, pose in timeline(segments)]


BRIDGES = [(3.0, BRIDGE_REST)] + bridge_rep() * 3
PLANK_HOLD = [(1.0, STANDING), (12.0, PLANK)]


def test_automatic_names_the_exercise_at_its_first_rep_and_keeps_that_rep():
    auto = AutoExercise()
    bridge = create_analyzer("glute_bridge")  # the same frames, the exercise chosen by hand
    first_events: list = []
    for f in _frames(BRIDGES):
        alone = bridge.update(f)
        events = auto.update(f)
        if auto.exercise is None:
            assert events == [] and auto.state().exercise == AUTOMATIC and auto.state().rep_count == 0
            assert auto.title == ""
        elif not first_events:
            first_events = events
            assert [e.count for e in events if e.kind == ev.REP_COUNTED] == \
                [e.count for e in alone if e.kind == ev.REP_COUNTED] == [1]
    assert auto.exercise == "glute_bridge" and auto.title == "Glute bridge"
    assert auto.rep_count == bridge.rep_count == 3
    assert auto.state().rep_count == 3 and auto.t_s == bridge.t_s and auto.frames == bridge.frames


def test_an_automatic_set_is_stored_and_summed_up_as_the_exercise_recognised():
    auto = AutoExercise()
    finished: list = []
    life = SetLifecycle(auto, AUTOMATIC, "clip.mp4", False, on_finished=finished.append)
    life.pipeline_started()
    for f in _frames(BRIDGES):
        auto.update(f)
    assert auto.exercise is not None
    life.recognised(auto.exercise, 10)
    life.pipeline_ended(WorkerState.FINISHED)
    result = finished[0]
    assert (result.exercise, result.title, result.target, result.ended_by) == \
        ("glute_bridge", "Glute bridge", 10, ENDED_FINISHED)
    assert result.analysis.exercise == "glute_bridge" and result.rep_count == 3


def test_nothing_recognised_counts_nothing():
    auto = AutoExercise()
    for f in _frames([(8.0, STANDING)]):
        assert auto.update(f) == []
    assert auto.exercise is None and auto.finish() == []
    assert auto.frames == 8 * 30  # every watched analyzer saw every frame


def test_the_counting_phrase_is_offered_before_the_first_count():
    said: list[str] = []

    class Voice:
        def say(self, text: str) -> None:
            said.append(text)

        def chime(self) -> None:
            pass

        def busy(self) -> bool:
            return False

    now = [0.0]
    cues = SpokenCues(Voice(), CueScheduler(), str, clock=lambda: now[0])
    cues.start_set("reps", 10)
    cues.announce(counting_phrase("glute_bridge"))
    cues.on_events([ev.Event(ev.REP_COUNTED, 5.0, count=1)])
    for step in range(4):
        now[0] = step * 1.0
        cues.tick()
    assert said == ["Glute bridge — counting", "1"]


def test_a_guided_set_hears_once_that_another_exercise_is_being_done():
    watch = PrescribedWatch(create_analyzer("bird_dog"), "bird_dog")
    notices = []
    for f in _frames(PLANK_HOLD):
        watch.update(f)
        notices.append(watch.take_notice())
    seen = [n for n in notices if n is not None]
    assert seen == ["plank"]
    assert watch.rep_count == 0  # the prescribed analyzer's own count
    assert str(looks_like_phrase(seen[0], "bird_dog")) == "This looks like a plank; today's set is bird-dog"


def test_a_guided_set_doing_the_prescribed_exercise_hears_nothing():
    for exercise, segments in (("glute_bridge", BRIDGES), ("plank", PLANK_HOLD)):
        watch = PrescribedWatch(create_analyzer(exercise), exercise)
        for f in _frames(segments):
            watch.update(f)
            assert watch.take_notice() is None
        assert watch.recognizer is None  # stopped watching once the prescribed exercise counted


def test_a_quadruped_start_alone_is_no_exercise_yet():
    watch = PrescribedWatch(create_analyzer("plank"), "plank")
    for f in _frames([(6.0, QUADRUPED)]):
        watch.update(f)
        assert watch.take_notice() is None
