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


def reps_text(exercise: str, reps: Optional[int], side: Optional[str], brief: bool = False) -> str:
    """"6 reps each side", "6 reps with the left arm" (``brief``: "6 reps (left arm)") or "10 reps"."""
    if not is_sided(exercise):
        return f"{reps} reps"
    side = side or "alternate"
    if side == "alternate":
        return f"{reps} reps each side"
    return f"{reps} reps ({side} arm)" if brief else f"{reps} reps with the {side} arm"


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
    def mode(self) -> str:
        from coach.exercises.registry import analyzer_class

        return analyzer_class(self.exercise).mode

    @property
    def target(self) -> float:
        """Reps (per side when alternating) or hold seconds — what one set aims for."""
        return float(self.hold_s if self.mode == "hold" else self.reps or 0)

    def describe(self) -> str:
        from coach.exercises.registry import analyzer_class

        title = analyzer_class(self.exercise).title or self.exercise
        what = (f"{self.hold_s:g} s hold" if self.mode == "hold"
                else reps_text(self.exercise, self.reps, self.side, brief=True))
        return f"{title}: {self.sets} × {what}, rest {self.rest_s:g} s"

    def same_content(self, other: "Prescription") -> bool:
        """Equal apart from identity (line, version, id) — i.e. saving it would not need a new version."""
        ident = dict(line=None, version=1, id=None)
        return replace(self, **ident) == replace(other, **ident)

    def validate(self, where: str = "prescription") -> "Prescription":
        _validate(self, where)
        return self


@dataclass(frozen=True)
class Programme:
    name: str
    prescriptions: tuple[Prescription, ...] = ()
    notes: str = ""
    id: Optional[int] = None
    patient_id: Optional[int] = None

    def validate(self, where: str = "programme") -> "Programme":
        if not isinstance(self.name, str) or not self.name.strip():
            raise ProgrammeError(f"{where}: key 'name' must be non-empty text, got {self.name!r}")
        if not isinstance(self.notes, str):
            raise ProgrammeError(f"{where}: key 'notes' must be text, got {self.notes!r}")
        if not self.prescriptions:
            raise ProgrammeError(f"{where}: a programme needs at least one prescription")
        for i, p in enumerate(self.prescriptions, 1):
            p.validate(f"{where}: prescription {i}")
        return self


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _check_range(where: str, key: str, value: Any, integer: bool) -> None:
    lo, hi = LIMITS[key]
    kind = "a whole number" if integer else "a number"
    if not _is_number(value) or (integer and not float(value).is_integer()):
        raise ProgrammeError(f"{where}: key '{key}' must be {kind} from {lo:g} to {hi:g}, got {value!r}")
    if not lo <= value <= hi:
        raise ProgrammeError(f"{where}: key '{key}' = {value!r} is out of range; expected {lo:g} to {hi:g}")


def _validate(p: Prescription, where: str) -> None:
    from coach.exercises.registry import exercise_names

    names = exercise_names()
    if p.exercise not in names:
        raise ProgrammeError(f"{where}: key 'exercise' must be one of {', '.join(names)}, got {p.exercise!r}")
    where = f"{where} ({p.exercise})"
    _check_range(where, "sets", p.sets, True)
    _check_range(where, "rest_s", p.rest_s, False)
    if p.mode == "hold":
        if p.reps is not None:
            raise ProgrammeError(f"{where}: {p.exercise} is a hold — give 'hold_s' (seconds), not 'reps'")
        _check_range(where, "hold_s", p.hold_s, False)
    else:
        if p.hold_s is not None:
            raise ProgrammeError(f"{where}: {p.exercise} is counted in reps — give 'reps', not 'hold_s'")
        _check_range(where, "reps", p.reps, True)
    if p.side is not None:
        if not is_sided(p.exercise):
            from coach.exercises.registry import sided_exercises

            raise ProgrammeError(f"{where}: key 'side' only applies to {', '.join(sided_exercises())}")
        if p.side not in SIDE_CHOICES:
            raise ProgrammeError(f"{where}: key 'side' must be one of {', '.join(SIDE_CHOICES)}, got {p.side!r}")
    if not isinstance(p.note, str):
        raise ProgrammeError(f"{where}: key 'note' must be text, got {p.note!r}")
    validate_overrides(p.exercise, p.rule_overrides, f"{where} rules")


def validate_overrides(exercise: str, overrides: Any, where: str) -> "Rules":
    """Overrides merged onto the exercise's defaults, or ProgrammeError naming the key and expectation."""
    from coach.exercises.registry import analyzer_class
    from coach.exercises.rules import load_rules

    if not isinstance(overrides, dict):
        raise ProgrammeError(f"{where}: rule overrides must be a table, got {overrides!r}")
    for frozen in FROZEN_RULE_KEYS:
        table, key = frozen.split(".")
        if isinstance(overrides.get(table), dict) and key in overrides[table]:
            raise ProgrammeError(f"{where}: key '{frozen}' cannot be overridden")
    _check_finite(overrides, where, "")
    try:
        rules = load_rules(exercise)
        rules.merge(copy.deepcopy(overrides), Path(where))
        if overrides:
            rules.sources.append(Path(where))
        analyzer_class(exercise)(rules)  # reads every threshold with its range check
    except RuleFileError as exc:
        raise ProgrammeError(str(exc)) from None
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise ProgrammeError(f"{where}: the {exercise} analyzer rejects these values ({exc})") from None
    return rules


def _check_finite(node: Any, where: str, prefix: str) -> None:
    """TOML allows nan and inf; a threshold of nan passes every range check, so refuse it outright."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_finite(value, where, f"{prefix}{key}.")
    elif isinstance(node, float) and not math.isfinite(node):
        raise ProgrammeError(f"{where}: key '{prefix.rstrip('.')}' must be a finite number, got {node!r}")
    elif isinstance(node, list):
        for value in node:
            _check_finite(value, where, prefix)


def rules_for(p: Prescription) -> "Rules":
    """The exercise's rules with this prescription's overrides applied."""
    return validate_overrides(p.exercise, p.rule_overrides, f"{p.exercise} prescription (line {p.line}, "
                                                            f"v{p.version}) overrides")


def make_analyzer(p: Prescription) -> "ExerciseAnalyzer":
    """An analyzer for this prescription, its per-patient overrides applied."""
    from coach.exercises.registry import analyzer_class

    return analyzer_class(p.exercise)(rules_for(p))
