"""Exports for filing and sharing: one analysis, or a session, as HTML, PDF, CSV or JSON, and their plots.

Everything here works from the typed :class:`~coach.analysis.result.AnalysisResult`
(a saved ``coach.analysis/1`` JSON is read with ``AnalysisResult.from_dict``), so a
report can be made straight after analysis or later; session reports come from the
store. Reports are written in a :class:`~coach.reports.speaker.Speaker`'s language
(the CLI's is English, the GUI passes its own). No Qt: PDFs are drawn with
reportlab, plots with matplotlib's Agg canvas, and both are imported only when a
report is made. Every writer is atomic (see :mod:`coach.atomic`) and raises
:class:`coach.errors.CoachError` with a one-line message when the file cannot be
written.
"""
from __future__ import annotations

from coach.reports.export import REPORT_SUFFIXES, export_report

__all__ = ["export_report", "REPORT_SUFFIXES"]
