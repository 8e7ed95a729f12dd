"""Saving an analysed recording (``coach.analysis/1``) as a session of its own.

A physio reviewing a patient's video, or a patient analysing a recording
instead of using the camera, should see it in the same history as live
sessions. The result is typed (a JSON file was read with ``AnalysisResult.from_dict``
before it gets here). The whole import is one transaction: it is stored completely or not
at all.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from coach.phrase import QT_TRANSLATE_NOOP
from coach.store.models import COMPLETED, PAIN_STOP, STOPPED_FOR_PAIN

if TYPE_CHECKING:
    from coach.analysis import AnalysisResult
    from coach.analysis.session import SessionAnalysis
    from coach.programme.model import Prescription
    from coach.store.store import Store


def _ended_reason(result: "AnalysisResult") -> str:
    if result.cancelled:
        return "cancelled"
    if result.stopped_early_at_s is not None:
        return "stopped_early"
    return "finished"


def store_analysis_result(store: "Store", result: "AnalysisResult", patient_id: Optional[int] = None,
                          programme_id: Optional[int] = None, prescription: Optional["Prescription"] = None,
                          pain_before: Optional[int] = None, pain_after: Optional[int] = None,
                          stopped_for_pain: Optional[int] = None, ended_reason: Optional[str] = None,
                          started_at: Optional[str] = None, source: str = "video") -> int:
    """Store one analysed recording as a finished one-set session; returns the session id.

    ``stopped_for_pain`` is the 0–10 rating when the set was stopped with "Stop — it hurts".
    """
    with store.write(QT_TRANSLATE_NOOP("errors", "saving the analysed recording")):
        sid = store.start_session(patient_id, programme_id, pain_before, source, started_at)
        set_id = _store_set(store, sid, 1, result, prescription, ended_reason)
        if stopped_for_pain is not None:
            store.record_pain(sid, PAIN_STOP, stopped_for_pain, set_id)
        store.finish_session(sid, COMPLETED if stopped_for_pain is None else STOPPED_FOR_PAIN, pain_after)
    return sid


def store_session_analysis(store: "Store", session: "SessionAnalysis", patient_id: Optional[int] = None,
                           started_at: Optional[str] = None, source: str = "video") -> int:
    """Store a whole recording split into sets (``coach analyze`` without ``--exercise``) as one session.

    Each set found is one set of the session, in time order, exactly as a one-set recording is stored.
    """
    with store.write(QT_TRANSLATE_NOOP("errors", "saving the analysed recording")):
        sid = store.start_session(patient_id, None, None, source, started_at)
        for index, found in enumerate(session.sets, start=1):
            _store_set(store, sid, index, found.result, None, None)
        store.finish_session(sid, COMPLETED, None)
    return sid


def _store_set(store: "Store", session_id: int, index: int, res: "AnalysisResult",
               prescription: Optional["Prescription"], ended_reason: Optional[str]) -> int:
    """One analysed set with its reps, faults and set-up spans (inside the caller's transaction)."""
    hold = res.hold
    set_id = store.begin_set(session_id, res.exercise, index, prescription.id if prescription else None,
                             prescription.reps if prescription else None,
                             prescription.hold_s if prescription else None,
                             prescription.side if prescription else None)
    for r in res.reps:
        store.save_rep(set_id, r.index, r.side, r.t_start, r.t_end, r.good_form, r.faults, r.metrics)
    spans = [("form", f.kind, f.t_start, f.t_end, f.message) for f in res.faults]
    spans += [("setup", s.kind, s.t_start, s.t_end, "") for s in res.setup_warnings]
    for category, kind, t_start, t_end, message in spans:
        fid = store.open_fault(set_id, kind, t_start, message, category)
        store.close_fault(fid, t_end)
    store.end_set(set_id, ended_reason or _ended_reason(res), rep_count=res.rep_count,
                  reps_by_side=dict(res.reps_by_side), hold_s=hold.total_s if hold else None,
                  good_form_s=hold.good_form_s if hold else None, analysis=res)
    return set_id
