"""A session or date-range report for the clinical record: PDF for filing, CSV for spreadsheets.

Built from the session store, not from one analysis: every set with its
target, the count reports should show and — when a physiotherapist corrected
it — the original count, the reason, who and when (the audit trail is part of
the record, never hidden), faults, pain ratings and notes. A date range adds
the per-exercise history charts (:mod:`coach.reports.history_plot`). Layout
helpers, fonts and atomic writing are the single-analysis report's, so both
reports look alike and a failed write never replaces a good file.
"""
from __future__ import annotations

import csv
import io
import os
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Optional, Sequence, Union

from coach import __version__
from coach.errors import CoachError
from coach.reports.atomic import write_bytes_atomic, write_text_atomic
from coach.reports.content import Table
from coach.reports.exercise_specs import fault_label

When = Union[date, datetime, str, None]
CSV_COLUMNS = ["session_id", "session_started_at", "session_status", "programme", "pain_before", "pain_after",
               "set_id", "set_index", "exercise", "side", "target_reps", "target_hold_s", "rep_count",
               "recorded_rep_count", "corrected", "correction_reason", "corrected_by", "good_reps", "reps_judged",
               "good_form_share", "hold_s", "good_form_s", "faults", "stopped_for_pain", "pain", "ended_reason"]
DISCLAIMER = ("Counts and form are estimates from one camera, not clinical measurements. "
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


def _when(iso: Optional[str]) -> str:
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
        return f"{s.target_reps} reps" + (" each side" if s.exercise == "bird_dog" and (s.side or "alternate")
                                          == "alternate" else "")
    return "–"


def _faults(detail) -> str:
    kinds = Counter(f.kind for f in detail.faults if f.category == "form")
    return "; ".join(f"{fault_label(k)} ×{n}" if n > 1 else fault_label(k) for k, n in kinds.items())


def _programme_name(store, programme_id: Optional[int]) -> str:
    if programme_id is None:
        return ""
    try:
        return store.programme(programme_id).name
    except CoachError:
        return ""


def csv_rows(store, details: Sequence) -> list[dict]:
    rows = []
    for d in details:
        i = d.info
        for sd in d.sets:
            s = sd.info
            last = s.corrections[-1] if s.corrections else None
            share = s.good_form_share
            rows.append({
                "session_id": i.id, "session_started_at": i.started_at, "session_status": i.status,
                "programme": _programme_name(store, i.programme_id), "pain_before": i.pain_before,
                "pain_after": i.pain_after, "set_id": s.id, "set_index": s.set_index, "exercise": s.exercise,
                "side": s.side or "", "target_reps": s.target_reps, "target_hold_s": s.target_hold_s,
                "rep_count": s.rep_count, "recorded_rep_count": s.recorded_rep_count,
                "corrected": "yes" if s.corrected else "no", "correction_reason": last.reason if last else "",
                "corrected_by": last.who if last else "", "good_reps": s.good_reps, "reps_judged": s.reps_recorded,
                "good_form_share": round(share, 3) if share is not None else "", "hold_s": s.hold_s,
                "good_form_s": s.good_form_s, "faults": ";".join(f.kind for f in sd.faults if f.category == "form"),
                "stopped_for_pain": "yes" if s.stopped_for_pain else "no", "pain": s.pain,
                "ended_reason": s.ended_reason or ""})
    return rows


def render_csv(store, details: Sequence) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for row in csv_rows(store, details):
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


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
                               _when(c.created_at)])
            audit.bad.append(False)
    pain = Table(["When", "Moment", "Rating"])
    names = {"before": "before the session", "after": "after the session", "during": "check between sets",
             "stop": "“Stop — it hurts”"}
    for p in detail.pain_ratings:
        pain.rows.append([_when(p.created_at), names.get(p.context, p.context), f"{p.rating}/10"])
        pain.bad.append(p.context == "stop")
    return sets, audit, pain


