"""SessionRecorder: analyzer events in, committed rows out — as they happen.

The live window hands every batch of events from ``analyzer.update`` (and
``analyzer.finish``) to :meth:`SessionRecorder.record`. Each finished rep,
count change, fault start/end and pain rating is its own committed
transaction, so if the app crashes, is killed or the power goes, everything up
to the rep in progress is on disk. Hold time is saved at most once per
``hold_write_interval_s`` of analyzer time and whenever a hold ends, so a
crash loses at most that much of a plank. After a restart,
``store.open_sessions()`` lists what was interrupted and :meth:`resume`
continues it (the set that was running is closed as "interrupted"). A
session another running Coach window is still recording is neither listed nor
resumable (see :mod:`coach.store.liveness`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional

from coach.exercises import events as ev
from coach.exercises.events import Event, RepRecord
from coach.exercises.spec import Mode
from coach.store import liveness
from coach.phrase import QT_TRANSLATE_NOOP
from coach.store.errors import StoreError
from coach.store.models import (ABANDONED, COMPLETED, IN_PROGRESS, PAIN_BEFORE, PAIN_DURING, PAIN_STOP,
                                 STOPPED_FOR_PAIN)

if TYPE_CHECKING:
    from coach.analysis.result import AnalysisResult
    from coach.exercises.base import ExerciseAnalyzer
    from coach.programme.model import Prescription
    from coach.store.store import Store

ENDED_INTERRUPTED = "interrupted"
ENDED_PAIN = "pain"


# A finished session's status, as words for a message.
STATUS_WORDS = {COMPLETED: QT_TRANSLATE_NOOP("errors", "completed"),
                STOPPED_FOR_PAIN: QT_TRANSLATE_NOOP("errors", "stopped for pain"),
                ABANDONED: QT_TRANSLATE_NOOP("errors", "abandoned")}

class SessionRecorder:
    def __init__(self, store: "Store", session_id: int, hold_write_interval_s: float = 1.0) -> None:
        self.store = store
        self.session_id = session_id
        self.hold_write_interval_s = hold_write_interval_s
        self.set_id: Optional[int] = None
        self.exercise: Optional[str] = None
        self._open_faults: dict[tuple[str, str], int] = {}
        self._by_side: dict[str, int] = {}
        self._last_rep: Optional[RepRecord] = None
        self._last_hold_t: Optional[float] = None

    @classmethod
    def start(cls, store: "Store", patient_id: Optional[int] = None, programme_id: Optional[int] = None,
              pain_before: Optional[int] = None, source: str = "live", **kw: float) -> "SessionRecorder":
        # marked as recorded here before any other window can see it
        with store.write(QT_TRANSLATE_NOOP("errors", "starting a session")):
            sid = store.start_session(patient_id, programme_id, pain_before, source)
            liveness.hold(store, sid)
        return cls(store, sid, **kw)

    @classmethod
    def resume(cls, store: "Store", session_id: int, **kw: float) -> "SessionRecorder":
        """Continue an unfinished session after a restart; the set that was running is closed as interrupted."""
        info = store.session(session_id)
        if info.status != IN_PROGRESS:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "session {id} is already {status}; it cannot be resumed"),
                             id=session_id,
                             status=STATUS_WORDS.get(info.status, info.status.replace('_', ' ')))
        if not liveness.hold(store, session_id):
            raise StoreError(QT_TRANSLATE_NOOP("errors", "session {id} is still being recorded in another Coach "
                                                         "window; finish it there (or close that window) before "
                                                         "resuming it here"), id=session_id)
        with store.write(QT_TRANSLATE_NOOP("errors", "resuming the session")) as db:
            db.execute("UPDATE sets SET ended_at = ?, ended_reason = ? WHERE session_id = ? AND ended_at IS NULL",
                       (store.now(), ENDED_INTERRUPTED, session_id))
        return cls(store, session_id, **kw)

    # ----- sets -------------------------------------------------------------------------------
    def begin_set(self, exercise: str, set_index: Optional[int] = None, prescription: Optional["Prescription"] = None,
                  target_reps: Optional[int] = None, target_hold_s: Optional[float] = None,
                  side: Optional[str] = None) -> int:
        if self.set_id is not None:
            self.end_set(ENDED_INTERRUPTED)
        if prescription is not None:
            target_reps = prescription.reps if target_reps is None else target_reps
            target_hold_s = prescription.hold_s if target_hold_s is None else target_hold_s
            side = prescription.side if side is None else side
        self.set_id = self.store.begin_set(self.session_id, exercise, set_index,
                                           prescription.id if prescription is not None else None,
                                           target_reps, target_hold_s, side)
        self.exercise = exercise
        self._open_faults, self._by_side, self._last_rep, self._last_hold_t = {}, {}, None, None
        return self.set_id

    def _need_set(self) -> int:
        if self.set_id is None:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "no set is being recorded: call begin_set() first"))
        return self.set_id

    def end_set(self, ended_reason: str, analyzer: Optional["ExerciseAnalyzer"] = None,
                analysis: Optional["AnalysisResult"] = None) -> Optional[int]:
        """Close the current set; with the analyzer (or else the analysis), its final count and hold are saved too."""
        if self.set_id is None:
            return None
        set_id = self.set_id
        kw: dict[str, Any] = {}
        t_end = None
        if analyzer is not None:
            kw.update(rep_count=analyzer.rep_count, reps_by_side=dict(analyzer.reps_by_side))
            if analyzer.mode is Mode.HOLD:
                kw.update(hold_s=analyzer.hold_seconds(), good_form_s=analyzer.good_form_seconds())
            t_end = analyzer.t_s
        elif analysis is not None:  # the analysis carries the same totals
            kw.update(rep_count=analysis.rep_count, reps_by_side=dict(analysis.reps_by_side),
                      hold_s=analysis.hold_s, good_form_s=analysis.good_form_s)
        with self.store.write(QT_TRANSLATE_NOOP("errors", "finishing a set")):
            for r in analyzer.reps if analyzer is not None else ():  # idempotent: any rep not yet seen
                self.store.save_rep(set_id, r.index, r.side, r.t_start, r.t_end, r.good_form, r.faults, r.metrics)
            for fault_id in self._open_faults.values():
                if t_end is not None:
                    self.store.close_fault(fault_id, t_end)
            self.store.end_set(set_id, ended_reason, analysis=analysis, **kw)
        self.set_id = None
        self._open_faults = {}
        return set_id

    # ----- analyzer events --------------------------------------------------------------------
    def record(self, events: Iterable[Event], analyzer: Optional["ExerciseAnalyzer"] = None) -> None:
        """Save a batch of events; pass the analyzer of a hold exercise so hold time is saved as it grows."""
        force_hold = False
        for e in events:
            self.record_event(e)
            force_hold = force_hold or e.kind in (ev.HOLD_ENDED, ev.FAULT_BEGAN, ev.FAULT_ENDED)
        if analyzer is not None and analyzer.mode is Mode.HOLD and analyzer.t_s is not None:
            self.update_hold(analyzer.hold_seconds(), analyzer.good_form_seconds(), analyzer.t_s, force_hold)

    def record_event(self, e: Event) -> None:
        set_id = self._need_set()
        store = self.store
        if e.kind == ev.REP_COUNTED:
            if e.side:
                self._by_side[e.side] = self._by_side.get(e.side, 0) + 1
            store.save_count(set_id, e.count, self._by_side)
        elif e.kind == ev.REP_COMPLETED and e.rep is not None:
            r = e.rep
            store.save_rep(set_id, r.index, r.side, r.t_start, r.t_end, r.good_form, r.faults, r.metrics)
            self._last_rep = r
        elif e.kind in (ev.FAULT_BEGAN, ev.SETUP_BEGAN):
            category = "form" if e.kind == ev.FAULT_BEGAN else "setup"
            if (category, e.name) not in self._open_faults:
                t_start = e.t_s
                rep = self._last_rep  # a rep's faults are reported at its end but span the whole rep
                if rep is not None and category == "form" and e.name in rep.faults and e.t_s == rep.t_end:
                    t_start = rep.t_start
                self._open_faults[(category, e.name)] = store.open_fault(set_id, e.name, t_start, e.message, category)
        elif e.kind in (ev.FAULT_ENDED, ev.SETUP_ENDED):
            fault_id = self._open_faults.pop(("form" if e.kind == ev.FAULT_ENDED else "setup", e.name), None)
            if fault_id is not None:
                store.close_fault(fault_id, e.t_s)

    def update_hold(self, hold_s: float, good_form_s: float, t_s: Optional[float] = None, force: bool = False) -> bool:
        """Save the hold so far (throttled by ``t_s``); returns whether it was written."""
        set_id = self._need_set()
        if not force and t_s is not None and self._last_hold_t is not None \
                and t_s - self._last_hold_t < self.hold_write_interval_s:
            return False
        self.store.save_hold(set_id, hold_s, good_form_s)
        self._last_hold_t = t_s
        return True

    # ----- pain, notes, the end ---------------------------------------------------------------
    def stop_for_pain(self, rating: int, analyzer: Optional["ExerciseAnalyzer"] = None,
                      analysis: Optional["AnalysisResult"] = None) -> None:
        """"Stop — it hurts": the rating goes with the set that was running, which ends."""
        set_id = self.set_id
        with self.store.write(QT_TRANSLATE_NOOP("errors", "saving a pain rating")):
            self.store.record_pain(self.session_id, PAIN_STOP, rating, set_id)
            if set_id is not None:
                self.end_set(ENDED_PAIN, analyzer, analysis)

    def pain_check(self, rating: int) -> None:
        self.store.record_pain(self.session_id, PAIN_DURING, rating)

    def pain_before(self, rating: int) -> None:
        self.store.record_pain(self.session_id, PAIN_BEFORE, rating)

    def add_note(self, text: str, author: str = "") -> None:
        self.store.add_note(self.session_id, text, author)

    def finish(self, status: str = COMPLETED, pain_after: Optional[int] = None) -> None:
        if self.set_id is not None:
            self.end_set(ENDED_PAIN if status == STOPPED_FOR_PAIN else ENDED_INTERRUPTED)
        self.store.finish_session(self.session_id, status, pain_after)
        liveness.release(self.store, self.session_id)
