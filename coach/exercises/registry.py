"""Exercises registered by name: the one place the CLI, GUI, reports and tests find an exercise.

Registering an analyzer class registers its :class:`~coach.exercises.spec.ExerciseSpec`
too, so a new exercise is one module (analyzer + spec) and one rule file. The
built-in modules are imported lazily (on first use) to avoid import cycles.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from coach.exercises.base import ExerciseAnalyzer
    from coach.exercises.spec import ExerciseSpec

_REGISTRY: dict[str, type["ExerciseAnalyzer"]] = {}


def register(cls: type["ExerciseAnalyzer"]) -> type["ExerciseAnalyzer"]:
    spec = getattr(cls, "spec", None)
    if spec is None:
        raise TypeError(f"{cls.__name__} declares no spec (an ExerciseSpec in its module)")
    _REGISTRY[spec.name] = cls
    return cls


@contextmanager
def registered(cls: type["ExerciseAnalyzer"]) -> Iterator[type["ExerciseAnalyzer"]]:
    """An exercise registered for a while (a test's own exercise), then removed again."""
    _load_builtin()
    name = cls.spec.name
    if name in _REGISTRY:
        raise CoachError(QT_TRANSLATE_NOOP("errors", "exercise '{name}' is already registered"), name=name)
    register(cls)
    try:
        yield cls
    finally:
        _REGISTRY.pop(name, None)


def _load_builtin() -> None:
    # Importing the modules registers their classes; done lazily to avoid import cycles.
    from coach.exercises import bird_dog, cat_cow, glute_bridge, plank  # noqa: F401


def exercise_names() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def analyzer_class(name: str) -> type["ExerciseAnalyzer"]:
    _load_builtin()
    if name not in _REGISTRY:
        raise CoachError(QT_TRANSLATE_NOOP("errors", "unknown exercise '{name}' (choose from: {known})"),
                         name=name, known=", ".join(sorted(_REGISTRY)))
    return _REGISTRY[name]


def exercise_spec(name: str) -> "ExerciseSpec":
    return analyzer_class(name).spec


def spec_for(exercise: str, series_name: str = "") -> "ExerciseSpec":
    """The spec of a registered exercise, or a plain one that still renders a result of any other."""
    from coach.exercises.spec import plain_spec

    _load_builtin()
    cls = _REGISTRY.get(exercise)
    return cls.spec if cls is not None else plain_spec(exercise, series_name)


def sided_exercises() -> tuple[str, ...]:
    """Exercises whose reps are counted per side (a programme's ``side`` applies to these only)."""
    return tuple(n for n in exercise_names() if _REGISTRY[n].spec.sided)


def fault_label(kind: str, exercise: str = "") -> str:
    """A readable name for a fault or set-up code; unknown codes are shown de-underscored, never dropped."""
    from coach.exercises.spec import SETUP_LABELS

    _load_builtin()
    specs = [_REGISTRY[exercise].spec] if exercise in _REGISTRY else []
    specs += [cls.spec for cls in _REGISTRY.values()]
    for spec in specs:
        if kind in spec.faults:
            return spec.faults[kind]
    return SETUP_LABELS.get(kind) or kind.replace("_", " ").capitalize()


def create_analyzer(name: str, overrides: list[str | os.PathLike] | None = None) -> "ExerciseAnalyzer":
    """An analyzer with its rule file and any per-patient overrides applied."""
    from coach.exercises.rules import load_rules

    cls = analyzer_class(name)
    return cls(load_rules(name, overrides))
