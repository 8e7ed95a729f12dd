"""What a session report says, as plain data computed once from the store: tables, notes and chart data.

The PDF and the HTML session reports only lay this out (as
:mod:`coach.reports.content` does for one analysis), so both always say the
same: every set with its target and the count reports should show, the
original count beside a corrected one with the reason, who and when (the audit
trail is part of the record, never hidden), faults, pain ratings and notes.
Text here is unescaped; each writer escapes for its own format.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Optional, Sequence, Union

from coach.errors import CoachError
from coach.reports.content import Table
from coach.exercises.registry import fault_label
from coach.programme.model import reps_text

When = Union[date, datetime, str, None]
SESSION_DISCLAIMER = ("Counts and form are estimates from one camera, not clinical measurements. "
                      "A corrected count shows its original beside it.")


def select_sessions(store, session_ids: Optional[Sequence[int]] = None, since: When = None, until: When = None,
                    patient_id: Optional[int] = None) -> list:
    """SessionDetails, oldest first: the given ids, or the patient's sessions within the dates."""
    if session_ids is not None:
        return [store.session_detail(i) for i in session_ids]
    return [store.session_detail(s.id) for s in store.sessions(patient_id, since, until)]


def _title(exercise: str) -> str:
    from coach.exercises.registry import analyzer_class

    try:
        return analyzer_class(exercise).title or exercise
    except CoachError:
        return exercise


def when_text(iso: Optional[str]) -> str:
    return iso[:16].replace("T", " ") if iso else ""


def count_text(s) -> str:
    """"8", or "7 (corrected from 8)" — a report never shows a corrected count without its original."""
    if s.is_hold:
        return f"{s.hold_s or 0:.0f} s held, {s.good_form_s or 0:.0f} s good form"
    if s.corrected:
        return f"{s.rep_count} (corrected from {s.recorded_rep_count})"
    return str(s.rep_count)


def target_text(s) -> str:
    if s.target_hold_s is not None:
        return f"{s.target_hold_s:g} s hold"
    if s.target_reps is not None:
        return reps_text(s.exercise, s.target_reps, s.side)
    return "–"


def _faults(detail) -> str:
    kinds = Counter(f.kind for f in detail.faults if f.category == "form")
    return "; ".join(f"{fault_label(k)} ×{n}" if n > 1 else fault_label(k) for k, n in kinds.items())


def programme_name(store, programme_id: Optional[int]) -> str:
    if programme_id is None:
        return ""
    try:
        return store.programme(programme_id).name
    except CoachError:
        return ""


def _session_tables(detail) -> tuple[Table, Table, Table]:
    sets = Table(["Set", "Exercise", "Target", "Done", "Good form", "Faults", "Ended"])
    for sd in detail.sets:
        s = sd.info
        share = s.good_form_share
        ended = "stopped — it hurt" + (f" ({s.pain}/10)" if s.pain is not None else "") if s.stopped_for_pain \
            else (s.ended_reason or "not finished").replace("_", " ")
        sets.rows.append([str(s.set_index), _title(s.exercise), target_text(s), count_text(s),
                          f"{share:.0%}" if share is not None else "–", _faults(sd) or "none", ended])
        sets.bad.append(s.stopped_for_pain)
    audit = Table(["Set", "Original", "Corrected", "Reason", "By", "When"])
    for sd in detail.sets:
        for c in sd.info.corrections:
            audit.rows.append([str(sd.info.set_index), str(c.original), str(c.corrected), c.reason, c.who or "–",
                               when_text(c.created_at)])
            audit.bad.append(False)
    pain = Table(["When", "Moment", "Rating"])
    names = {"before": "before the session", "after": "after the session", "during": "check between sets",
             "stop": "“Stop — it hurts”"}
    for p in detail.pain_ratings:
        pain.rows.append([when_text(p.created_at), names.get(p.context, p.context), f"{p.rating}/10"])
        pain.bad.append(p.context == "stop")
    return sets, audit, pain


@dataclass
class SessionSection:
    """One session: its heading, a line under it, and its tables and notes."""

    id: int
    head: str
    sub: str
    sets: Table
    audit: Table
    pain: Table
    notes: list[str]


@dataclass
class HistoryChart:
    """One exercise's points over the report's dates; each writer draws it at its own size."""

    exercise: str
    title: str
    points: Any


@dataclass
class SessionReportContent:
    title: str
    subtitle: str
    made: str
    overview: Table
    sessions: list[SessionSection]
    charts: list[HistoryChart] = field(default_factory=list)
    charts_by: Optional[str] = None

    @property
    def footer_line(self) -> str:
        return f"{self.title} · report made {self.made}"


def build_session_content(store, details: Sequence, title: str, subtitle: str, charts_by: Optional[str] = None,
                          patient_id: Optional[int] = None, since: When = None,
                          until: When = None) -> SessionReportContent:
    """Everything the session report says; ``charts_by`` ("day") adds a history chart per exercise."""
    overview = Table(["Date", "Programme", "Status", "Sets", "Reps", "Pain before", "Pain after"])
    for d in details:
        i = d.info
        overview.rows.append([when_text(i.started_at), programme_name(store, i.programme_id) or "–",
                              i.status.replace("_", " "), str(i.set_count), str(i.rep_count),
                              "–" if i.pain_before is None else f"{i.pain_before}/10",
                              "–" if i.pain_after is None else f"{i.pain_after}/10"])
        overview.bad.append(i.status == "stopped_for_pain")
    charts = []
    if charts_by is not None and details:
        for ex in sorted({sd.info.exercise for d in details for sd in d.sets}):
            charts.append(HistoryChart(ex, _title(ex), store.exercise_series(ex, patient_id, since, until,
                                                                             by=charts_by)))
    sections = []
    for d in details:
        i = d.info
        sets, audit, pain = _session_tables(d)
        name = programme_name(store, i.programme_id)
        sub = " · ".join(x for x in (name, i.status.replace("_", " "), f"source: {i.source}") if x)
        notes = [f"{when_text(n.created_at)} · {n.author or 'note'}: {n.text}" for n in d.notes]
        sections.append(SessionSection(i.id, f"Session {i.id} — {when_text(i.started_at)}", sub, sets, audit, pain,
                                       notes))
    return SessionReportContent(title, subtitle, datetime.now().strftime("%Y-%m-%d %H:%M"), overview, sections,
                                charts, charts_by)
