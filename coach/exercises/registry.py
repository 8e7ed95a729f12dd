"""Exercises by name: the one place the CLI, GUI, reports and tests find an exercise.

Every exercise, the four built-ins included, is a plug-in: an analyzer class with its
:class:`~coach.exercises.spec.ExerciseSpec`, named in the ``coach.exercises`` entry-point group
of its package's metadata (``pyproject.toml``)::

    [project.entry-points."coach.exercises"]
    knee_raise = "coach_knee_raise:KneeRaiseAnalyzer"

So a new exercise is a package with its analyzer, spec and rule file; nothing in ``coach/``
names it. A plug-in that cannot be loaded is reported in one line and left out; the others
work. Discovery runs once per process (the installed packages do not change while it runs).
"""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Iterable, Optional

from coach.errors import CoachError
from coach.exercises.rules import Rules, exercises_named_in, load_rules
from coach.exercises.spec import SETUP_LABELS, ExerciseSpec, plain_spec
from coach.phrase import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from coach.exercises.base import ExerciseAnalyzer

ENTRY_POINT_GROUP = "coach.exercises"
BUILTIN_PACKAGE = "coach.exercises."


def _entry_points() -> Iterable[EntryPoint]:
    if sys.version_info >= (3, 10):
        return entry_points(group=ENTRY_POINT_GROUP)
    return entry_points().get(ENTRY_POINT_GROUP, ())  # pragma: no cover - Python 3.9


def _load(ep: EntryPoint) -> type["ExerciseAnalyzer"]:
    from coach.exercises.base import ExerciseAnalyzer

    cls = ep.load()
    if not (isinstance(cls, type) and issubclass(cls, ExerciseAnalyzer)):
        raise TypeError(f"{ep.value} is not an ExerciseAnalyzer class")
    spec = cls.__dict__.get("spec")
    if not isinstance(spec, ExerciseSpec):
        raise TypeError(f"{ep.value} declares no spec (an ExerciseSpec as the class's 'spec')")
    if spec.name != ep.name:
        raise TypeError(f"the entry point is named '{ep.name}' but its spec is '{spec.name}'")
    return cls


@lru_cache(maxsize=1)
def _exercises() -> dict[str, type["ExerciseAnalyzer"]]:
    found: dict[str, type["ExerciseAnalyzer"]] = {}
    for ep in sorted(_entry_points(), key=lambda e: (not e.value.startswith(BUILTIN_PACKAGE), e.name)):
        if ep.name in found:
            print(f"coach: exercise plug-in '{ep.name}' ({ep.value}) is left out: a built-in or another plug-in "
                  f"already has that name", file=sys.stderr)
            continue
        try:
            found[ep.name] = _load(ep)
        except Exception as exc:  # noqa: BLE001 - a broken plug-in must not stop Coach; say why in one line
            print(f"coach: exercise plug-in '{ep.name}' ({ep.value}) could not be loaded and is left out: "
                  f"{type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
    if not found:  # run from a source tree that was never installed: its entry points are unknown
        print("coach: no exercises found: install Coach (scripts/setup.sh, or pip install -e .) so that the "
              "exercises it declares in pyproject.toml are found", file=sys.stderr)
    return found


def exercise_names() -> list[str]:
    return sorted(_exercises())


def recognisable_exercise_names() -> list[str]:
    """The exercises that take part in recognition (their spec opts in: ``recognisable``)."""
    return [n for n, cls in _exercises().items() if cls.spec.recognisable]


def builtin_exercise_names() -> list[str]:
    """The exercises shipped in Coach itself (their texts must have translations; a plug-in's may not)."""
    return [n for n in exercise_names() if _exercises()[n].__module__.startswith(BUILTIN_PACKAGE)]


def analyzer_class(name: str) -> type["ExerciseAnalyzer"]:
    found = _exercises()
    if name not in found:
        raise CoachError(QT_TRANSLATE_NOOP("errors", "unknown exercise '{name}' (choose from: {known})"),
                         name=name, known=", ".join(sorted(found)))
    return found[name]


def exercise_spec(name: str) -> ExerciseSpec:
    return analyzer_class(name).spec


def spec_for(exercise: str, series_name: str = "") -> ExerciseSpec:
    """The spec of an installed exercise, or a plain one that still renders a result of any other."""
    cls = _exercises().get(exercise)
    return cls.spec if cls is not None else plain_spec(exercise, series_name)


def sided_exercises() -> tuple[str, ...]:
    """Exercises whose reps are counted per side (a programme's ``side`` applies to these only)."""
    return tuple(n for n in exercise_names() if exercise_spec(n).sided)


def fault_label(kind: str, exercise: str = "") -> str:
    """A readable name for a fault or set-up code; unknown codes are shown de-underscored, never dropped."""
    found = _exercises()
    specs = [found[exercise].spec] if exercise in found else []
    specs += [cls.spec for cls in found.values()]
    for spec in specs:
        if kind in spec.faults:
            return spec.faults[kind]
    return SETUP_LABELS.get(kind) or kind.replace("_", " ").capitalize()


def exercise_rules(name: str, overrides: Optional[Iterable[str | os.PathLike[str]]] = None) -> Rules:
    """An exercise's rule file with any per-patient override files applied (a file may name several exercises)."""
    return load_rules(exercise_spec(name), overrides, known_exercises=exercise_names())


def overrides_by_exercise(overrides: Iterable[str | os.PathLike[str]]) -> dict[str, list[str | os.PathLike[str]]]:
    """Per-patient files sorted to the exercises they name, in order, for recognising the exercise itself.

    Every file is read and checked here (each against every exercise it names), so a bad file
    fails before a long analysis, not after it.
    """
    names = exercise_names()
    by_exercise: dict[str, list[str | os.PathLike[str]]] = {}
    for path in overrides:
        for name in exercises_named_in(path, names):
            by_exercise.setdefault(name, []).append(path)
    for name, paths in by_exercise.items():
        exercise_rules(name, paths)
    return by_exercise


def create_analyzer(name: str, overrides: Optional[Iterable[str | os.PathLike[str]]] = None) -> "ExerciseAnalyzer":
    """An analyzer with its rule file and any per-patient overrides applied."""
    return analyzer_class(name)(exercise_rules(name, overrides))
