"""Exercises: one analyzer per exercise, a shared rule engine, debounce and rep logic.

Analyzers are registered by name (``plank``, ``glute_bridge``, ``bird_dog``,
``cat_cow``) and built with :func:`coach.exercises.registry.create_analyzer`.
"""
from coach.exercises.registry import analyzer_class, create_analyzer, exercise_names

__all__ = ["analyzer_class", "create_analyzer", "exercise_names"]
