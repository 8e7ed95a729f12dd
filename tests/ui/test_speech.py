"""Voice and its fallbacks: speech when an engine loads, a chime otherwise, never an exception."""
from __future__ import annotations

import sys
import wave

import pytest

from coach.exercises import events as ev
from coach.exercises.events import Event
from coach.live.cue_scheduler import CueScheduler
from coach.live.spoken_cues import SpokenCues
from coach.ui.i18n import phrase_text
from coach.ui.speech import Voice, chime_path, write_chime


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


def test_without_a_voice_a_counted_rep_chimes_once_not_again_for_its_count(qtbot):
    class Sound:
        played = 0

        def play(self) -> None:
            Sound.played += 1

    v = Voice(speech=False, sound=False)
    v._sound = Sound()
    cues = SpokenCues(v, CueScheduler(min_gap_s=0.0), phrase_text)
    cues.start_set("reps", 10)
    cues.on_events([Event(ev.REP_COUNTED, 1.0, count=1)])
    cues.tick()  # the count, said in place of speech: a second chime here would overlap the first
    assert [k for k, _ in v.history] == ["chime", "say"] and Sound.played == 1
    qtbot.wait(600)
    v.say("Lift your hips")  # a later cue is marked by its own chime
    assert Sound.played == 2
