"""Every session in a store, one row each, for ``coach sessions``: a script or a physio checks what arrived.

One row per session across all patients, oldest first: the exercises done,
reps (corrected counts) and seconds held, the share of good reps over its rep
sets and the share of good-form seconds over its holds (two units, never added
into one ratio), pain before and after, and where it came from — ``live`` (camera or
guided), ``imported`` (a patient's share file) or ``analysed`` (a recording).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Optional

from coach.exercises.form_metrics import split_shares
from coach.phrase import QT_TRANSLATE_NOOP
from coach.store.errors import readable_rows
from coach.untrusted import printable

if TYPE_CHECKING:
    from coach.store.store import Store

SOURCE_NAMES = {"live": "live", "imported": "imported", "video": "analysed"}


@dataclass(frozen=True)
class SessionRow:
    id: int
    date: str
    patient: str
    exercise: str
    reps: Optional[int]
    hold_s: Optional[float]
    good_reps_share: Optional[float]      # good reps / reps judged, over the rep sets
    good_hold_share: Optional[float]      # good-form seconds / seconds held, over the holds
    pain_before: Optional[int]
    pain_after: Optional[int]
    source: str
    status: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def session_rows(store: "Store") -> list[SessionRow]:
    """Read-only: asks for no default patient (which would create one in an empty store)."""
    with readable_rows(store.path, QT_TRANSLATE_NOOP("errors", "listing the sessions")):
        return _session_rows(store)


def _session_rows(store: "Store") -> list[SessionRow]:
    rows = []
    for patient in store.patients():
        for se in store.sessions(patient.id):
            sets = store.sets_of(se.id)
            holds = [s for s in sets if s.is_hold]
            counted = [s for s in sets if not s.is_hold]
            held = sum(s.hold_s or 0.0 for s in holds)
            rep_share, hold_share = split_shares(counted, holds)
            exercises = list(dict.fromkeys(s.exercise for s in sets))
            rows.append(SessionRow(
                id=se.id, date=se.started_at, patient=patient.name, exercise=", ".join(exercises) or "–",
                reps=sum(s.rep_count for s in counted) if counted else None,
                hold_s=round(held, 1) if holds else None,
                good_reps_share=None if rep_share is None else round(rep_share, 3),
                good_hold_share=None if hold_share is None else round(hold_share, 3),
                pain_before=se.pain_before, pain_after=se.pain_after,
                source=SOURCE_NAMES.get(se.source, se.source), status=se.status))
    return sorted(rows, key=lambda r: (r.date, r.id))


def _good_form(r: SessionRow) -> str:
    """The two shares side by side ("75% of reps + 90% of hold time"), never one mixed ratio."""
    parts = [f"{share:.0%} of {unit}" for share, unit in ((r.good_reps_share, "reps"),
                                                           (r.good_hold_share, "hold time")) if share is not None]
    return " + ".join(parts) or "–"


def format_table(rows: list[SessionRow]) -> str:
    """The rows as a text table; text from share files (a patient's name) has its control characters escaped."""
    head = ("Date", "Patient", "Exercise", "Reps/hold", "Good form", "Pain", "Source")
    body = [(printable(r.date[:16].replace("T", " ")), printable(r.patient), printable(r.exercise.replace("_", " ")),
             " + ".join(x for x in (f"{r.reps} rep{'' if r.reps == 1 else 's'}" if r.reps is not None else "",
                                    f"{r.hold_s:g} s" if r.hold_s is not None else "") if x) or "–",
             _good_form(r),
             f"{'–' if r.pain_before is None else r.pain_before} → {'–' if r.pain_after is None else r.pain_after}",
             printable(r.source)) for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]
    return "\n".join("  ".join(str(x).ljust(w) for x, w in zip(line, widths)).rstrip() for line in (head, *body))
