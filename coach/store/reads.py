"""Reading sessions back: lists, the open (unfinished) ones, and a session's full drill-down.

Counts shown are the corrected ones when a physio corrected them; the
original and the corrections travel with each :class:`SetInfo`. Date filters
are applied to parsed local timestamps, not strings, so a DST change or a
clinic in another time zone does not move a session to the wrong day.
"""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Optional, Union

from coach.store import liveness
from coach.phrase import QT_TRANSLATE_NOOP
from coach.store.errors import NotFoundError
from coach.store.models import (IN_PROGRESS, CountCorrection, FaultInfo, NoteInfo, PainRating, RepInfo, SessionDetail,
                                SessionInfo, SetDetail, SetInfo, loads)

if TYPE_CHECKING:
    from coach.analysis.result import AnalysisResult
    from coach.store.patients import PatientsMixin

    _Base = PatientsMixin
else:
    _Base = object

When = Union[date, datetime, str, None]

_SET_SQL = """
SELECT s.*,
  COALESCE((SELECT c.corrected FROM count_corrections c WHERE c.set_id = s.id ORDER BY c.id DESC LIMIT 1),
           s.rep_count) AS shown_count,
  (SELECT COUNT(*) FROM reps r WHERE r.set_id = s.id) AS n_reps,
  (SELECT COUNT(*) FROM reps r WHERE r.set_id = s.id AND r.good_form = 1) AS n_good
FROM sets s
"""

_SESSION_SQL = """
SELECT se.*,
  (SELECT COUNT(*) FROM sets s WHERE s.session_id = se.id) AS n_sets,
  (SELECT COALESCE(SUM(COALESCE((SELECT c.corrected FROM count_corrections c WHERE c.set_id = s.id
                                 ORDER BY c.id DESC LIMIT 1), s.rep_count)), 0)
     FROM sets s WHERE s.session_id = se.id) AS n_reps
FROM sessions se
"""


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _as_datetime(when: When, end_of_day: bool) -> Optional[datetime]:
    if when is None:
        return None
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    if not isinstance(when, datetime):
        when = datetime.combine(when, datetime.max.time() if end_of_day else datetime.min.time())
    return when


def _aware(t: datetime) -> datetime:
    """Naive means local time; at the ends of the calendar (``--since 0001-01-01``) the local offset cannot be
    computed, and UTC is as good as any there."""
    if t.tzinfo is not None:
        return t
    try:
        return t.astimezone()
    except (ValueError, OverflowError):
        return t.replace(tzinfo=timezone.utc)


def in_range(started_at: str, since: When, until: When) -> bool:
    """``since``/``until`` are inclusive; a date means the whole (local) day."""
    t = _aware(parse_time(started_at))
    lo, hi = _as_datetime(since, False), _as_datetime(until, True)
    return (lo is None or t >= _aware(lo)) and (hi is None or t <= _aware(hi))


def _session(r: sqlite3.Row) -> SessionInfo:
    return SessionInfo(id=r["id"], patient_id=r["patient_id"], programme_id=r["programme_id"],
                       started_at=r["started_at"], ended_at=r["ended_at"], pain_before=r["pain_before"],
                       pain_after=r["pain_after"], status=r["status"], source=r["source"], notes=r["notes"],
                       set_count=r["n_sets"], rep_count=r["n_reps"])


