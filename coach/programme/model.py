"""Programmes: an ordered list of prescriptions a physio sets and a patient follows.

Plain dataclasses with validation that names where the problem is and what
was expected (the style of :mod:`coach.exercises.rules`), because a programme
is typed by a person — in the editor or in a file handed over by a physio — and
a typo in a patient's limits must fail loudly, never be ignored. Per-patient
rule overrides are checked against the exercise's own rule file *and* by
building the analyzer, so out-of-range or crossed thresholds fail here, before
a session starts, not in the middle of one.
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from coach.errors import CoachError, RuleFileError
from coach.exercises.spec import Mode
from coach.phrase import QT_TRANSLATE_NOOP, Num, Phrase, Template, Text

if TYPE_CHECKING:
    from coach.exercises.base import ExerciseAnalyzer
    from coach.exercises.rules import Rules

SIDE_CHOICES = ("alternate", "left", "right")  # for an exercise whose spec is sided (bird-dog: the reaching arm)
LIMITS = {"sets": (1, 20), "reps": (1, 200), "hold_s": (1.0, 900.0), "rest_s": (0.0, 900.0)}
FROZEN_RULE_KEYS = ("exercise.mode",)  # changing these would change what the analyzer *is*


def is_sided(exercise: str) -> bool:
    """Whether the exercise counts reps per side (its spec says so), so ``side`` applies to it."""
    from coach.exercises.registry import exercise_names, exercise_spec

    return exercise in exercise_names() and exercise_spec(exercise).sided


def reps_wanted(exercise: str, reps: int, side: Optional[str]) -> int:
    """Reps a set must count: a sided exercise done alternately counts ``reps`` on each side."""
    return reps * (2 if is_sided(exercise) and (side or "alternate") == "alternate" else 1)


def seconds_num(value: float) -> Num:
    """Seconds as a person reads them: whole seconds without decimals, 12.5 s with one (as ``:g`` wrote them)."""
    value = float(value)
    decimals = next((d for d in range(3) if round(value, d) == value), 2)
    return Num(value, decimals)


def exercise_title(exercise: str) -> Phrase:
    """The exercise's title, translated by the GUI like the rule files' other texts (context ``exercises``)."""
    from coach.exercises.registry import analyzer_class, exercise_names

    title = Template((analyzer_class(exercise).title if exercise in exercise_names() else "") or exercise)
    title.context = "exercises"
    return Phrase(title)


def count_reps(reps: Optional[int]) -> Phrase:
    """"1 rep" or "6 reps": the template is chosen by the count, so each language can say both."""
    if reps == 1:
        return Phrase.of(QT_TRANSLATE_NOOP("programme", "{count} rep"), count=reps)
    return Phrase.of(QT_TRANSLATE_NOOP("programme", "{count} reps"), count=reps)


_SIDE_TEXT = {  # (brief, side) -> how the reps are done on that side
    (True, "left"): QT_TRANSLATE_NOOP("programme", "{reps} (left arm)"),
    (True, "right"): QT_TRANSLATE_NOOP("programme", "{reps} (right arm)"),
    (False, "left"): QT_TRANSLATE_NOOP("programme", "{reps} with the left arm"),
    (False, "right"): QT_TRANSLATE_NOOP("programme", "{reps} with the right arm"),
}


def reps_text(exercise: str, reps: Optional[int], side: Optional[str], brief: bool = False) -> str:
    """"6 reps each side", "6 reps with the left arm" (``brief``: "6 reps (left arm)") or "10 reps", in English."""
    return str(reps_phrase(exercise, reps, side, brief))


def reps_phrase(exercise: str, reps: Optional[int], side: Optional[str], brief: bool = False) -> Phrase:
    """:func:`reps_text` for the window, which says it in the person's language."""
    counted = count_reps(reps)
    if not is_sided(exercise):
        return counted
    side = side or "alternate"
    if side == "alternate":
        return Phrase.of(QT_TRANSLATE_NOOP("programme", "{reps} each side"), reps=counted)
    return Phrase.of(_SIDE_TEXT[(brief, side)], reps=counted)


# The place named when a problem is found and the caller named none.
A_PROGRAMME = Phrase(QT_TRANSLATE_NOOP("errors", "programme"))
A_PRESCRIPTION = Phrase(QT_TRANSLATE_NOOP("errors", "prescription"))


