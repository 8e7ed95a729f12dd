"""Programmes, set plans and outcomes, red-flag screening and progression — pure Python, no Qt.

Public API::

    Prescription, Programme, ProgrammeError, ProgrammeFileError, rules_for, make_analyzer
    load_programme_file(path), save_programme_file(programme, path), loads_programme, dumps_programme
    SetPlan, SetOutcome, SessionSummary (a guided session's runner is coach.live.guided_runner)
    safety.QUESTIONS, screen(answers) -> ScreeningResult
    check_progression, suggest_for_programme, accept_suggestion, ProgressionPolicy, Suggestion
"""
from __future__ import annotations

from coach.programme.fileio import dumps_programme, load_programme_file, loads_programme, save_programme_file
from coach.programme.model import (Prescription, Programme, ProgrammeError, ProgrammeFileError, make_analyzer,
                                   rules_for, validate_overrides)
from coach.programme.outcome import ExerciseSummary, SessionSummary, SetOutcome, SetPlan
from coach.programme.progression import (LineOutcome, ProgressionCheck, ProgressionPolicy, Suggestion,
                                         accept_suggestion, check_progression, suggest_for_programme)
from coach.programme.safety import QUESTIONS, ScreeningResult, screen

__all__ = [
    "ExerciseSummary", "LineOutcome", "Prescription", "Programme", "ProgrammeError", "ProgrammeFileError",
    "ProgressionCheck", "ProgressionPolicy", "QUESTIONS", "ScreeningResult",
    "SessionSummary", "SetOutcome", "SetPlan", "Suggestion", "accept_suggestion", "check_progression",
    "dumps_programme", "load_programme_file", "loads_programme", "make_analyzer", "rules_for",
    "save_programme_file", "screen", "suggest_for_programme", "validate_overrides",
]
