"""Exercises: one analyzer per exercise, a shared rule engine, debounce and rep logic.

Every exercise is a plug-in found by name through the ``coach.exercises`` entry-point
group (the built-ins ``plank``, ``glute_bridge``, ``bird_dog`` and ``cat_cow`` too) and
built with :func:`coach.exercises.registry.create_analyzer`.
"""
from coach.exercises.registry import analyzer_class, create_analyzer, exercise_names

__all__ = ["analyzer_class", "create_analyzer", "exercise_names"]