class ProgrammeError(CoachError):
    """A programme or prescription that is not valid: says where, which key, and what was expected."""


class ProgrammeFileError(ProgrammeError):
    """A programme file that cannot be read or is malformed."""


@dataclass(frozen=True)
class Prescription:
    """One line of a programme. ``reps`` for rep exercises (per side when bird-dog alternates), ``hold_s`` for holds.

    ``line`` and ``version`` are the store's identity: a line keeps its number when edited or progressed,
    and each change is a new version, so old sessions keep the target they were done against.
    """

    exercise: str
    sets: int = 1
    reps: Optional[int] = None
    hold_s: Optional[float] = None
    rest_s: float = 60.0
    side: Optional[str] = None
    rule_overrides: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    line: Optional[int] = None
    version: int = 1
    id: Optional[int] = None

    @property
    def mode(self) -> Mode:
        from coach.exercises.registry import analyzer_class

        return analyzer_class(self.exercise).mode

    @property
    def target(self) -> float:
        """Reps (per side when alternating) or hold seconds — what one set aims for."""
        if self.mode is Mode.HOLD:
            assert self.hold_s is not None, "validate() requires hold_s for a hold"
            return float(self.hold_s)
        return float(self.reps or 0)

    def describe(self) -> str:
        """One line in English ("Glute bridge: 2 × 8 reps, rest 60 s"), for the command line and files."""
        return str(self.phrase())

    def phrase(self) -> Phrase:
        """The same line for the window, which says it in the person's language."""
        what = (Phrase.of(QT_TRANSLATE_NOOP("programme", "{seconds} s hold"), seconds=seconds_num(self.hold_s or 0))
                if self.mode is Mode.HOLD else reps_phrase(self.exercise, self.reps, self.side, brief=True))
        return Phrase.of(QT_TRANSLATE_NOOP("programme", "{title}: {sets} × {what}, rest {rest} s"),
                         title=exercise_title(self.exercise), sets=self.sets, what=what,
                         rest=seconds_num(self.rest_s))

    def same_content(self, other: "Prescription") -> bool:
        """Equal apart from identity (line, version, id) — i.e. saving it would not need a new version."""
        ident: dict[str, Any] = dict(line=None, version=1, id=None)
        return replace(self, **ident) == replace(other, **ident)

    def validate(self, where: Text = A_PRESCRIPTION) -> "Prescription":
        _validate(self, where)
        return self


def where_prescription(where: Text, number: int, exercise: str = "") -> Phrase:
    """ "programme: prescription 2" (and its exercise, when known), the place a problem is named by."""
    if exercise:
        return Phrase.of(QT_TRANSLATE_NOOP("errors", "{where}: prescription {number} ({exercise})"),
                         where=where, number=number, exercise=exercise)
    return Phrase.of(QT_TRANSLATE_NOOP("errors", "{where}: prescription {number}"), where=where, number=number)


@dataclass(frozen=True)
class Programme:
    name: str
    prescriptions: tuple[Prescription, ...] = ()
    notes: str = ""
    id: Optional[int] = None
    patient_id: Optional[int] = None

    def validate(self, where: Text = A_PROGRAMME) -> "Programme":
        if not isinstance(self.name, str) or not self.name.strip():
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key 'name' must be non-empty text, got {got}"),
                                 where=where, got=repr(self.name))
        if not isinstance(self.notes, str):
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key 'notes' must be text, got {got}"),
                                 where=where, got=repr(self.notes))
        if not self.prescriptions:
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: a programme needs at least one prescription"),
                                 where=where)
        for i, p in enumerate(self.prescriptions, 1):
            p.validate(where_prescription(where, i))
        return self


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _check_range(where: Text, key: str, value: Any, integer: bool) -> None:
    lo, hi = LIMITS[key]
    if not _is_number(value) or (integer and not float(value).is_integer()):
        template = (QT_TRANSLATE_NOOP("errors", "{where}: key '{key}' must be a whole number from {lo} to {hi}, "
                                                "got {got}") if integer else
                    QT_TRANSLATE_NOOP("errors", "{where}: key '{key}' must be a number from {lo} to {hi}, got {got}"))
        raise ProgrammeError(template, where=where, key=key, lo=seconds_num(lo), hi=seconds_num(hi), got=repr(value))
    if not lo <= value <= hi:
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key '{key}' = {got} is out of range; "
                                                         "expected {lo} to {hi}"),
                             where=where, key=key, got=repr(value), lo=seconds_num(lo), hi=seconds_num(hi))


