"""Which moments of a set are spoken: analyzer events and states turned into utterances, with no Qt.

A patient lying on the floor is often not looking at the screen, so a counted
rep chimes and is counted aloud, a fault or set-up problem is said as its cue,
and reaching the target is praised once. What is said is decided here; how it
sounds (a speech engine, a chime) is the GUI's :class:`coach.ui.speech.Voice`,
and the words are put in the window's language by the ``say_in`` function the
GUI passes (``coach.ui.i18n.phrase_text``): cues are marked for translation in
the context ``cues``, as the rule files' texts are.
"""
from __future__ import annotations

import time
from typing import Callable, Optional, Protocol

from coach.exercises import events as ev
from coach.exercises.events import AnalyzerState, Event
from coach.live.cue_scheduler import CuePriority, CueScheduler
from coach.phrase import QT_TRANSLATE_NOOP, Num, Phrase, Template, Text

TARGET_REPS = QT_TRANSLATE_NOOP("SpokenCues", "{count}. That's your target — well done")
TARGET_HOLD = QT_TRANSLATE_NOOP("SpokenCues", "{seconds} seconds. Target reached — well done")


class VoiceLike(Protocol):
    """What the cues need of a voice (``coach.ui.speech.Voice``, or a list in a test)."""

    def say(self, text: str) -> None: ...

    def chime(self) -> None: ...

    def busy(self) -> bool: ...


def cue_text(text: str) -> Template:
    """A cue or set-up message from the rule files or an exercise, marked to be said in the ``cues`` context."""
    marked = Template(text)
    marked.context = "cues"
    return marked


class SpokenCues:
    """Turns analyzer events and states into utterances for one set, through the scheduler.

    Events give the moments (a rep counted, a fault began, a setup problem
    appeared); the state, offered on every render tick, repeats a cue that
    persists once its cooldown has passed, so a sagging plank is reminded
    every few seconds rather than told once or nagged every frame.
    """

    def __init__(self, voice: VoiceLike, scheduler: CueScheduler, say_in: Callable[[Text], str] = str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.voice = voice
        self.scheduler = scheduler
        self._words = say_in
        self._now = clock
        self.target: Optional[float] = None
        self.mode = "reps"
        self._hold_target_said = False

    def start_set(self, mode: str, target: Optional[float]) -> None:
        self.mode, self.target = mode, target
        self._hold_target_said = False
        self.scheduler.clear()

    def on_events(self, events: list[Event]) -> None:
        now = self._now()
        for e in events:
            if e.kind == ev.REP_COUNTED:
                self.voice.chime()
                words: Text = f"{e.count}"
                if self.target and e.count == int(self.target) and not e.side:
                    words = Phrase.of(TARGET_REPS, count=e.count)
                self.scheduler.offer(self._words(words), CuePriority.COUNT, now)
            elif e.kind == ev.FAULT_BEGAN and e.message:
                self.scheduler.offer(self._words(Phrase(cue_text(e.message))), CuePriority.FORM, now)
            elif e.kind == ev.SETUP_BEGAN and e.message:
                self.scheduler.offer(self._words(Phrase(cue_text(e.message))), CuePriority.SETUP, now)
            elif e.kind == ev.SETUP_ENDED:
                self.scheduler.withdraw(CuePriority.SETUP)

    def announce(self, words: Text) -> None:
        """News about the set itself, said once and before the count ("Glute bridge — counting").

        Offered as set-up guidance, which is said before a count: the person should hear what
        Coach is counting before the first number.
        """
        self.scheduler.offer(self._words(words), CuePriority.SETUP, self._now())

    def on_state(self, state: AnalyzerState) -> None:
        now = self._now()
        if state.setup_message:
            self.scheduler.offer(self._words(Phrase(cue_text(state.setup_message))), CuePriority.SETUP, now)
        elif state.cue:
            self.scheduler.offer(self._words(Phrase(cue_text(state.cue))), CuePriority.FORM, now)
        good = state.good_form_s
        if self.mode == "hold" and self.target and good is not None and good >= self.target \
                and not self._hold_target_said:
            self._hold_target_said = True
            said = Phrase.of(TARGET_HOLD, seconds=Num(int(self.target)))
            self.scheduler.offer(self._words(said), CuePriority.COUNT, now)

    def tick(self) -> None:
        """Say the next utterance if the voice is free (called from the render timer)."""
        u = self.scheduler.next(self._now(), self.voice.busy())
        if u is not None:
            self.voice.say(u.text)
