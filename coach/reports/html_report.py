"""A single self-contained HTML file a physiotherapist can file, e-mail or print.

Self-contained because it is filed away and opened years later, maybe offline:
the angle plot is an embedded base64 PNG and the style sheet is inline, with no
scripts, fonts or links to fetch. Every piece of text from the analysis (file
names, rule-file cue texts) is escaped, since a video's name is user input.
"""
from __future__ import annotations

import base64
import html
import os
from pathlib import Path
from typing import Optional, Sequence

from coach import __version__
from coach.reports.atomic import write_text_atomic
from coach.reports.content import ReportContent, Table, build_content

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a;
 max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.4}
h1{font-size:1.5rem;margin:0 0 .2rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc}
.sub{color:#555;margin:0 0 1rem}.headline{font-size:1.25rem;font-weight:600;margin:.5rem 0 1rem}
.warn{background:#FFF4D6;border-left:4px solid #E0A800;padding:.4rem .7rem;margin:.4rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;
 text-align:left;vertical-align:top}th{background:#F0F0F0}td.num{text-align:right;font-variant-numeric:tabular-nums}
table.summary{width:auto}table.summary th{background:none;font-weight:600;border:none;padding-right:1.5rem}
table.summary td{border:none}tr.bad td{background:#FBE3D6}#reps tr.bad td:last-child{color:#8A2B00;font-weight:600}
img.plot{width:100%;height:auto;border:1px solid #ddd}.note{font-size:.85rem;color:#444}
.none{color:#555;font-style:italic}footer{margin-top:2rem;font-size:.8rem;color:#666;border-top:1px solid #ccc;
 padding-top:.5rem}@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
"""

_NUMERIC_HINTS = ("(s)", "(°)", "(torso lengths)")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(t: Table, empty: str, cls: str = "") -> str:
    if not t.rows:
        return f'<p class="none">{_e(empty)}</p>'
    numeric = [h.endswith(_NUMERIC_HINTS) for h in t.header]
    out = [f'<table class="{cls}"><thead><tr>' + "".join(f'<th scope="col">{_e(h)}</th>' for h in t.header)
           + "</tr></thead><tbody>"]
    for row, bad in zip(t.rows, t.bad):
        cells = "".join(f'<td class="num">{_e(c)}</td>' if numeric[i] else f"<td>{_e(c)}</td>"
                        for i, c in enumerate(row))
        out.append(f'<tr class="bad">{cells}</tr>' if bad else f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def render_html(result: dict, rules_overrides: Optional[Sequence[str | os.PathLike]] = None,
                content: Optional[ReportContent] = None) -> str:
    """The whole report as one HTML string (no file access except reading the rule files)."""
    from coach.reports.plot import angle_plot

    c = content or build_content(result, rules_overrides)
    png = angle_plot(result, ref_lines=c.ref_lines, angle_label=c.spec.angle_label,
                     width_in=9.0, font_size=9.0)
    img = base64.b64encode(png).decode("ascii")
    video = dict(c.summary).get("Video", "")
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Coach {_e(__version__)}">',
        f"<title>{_e(c.title)} — {_e(video)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(c.title)}</h1>",
        f'<p class="sub">{_e(video)} · report made {_e(c.generated)}</p>',
        f'<p class="headline" id="headline">{_e(c.headline)}</p>',
    ]
    parts += [f'<p class="warn">{_e(w)}</p>' for w in c.warnings]
    parts.append('<h2>Summary</h2><table class="summary" id="summary"><tbody>')
    parts += [f'<tr><th scope="row">{_e(k)}</th><td>{_e(v)}</td></tr>' for k, v in c.summary]
    parts.append("</tbody></table>")
    parts.append(f'<h2>{_e(c.spec.angle_label.split(" (")[0])} over time</h2>')
    parts.append(f'<img class="plot" id="angle-plot" alt="{_e(c.spec.angle_label)} over time, with reps, '
                 f'faults and thresholds" src="data:image/png;base64,{img}">')
    if c.plot_note:
        parts.append(f'<p class="note">{_e(c.plot_note)}</p>')
    parts.append(f'<p class="note">{_e(c.rules_note)}</p>')
    parts.append(f"<h2>{_e(c.table_title)}</h2>")
    empty = "No reps were counted." if c.table_title == "Reps" else "The plank position was not held."
    parts.append(f'<div id="reps">{_table(c.table, empty)}</div>')
    parts.append("<h2>Faults</h2>")
    parts.append(f'<div id="faults">{_table(c.faults, "No faults were found.")}</div>')
    parts.append("<h2>Set-up problems</h2>")
    parts.append('<p class="note">Times when the camera could not judge form (framing, light, angle); '
                 'nothing is counted or judged during them.</p>')
    parts.append(f'<div id="setup">{_table(c.setup, "None.")}</div>')
    parts.append(f"<footer>Made by Coach {_e(__version__)} from a pose estimate (MediaPipe) of a single video. "
                 "Angles are estimates from one camera, not clinical measurements; times are from the start "
                 "of the video (m:ss.s).</footer>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(result: dict, path: str | os.PathLike,
               rules_overrides: Optional[Sequence[str | os.PathLike]] = None) -> Path:
    """Render, then replace ``path`` atomically; raises CoachError if it cannot be written."""
    return write_text_atomic(path, render_html(result, rules_overrides))
