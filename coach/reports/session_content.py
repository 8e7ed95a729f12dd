"""What a session report says, as plain data computed once from the store: tables, notes and chart data.

The PDF and the HTML session reports only lay this out (as
:mod:`coach.reports.content` does for one analysis), so both always say the
same: every set with its target and the count reports should show, the
original count beside a corrected one with the reason, who and when (the audit
trail is part of the record, never hidden), faults, pain ratings and notes.
Text here is unescaped; each writer escapes for its own format, and says it
through its :class:`~coach.reports.speaker.Speaker` (words, numbers and dates in one language).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Optional, Sequence, Union

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Moment, Num, Phrase, Text
from coach.reports.content import DASH, Table, percent, short_num
from coach.exercises.registry import fault_label
from coach.programme.model import reps_phrase
from coach.reports.speaker import Shown, from_data

if TYPE_CHECKING:
    from coach.store.history import ExercisePoint
    from coach.store.models import SessionDetail, SessionInfo, SetDetail, SetInfo
    from coach.store.store import Store

When = Union[date, datetime, str, None]
SESSION_DISCLAIMER = QT_TRANSLATE_NOOP("reports", "Counts and form are estimates from one camera, not clinical "
                                                  "measurements. A corrected count shows its original beside it.")
STATUSES = {"completed": QT_TRANSLATE_NOOP("reports", "completed"),
            "stopped_for_pain": QT_TRANSLATE_NOOP("reports", "stopped for pain"),
            "in_progress": QT_TRANSLATE_NOOP("reports", "in progress"),
            "abandoned": QT_TRANSLATE_NOOP("reports", "abandoned")}
# How a set ended (coach.live.set_result), as stored.
ENDINGS = {"finished": QT_TRANSLATE_NOOP("reports", "finished"), "ended": QT_TRANSLATE_NOOP("reports", "ended"),
           "pain": QT_TRANSLATE_NOOP("reports", "pain"), "source_lost": QT_TRANSLATE_NOOP("reports", "source lost"),
           "failed": QT_TRANSLATE_NOOP("reports", "failed"), "skipped": QT_TRANSLATE_NOOP("reports", "skipped")}
PAIN_MOMENTS = {"before": QT_TRANSLATE_NOOP("reports", "before the session"),
                "after": QT_TRANSLATE_NOOP("reports", "after the session"),
                "during": QT_TRANSLATE_NOOP("reports", "check between sets"),
                "stop": QT_TRANSLATE_NOOP("reports", "“Stop — it hurts”")}
OUT_OF_TEN = "{rating}/10"


def select_sessions(store: "Store", session_ids: Optional[Sequence[int]] = None, since: When = None, until: When = None,
                    patient_id: Optional[int] = None) -> list["SessionDetail"]:
    """SessionDetails, oldest first: the given ids, or the patient's sessions within the dates."""
    if session_ids is not None:
        return [store.session_detail(i) for i in session_ids]
    return [store.session_detail(s.id) for s in store.sessions(patient_id, since, until)]


def _title(exercise: str) -> str:
    from coach.exercises.registry import analyzer_class

    try:
        return from_data("exercises", analyzer_class(exercise).title or exercise)
    except CoachError:
        return exercise


def when_text(iso: Optional[str]) -> str:
    """A stored time as the CLI's reports write it (2026-03-01 14:05); :class:`Moment` is the same, said per reader."""
    return iso[:16].replace("T", " ") if iso else ""


def _when(iso: Optional[str]) -> Shown:
    return Moment(iso, with_time=True) if iso else ""


def _status(status: str) -> str:
    return STATUSES.get(status, status.replace("_", " "))


def _rating(rating: Optional[int]) -> Shown:
    return DASH if rating is None else Phrase.of(OUT_OF_TEN, rating=rating)


def count_text(s: "SetInfo") -> Phrase:
    """"8", or "7 (corrected from 8)" — a report never shows a corrected count without its original."""
    if s.is_hold:
        return Phrase.of(QT_TRANSLATE_NOOP("reports", "{held} s held, {good} s good form"), held=Num(s.hold_s or 0),
                         good=Num(s.good_form_s or 0))
    if s.corrected:
        return Phrase.of(QT_TRANSLATE_NOOP("reports", "{count} (corrected from {original})"), count=s.rep_count,
                         original=s.recorded_rep_count)
    return Phrase.of("{count}", count=s.rep_count)


def target_text(s: "SetInfo") -> Shown:
    """What the set was prescribed: "30 s hold", "10 reps", or "–"."""
    if s.target_hold_s is not None:
        return Phrase.of(QT_TRANSLATE_NOOP("reports", "{seconds} s hold"), seconds=short_num(s.target_hold_s))
    if s.target_reps is not None:
        return reps_phrase(s.exercise, s.target_reps, s.side)
    return DASH


def _faults(detail: "SetDetail") -> Shown:
    kinds = Counter(f.kind for f in detail.faults if f.category == "form")
    if not kinds:
        return QT_TRANSLATE_NOOP("reports", "none")
    parts = [(from_data("faults", fault_label(k)), n) for k, n in kinds.items()]
    return Phrase("; ".join(f"{{f{i}}}" + (f" ×{n}" if n > 1 else "") for i, (_, n) in enumerate(parts)),
                  tuple((f"f{i}", Phrase(name)) for i, (name, _) in enumerate(parts)))


def programme_name(store: "Store", programme_id: Optional[int]) -> str:
    if programme_id is None:
        return ""
    try:
        return store.programme(programme_id).name
    except CoachError:
        return ""