def _validate(p: Prescription, where: Text) -> None:
    from coach.exercises.registry import exercise_names

    names = exercise_names()
    if p.exercise not in names:
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key 'exercise' must be one of {names}, got {got}"),
                             where=where, names=", ".join(names), got=repr(p.exercise))
    where = Phrase.of(QT_TRANSLATE_NOOP("errors", "{where} ({exercise})"), where=where, exercise=p.exercise)
    _check_range(where, "sets", p.sets, True)
    _check_range(where, "rest_s", p.rest_s, False)
    if p.mode is Mode.HOLD:
        if p.reps is not None:
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: {exercise} is a hold — give 'hold_s' "
                                                             "(seconds), not 'reps'"), where=where, exercise=p.exercise)
        _check_range(where, "hold_s", p.hold_s, False)
    else:
        if p.hold_s is not None:
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: {exercise} is counted in reps — give 'reps', "
                                                             "not 'hold_s'"), where=where, exercise=p.exercise)
        _check_range(where, "reps", p.reps, True)
    if p.side is not None:
        if not is_sided(p.exercise):
            from coach.exercises.registry import sided_exercises

            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key 'side' only applies to {names}"),
                                 where=where, names=", ".join(sided_exercises()))
        if p.side not in SIDE_CHOICES:
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key 'side' must be one of {names}, got {got}"),
                                 where=where, names=", ".join(SIDE_CHOICES), got=repr(p.side))
    if not isinstance(p.note, str):
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key 'note' must be text, got {got}"),
                             where=where, got=repr(p.note))
    validate_overrides(p.exercise, p.rule_overrides,
                       Phrase.of(QT_TRANSLATE_NOOP("errors", "{where} rules"), where=where))


def validate_overrides(exercise: str, overrides: Any, where: Text) -> "Rules":
    """Overrides merged onto the exercise's defaults, or ProgrammeError naming the key and expectation."""
    from coach.exercises.registry import analyzer_class, exercise_rules

    if not isinstance(overrides, dict):
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: rule overrides must be a table, got {got}"),
                             where=where, got=repr(overrides))
    for frozen in FROZEN_RULE_KEYS:
        table, key = frozen.split(".")
        if isinstance(overrides.get(table), dict) and key in overrides[table]:
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key '{key}' cannot be overridden"),
                                 where=where, key=frozen)
    _check_finite(overrides, where, "")
    try:
        rules = exercise_rules(exercise)
        rules.merge(copy.deepcopy(overrides), Path(str(where)))
        if overrides:
            rules.sources.append(Path(str(where)))
        analyzer_class(exercise)(rules)  # reads every threshold with its range check
    except RuleFileError as exc:
        raise ProgrammeError(exc.phrase) from None
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: the {exercise} analyzer rejects these values "
                                                         "({why})"), where=where, exercise=exercise, why=str(exc)) \
            from None
    return rules


def _check_finite(node: Any, where: Text, prefix: str) -> None:
    """TOML allows nan and inf; a threshold of nan passes every range check, so refuse it outright."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_finite(value, where, f"{prefix}{key}.")
    elif isinstance(node, float) and not math.isfinite(node):
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key '{key}' must be a finite number, got {got}"),
                             where=where, key=prefix.rstrip("."), got=repr(node))
    elif isinstance(node, list):
        for value in node:
            _check_finite(value, where, prefix)


def rules_for(p: Prescription) -> "Rules":
    """The exercise's rules with this prescription's overrides applied."""
    where = Phrase.of(QT_TRANSLATE_NOOP("errors", "{exercise} prescription (line {line}, v{version}) overrides"),
                      exercise=p.exercise, line=p.line, version=p.version)
    return validate_overrides(p.exercise, p.rule_overrides, where)


def make_analyzer(p: Prescription) -> "ExerciseAnalyzer":
    """An analyzer for this prescription, its per-patient overrides applied."""
    from coach.exercises.registry import analyzer_class

    return analyzer_class(p.exercise)(rules_for(p))
