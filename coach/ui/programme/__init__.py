"""Programmes, guided sessions, history and the physio's tools (issue 5's GUI).

Widgets only: every decision is made by ``coach.programme`` (runner, safety,
progression) and every record is written by ``coach.store``. The entry point is
:func:`open_programme_window`, called from the live window's "Programmes & history".
"""
from __future__ import annotations

from coach.ui.programme.programme_window import ProgrammeWindow, open_programme_window

__all__ = ["ProgrammeWindow", "open_programme_window"]
