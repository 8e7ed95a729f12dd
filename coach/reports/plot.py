"""The key angle over time as a PNG or SVG, with reps, hold spans, faults and thresholds drawn in.

Matplotlib is imported inside the function and driven through ``Figure`` and
the Agg canvas directly, never ``pyplot``: no global backend is switched (the
GUI may run QtAgg in the same process), nothing needs a display, and the figure
is freed as soon as it is rendered. Input is the ≤10 Hz ``angle_series`` of an
typed analysis result, so an hour's recording is ~36 000 points at most.

Colours are the Okabe–Ito colour-blind-safe pair (bluish green = good form,
vermilion = fault) and fault spans are also hatched, so nothing relies on
colour alone. Legend, axis words and axis numbers are said by the report's
:class:`~coach.reports.speaker.Speaker` (English by default).
"""
from __future__ import annotations

import io
import math
import textwrap
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from coach.analysis.result import AnalysisResult
from coach.exercises.registry import fault_label, spec_for
from coach.exercises.spec import RefLine
from coach.phrase import QT_TRANSLATE_NOOP, Phrase
from coach.reports.speaker import ENGLISH, Shown, Speaker, from_data

if TYPE_CHECKING:
    from matplotlib.artist import Artist

GOOD = "#009E73"
FAULT = "#D55E00"
LINE = "#0B3C5D"
SETUP = "#8C8C8C"
MAX_REP_LABELS = 20   # more numbers than this overlap on an A4-wide plot
MANY_REPS = 60        # beyond this single reps are unreadable: the trace is faded and each rep's peak is dotted


def _mmss(t: float, _pos: object = None) -> str:
    return f"{int(t // 60)}:{int(t % 60):02d}"


def _tick(speaker: Speaker) -> Callable[[float, object], str]:
    """Axis numbers written the reader's way (2,5 in German), with no more decimals than the tick needs."""
    def write(value: float, _pos: object = None) -> str:
        decimals = next((d for d in range(3) if abs(round(value, d) - value) < 1e-9), 3)
        return speaker.number(value, decimals)
    return write


def _series(result: AnalysisResult) -> tuple[list[float], list[float]]:
    s = result.angle_series
    if s is None:
        return [], []
    t = [float(x) for x in s.t_s]
    d = [math.nan if v is None else float(v) for v in s.deg]
    n = min(len(t), len(d))
    return t[:n], d[:n]


