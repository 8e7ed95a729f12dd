"""A session or date-range report for the clinical record: PDF for filing, HTML to read, CSV for spreadsheets.

Built from the session store, not from one analysis; what it says is
:mod:`coach.reports.session_content`, computed once for every format. A date
range adds the per-exercise history charts (:mod:`coach.reports.history_plot`).
The PDF's fonts, tables and page footer and the HTML's base page and footer
are the single-analysis report's, so both reports look alike, and atomic
writing means a failed write never replaces a good file.
"""
from __future__ import annotations

import base64
import csv
import io
import os
from pathlib import Path
from typing import Optional, Sequence, Union

from coach import __version__
from coach.errors import CoachError
from coach.reports.atomic import write_bytes_atomic, write_text_atomic
from coach.reports.session_content import (SESSION_DISCLAIMER, SessionReportContent, When,
                                           build_session_content, count_text, programme_name, select_sessions,
                                           target_text, when_text)
from coach.reports.templating import render

__all__ = ["CSV_COLUMNS", "count_text", "export_session_report", "render_csv", "render_html", "render_pdf",
           "select_sessions", "target_text"]
CSV_COLUMNS = ["session_id", "session_started_at", "session_status", "programme", "pain_before", "pain_after",
               "set_id", "set_index", "exercise", "side", "target_reps", "target_hold_s", "rep_count",
               "recorded_rep_count", "corrected", "correction_reason", "corrected_by", "good_reps", "reps_judged",
               "good_form_share", "hold_s", "good_form_s", "faults", "stopped_for_pain", "pain", "ended_reason"]


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
                "programme": programme_name(store, i.programme_id), "pain_before": i.pain_before,
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


def render_pdf(c: SessionReportContent) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, PageBreak, SimpleDocTemplate

    from coach.reports.history_plot import history_png
    from coach.reports.pdf_report import _fonts, _p, _styles, _table, page_footer

    regular, bold = _fonts()
    st = _styles(regular, bold)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=18 * mm, title=c.title, author=f"Coach {__version__}",
                            subject="Exercise sessions", creator=f"Coach {__version__}")
    story: list = [_p(c.title, st["h1"]), _p(c.subtitle, st["sub"]),
                   KeepTogether([_p("Sessions", st["h2"]), _table(c.overview, doc.width, st, "No sessions.")])]
    for chart in c.charts:
        png = history_png(chart.exercise, chart.points, by=c.charts_by, width_px=1500, height_px=1000, dpi=200,
                          font_px=27)
        story.append(KeepTogether([_p(f"{chart.title} over time", st["h2"]),
                                   Image(io.BytesIO(png), width=doc.width, height=doc.width * 1000 / 1500)]))
    if c.charts:
        story.append(PageBreak())
    for sec in c.sessions:
        story.append(KeepTogether([_p(sec.head, st["h2"]), _p(sec.sub, st["sub"]),
                                   _table(sec.sets, doc.width, st, "No sets were recorded.")]))
        if sec.audit.rows:
            story.append(KeepTogether([_p("Count corrections (audit trail)", st["h2"]),
                                       _table(sec.audit, doc.width, st, "")]))
        story.append(KeepTogether([_p("Pain ratings", st["h2"]),
                                   _table(sec.pain, doc.width, st, "No pain ratings.")]))
        if sec.notes:
            story.append(_p("Notes", st["h2"]))
            story += [_p(n, st["base"]) for n in sec.notes]
    footer = page_footer(regular, SESSION_DISCLAIMER, c.footer_line)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def render_html(c: SessionReportContent) -> str:
    """The same report as one self-contained page (``templates/session.html.j2``, on the shared base page)."""
    from coach.reports.history_plot import history_png

    charts = [(chart, base64.b64encode(history_png(chart.exercise, chart.points, by=c.charts_by, width_px=1200,
                                                   height_px=800, dpi=160, font_px=22)).decode("ascii"))
              for chart in c.charts]
    return render("session.html.j2", c=c, charts=charts, page_title=c.title, disclaimer=SESSION_DISCLAIMER,
                  footer_line=c.footer_line)


def export_session_report(store, out: Union[str, os.PathLike], session_ids: Optional[Sequence[int]] = None,
                          since: When = None, until: When = None, patient_id: Optional[int] = None,
                          formats: Sequence[str] = (".pdf", ".csv")) -> list[Path]:
    """Write ``out`` with each suffix in ``formats`` (".pdf", ".html", ".csv"; same name stem).

    A date range also gets charts.
    """
    base = Path(out)
    if base.suffix.lower() in (".pdf", ".html", ".csv"):
        base = base.with_suffix("")
    if not base.parent.is_dir():
        raise CoachError(f"could not write the report: folder {base.parent} does not exist")
    details = select_sessions(store, session_ids, since, until, patient_id)
    patient = store.patient(details[0].info.patient_id) if details else store.default_patient()
    if session_ids is not None and len(session_ids) == 1:
        title, charts = f"Coach — session report ({when_text(details[0].info.started_at)[:10]})", None
    else:
        lo = str(since)[:10] if since else (details[0].info.started_at[:10] if details else "")
        hi = str(until)[:10] if until else (details[-1].info.started_at[:10] if details else "")
        title, charts = f"Coach — sessions {lo} to {hi}", "day"
    subtitle = f"Patient: {patient.name} · {len(details)} session{'s' if len(details) != 1 else ''}"
    content: Optional[SessionReportContent] = None
    if any(suffix != ".csv" for suffix in formats):
        content = build_session_content(store, details, title, subtitle, charts, patient.id, since, until)
    written = []
    for suffix in formats:
        path = base.with_suffix(suffix)
        if suffix == ".csv":
            written.append(write_text_atomic(path, render_csv(store, details)))
        elif suffix == ".html":
            written.append(write_text_atomic(path, render_html(content)))
        else:
            written.append(write_bytes_atomic(path, render_pdf(content)))
    return written
