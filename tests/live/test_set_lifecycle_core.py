"""The set lifecycle without threads or Qt: every way a set ends, once, at the rate its frames were analysed."""
from __future__ import annotations

import pytest

from coach.exercises.registry import create_analyzer
from coach.live.control import WorkerState
from coach.live.set_lifecycle import CAMERA_STOPPED, PainStop, SetLifecycle, SetState, measured_fps
from coach.live.set_result import ENDED_BY_USER, ENDED_FAILED, ENDED_FINISHED, ENDED_PAIN, ENDED_SOURCE_LOST
from coach.phrase import Phrase
from synthetic import BRIDGE_REST, bridge_rep, frame, timeline


class Hooks:
    def __init__(self) -> None:
        self.states: list[SetState] = []
        self.lost: list = []
        self.events: list = []
        self.finished: list = []

    def life(self, is_camera: bool = False, **kw) -> SetLifecycle:
        analyzer = kw.pop("analyzer", None) or create_analyzer("glute_bridge")
        return SetLifecycle(analyzer, "glute_bridge", "camera" if is_camera else "clip.mp4", is_camera, target=2,
                            on_state=self.states.append, on_lost=self.lost.append, on_events=self.events.extend,
                            on_finished=self.finished.append, **kw)


def fed(fps: float = 25.0, reps: int = 2, step: int = 1):
    """A bridge analyzer that has seen ``reps`` reps at ``fps``, every ``step``-th frame analysed."""
    a = create_analyzer("glute_bridge")
    samples = list(timeline([(2.0, BRIDGE_REST)] + bridge_rep() * reps, fps=fps))[::step]
    for t, pose in samples:
        a.update(frame(t, pose))
    return a


def test_a_video_that_ends_finishes_the_set_once_with_its_closing_events():
    hooks = Hooks()
    life = hooks.life(analyzer=fed())
    life.pipeline_started()
    life.pipeline_running()
    assert life.pause() and life.state is SetState.PAUSED and not life.pause()
    assert life.resume() and life.state is SetState.RUNNING
    life.pipeline_ended(WorkerState.FINISHED)
    assert life.ended and len(hooks.finished) == 1 and hooks.finished[0] is life.result
    assert life.result.ended_by == ENDED_FINISHED and life.result.rep_count == 2 and life.result.target == 2
    assert hooks.states == [SetState.STARTING, SetState.RUNNING, SetState.PAUSED, SetState.RUNNING, SetState.ENDED]
    life.pipeline_ended(WorkerState.FINISHED)  # a late report changes nothing
    assert life.finalise(ENDED_FAILED) is hooks.finished[0] and len(hooks.finished) == 1


def test_the_first_reason_to_end_stands():
    hooks = Hooks()
    life = hooks.life()
    life.pipeline_started()
    assert life.end(ENDED_PAIN, pipeline_running=True) and life.state is SetState.ENDING
    assert not life.end(ENDED_BY_USER, pipeline_running=True)  # "End set" pressed after "it hurts"
    life.pipeline_ended(WorkerState.FINISHED)  # the video happened to end meanwhile
    assert life.result.ended_by == ENDED_PAIN


def test_ending_during_the_countdown_finishes_at_once_with_nothing_counted():
    hooks = Hooks()
    life = hooks.life()
    assert not life.end(ENDED_BY_USER)  # no pipeline to stop
    assert life.ended and life.result.rep_count == 0 and life.result.analysis.frames == 0


def test_a_lost_camera_waits_and_ending_then_keeps_what_was_counted_as_source_lost():
    hooks = Hooks()
    life = hooks.life(is_camera=True, analyzer=fed())
    life.pipeline_started()
    life.pipeline_ended(WorkerState.SOURCE_LOST)
    assert life.state is SetState.SOURCE_LOST and life.may_reconnect and not hooks.finished
    assert hooks.lost == [Phrase.of(CAMERA_STOPPED)]  # no message from the camera: the generic one
    life.end(ENDED_BY_USER)
    assert life.result.ended_by == ENDED_SOURCE_LOST and life.result.rep_count == 2
    assert str(life.result.message) == "The camera stopped sending pictures."


def test_a_video_that_fails_ends_as_failed_but_a_camera_that_fails_may_come_back():
    hooks = Hooks()
    video = hooks.life()
    video.pipeline_ended(WorkerState.FAILED, "read error")
    assert video.result.ended_by == ENDED_FAILED and video.result.message == "read error"
    camera = hooks.life(is_camera=True)
    camera.pipeline_ended(WorkerState.FAILED, "driver crashed")
    assert camera.state is SetState.SOURCE_LOST and hooks.lost[-1] == "driver crashed"


@pytest.mark.parametrize("rated_first", [True, False])
def test_a_pain_stop_completes_when_both_the_set_and_the_rating_are_in(rated_first):
    hooks = Hooks()
    life = hooks.life(analyzer=fed())
    life.pipeline_started()
    stop = PainStop(life)
    life.end(ENDED_PAIN, pipeline_running=True)
    if rated_first:
        stop.rate(6)
        assert not stop.complete
        life.pipeline_ended(WorkerState.STOPPED)
    else:
        life.pipeline_ended(WorkerState.STOPPED)
        assert not stop.complete
        stop.rate(6)
    assert stop.complete and life.result.pain == 6 and life.result.ended_by == ENDED_PAIN


def test_a_pain_stop_between_sets_completes_with_the_rating_alone():
    stop = PainStop()
    assert not stop.complete
    stop.rate(None)  # skipped
    assert stop.complete and stop.rating is None


def test_the_set_is_summed_up_at_the_rate_its_frames_were_analysed():
    assert measured_fps(fed(fps=25.0)) == pytest.approx(25.0)
    assert measured_fps(fed(fps=30.0, step=2)) == pytest.approx(15.0)  # real time, every other frame dropped
    assert measured_fps(create_analyzer("plank"), nominal_fps=24.0) == 24.0  # nothing analysed: the file's rate
    assert measured_fps(create_analyzer("plank")) == 30.0
    hooks = Hooks()
    life = hooks.life(analyzer=fed(fps=25.0), nominal_fps=60.0)
    life.pipeline_ended(WorkerState.FINISHED)
    assert life.result.analysis.fps == pytest.approx(25.0)
