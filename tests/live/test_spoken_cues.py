"""Which moments of a set are spoken, and in which words: SpokenCues with a fake clock and voice, no Qt."""
from __future__ import annotations

from coach.exercises import events as ev
from coach.exercises.events import AnalyzerState, Event
from coach.live.cue_scheduler import CueScheduler
from coach.live.spoken_cues import SpokenCues


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


class ListVoice:
    """A voice that keeps what it was asked to say, as ``coach.ui.speech.Voice.history`` does."""

    def __init__(self) -> None:
        self.history: list[tuple[str, str]] = []

    def say(self, text: str) -> None:
        self.history.append(("say", text))

    def chime(self) -> None:
        self.history.append(("chime", ""))

    def busy(self) -> bool:
        return False


def test_spoken_cues_say_counts_and_do_not_nag():
    clock = Clock()
    v = ListVoice()
    cues = SpokenCues(v, CueScheduler(cooldown_s=8.0, min_gap_s=0.5), clock=clock)
    cues.start_set("reps", 2)
    sag = AnalyzerState(t_s=0, exercise="glute_bridge", cue="Lift your hips higher")
    cues.on_events([Event(ev.REP_COUNTED, 1.0, count=1)])
    for step in range(40):  # 4 s of frames with the same fault showing
        clock.t = step * 0.1
        cues.on_state(sag)
        cues.tick()
    cues.on_events([Event(ev.REP_COUNTED, 4.0, count=2)])
    clock.t = 4.2
    cues.tick()
    said = [t for k, t in v.history if k == "say"]
    assert said == ["1", "Lift your hips higher", "2. That's your target — well done"]
    assert v.history.count(("chime", "")) == 2
    clock.t = 8.5
    cues.on_state(sag)  # still wrong after the cooldown: one reminder
    cues.tick()
    assert [t for k, t in v.history if k == "say"][-1] == "Lift your hips higher"


def test_setup_guidance_outranks_form_cues_and_is_withdrawn_when_fixed():
    clock = Clock()
    v = ListVoice()
    cues = SpokenCues(v, CueScheduler(min_gap_s=0.0), clock=clock)
    cues.start_set("hold", 30)
    cues.on_events([Event(ev.FAULT_BEGAN, 0.0, name="hips_sagging", message="Lift your hips"),
                    Event(ev.SETUP_BEGAN, 0.0, name="not_in_frame", message="Move back")])
    cues.tick()
    cues.on_events([Event(ev.SETUP_BEGAN, 0.1, name="not_side_on", message="Turn side-on"),
                    Event(ev.SETUP_ENDED, 0.2, name="not_side_on")])
    clock.t = 0.3
    cues.tick()
    assert [t for k, t in v.history if k == "say"] == ["Move back", "Lift your hips"]
    cues.on_state(AnalyzerState(t_s=31, exercise="plank", good_form_s=30.5, in_position=True))
    clock.t = 1.0
    cues.tick()
    assert v.history[-1] == ("say", "30 seconds. Target reached — well done")
