"""The fixed words of the reports' pages — headings, empty-table lines, notes — shared by the HTML and PDF writers.

Marked here for translation (context ``reports``) because lupdate cannot read the
Jinja templates; the templates and the PDF writer say them through the report's
:class:`~coach.reports.speaker.Speaker`, so both formats say the same words in the same language.
"""
from __future__ import annotations

from typing import Optional

from coach.phrase import QT_TRANSLATE_NOOP, Phrase, Text

# One analysis (templates/analysis.html.j2, pdf_report.py)
SUMMARY = QT_TRANSLATE_NOOP("reports", "Summary")
FAULTS = QT_TRANSLATE_NOOP("reports", "Faults")
SETUP_PROBLEMS = QT_TRANSLATE_NOOP("reports", "Set-up problems")
SETUP_NOTE = QT_TRANSLATE_NOOP("reports", "Times when the camera could not judge form (framing, light, angle); "
                                          "nothing is counted or judged during them.")
NO_REPS = QT_TRANSLATE_NOOP("reports", "No reps were counted.")
NOT_HELD = QT_TRANSLATE_NOOP("reports", "The position was not held.")
NO_FAULTS = QT_TRANSLATE_NOOP("reports", "No faults were found.")
NONE_FOUND = QT_TRANSLATE_NOOP("reports", "None.")
PAGE = QT_TRANSLATE_NOOP("reports", "page {page}")
ANALYSIS_SUBJECT = QT_TRANSLATE_NOOP("reports", "Exercise form review")

# Sessions (templates/session.html.j2, session_report.py)
SESSIONS = QT_TRANSLATE_NOOP("reports", "Sessions")
NO_SESSIONS = QT_TRANSLATE_NOOP("reports", "No sessions.")
NO_SETS = QT_TRANSLATE_NOOP("reports", "No sets were recorded.")
AUDIT = QT_TRANSLATE_NOOP("reports", "Count corrections (audit trail)")
PAIN_RATINGS = QT_TRANSLATE_NOOP("reports", "Pain ratings")
NO_PAIN = QT_TRANSLATE_NOOP("reports", "No pain ratings.")
NOTES = QT_TRANSLATE_NOOP("reports", "Notes")
SESSIONS_SUBJECT = QT_TRANSLATE_NOOP("reports", "Exercise sessions")


def over_time(what: Optional[Text]) -> Phrase:
    """A plot's heading: "Hip extension over time"."""
    return Phrase.of(QT_TRANSLATE_NOOP("reports", "{what} over time"), what=_phrase(what))


def plot_alt(angle: Optional[Text]) -> Phrase:
    """The angle plot's text alternative (read by screen readers, shown if the image is missing)."""
    return Phrase.of(QT_TRANSLATE_NOOP("reports", "{angle} over time, with reps, faults and thresholds"),
                     angle=_phrase(angle))


def chart_alt(exercise: Optional[Text], by: str) -> Phrase:
    """A history chart's text alternative: one point a day, week or session."""
    template = {"week": QT_TRANSLATE_NOOP("reports", "{exercise} over time, one point a week"),
                "session": QT_TRANSLATE_NOOP("reports", "{exercise} over time, one point a session")}.get(
        by, QT_TRANSLATE_NOOP("reports", "{exercise} over time, one point a day"))
    return Phrase.of(template, exercise=_phrase(exercise))


def _phrase(text: Optional[Text]) -> Phrase:
    return text if isinstance(text, Phrase) else Phrase(text or "")
