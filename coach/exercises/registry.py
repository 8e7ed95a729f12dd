"""Exercises registered by name, so the CLI, GUI and tests can build any of them from a string."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from coach.errors import CoachError

if TYPE_CHECKING:
    from coach.exercises.base import ExerciseAnalyzer

_REGISTRY: dict[str, type["ExerciseAnalyzer"]] = {}


def register(cls: type["ExerciseAnalyzer"]) -> type["ExerciseAnalyzer"]:
    _REGISTRY[cls.name] = cls
    return cls


def _load_builtin() -> None:
    # Importing the modules registers their classes; done lazily to avoid import cycles.
    from coach.exercises import bird_dog, cat_cow, glute_bridge, plank  # noqa: F401


def exercise_names() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def analyzer_class(name: str) -> type["ExerciseAnalyzer"]:
    _load_builtin()
    if name not in _REGISTRY:
        raise CoachError(f"unknown exercise '{name}' (choose from: {', '.join(sorted(_REGISTRY))})")
    return _REGISTRY[name]


def create_analyzer(name: str, overrides: list[str | os.PathLike] | None = None) -> "ExerciseAnalyzer":
    """An analyzer with its rule file and any per-patient overrides applied."""
    from coach.exercises.rules import load_rules

    cls = analyzer_class(name)
    return cls(load_rules(name, overrides))