def angle_plot(result: AnalysisResult, ref_lines: Optional[Sequence[RefLine]] = None, angle_label: Shown = None,
               fmt: str = "png", width_in: float = 10.0, dpi: int = 150, font_size: float = 8.0,
               speaker: Speaker = ENGLISH) -> bytes:
    """Render the plot, its words in ``speaker``'s language; ``ref_lines``/``angle_label`` default to the
    exercise's (from its rule files)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    if ref_lines is None or angle_label is None:
        from coach.reports.content import load_report_rules, shown_ref_lines

        spec = spec_for(result.exercise, result.angle_series.name if result.angle_series is not None else "")
        if ref_lines is None:
            rules, _ = load_report_rules(result)
            ref_lines = shown_ref_lines(spec, rules)
        angle_label = angle_label or from_data("exercises", spec.angle_label)
    say = speaker.text

    t, deg = _series(result)
    duration = float(result.duration_s or (t[-1] if t else 0.0)) or 1.0
    fig = Figure(figsize=(width_in, width_in * 0.46), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    ax, strip = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [5, 1]})

    legend: list[Artist] = []
    hold = result.hold
    faults = result.faults
    if hold is not None:
        for a, b in hold.spans:
            ax.axvspan(a, b, color=GOOD, alpha=0.15, lw=0)
        for f in faults:
            ax.axvspan(f.t_start, f.t_end, facecolor=FAULT, alpha=0.25, hatch="//", edgecolor=FAULT, lw=0)
        exercise = from_data("reports", spec_for(result.exercise).title.lower())
        legend.append(Patch(color=GOOD, alpha=0.3, label=say(Phrase.of(
            QT_TRANSLATE_NOOP("reports", "holding the {exercise}"), exercise=Phrase(exercise)))))
    else:
        reps = result.reps
        step = max(1, math.ceil(len(reps) / MAX_REP_LABELS))
        for i, r in enumerate(reps):
            good = r.good_form
            ax.axvspan(r.t_start, r.t_end, facecolor=GOOD if good else FAULT, alpha=0.18 if good else 0.25,
                       hatch=None if good else "//", edgecolor=FAULT, lw=0)
            if i % step == 0:
                label = str(r.index) + (f" {r.side[0].upper()}" if r.side else "")
                ax.text((r.t_start + r.t_end) / 2, 0.97, label, transform=ax.get_xaxis_transform(),
                        ha="center", va="top", fontsize=font_size, color="#222")
        key = say(QT_TRANSLATE_NOOP("reports", "number = rep"))
        if any(r.side for r in reps):
            means = spec_for(result.exercise).side_means
            key = say(Phrase.of(QT_TRANSLATE_NOOP("reports", "{key}, L/R = {side}"), key=key,
                                side=Phrase(from_data("reports", means) if means
                                            else QT_TRANSLATE_NOOP("reports", "side"))))
        if any(r.good_form for r in reps):
            legend.append(Patch(color=GOOD, alpha=0.3, label=say(Phrase.of(
                QT_TRANSLATE_NOOP("reports", "rep, good form ({key})"), key=key))))
            key = ""
        if any(not r.good_form for r in reps):
            legend.append(Patch(facecolor=FAULT, alpha=0.35, hatch="//", edgecolor=FAULT, label=say(
                Phrase.of(QT_TRANSLATE_NOOP("reports", "rep with a fault ({key})"), key=key) if key
                else QT_TRANSLATE_NOOP("reports", "rep with a fault"))))

    reps = result.reps
    name = result.angle_series.name if result.angle_series is not None else ""
    many = len(reps) > MANY_REPS
    if t and any(d == d for d in deg):
        ax.plot(t, deg, color=LINE, lw=0.5 if many else 1.3, alpha=0.5 if many else 1.0)
        legend.insert(0, Line2D([], [], color=LINE, lw=1.3, label=say(angle_label)))
    else:
        ax.text(0.5, 0.5, say(QT_TRANSLATE_NOOP("reports", "No angle was measured in this recording")),
                transform=ax.transAxes,
                ha="center", va="center", color="#555")
    peaks = [((r.t_start + r.t_end) / 2, r.metrics.get(name), r.good_form) for r in reps]
    peaks = [p for p in peaks if isinstance(p[1], (int, float))]
    if many and peaks:
        # An hour of reps is a solid band; the per-rep peak (the table's value) shows fatigue or drift instead.
        for good in (True, False):
            xs = [x for x, _, g in peaks if g is good]
            ys = [y for _, y, g in peaks if g is good]
            if xs:
                ax.scatter(xs, ys, s=10, zorder=3, color=GOOD if good else FAULT, marker="o" if good else "x")
        legend.append(Line2D([], [], ls="", marker="o", color="#444", ms=4,
                             label=say(QT_TRANSLATE_NOOP("reports", "peak of each rep (o good form, x fault)"))))
    for ref in ref_lines:
        style = "--" if ref.kind == "rule" else ":"
        colour = "#B00020" if ref.kind == "rule" else "#555555"
        ax.axhline(ref.deg, ls=style, color=colour, lw=1.1)
        legend.append(Line2D([], [], ls=style, color=colour, lw=1.1, label=say(ref.label)))

    values = [d for d in deg if d == d] + [r.deg for r in ref_lines if r.deg is not None]
    if values:
        lo, hi = min(values), max(values)
        pad = max(5.0, 0.08 * (hi - lo))
        ax.set_ylim(lo - pad, hi + pad * (2.2 if hold is None else 1.0))  # room for the rep numbers on top
    # The legend names the angle; a long label here would be clipped.
    ax.set_ylabel(say(QT_TRANSLATE_NOOP("reports", "angle (°)")), fontsize=font_size)
    ax.grid(True, axis="y", color="#DDD", lw=0.6)
    ax.set_xlim(0, duration)

    # The strip under the plot: one lane for faults, one for set-up problems (camera, lighting, framing).
    for f in faults:
        strip.broken_barh([(f.t_start, max(f.t_end - f.t_start, duration / 400))], (1.15, 0.7),
                          facecolors=FAULT)
        strip.plot([f.t_start], [2.05], marker="v", color=FAULT, ms=5, clip_on=False)
    for s in result.setup_warnings:
        strip.broken_barh([(s.t_start, max(s.t_end - s.t_start, duration / 400))], (0.15, 0.7),
                          facecolors=SETUP)
    strip.set_ylim(0, 2.2)
    strip.set_yticks([0.5, 1.5], [say(QT_TRANSLATE_NOOP("reports", "set-up")),
                                  say(QT_TRANSLATE_NOOP("reports", "faults"))], fontsize=font_size)
    strip.tick_params(axis="y", length=0)
    strip.set_xlabel(say(QT_TRANSLATE_NOOP("reports", "time in the video (m:ss)")) if duration > 90
                     else say(QT_TRANSLATE_NOOP("reports", "time in the video (s)")), fontsize=font_size)
    strip.xaxis.set_major_formatter(FuncFormatter(_mmss if duration > 90 else _tick(speaker)))
    ax.yaxis.set_major_formatter(FuncFormatter(_tick(speaker)))
    for a in (ax, strip):
        a.tick_params(labelsize=font_size)
        for side in ("top", "right"):
            a.spines[side].set_visible(False)
    if faults:
        kinds = sorted({say(from_data("faults", fault_label(f.kind))) for f in faults})
        legend.append(Patch(facecolor=FAULT, alpha=0.6, hatch="//" if hold is not None else None, edgecolor=FAULT,
                            label=say(Phrase.of(QT_TRANSLATE_NOOP("reports", "fault: {faults}"),
                                                faults=", ".join(kinds)))))
    if result.setup_warnings:
        legend.append(Patch(color=SETUP, label=say(QT_TRANSLATE_NOOP("reports", "set-up problem (see the list)"))))
    if not faults and not result.setup_warnings:
        strip.text(0.5, 0.5, say(QT_TRANSLATE_NOOP("reports", "no faults and no set-up problems")),
                   transform=strip.transAxes, ha="center",
                   va="center", fontsize=font_size, color="#555")
    # Two legend columns share the width; a longer label (a translation is often longer) wraps instead of being cut.
    chars = max(30, int(width_in * 72 / 2 / (0.45 * font_size)) - 6)
    for handle in legend:
        handle.set_label(textwrap.fill(str(handle.get_label()), chars))  # matplotlib types a label as object
    fig.legend(handles=legend, loc="outside lower center", ncols=2, fontsize=font_size, frameon=False)

    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, metadata={"png": {"Software": None}, "svg": {"Date": None}}.get(fmt))
    fig.clear()
    return buf.getvalue()
