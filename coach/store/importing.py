"""Saving an analysed recording (``coach.analysis/1``) as a session of its own.

A physio reviewing a patient's video, or a patient analysing a recording
instead of using the camera, should see it in the same history as live
sessions. The whole import is one transaction: it is stored completely or not
at all.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from coach.store.errors import StoreError
from coach.store.models import COMPLETED, PAIN_STOP, STOPPED_FOR_PAIN

if TYPE_CHECKING:
    from coach.analysis import AnalysisResult
    from coach.programme.model import Prescription
    from coach.store.store import Store

ANALYSIS_SCHEMA = "coach.analysis/1"


def _ended_reason(data: dict) -> str:
    if data.get("cancelled"):
        return "cancelled"
    if data.get("stopped_early_at_s") is not None:
        return "stopped_early"
    return "finished"


def store_analysis_result(store: "Store", result: Union["AnalysisResult", dict], patient_id: Optional[int] = None,
                          programme_id: Optional[int] = None, prescription: Optional["Prescription"] = None,
                          pain_before: Optional[int] = None, pain_after: Optional[int] = None,
                          stopped_for_pain: Optional[int] = None, ended_reason: Optional[str] = None,
                          started_at: Optional[str] = None, source: str = "video") -> int:
    """Store one analysed recording as a finished one-set session; returns the session id.

    ``stopped_for_pain`` is the 0–10 rating when the set was stopped with "Stop — it hurts".
    """
    data = result if isinstance(result, dict) else result.to_json()
    if data.get("schema") != ANALYSIS_SCHEMA:
        raise StoreError(f"expected a {ANALYSIS_SCHEMA} summary, got schema {data.get('schema')!r}")
    try:
        exercise = str(data["exercise"])
        reps, faults = list(data.get("reps") or []), list(data.get("faults") or [])
        setup, hold = list(data.get("setup_warnings") or []), data.get("hold")
        with store.write("saving the analysed recording"):
            sid = store.start_session(patient_id, programme_id, pain_before, source, started_at)
            set_id = store.begin_set(sid, exercise, 1, prescription.id if prescription else None,
                                     prescription.reps if prescription else None,
                                     prescription.hold_s if prescription else None,
                                     prescription.side if prescription else None)
            for r in reps:
                store.save_rep(set_id, int(r["index"]), r.get("side"), float(r["t_start"]), float(r["t_end"]),
                               bool(r["good_form"]), tuple(r.get("faults") or ()), dict(r.get("metrics") or {}))
            for category, spans in (("form", faults), ("setup", setup)):
                for f in spans:
                    fid = store.open_fault(set_id, str(f["kind"]), float(f["t_start"]), str(f.get("message", "")),
                                           category)
                    store.close_fault(fid, float(f["t_end"]))
            store.end_set(set_id, ended_reason or _ended_reason(data), rep_count=int(data.get("rep_count", 0)),
                          reps_by_side=dict(data.get("reps_by_side") or {}),
                          hold_s=float(hold["total_s"]) if hold else None,
                          good_form_s=float(hold["good_form_s"]) if hold else None, analysis=data)
            if stopped_for_pain is not None:
                store.record_pain(sid, PAIN_STOP, stopped_for_pain, set_id)
            store.finish_session(sid, COMPLETED if stopped_for_pain is None else STOPPED_FOR_PAIN, pain_after)
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(f"the analysis summary is incomplete or malformed ({exc!r}); nothing was saved") from None
    return sid
