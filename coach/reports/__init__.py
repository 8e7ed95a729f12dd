"""Exports of one analysis for filing and sharing: HTML and PDF reports, CSV tables, JSON, the angle plot.

Everything here works from the typed :class:`~coach.analysis.result.AnalysisResult`
(a saved JSON is read with ``AnalysisResult.from_dict``), so a report can be made
straight after analysis or later from a saved JSON. No
Qt: PDFs are drawn with reportlab, plots with matplotlib's Agg canvas, and both
are imported only when a report is made. Every writer is atomic (see
:mod:`coach.reports.atomic`) and raises :class:`coach.errors.CoachError` with a
one-line message when the file cannot be written.
"""
from __future__ import annotations

from coach.reports.export import REPORT_SUFFIXES, export_report

__all__ = ["export_report", "REPORT_SUFFIXES"]
