"""What the set-up screen tells about each exercise, read from its spec and rule file, with no Qt.

Titles, description, placement and the default target come straight from the
exercise's rule file so a physio edits them in one place and the picker and
the analyzers never disagree. The texts here are the rule file's English; the
window shows them in its language (``coach.ui.setup_panel.load_exercise_infos``).
"""
from __future__ import annotations

from dataclasses import dataclass

from coach.exercises.registry import exercise_names, exercise_rules, exercise_spec
from coach.exercises.rules import Rules
from coach.exercises.spec import Mode

FALLBACK_TARGET = {Mode.REPS: 10, Mode.HOLD: 30}  # when the rule file gives no [exercise] target


@dataclass(frozen=True)
class ExerciseInfo:
    name: str
    title: str
    mode: str          # "reps" or "hold"
    description: str
    placement: str
    per_side: bool
    default_target: int  # reps (per side for a sided exercise) or hold seconds


def default_target(rules: Rules, mode: Mode) -> int:
    """The rule file's ``[exercise] target`` (optional), else a sensible default for the mode."""
    target = rules.data.get("exercise", {}).get("target")
    if not isinstance(target, (int, float)) or isinstance(target, bool):
        return FALLBACK_TARGET[mode]
    return int(target)


def exercise_infos() -> list[ExerciseInfo]:
    """Every exercise's set-up texts and default target, in English, in the registry's order."""
    infos = []
    for name in exercise_names():
        spec = exercise_spec(name)
        rules = exercise_rules(name)
        infos.append(ExerciseInfo(name, spec.title or name, spec.mode, rules.text("exercise.description"),
                                  rules.text("exercise.placement"), spec.sided, default_target(rules, spec.mode)))
    return infos
