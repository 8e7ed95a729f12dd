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
from typing import TYPE_CHECKING, Optional, Sequence, Union

from coach import __version__
from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Moment, Phrase
from coach.reports import wording as W
from coach.atomic import write_bytes_atomic, write_text_atomic
from coach.reports.session_content import (SESSION_DISCLAIMER, SessionReportContent, When,
                                           build_session_content, count_text, programme_name, select_sessions,
                                           target_text)
from coach.reports.speaker import ENGLISH, Speaker
from coach.reports.templating import render

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from coach.analysis.session import SessionAnalysis

    from coach.store.models import SessionDetail
    from coach.store.store import Store

__all__ = ["CSV_COLUMNS", "count_text", "export_session_report", "render_csv", "render_html", "render_pdf",
           "select_sessions", "target_text"]
# The CSV is for spreadsheets and scripts: its column names, codes (status, exercise, fault kinds, "yes"/"no")
# and numbers (ISO times, "." decimals) stay the same in every language, so a script written once reads every
# clinic's export. People read the PDF and HTML, which are in the window's language.
CSV_COLUMNS = ["session_id", "session_started_at", "session_status", "programme", "pain_before", "pain_after",
               "set_id", "set_index", "exercise", "side", "target_reps", "target_hold_s", "rep_count",
               "recorded_rep_count", "corrected", "correction_reason", "corrected_by", "good_reps", "reps_judged",
               "good_form_share", "hold_s", "good_form_s", "faults", "stopped_for_pain", "pain", "ended_reason"]


def csv_rows(store: "Store", details: Sequence["SessionDetail"]) -> list[dict[str, object]]:
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


def render_csv(store: "Store", details: Sequence["SessionDetail"]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for row in csv_rows(store, details):
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def render_pdf(c: SessionReportContent, speaker: Speaker = ENGLISH) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, PageBreak, SimpleDocTemplate

    from coach.reports.history_plot import history_png
    from coach.reports.pdf_report import _fonts, _p, _styles, _table, page_footer

    say = speaker.text
    regular, bold = _fonts()
    st = _styles(regular, bold)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=18 * mm, title=say(c.title), author=f"Coach {__version__}",
                            subject=say(W.SESSIONS_SUBJECT), creator=f"Coach {__version__}")
    story: list[Flowable] = [_p(say(c.title), st["h1"]), _p(say(c.subtitle), st["sub"]),
                   KeepTogether([_p(say(W.SESSIONS), st["h2"]),
                                 _table(c.overview, doc.width, st, say(W.NO_SESSIONS), speaker)])]
    for chart in c.charts:
        png = history_png(chart.exercise, chart.points, by=c.charts_by or "day", width_px=1500, height_px=1000, dpi=200,
                          font_px=27, speaker=speaker)
        story.append(KeepTogether([_p(say(W.over_time(chart.title)), st["h2"]),
                                   Image(io.BytesIO(png), width=doc.width, height=doc.width * 1000 / 1500)]))
    if c.charts:
        story.append(PageBreak())
    for sec in c.sessions:
        story.append(KeepTogether([_p(say(sec.head), st["h2"]), _p(say(sec.sub), st["sub"]),
                                   _table(sec.sets, doc.width, st, say(W.NO_SETS), speaker)]))
        if sec.audit.rows:
            story.append(KeepTogether([_p(say(W.AUDIT), st["h2"]), _table(sec.audit, doc.width, st, "", speaker)]))
        story.append(KeepTogether([_p(say(W.PAIN_RATINGS), st["h2"]),
                                   _table(sec.pain, doc.width, st, say(W.NO_PAIN), speaker)]))
        if sec.notes:
            story.append(_p(say(W.NOTES), st["h2"]))
            story += [_p(say(n), st["base"]) for n in sec.notes]
    footer = page_footer(regular, say(SESSION_DISCLAIMER), say(c.footer_line), speaker)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def render_html(c: SessionReportContent, speaker: Speaker = ENGLISH) -> str:
    """The same report as one self-contained page (``templates/session.html.j2``, on the shared base page)."""
    from coach.reports.history_plot import history_png

    charts = [(chart, base64.b64encode(history_png(chart.exercise, chart.points, by=c.charts_by or "day", width_px=1200,
                                                   height_px=800, dpi=160, font_px=22,
                                                   speaker=speaker)).decode("ascii"))
              for chart in c.charts]
    return render("session.html.j2", speaker, c=c, charts=charts, page_title=speaker.text(c.title),
                  disclaimer=speaker.text(SESSION_DISCLAIMER), footer_line=speaker.text(c.footer_line))


