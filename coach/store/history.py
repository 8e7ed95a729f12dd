"""History for charts and reports: per-exercise series over sessions, days or weeks, and pain over time.

Points are plain dataclasses a chart widget, a PDF report and a CSV export
can all use. Counts are the corrected ones. For an alternating bird-dog the
target is per side, so the prescribed reps of a set are twice its target.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean
from typing import TYPE_CHECKING, Iterable, Optional

from coach.exercises.form_metrics import good_form_share, pooled_share
from coach.programme.model import reps_wanted
from coach.programme.progression import LineOutcome
from coach.store.models import IN_PROGRESS, SessionInfo, SetInfo
from coach.store.reads import When, parse_time

if TYPE_CHECKING:
    from coach.store.programmes import ProgrammesMixin
    from coach.store.reads import SessionReadsMixin

    class _Base(SessionReadsMixin, ProgrammesMixin):  # a point's target comes from its prescription
        pass
else:
    _Base = object

PERIODS = ("session", "day", "week")


@dataclass(frozen=True)
class ExercisePoint:
    period: str                         # ISO start time of the session, "2024-05-03", or "2024-W18"
    start: date                         # first day of the period (x-axis)
    session_ids: tuple[int, ...]
    sets: int
    reps_done: int
    reps_prescribed: Optional[int]      # None when no set had a rep target
    good_reps: int
    reps_judged: int
    hold_s: Optional[float]             # hold exercises: seconds held in total
    good_form_s: Optional[float]
    hold_prescribed_s: Optional[float]
    pain_before: Optional[float]        # mean over the period's sessions
    pain_after: Optional[float]
    sets_stopped_for_pain: int

    @property
    def good_form_share(self) -> Optional[float]:
        return good_form_share(self)


@dataclass(frozen=True)
class PainPoint:
    period: str
    start: date
    session_ids: tuple[int, ...]
    pain_before: Optional[float]
    pain_after: Optional[float]


def prescribed_reps(s: SetInfo) -> Optional[int]:
    if s.target_reps is None:
        return None
    return reps_wanted(s.exercise, s.target_reps, s.side)


def met_target(s: SetInfo) -> bool:
    if s.target_hold_s is not None:
        return (s.hold_s or 0.0) >= s.target_hold_s
    want = prescribed_reps(s)
    return want is not None and s.rep_count >= want


def _period(started_at: str, by: str) -> tuple[str, date]:
    t = parse_time(started_at)
    day = t.date()
    if by == "session":
        return started_at, day
    if by == "day":
        return day.isoformat(), day
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}", day - timedelta(days=day.weekday())


def _mean(values: Iterable[Optional[int]]) -> Optional[float]:
    vals = [v for v in values if v is not None]
    return round(mean(vals), 2) if vals else None


def _sum_or_none(values: list[Optional[float]]) -> Optional[float]:
    vals = [v for v in values if v is not None]
    return round(sum(vals), 2) if vals else None


class HistoryMixin(_Base):
    def exercises_done(self, patient_id: Optional[int] = None) -> list[str]:
        pid = self._patient_id(patient_id)
        rows = self.query("SELECT DISTINCT s.exercise FROM sets s JOIN sessions se ON se.id = s.session_id "
                          "WHERE se.patient_id = ? ORDER BY s.exercise", (pid,))
        return [r[0] for r in rows]

    def _grouped(self, sessions: list[SessionInfo], by: str) -> dict[str, tuple[date, list[SessionInfo]]]:
        if by not in PERIODS:
            raise ValueError(f"by must be one of {PERIODS}, got {by!r}")
        groups: dict[str, tuple[date, list[SessionInfo]]] = {}
        for s in sessions:
            key, start = _period(s.started_at, by)
            groups.setdefault(key, (start, []))[1].append(s)
        return groups

    def exercise_series(self, exercise: str, patient_id: Optional[int] = None, since: When = None,
                        until: When = None, by: str = "session") -> list[ExercisePoint]:
        """One point per session, day or week with this exercise: done vs prescribed, form, hold, pain."""
        sessions = self.sessions(patient_id, since, until, exercise=exercise)
        points = []
        for key, (start, group) in self._grouped(sessions, by).items():
            sets = [s for se in group for s in self.sets_of(se.id) if s.exercise == exercise]
            prescribed = [prescribed_reps(s) for s in sets]
            holds = [s.hold_s for s in sets]
            points.append(ExercisePoint(
                period=key, start=start, session_ids=tuple(se.id for se in group), sets=len(sets),
                reps_done=sum(s.rep_count for s in sets),
                reps_prescribed=sum(p for p in prescribed if p is not None) if any(
                    p is not None for p in prescribed) else None,
                good_reps=sum(s.good_reps for s in sets), reps_judged=sum(s.reps_recorded for s in sets),
                hold_s=_sum_or_none(holds), good_form_s=_sum_or_none([s.good_form_s for s in sets if s.is_hold]),
                hold_prescribed_s=_sum_or_none([s.target_hold_s for s in sets]),
                pain_before=_mean(se.pain_before for se in group), pain_after=_mean(se.pain_after for se in group),
                sets_stopped_for_pain=sum(s.stopped_for_pain for s in sets)))
        return points

    def pain_series(self, patient_id: Optional[int] = None, since: When = None, until: When = None,
                    by: str = "session") -> list[PainPoint]:
        sessions = self.sessions(patient_id, since, until)
        return [PainPoint(key, start, tuple(s.id for s in group), _mean(s.pain_before for s in group),
                          _mean(s.pain_after for s in group))
                for key, (start, group) in self._grouped(sessions, by).items()]

    def prescription_outcomes(self, prescription_id: int, last_n: Optional[int] = None) -> list[LineOutcome]:
        """Finished sessions done against this exact prescription version, oldest first (for progression)."""
        wanted = self.prescription(prescription_id)
        rows = self.query("SELECT DISTINCT session_id FROM sets WHERE prescription_id = ?", (prescription_id,))
        infos = sorted((self.session(r[0]) for r in rows), key=lambda s: (s.started_at, s.id))
        infos = [s for s in infos if s.status != IN_PROGRESS]
        if last_n is not None:
            infos = infos[-last_n:] if last_n > 0 else []
        out = []
        for se in infos:
            sets = [s for s in self.sets_of(se.id) if s.prescription_id == prescription_id]
            share = pooled_share(sets)
            out.append(LineOutcome(session_id=se.id, started_at=se.started_at, prescription_id=prescription_id,
                                   sets_prescribed=wanted.sets, sets_done=len(sets),
                                   sets_met=sum(met_target(s) for s in sets), good_form_share=share,
                                   pain_before=se.pain_before, pain_after=se.pain_after,
                                   stopped_for_pain=any(s.stopped_for_pain for s in sets)))
        return out