class SessionReadsMixin(_Base):
    def session(self, session_id: int) -> SessionInfo:
        row = self.query_one(_SESSION_SQL + "WHERE se.id = ?", (session_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "no session with id {id} in {path}"),
                                id=session_id, path=str(self.path))
        return _session(row)

    def sessions(self, patient_id: Optional[int] = None, since: When = None, until: When = None,
                 exercise: Optional[str] = None, status: Optional[str] = None) -> list[SessionInfo]:
        """A patient's sessions, oldest first, optionally within dates, with one exercise, or in one status."""
        pid = self._patient_id(patient_id)
        sql = _SESSION_SQL + "WHERE se.patient_id = ?"
        params: list[Union[int, str]] = [pid]
        if status is not None:
            sql, params = sql + " AND se.status = ?", params + [status]
        if exercise is not None:
            sql += " AND EXISTS (SELECT 1 FROM sets s WHERE s.session_id = se.id AND s.exercise = ?)"
            params.append(exercise)
        rows = self.query(sql + " ORDER BY se.started_at, se.id", params)
        return [_session(r) for r in rows if in_range(r["started_at"], since, until)]

    def open_sessions(self, patient_id: Optional[int] = None) -> list[SessionInfo]:
        """Sessions never finished (the app was closed or killed): offer to resume or close each, newest first.

        A session another running Coach window is recording right now is left out: it is not interrupted.
        """
        return [s for s in reversed(self.sessions(patient_id, status=IN_PROGRESS))
                if not liveness.live_elsewhere(self, s.id)]

    def _set(self, r: sqlite3.Row) -> SetInfo:
        return SetInfo(
            id=r["id"], session_id=r["session_id"], exercise=r["exercise"], set_index=r["set_index"],
            prescription_id=r["prescription_id"], target_reps=r["target_reps"], target_hold_s=r["target_hold_s"],
            side=r["side"], started_at=r["started_at"], ended_at=r["ended_at"], rep_count=r["shown_count"],
            recorded_rep_count=r["rep_count"], reps_by_side=loads(r["reps_by_side"], {}), good_reps=r["n_good"],
            reps_recorded=r["n_reps"], hold_s=r["hold_s"], good_form_s=r["good_form_s"],
            stopped_for_pain=bool(r["stopped_for_pain"]), pain=r["pain"], ended_reason=r["ended_reason"],
            corrections=tuple(self.corrections(r["id"])))

    def set_info(self, set_id: int) -> SetInfo:
        row = self.query_one(_SET_SQL + "WHERE s.id = ?", (set_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "no set with id {id} in {path}"),
                                id=set_id, path=str(self.path))
        return self._set(row)

    def sets_of(self, session_id: int) -> list[SetInfo]:
        return [self._set(r) for r in self.query(_SET_SQL + "WHERE s.session_id = ? ORDER BY s.set_index, s.id",
                                                 (session_id,))]

    def reps_of(self, set_id: int) -> list[RepInfo]:
        rows = self.query("SELECT * FROM reps WHERE set_id = ? ORDER BY idx", (set_id,))
        return [RepInfo(id=r["id"], set_id=r["set_id"], index=r["idx"], side=r["side"], t_start=r["t_start"],
                        t_end=r["t_end"], good_form=bool(r["good_form"]), faults=tuple(loads(r["faults"], [])),
                        metrics=loads(r["metrics"], {})) for r in rows]

    def faults_of(self, set_id: int, category: Optional[str] = None) -> list[FaultInfo]:
        rows = self.query("SELECT * FROM faults WHERE set_id = ? AND (? IS NULL OR category = ?) ORDER BY t_start, id",
                          (set_id, category, category))
        return [FaultInfo(id=r["id"], set_id=r["set_id"], kind=r["kind"], category=r["category"],
                          t_start=r["t_start"], t_end=r["t_end"], message=r["message"]) for r in rows]

    def corrections(self, set_id: int) -> list[CountCorrection]:
        rows = self.query("SELECT * FROM count_corrections WHERE set_id = ? ORDER BY id", (set_id,))
        return [CountCorrection(id=r["id"], set_id=r["set_id"], original=r["original"], corrected=r["corrected"],
                                reason=r["reason"], who=r["who"], created_at=r["created_at"]) for r in rows]

    def notes_of(self, session_id: int) -> list[NoteInfo]:
        rows = self.query("SELECT * FROM notes WHERE session_id = ? ORDER BY id", (session_id,))
        return [NoteInfo(r["id"], r["session_id"], r["author"], r["text"], r["created_at"]) for r in rows]

    def pain_ratings(self, session_id: int) -> list[PainRating]:
        rows = self.query("SELECT * FROM pain_ratings WHERE session_id = ? ORDER BY id", (session_id,))
        return [PainRating(r["id"], r["session_id"], r["set_id"], r["context"], r["rating"], r["created_at"])
                for r in rows]

    def session_detail(self, session_id: int) -> SessionDetail:
        """Everything about one session: its sets with reps and faults, notes and every pain rating."""
        info = self.session(session_id)
        sets = tuple(SetDetail(s, tuple(self.reps_of(s.id)), tuple(self.faults_of(s.id)))
                     for s in self.sets_of(session_id))
        return SessionDetail(info, sets, tuple(self.notes_of(session_id)), tuple(self.pain_ratings(session_id)))

    def set_analysis(self, set_id: int) -> Optional["AnalysisResult"]:
        """The analysis saved with a set, if any (recorded videos, finished live sets).

        Raises :class:`~coach.errors.CoachError` (one line) when what is stored is not a valid result.
        """
        from coach.analysis.result import AnalysisResult

        row = self.query_one("SELECT analysis_json FROM sets WHERE id = ?", (set_id,))
        data = loads(row[0], None) if row is not None else None
        return None if data is None else AnalysisResult.from_dict(data)
