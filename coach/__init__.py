"""Coach: a desktop exercise-form coach for people with back pain.

The package is split so the analysis core (``coach.pose``, ``coach.exercises``,
``coach.analysis``) runs headless; ``coach.ui`` is one Qt client of it and
``coach.cli`` another. Nothing below ``coach.ui`` imports Qt.
"""
from __future__ import annotations

__version__ = "0.1.0"
