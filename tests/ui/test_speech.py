"""Voice and its fallbacks: speech when an engine loads, a chime otherwise, never an exception."""
from __future__ import annotations

import sys
import wave

import pytest

from coach.exercises import events as ev
from coach.exercises.events import AnalyzerState, Event
from coach.live.cue_scheduler import CueScheduler
from coach.ui.speech import SpokenCues, Voice, chime_path, write_chime


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_unknown_engine_falls_back_to_the_chime(qtbot):
    v = Voice(engine="no-such-engine", sound=False)
    assert not v.can_speak and not v.busy()
    v.say("Lift your hips")
    v.chime()
    assert v.history == [("say", "Lift your hips"), ("chime", "")]
    assert "off" in v.description


def test_missing_text_to_speech_module_degrades(qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import now raises ImportError
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    v = Voice(engine="speechd")
    assert not v.can_speak
    v.say("Turn side-on")  # falls through to QApplication.beep: no exception
    assert v.history[-1] == ("say", "Turn side-on")


def test_mock_engine_speaks_through_qt_text_to_speech(qtbot):
    tts = pytest.importorskip("PySide6.QtTextToSpeech")
    if "mock" not in tts.QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed")
    v = Voice(engine="mock", sound=False)
    assert v.can_speak and v.description == "voice: mock"
    v.say("One")
    qtbot.waitUntil(lambda: not v.busy(), timeout=5000)
    v.muted = True
    v.say("Two")  # recorded, not spoken
    assert not v.busy() and v.history[-1] == ("say", "Two")


def test_the_chime_is_a_short_valid_wav(tmp_path):
    assert chime_path().exists(), "assets/sounds/chime.wav ships with the app"
    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        assert 0.1 < w.getnframes() / w.getframerate() < 0.5


def test_spoken_cues_say_counts_and_do_not_nag(qtbot):
    clock = Clock()
    v = Voice(speech=False, sound=False)
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


def test_setup_guidance_outranks_form_cues_and_is_withdrawn_when_fixed(qtbot):
    clock = Clock()
    v = Voice(speech=False, sound=False)
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



def test_without_a_voice_a_counted_rep_chimes_once_not_again_for_its_count(qtbot):
    class Sound:
        played = 0

        def play(self) -> None:
            Sound.played += 1

    v = Voice(speech=False, sound=False)
    v._sound = Sound()
    cues = SpokenCues(v, CueScheduler(min_gap_s=0.0))
    cues.start_set("reps", 10)
    cues.on_events([Event(ev.REP_COUNTED, 1.0, count=1)])
    cues.tick()  # the count, said in place of speech: a second chime here would overlap the first
    assert [k for k, _ in v.history] == ["chime", "say"] and Sound.played == 1
    qtbot.wait(600)
    v.say("Lift your hips")  # a later cue is marked by its own chime
    assert Sound.played == 2