def render_pdf(store, details: Sequence, title: str, subtitle: str, charts_by: Optional[str] = None,
               patient_id: Optional[int] = None, since: When = None, until: When = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, PageBreak, SimpleDocTemplate

    from coach.reports.history_plot import history_png
    from coach.reports.pdf_report import _fonts, _p, _styles, _table

    regular, bold = _fonts()
    st = _styles(regular, bold)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=18 * mm, title=title, author=f"Coach {__version__}",
                            subject="Exercise sessions", creator=f"Coach {__version__}")
    made = datetime.now().strftime("%Y-%m-%d %H:%M")

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(16 * mm, 10 * mm, DISCLAIMER)
        canvas.drawString(16 * mm, 6.5 * mm, f"{title} · report made {made} · Coach {__version__}")
        canvas.drawRightString(A4[0] - 16 * mm, 6.5 * mm, f"page {document.page}")
        canvas.restoreState()

    overview = Table(["Date", "Programme", "Status", "Sets", "Reps", "Pain before", "Pain after"])
    for d in details:
        i = d.info
        overview.rows.append([_when(i.started_at), _programme_name(store, i.programme_id) or "–",
                              i.status.replace("_", " "), str(i.set_count), str(i.rep_count),
                              "–" if i.pain_before is None else f"{i.pain_before}/10",
                              "–" if i.pain_after is None else f"{i.pain_after}/10"])
        overview.bad.append(i.status == "stopped_for_pain")
    story: list = [_p(title, st["h1"]), _p(subtitle, st["sub"]),
                   KeepTogether([_p("Sessions", st["h2"]), _table(overview, doc.width, st, "No sessions.")])]
    if charts_by is not None and details:
        exercises = sorted({sd.info.exercise for d in details for sd in d.sets})
        for ex in exercises:
            points = store.exercise_series(ex, patient_id, since, until, by=charts_by)
            png = history_png(ex, points, by=charts_by, width_px=1500, height_px=1000, dpi=200, font_px=27)
            story.append(KeepTogether([_p(f"{_title(ex)} over time", st["h2"]),
                                       Image(io.BytesIO(png), width=doc.width, height=doc.width * 1000 / 1500)]))
        story.append(PageBreak())
    for d in details:
        i = d.info
        sets, audit, pain = _session_tables(d)
        head = f"Session {i.id} — {_when(i.started_at)}"
        name = _programme_name(store, i.programme_id)
        story.append(KeepTogether([_p(head, st["h2"]), _p(" · ".join(x for x in (
            name, i.status.replace("_", " "), f"source: {i.source}") if x), st["sub"]),
            _table(sets, doc.width, st, "No sets were recorded.")]))
        if audit.rows:
            story.append(KeepTogether([_p("Count corrections (audit trail)", st["h2"]),
                                       _table(audit, doc.width, st, "")]))
        story.append(KeepTogether([_p("Pain ratings", st["h2"]), _table(pain, doc.width, st, "No pain ratings.")]))
        if d.notes:
            story.append(_p("Notes", st["h2"]))
            story += [_p(f"{_when(n.created_at)} · {n.author or 'note'}: {n.text}", st["base"]) for n in d.notes]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def export_session_report(store, out: Union[str, os.PathLike], session_ids: Optional[Sequence[int]] = None,
                          since: When = None, until: When = None, patient_id: Optional[int] = None,
                          formats: Sequence[str] = (".pdf", ".csv")) -> list[Path]:
    """Write ``out`` with each suffix in ``formats`` (same name stem); a date range also gets charts."""
    base = Path(out)
    if base.suffix.lower() in (".pdf", ".csv"):
        base = base.with_suffix("")
    if not base.parent.is_dir():
        raise CoachError(f"could not write the report: folder {base.parent} does not exist")
    details = select_sessions(store, session_ids, since, until, patient_id)
    patient = store.patient(details[0].info.patient_id) if details else store.default_patient()
    if session_ids is not None and len(session_ids) == 1:
        title, charts = f"Coach — session report ({_when(details[0].info.started_at)[:10]})", None
    else:
        lo = str(since)[:10] if since else (details[0].info.started_at[:10] if details else "")
        hi = str(until)[:10] if until else (details[-1].info.started_at[:10] if details else "")
        title, charts = f"Coach — sessions {lo} to {hi}", "day"
    subtitle = f"Patient: {patient.name} · {len(details)} session{'s' if len(details) != 1 else ''}"
    written = []
    for suffix in formats:
        path = base.with_suffix(suffix)
        if suffix == ".csv":
            written.append(write_text_atomic(path, render_csv(store, details)))
        else:
            written.append(write_bytes_atomic(path, render_pdf(store, details, title, subtitle, charts,
                                                               patient.id, since, until)))
    return written
