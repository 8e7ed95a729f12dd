"""A single self-contained HTML file a physiotherapist can file, e-mail or print.

Self-contained because it is filed away and opened years later, maybe offline:
the angle plot is an embedded base64 PNG and the style sheet is inline, with no
scripts, fonts or links to fetch. The page is ``templates/analysis.html.j2``
(on the base page the session report shares); Jinja escapes every piece of
text from the analysis (file names, rule-file cue texts), since a video's name
is user input.
"""
from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Optional, Sequence

from coach.analysis.result import AnalysisResult
from coach.atomic import write_text_atomic
from coach.reports.content import ANALYSIS_DISCLAIMER, ReportContent, build_content
from coach.reports.speaker import ENGLISH, Speaker
from coach.reports.templating import render


def render_html(result: AnalysisResult, rules_overrides: Optional[Sequence[str | os.PathLike[str]]] = None,
                content: Optional[ReportContent] = None, speaker: Speaker = ENGLISH) -> str:
    """The whole report as one HTML string in ``speaker``'s language (no file access except reading the rule files)."""
    from coach.reports.plot import angle_plot

    c = content or build_content(result, rules_overrides)
    say = speaker.text
    png = angle_plot(result, ref_lines=c.ref_lines, angle_label=c.angle_label, width_in=9.0, font_size=9.0,
                     speaker=speaker)
    return render("analysis.html.j2", speaker, c=c, page_title=f"{say(c.title)} — {say(c.video)}",
                  angle_name=say(c.angle_label).split(" (")[0], plot_png=base64.b64encode(png).decode("ascii"),
                  disclaimer=say(ANALYSIS_DISCLAIMER), footer_line=say(c.footer_line))


def write_html(result: AnalysisResult, path: str | os.PathLike[str],
               rules_overrides: Optional[Sequence[str | os.PathLike[str]]] = None, speaker: Speaker = ENGLISH) -> Path:
    """Render, then replace ``path`` atomically; raises CoachError if it cannot be written."""
    return write_text_atomic(path, render_html(result, rules_overrides, speaker=speaker))