def _ended(s: "SetInfo") -> Shown:
    if s.stopped_for_pain:
        return (Phrase.of(QT_TRANSLATE_NOOP("reports", "stopped — it hurt ({pain}/10)"), pain=s.pain)
                if s.pain is not None else QT_TRANSLATE_NOOP("reports", "stopped — it hurt"))
    if not s.ended_reason:
        return QT_TRANSLATE_NOOP("reports", "not finished")
    return ENDINGS.get(s.ended_reason, s.ended_reason.replace("_", " "))


def _session_tables(detail: "SessionDetail") -> tuple[Table, Table, Table]:
    sets = Table([QT_TRANSLATE_NOOP("reports", "Set"), QT_TRANSLATE_NOOP("reports", "Exercise"),
                  QT_TRANSLATE_NOOP("reports", "Target"), QT_TRANSLATE_NOOP("reports", "Done"),
                  QT_TRANSLATE_NOOP("reports", "Good form"), QT_TRANSLATE_NOOP("reports", "Faults"),
                  QT_TRANSLATE_NOOP("reports", "Ended")])
    for sd in detail.sets:
        s = sd.info
        good = s.good_form_share
        sets.rows.append([str(s.set_index), _title(s.exercise), target_text(s), count_text(s),
                          percent(good), _faults(sd), _ended(s)])
        sets.bad.append(s.stopped_for_pain)
    audit = Table([QT_TRANSLATE_NOOP("reports", "Set"), QT_TRANSLATE_NOOP("reports", "Original"),
                   QT_TRANSLATE_NOOP("reports", "Corrected"), QT_TRANSLATE_NOOP("reports", "Reason"),
                   QT_TRANSLATE_NOOP("reports", "By"), QT_TRANSLATE_NOOP("reports", "When")])
    for sd in detail.sets:
        for c in sd.info.corrections:
            audit.rows.append([str(sd.info.set_index), str(c.original), str(c.corrected), c.reason, c.who or DASH,
                               _when(c.created_at)])
            audit.bad.append(False)
    pain = Table([QT_TRANSLATE_NOOP("reports", "When"), QT_TRANSLATE_NOOP("reports", "Moment"),
                  QT_TRANSLATE_NOOP("reports", "Rating")])
    for p in detail.pain_ratings:
        pain.rows.append([_when(p.created_at), PAIN_MOMENTS.get(p.context, p.context), _rating(p.rating)])
        pain.bad.append(p.context == "stop")
    return sets, audit, pain


@dataclass
class SessionSection:
    """One session: its heading, a line under it, and its tables and notes."""

    id: int
    head: Phrase
    sub: Phrase
    sets: Table
    audit: Table
    pain: Table
    notes: list[Phrase]


@dataclass
class HistoryChart:
    """One exercise's points over the report's dates; each writer draws it at its own size."""

    exercise: str
    title: str  # the exercise's name, marked for translation
    points: list[ExercisePoint]


@dataclass
class SessionReportContent:
    title: Text
    subtitle: Shown
    made: Moment
    overview: Table
    sessions: list[SessionSection]
    charts: list[HistoryChart] = field(default_factory=list)
    charts_by: Optional[str] = None

    @property
    def footer_line(self) -> Phrase:
        return Phrase.of(QT_TRANSLATE_NOOP("reports", "{title} · report made {when}"),
                         title=self.title if isinstance(self.title, Phrase) else Phrase(self.title), when=self.made)


def _sub(store: "Store", i: "SessionInfo") -> Phrase:
    """The line under a session's heading: programme · status · source."""
    parts: list[Phrase] = []
    name = programme_name(store, i.programme_id)
    if name:
        parts.append(Phrase.of("{name}", name=name))
    parts.append(Phrase(_status(i.status)))
    parts.append(Phrase.of(QT_TRANSLATE_NOOP("reports", "source: {source}"), source=i.source))
    return Phrase(" · ".join(f"{{p{k}}}" for k in range(len(parts))),
                  tuple((f"p{k}", p) for k, p in enumerate(parts)))


def build_session_content(store: "Store", details: Sequence["SessionDetail"], title: Text, subtitle: Shown,
                          charts_by: Optional[str] = None, patient_id: Optional[int] = None, since: When = None,
                          until: When = None) -> SessionReportContent:
    """Everything the session report says; ``charts_by`` ("day") adds a history chart per exercise."""
    overview = Table([QT_TRANSLATE_NOOP("reports", "Date"), QT_TRANSLATE_NOOP("reports", "Programme"),
                      QT_TRANSLATE_NOOP("reports", "Status"), QT_TRANSLATE_NOOP("reports", "Sets"),
                      QT_TRANSLATE_NOOP("reports", "Reps"), QT_TRANSLATE_NOOP("reports", "Pain before"),
                      QT_TRANSLATE_NOOP("reports", "Pain after")])
    for d in details:
        i = d.info
        overview.rows.append([_when(i.started_at), programme_name(store, i.programme_id) or DASH, _status(i.status),
                              str(i.set_count), str(i.rep_count), _rating(i.pain_before), _rating(i.pain_after)])
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
        notes = [Phrase.of(QT_TRANSLATE_NOOP("reports", "{when} · {author}: {text}"), when=_when(n.created_at),
                           author=n.author or Phrase(QT_TRANSLATE_NOOP("reports", "note")), text=n.text)
                 for n in d.notes]
        head = Phrase.of(QT_TRANSLATE_NOOP("reports", "Session {id} — {when}"), id=i.id, when=_when(i.started_at))
        sections.append(SessionSection(i.id, head, _sub(store, i), sets, audit, pain, notes))
    return SessionReportContent(title, subtitle, Moment(datetime.now().replace(second=0, microsecond=0)), overview,
                                sections, charts, charts_by)