def export_session_report(store: "Store", out: Union[str, os.PathLike[str]],
                          session_ids: Optional[Sequence[int]] = None, since: When = None, until: When = None,
                          patient_id: Optional[int] = None, formats: Sequence[str] = (".pdf", ".csv"),
                          speaker: Speaker = ENGLISH) -> list[Path]:
    """Write ``out`` with each suffix in ``formats`` (".pdf", ".html", ".csv"; same name stem).

    A date range also gets charts. The PDF and HTML are in ``speaker``'s language; the CSV is
    the same in every language (see ``CSV_COLUMNS``).
    """
    base = Path(out)
    if base.suffix.lower() in (".pdf", ".html", ".csv"):
        base = base.with_suffix("")
    if not base.parent.is_dir():
        raise CoachError(QT_TRANSLATE_NOOP("errors", "could not write the report: folder {folder} does not exist"),
                         folder=str(base.parent))
    details = select_sessions(store, session_ids, since, until, patient_id)
    patient = store.patient(details[0].info.patient_id) if details else store.default_patient()
    if session_ids is not None and len(session_ids) == 1:
        title = Phrase.of(QT_TRANSLATE_NOOP("reports", "Coach — session report ({date})"),
                          date=_day(details[0].info.started_at))
        charts = None
    else:
        lo = str(since)[:10] if since else (details[0].info.started_at[:10] if details else "")
        hi = str(until)[:10] if until else (details[-1].info.started_at[:10] if details else "")
        title = Phrase.of(QT_TRANSLATE_NOOP("reports", "Coach — sessions {first} to {last}"), first=_day(lo),
                          last=_day(hi))
        charts = "day"
    subtitle = Phrase.of(QT_TRANSLATE_NOOP("reports", "Patient: {name} · {count} sessions") if len(details) != 1
                         else QT_TRANSLATE_NOOP("reports", "Patient: {name} · {count} session"),
                         name=patient.name, count=len(details))
    content: Optional[SessionReportContent] = None
    if any(suffix != ".csv" for suffix in formats):
        content = build_session_content(store, details, title, subtitle, charts, patient.id, since, until)
    written = []
    for suffix in formats:
        path = base.with_suffix(suffix)
        if suffix == ".csv":
            written.append(write_text_atomic(path, render_csv(store, details)))
        elif suffix == ".html" and content is not None:  # content is built whenever a suffix is not .csv
            written.append(write_text_atomic(path, render_html(content, speaker)))
        elif content is not None:
            written.append(write_bytes_atomic(path, render_pdf(content, speaker)))
    return written


def _day(iso: str) -> Moment | str:
    """A report's first or last day (ISO text from the store or the chosen range) as a date, said per reader."""
    return Moment(iso[:10], with_time=False) if iso else ""


def export_session_analysis_reports(session: "SessionAnalysis", outs: Sequence[Union[str, os.PathLike[str]]],
                                    speaker: Speaker = ENGLISH) -> list[Path]:
    """One whole recording split into sets (:class:`coach.analysis.session.SessionAnalysis`) as its session report.

    The session report is built from a store; this one lives in memory and is gone afterwards.
    Each out's suffix picks its format (.pdf, .html or .htm, .csv); each is written under exactly that name.
    """
    if not outs:
        return []
    from coach.store import Store
    from coach.store.db import MEMORY
    from coach.store.importing import store_session_analysis

    paths = [Path(out) for out in outs]
    with Store(MEMORY) as scratch:
        sid = store_session_analysis(scratch, session)
        for path in paths:
            suffix = ".html" if path.suffix.lower() in (".html", ".htm") else path.suffix.lower()
            for written in export_session_report(scratch, path, [sid], formats=(suffix,), speaker=speaker):
                if written != path:
                    written.replace(path)  # OUT.htm: the report writes OUT.htm.html
    return paths
