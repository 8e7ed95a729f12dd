"""The share file's readable page: what a physio sees on opening ``summary.html`` without Coach.

Built from the same records the file carries, so the page and the data never
disagree. Plain HTML, every value escaped, no scripts, no external links.
(The full session reports live above the store, in ``coach.reports``; this
page only has to be readable anywhere.)
"""
from __future__ import annotations

from html import escape
from typing import Optional

from coach.exercises.form_metrics import hold_share, rep_share
from coach.store.share.records import SharedSession, SharedSet


def good_form_share(s: SharedSet) -> Optional[float]:
    """Good reps / reps recorded, or good-form seconds / seconds held — as the store computes it."""
    return hold_share(s.good_form_s, s.hold_s) if s.hold_s is not None else \
        rep_share(sum(r.good_form for r in s.reps), len(s.reps))


def shown_count(s: SharedSet) -> int:
    return s.corrections[-1].corrected if s.corrections else s.rep_count


def done_text(s: SharedSet) -> str:
    if s.hold_s is not None:
        return f"{s.hold_s:.0f} s held"
    count = shown_count(s)
    return f"{count} rep" if count == 1 else f"{count} reps"


def _pct(v: Optional[float]) -> str:
    return "–" if v is None else f"{v:.0%}"


def _pain(v: Optional[int]) -> str:
    return "–" if v is None else str(v)


def summary_html(patient: str, created_at: str, sessions: list[SharedSession]) -> str:
    rows = []
    for se in sessions:
        first = True
        for s in se.sets or (None,):
            cells = [se.started_at[:16].replace("T", " ") if first else "",
                     escape(s.exercise.replace("_", " ")) if s else "–",
                     escape(done_text(s)) if s else "–", _pct(good_form_share(s)) if s else "–",
                     f"{_pain(se.pain_before)} → {_pain(se.pain_after)}" if first else "",
                     escape(se.status.replace("_", " ")) if first else ""]
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
            first = False
        for n in se.notes:
            rows.append(f'<tr class="note"><td></td><td colspan="5">Note ({escape(n.author or "patient")}): '
                        f"{escape(n.text)}</td></tr>")
    title = f"Coach sessions — {escape(patient)}"
    period = f"{sessions[0].started_at[:10]} to {sessions[-1].started_at[:10]}" if sessions else "no sessions"
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title><style>"
            "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
            "td,th{border-bottom:1px solid #ccc;padding:4px 10px;text-align:left}tr.note td{color:#555}"
            f"</style></head><body><h1>{title}</h1><p>{len(sessions)} sessions, {period}. Shared {escape(created_at)}."
            " Open this file in Coach (“Import a patient's sessions…”) to replay each set as a skeleton and see the "
            "charts. It holds no video.</p><table><tr><th>Date</th><th>Exercise</th><th>Done</th><th>Good form</th>"
            f"<th>Pain before → after</th><th>Status</th></tr>{''.join(rows)}</table></body></html>")
