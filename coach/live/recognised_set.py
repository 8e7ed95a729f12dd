"""A live set whose exercise Coach recognises, and a guided set checked against what is really done; no Qt.

In Automatic the person just starts: :class:`AutoExercise` runs every recognisable
exercise's analyzer side by side (:class:`~coach.analysis.recognition.ExerciseRecognizer`)
until one of them counts, then continues with that one alone — the rep it counted stays.
To the live pipeline it is an analyzer like any other; before it knows the exercise it
reports no events and a plain waiting state, so nothing is counted or corrected yet.

In a guided session the exercise is prescribed. :class:`PrescribedWatch` runs the
prescription's analyzer as usual and a recognizer beside it; if the recognizer names
another exercise while the prescribed one has counted nothing, the window says so once
("This looks like a plank; today's set is bird-dog").

What is said is decided here (:func:`counting_phrase`, :func:`looks_like_phrase`); the
window shows and speaks it through its usual spoken-cue path in its own language.
"""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Any, Callable, Mapping, Optional, Sequence

from coach.analysis.recognition import ExerciseRecognizer
from coach.analysis.session import AUTO as AUTOMATIC  # one name for the choice in the GUI code
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.events import AnalyzerState, Event
from coach.exercises.registry import spec_for
from coach.phrase import QT_TRANSLATE_NOOP, Phrase
from coach.pose.landmarks import PoseFrame

__all__ = ["AUTOMATIC", "AutoExercise", "PrescribedWatch", "WATCHING", "counting_phrase", "looks_like_phrase",
           "watch_prescribed"]

WATCHING = QT_TRANSLATE_NOOP("RecognisedSet", "Get into position — Coach will recognise the exercise")
COUNTING = QT_TRANSLATE_NOOP("RecognisedSet", "{exercise} — counting")
LOOKS_LIKE = QT_TRANSLATE_NOOP("RecognisedSet", "This looks like a {seen}; today's set is {prescribed}")


def english_title(exercise: str) -> str:
    return spec_for(exercise).title or exercise


def english_in_sentence(exercise: str) -> str:
    return english_title(exercise).lower()


def counting_phrase(exercise: str, title: Callable[[str], str] = english_title) -> Phrase:
    """"Glute bridge — counting": said once when Automatic has recognised the exercise.

    ``title`` names an exercise (the window passes its own, in its language).
    """
    return Phrase.of(COUNTING, exercise=title(exercise))


def looks_like_phrase(seen: str, prescribed: str, in_sentence: Callable[[str], str] = english_in_sentence) -> Phrase:
    """"This looks like a plank; today's set is bird-dog": a guided set where another exercise is being done."""
    return Phrase.of(LOOKS_LIKE, seen=in_sentence(seen), prescribed=in_sentence(prescribed))


class AutoExercise:
    """An analyzer for a live set in Automatic: the recognised exercise's, once Coach has recognised it.

    Until then :attr:`exercise` is None, :meth:`update` returns no events and :meth:`state` a plain
    waiting state; afterwards everything is the recognised analyzer's own (its count includes the rep
    that decided). Anything else asked of it (``t_s``, ``frames``, ``summary()``…) is the recognised
    analyzer's, or before that the first watched one's (every watched analyzer has seen every frame).
    Runs on the pipeline's inference thread; the window reads :attr:`exercise` from its own.
    """

    def __init__(self, names: Optional[Sequence[str]] = None,
                 overrides: Optional[Mapping[str, Sequence[str | os.PathLike[str]]]] = None) -> None:
        self.recognizer = ExerciseRecognizer(names, overrides)
        watched = list(self.recognizer.watch.analyzers.values())
        self._first = watched[0]
        # The pose model draws the person's outline if any watched exercise reads it.
        self._spec = replace(self._first.spec, needs_silhouette=any(a.spec.needs_silhouette for a in watched))

    @property
    def exercise(self) -> Optional[str]:
        """The recognised exercise's name; None while Coach is still watching."""
        found = self.recognizer.recognised
        return found.exercise if found is not None else None

    @property
    def current(self) -> ExerciseAnalyzer:
        return self.recognizer.analyzer or self._first

    @property
    def spec(self) -> Any:
        return self.current.spec if self.exercise else self._spec

    @property
    def title(self) -> str:
        """The recognised exercise's title; empty while none is recognised (the set is then "auto")."""
        return self.current.title if self.exercise else ""

    def update(self, frame: PoseFrame) -> list[Event]:
        return self.recognizer.update(frame)

    def state(self) -> AnalyzerState:
        if self.exercise:
            return self.current.state()
        t = self.recognizer.watch.t_s
        return AnalyzerState(t_s=t[-1] if t else 0.0, exercise=AUTOMATIC)

    def finish(self) -> list[Event]:
        if self.exercise:
            return self.current.finish()
        self.recognizer.watch.finish()
        return []

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "recognizer":  # not yet set (a copy, an unpickled one): no recursion
            raise AttributeError(name)
        return getattr(self.current, name)


def watch_prescribed(analyzer: ExerciseAnalyzer, exercise: str) -> ExerciseAnalyzer:
    """The prescription's analyzer, watched by a recognizer when Coach can recognise its exercise at all.

    An exercise outside recognition (a plug-in's) is left alone: the recognizer would take it for another.
    """
    from coach.exercises.registry import recognisable_exercise_names

    if exercise not in recognisable_exercise_names():
        return analyzer
    return PrescribedWatch(analyzer, exercise)  # type: ignore[return-value]  # an analyzer to the pipeline


class PrescribedWatch:
    """The prescribed exercise's analyzer, with every recognisable exercise watched beside it.

    :meth:`take_notice` gives, once, the exercise the person seems to do instead — only when it is
    not the prescribed one and the prescribed one has counted nothing. The recognizer stops as soon as
    it has named an exercise or the prescribed one counts, so a set that goes as planned costs nothing
    after its first rep. Everything else is the prescribed analyzer's own.
    """

    def __init__(self, analyzer: ExerciseAnalyzer, exercise: str, names: Optional[Sequence[str]] = None) -> None:
        self.analyzer = analyzer
        self.prescribed = exercise
        self.recognizer: Optional[ExerciseRecognizer] = ExerciseRecognizer(names)
        self._seen: Optional[str] = None
        self._taken = False

    def update(self, frame: PoseFrame) -> list[Event]:
        events = self.analyzer.update(frame)
        if self.recognizer is not None:
            if self._counted():
                self.recognizer = None  # the prescribed exercise is being done
            else:
                self.recognizer.update(frame)
                found = self.recognizer.recognised
                if found is not None:
                    self.recognizer = None
                    if found.exercise != self.prescribed:
                        self._seen = found.exercise
        return events

    def _counted(self) -> bool:
        return self.analyzer.rep_count > 0 or self.analyzer.hold_seconds() > 0.0

    def take_notice(self) -> Optional[str]:
        """The other exercise seen, the first time it is asked for after it was seen; else None."""
        if self._seen is None or self._taken or self._counted():
            return None
        self._taken = True
        return self._seen

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "analyzer":
            raise AttributeError(name)
        return getattr(self.analyzer, name)
