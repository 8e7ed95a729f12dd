"""Sessions, sets, reps, faults, pain ratings, notes and count corrections: writes, each committed at once.

Every method that records something is its own transaction, so what the
person has done is on disk the moment it happens; the :class:`SessionRecorder`
calls these as analyzer events arrive. Count corrections never overwrite what
was counted — they are rows of their own, and reads show the latest one.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Optional

from coach.exercises.spec import Mode
from coach.phrase import QT_TRANSLATE_NOOP
from coach.store.db import new_row_id
from coach.store.errors import NotFoundError, StoreError
from coach.store.models import (ABANDONED, IN_PROGRESS, PAIN_AFTER, PAIN_BEFORE, PAIN_CONTEXTS, PAIN_STOP, STATUSES,
                                CountCorrection, NoteInfo)

if TYPE_CHECKING:
    from coach.analysis.result import AnalysisResult
    from coach.store.models import SessionInfo
    from coach.store.patients import PatientsMixin

    class _Base(PatientsMixin):
        # Notes and corrections are read back after they are written (SessionReadsMixin, beside this mixin in Store).
        def session(self, session_id: int) -> SessionInfo: ...
        def corrections(self, set_id: int) -> list[CountCorrection]: ...
else:
    _Base = object


def check_pain(rating: Any) -> int:
    if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 10:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "a pain rating is a whole number from 0 to 10, got {got}"),
                         got=repr(rating))
    return rating


def _hold_mode(exercise: str) -> bool:
    from coach.errors import CoachError
    from coach.exercises.registry import analyzer_class

    try:
        return analyzer_class(exercise).mode is Mode.HOLD
    except CoachError:
        return False


class SessionWritesMixin(_Base):
    def start_session(self, patient_id: Optional[int] = None, programme_id: Optional[int] = None,
                      pain_before: Optional[int] = None, source: str = "live",
                      started_at: Optional[str] = None) -> int:
        pid = self._patient_id(patient_id)
        with self.write(QT_TRANSLATE_NOOP("errors", "starting a session")) as db:
            sid = new_row_id(db.execute(
                "INSERT INTO sessions (patient_id, programme_id, started_at, source) VALUES (?, ?, ?, ?)",
                (pid, programme_id, started_at or self.now(), source)))
            if pain_before is not None:
                self.record_pain(sid, PAIN_BEFORE, pain_before)
        return sid

    def record_pain(self, session_id: int, context: str, rating: int, set_id: Optional[int] = None) -> None:
        """A 0–10 rating: before/after the session, a check between sets, or "Stop — it hurts" (with its set)."""
        check_pain(rating)
        if context not in PAIN_CONTEXTS:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "unknown pain context {context} (one of {known})"),
                             context=repr(context), known=", ".join(PAIN_CONTEXTS))
        with self.write(QT_TRANSLATE_NOOP("errors", "saving a pain rating")) as db:
            db.execute("INSERT INTO pain_ratings (session_id, set_id, context, rating, created_at) "
                       "VALUES (?, ?, ?, ?, ?)", (session_id, set_id, context, rating, self.now()))
            if context == PAIN_BEFORE:
                db.execute("UPDATE sessions SET pain_before = ? WHERE id = ?", (rating, session_id))
            elif context == PAIN_AFTER:
                db.execute("UPDATE sessions SET pain_after = ? WHERE id = ?", (rating, session_id))
            elif context == PAIN_STOP and set_id is not None:
                db.execute("UPDATE sets SET pain = ?, stopped_for_pain = 1 WHERE id = ?", (rating, set_id))

    def begin_set(self, session_id: int, exercise: str, set_index: Optional[int] = None,
                  prescription_id: Optional[int] = None, target_reps: Optional[int] = None,
                  target_hold_s: Optional[float] = None, side: Optional[str] = None) -> int:
        with self.write(QT_TRANSLATE_NOOP("errors", "starting a set")) as db:
            if set_index is None:
                set_index = db.execute("SELECT COALESCE(MAX(set_index), 0) + 1 FROM sets WHERE session_id = ?",
                                       (session_id,)).fetchone()[0]
            return new_row_id(db.execute(
                "INSERT INTO sets (session_id, exercise, set_index, prescription_id, target_reps, target_hold_s, side,"
                " started_at, hold_s, good_form_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, exercise, set_index, prescription_id, target_reps, target_hold_s, side, self.now(),
                 *((0.0, 0.0) if _hold_mode(exercise) or target_hold_s is not None else (None, None)))))

    def save_rep(self, set_id: int, index: int, side: Optional[str], t_start: float, t_end: float, good_form: bool,
                 faults: tuple[str, ...] = (), metrics: Optional[dict[str, float]] = None) -> None:
        """A finished rep's record; saving the same index again replaces it (a resumed recorder may repeat)."""
        with self.write(QT_TRANSLATE_NOOP("errors", "saving a rep")) as db:
            db.execute("INSERT OR REPLACE INTO reps (set_id, idx, side, t_start, t_end, good_form, faults, metrics) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (set_id, index, side, t_start, t_end, int(good_form), json.dumps(list(faults)),
                        json.dumps(metrics or {})))

    def save_count(self, set_id: int, rep_count: int, reps_by_side: Optional[dict[str, int]] = None) -> None:
        with self.write(QT_TRANSLATE_NOOP("errors", "saving the rep count")) as db:
            db.execute("UPDATE sets SET rep_count = ?, reps_by_side = ? WHERE id = ?",
                       (rep_count, json.dumps(reps_by_side or {}, sort_keys=True), set_id))

    def save_hold(self, set_id: int, hold_s: float, good_form_s: float) -> None:
        with self.write(QT_TRANSLATE_NOOP("errors", "saving the hold time")) as db:
            db.execute("UPDATE sets SET hold_s = ?, good_form_s = ? WHERE id = ?",
                       (round(hold_s, 2), round(good_form_s, 2), set_id))

    def open_fault(self, set_id: int, kind: str, t_start: float, message: str = "", category: str = "form") -> int:
        with self.write(QT_TRANSLATE_NOOP("errors", "saving a form fault")) as db:
            return new_row_id(db.execute(
                "INSERT INTO faults (set_id, kind, category, t_start, message) VALUES (?, ?, ?, ?, ?)",
                (set_id, kind, category, t_start, message)))

    def close_fault(self, fault_id: int, t_end: float) -> None:
        with self.write(QT_TRANSLATE_NOOP("errors", "saving a form fault")) as db:
            db.execute("UPDATE faults SET t_end = ? WHERE id = ? AND t_end IS NULL", (t_end, fault_id))

    def end_set(self, set_id: int, ended_reason: str, rep_count: Optional[int] = None,
                reps_by_side: Optional[dict[str, int]] = None, hold_s: Optional[float] = None,
                good_form_s: Optional[float] = None, analysis: Optional["AnalysisResult"] = None) -> None:
        """Close a set with why it ended; given values replace the running ones, open faults get the end time."""
        with self.write(QT_TRANSLATE_NOOP("errors", "finishing a set")) as db:
            if rep_count is not None:
                self.save_count(set_id, rep_count, reps_by_side)
            if hold_s is not None:
                self.save_hold(set_id, hold_s, good_form_s if good_form_s is not None else 0.0)
            db.execute("UPDATE sets SET ended_at = ?, ended_reason = ?, analysis_json = COALESCE(?, analysis_json) "
                       "WHERE id = ?",
                       (self.now(), ended_reason, json.dumps(analysis.to_dict()) if analysis else None, set_id))

    def finish_session(self, session_id: int, status: str, pain_after: Optional[int] = None) -> None:
        if status not in STATUSES or status == IN_PROGRESS:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "a finished session's status is one of {known}, got {got}"),
                             known=", ".join(STATUSES[1:]), got=repr(status))
        with self.write(QT_TRANSLATE_NOOP("errors", "finishing the session")) as db:
            if pain_after is not None:
                self.record_pain(session_id, PAIN_AFTER, pain_after)
            db.execute("UPDATE sets SET ended_at = ?, ended_reason = COALESCE(ended_reason, 'interrupted') "
                       "WHERE session_id = ? AND ended_at IS NULL", (self.now(), session_id))
            db.execute("UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?", (status, self.now(), session_id))

    def abandon_session(self, session_id: int) -> None:
        """The person chose not to resume an interrupted session; what was recorded stays."""
        self.finish_session(session_id, ABANDONED)

    def add_note(self, session_id: int, text: str, author: str = "") -> NoteInfo:
        if not text.strip():
            raise StoreError(QT_TRANSLATE_NOOP("errors", "a note cannot be empty"))
        self.session(session_id)
        with self.write(QT_TRANSLATE_NOOP("errors", "saving a note")) as db:
            nid = new_row_id(db.execute("INSERT INTO notes (session_id, author, text, created_at) VALUES (?, ?, ?, ?)",
                                        (session_id, author, text, self.now())))
        r = self.query_row("SELECT * FROM notes WHERE id = ?", (nid,))
        return NoteInfo(r["id"], r["session_id"], r["author"], r["text"], r["created_at"])

    def correct_count(self, set_id: int, corrected: int, reason: str, who: str = "") -> CountCorrection:
        """A physio's correction: the count reports show, with the reason; the original stays on record."""
        if isinstance(corrected, bool) or not isinstance(corrected, int) or corrected < 0:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "a corrected count is a whole number of 0 or more, got {got}"),
                             got=repr(corrected))
        if not reason or not reason.strip():
            raise StoreError(QT_TRANSLATE_NOOP("errors", "a count correction needs a reason (it is kept in the "
                                                         "record)"))
        with self.write(QT_TRANSLATE_NOOP("errors", "saving a count correction")) as db:
            row = db.execute("SELECT rep_count FROM sets WHERE id = ?", (set_id,)).fetchone()
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "no set with id {id} in {path}"),
                                    id=set_id, path=str(self.path))
            last = db.execute("SELECT corrected FROM count_corrections WHERE set_id = ? ORDER BY id DESC LIMIT 1",
                              (set_id,)).fetchone()
            original = last[0] if last is not None else row[0]
            cid = new_row_id(db.execute(
                "INSERT INTO count_corrections (set_id, original, corrected, reason, who, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (set_id, original, corrected, reason.strip(), who, self.now())))
        return next(c for c in self.corrections(set_id) if c.id == cid)
