"""The coach's voice: Qt text-to-speech when an engine works, else a short chime, else the system beep.

A patient lying on the floor is often not looking at the screen, so cues and
counts are spoken. But speech engines are an optional system install
(speech-dispatcher + espeak-ng on Debian) and audio may be missing entirely,
so every layer degrades: QtTextToSpeech may fail to import or to load an
engine, QtMultimedia may fail to import or find no output; the cue is always on
screen anyway, and the voice never raises. What was said is kept in
:attr:`Voice.history` so tests can check it without audio. Which moments
are spoken, and in which words, is decided without Qt by
:class:`coach.live.spoken_cues.SpokenCues`; this module is only how it sounds.
"""
from __future__ import annotations

import logging
import math
import os
import struct
import time
import wave
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QLocale, QObject, QUrl
from PySide6.QtWidgets import QApplication

from coach.ui.i18n import translate
from coach.ui.speechd_probe import speechd_stuck

log = logging.getLogger(__name__)

MAX_UTTERANCE_S = 6.0  # the longest cue takes ~4 s at our rate
# Without a voice a counted rep chimes, and so does its count said in place of speech a moment later:
# two overlapping chimes for one moment. A chime this soon after the last one is not played again.
CHIME_GAP_S = 0.5
ENV_ENGINE = "COACH_TTS_ENGINE"  # e.g. "speechd", "mock", or "none" to switch speech off


def chime_path() -> Path:
    from coach.exercises.rules import assets_dir

    return assets_dir() / "sounds" / "chime.wav"


def write_chime(path: Path, rate: int = 22050) -> Path:
    """A soft two-note chime (0.25 s, 16-bit mono): distinct from system sounds, not startling."""
    frames = bytearray()
    notes = ((880.0, 0.11), (1320.0, 0.14))
    for freq, dur in notes:
        n = int(rate * dur)
        for i in range(n):
            env = min(1.0, i / (0.01 * rate)) * (1.0 - i / n) ** 1.5
            frames += struct.pack("<h", int(0.45 * 32767 * env * math.sin(2 * math.pi * freq * i / rate)))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return path


def _make_tts(engine: Optional[str], parent: QObject) -> Optional[QObject]:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:  # module missing from this Qt build, or its libraries absent
        log.info("no text-to-speech (%s)", exc)
        return None
    try:
        engines = list(QTextToSpeech.availableEngines())
        usable = [e for e in engines if e != "mock"]
        if engine is None:
            if not usable:
                return None
            engine = usable[0]
        elif engine not in engines:
            return None
        if engine == "speechd" and speechd_stuck():
            log.warning("speech-dispatcher is not answering; cues will be shown and chimed, not spoken")
            return None
        tts = QTextToSpeech(engine, parent)
        if tts.state() == QTextToSpeech.State.Error:
            log.info("text-to-speech engine %s failed: %s", engine, tts.errorString())
            tts.deleteLater()
            return None
        tts.setRate(-0.1)  # a touch slower: heard from across a room, during effort
        _speak_window_language(tts)
        return tts
    except Exception as exc:  # engine plug-ins can fail in many ways; speech is a nicety, not a must
        log.info("text-to-speech unavailable: %s", exc)
        return None


def _speak_window_language(tts: QObject) -> None:
    """Use a voice for the window's language (the cues are translated), if the engine has one."""
    wanted = QLocale()
    locales = list(tts.availableLocales())  # type: ignore[attr-defined]
    match = next((loc for loc in locales if loc.language() == wanted.language()), None)
    if match is not None:
        tts.setLocale(match)  # type: ignore[attr-defined]
    else:
        log.info("no %s voice in this speech engine; cues are spoken with its default voice",
                 QLocale.languageToString(wanted.language()))


def _make_sound(parent: QObject) -> Optional[QObject]:
    path = chime_path()
    if not path.exists():
        return None
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError as exc:
        log.info("no QtMultimedia (%s)", exc)
        return None
    try:
        effect = QSoundEffect(parent)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.8)
        return effect
    except Exception as exc:
        log.info("sound effect unavailable: %s", exc)
        return None


class Voice(QObject):
    """Says one thing at a time; :class:`coach.live.spoken_cues.SpokenCues` and its scheduler decide what."""

    def __init__(self, parent: Optional[QObject] = None, speech: bool = True, sound: bool = True,
                 engine: Optional[str] = None) -> None:
        super().__init__(parent)
        engine = engine or os.environ.get(ENV_ENGINE) or None
        if engine == "none":
            speech = False
        self._tts = _make_tts(engine, self) if speech else None
        self._sound = _make_sound(self) if sound else None
        self._beep = sound
        self.muted = False
        self._said_at = 0.0
        self._chimed_at = -CHIME_GAP_S
        self.history: list[tuple[str, str]] = []  # (kind, text): "say", "chime"

    @property
    def can_speak(self) -> bool:
        return self._tts is not None

    @property
    def description(self) -> str:
        if self._tts is not None:
            return translate("Voice", "voice: {engine}").format(engine=self._tts.engine())  # type: ignore[attr-defined]
        return (translate("Voice", "voice: off (chime only)") if (self._sound or self._beep)
                else translate("Voice", "voice: off"))

    def busy(self) -> bool:
        """Speaking right now; an engine that claims to speak for too long (no audio sink) is not trusted."""
        if self._tts is None or time.monotonic() - self._said_at > MAX_UTTERANCE_S:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._tts.state() == QTextToSpeech.State.Speaking  # type: ignore[attr-defined]

    def say(self, text: str) -> None:
        """Speak ``text``; without an engine the text is on screen already, so mark it with a chime."""
        self.history.append(("say", text))
        if self.muted:
            return
        if self._tts is not None:
            self._said_at = time.monotonic()
            self._tts.say(text)  # type: ignore[attr-defined]
        else:
            self._play_chime()

    def chime(self) -> None:
        """The sound that marks a counted rep."""
        self.history.append(("chime", ""))
        if not self.muted:
            self._play_chime()

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]

    def _play_chime(self) -> None:
        now = time.monotonic()
        if now - self._chimed_at < CHIME_GAP_S:
            return
        self._chimed_at = now
        if self._sound is not None:
            self._sound.play()  # type: ignore[attr-defined]
        elif self._beep:
            QApplication.beep()
