"""What the review says in words: the summary beside the table, the plot's legend, the re-score message.

Kept apart from the window so the wording is in one place. The summary rows
are the report's own (:func:`coach.reports.content.build_content`), and the
legend names each threshold line exactly as the report does, so a physio never
has to guess what a dotted line means.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Optional

from coach.reports.content import EXERCISE, REPORT_MADE
from coach.review.recording import Recording
from coach.ui.review import review_style as style
from coach.ui.i18n import exercise_text, fault_name, report_speaker, translate


def _swatch(colour: str, mark: str, text: str) -> str:
    return f"<span style='color:{colour}'>{mark}</span>&nbsp;{html.escape(text)}"


def legend_html(rec: Optional[Recording]) -> str:
    """The colours and lines of the timeline and plot; threshold lines spelled out for this exercise."""
    items = [_swatch(style.GOOD.name(), "■", translate("summary_text", "holding") if rec is not None and rec.is_hold
                     else translate("summary_text", "good-form rep")),
             _swatch(style.FAULT.name(), "▨", translate("summary_text", "fault")),
             _swatch(style.SETUP.name(), "■", translate("summary_text", "set-up problem"))]
    for ref in (rec.content.ref_lines if rec is not None else []):
        colour = style.RULE if ref.kind == "rule" else style.REFERENCE
        items.append(_swatch(colour.name(), "╌" if ref.kind == "rule" else "┈", report_speaker().text(ref.label)))
    items.append(_swatch(style.CURSOR.name(), "│", translate("summary_text", "now · click anywhere to jump there")))
    return " &nbsp; ".join(items)


def headline_text(rec: Recording) -> str:
    """The result in one line; in Automatic, which set it is ("Set 2 of 4 · Plank held 10.7 s, …")."""
    if rec.session is not None and rec.current_set is None:
        return translate("summary_text", "No set of your exercises found")
    headline = report_speaker().text(rec.content.headline)
    # A hold's headline names the exercise already ("Plank held 9.5 s, …"); a count's does not ("3 reps, …").
    shown = headline if rec.is_hold else f"{exercise_text(rec.spec.title)}: {headline}"
    if rec.session is None or rec.set_index is None:
        return shown
    return translate("summary_text", "Set {index} of {count} · {headline}").format(
        index=rec.set_index + 1, count=len(rec.session.sets), headline=shown)


def details_html(rec: Recording) -> str:
    if rec.session is not None and rec.current_set is None:
        return html.escape(translate("summary_text", "Coach found none of your exercises in this recording. Choose "
                                     "the exercise above and re-score to judge it as that exercise."))
    c = rec.content
    say = report_speaker().text
    rows = [(say(k), say(v)) for k, v in c.summary if k not in (REPORT_MADE, EXERCISE)]
    rows.append((translate("summary_text", "Limits"), say(c.rules_used)))
    cells = "".join(f"<tr><td style='color:#c8ccd2; padding-right:10px'>{html.escape(k)}</td>"
                    f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
    warn = "".join(f"<p style='color:{style.SETUP.name()}'>{html.escape(say(w))}</p>" for w in c.warnings)
    return f"<table>{cells}</table>{warn}"


def rescore_summary(before: Optional[Recording], after: Recording, limits: Optional[Path]) -> str:
    """"Re-scored with …: before …; now …" — the change a new limit made, in one line for the status bar."""
    def line(rec: Recording) -> str:
        kinds = sorted({fault_name(k, rec.exercise) for r in rec.reps for k in r.faults}
                       | {fault_name(f.kind, rec.exercise) for f in rec.faults})
        return translate("summary_text", "{headline} (faults: {faults})").format(
            headline=report_speaker().text(rec.content.headline),
            faults=", ".join(kinds) or translate("summary_text", "none"))

    using = (translate("summary_text", "limits from {file}").format(file=limits.name) if limits
             else translate("summary_text", "the default limits"))
    if before is None:
        return translate("summary_text", "Re-scored with {limits}: {result}.").format(limits=using, result=line(after))
    return translate("summary_text", "Re-scored with {limits}: before {before}; now {after}.").format(
        limits=using, before=line(before), after=line(after))
