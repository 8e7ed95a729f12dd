"""History charts for one exercise over sessions, days or weeks: amount vs prescribed, good form, pain.

Drawn with matplotlib's ``Figure`` and Agg canvas (never ``pyplot``: no global
backend, no display, freed at once), so the GUI's history view and the PDF
date-range report show the very same chart — dark for the screen, white for
paper. Input is ``Store.exercise_series`` points. Periods are evenly spaced
categories rather than a time axis: a patient who skipped a week should still
see every session's bar at a readable width. Colours are Okabe–Ito
(colour-blind safe) and every series also differs in marker or fill. Titles,
legends and dates are said by the report's :class:`~coach.reports.speaker.Speaker`
(English by default; the GUI's in the window's language).
"""
from __future__ import annotations

import io
from typing import TYPE_CHECKING, Sequence, cast

from coach.phrase import QT_TRANSLATE_NOOP, Phrase
from coach.reports.speaker import ENGLISH, Speaker, from_data
from coach.store.history import ExercisePoint

if TYPE_CHECKING:
    from matplotlib.axes import Axes

BLUE, ORANGE, GREEN, VERMILION, SKY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9"
THEMES = {
    "light": {"bg": "#ffffff", "fg": "#1a1a1a", "grid": "#d0d0d0", "bar": BLUE, "good": GREEN, "target": "#1a1a1a"},
    "dark": {"bg": "#1c1f23", "fg": "#ffffff", "grid": "#3a4048", "bar": SKY, "good": "#3ddc84", "target": "#ffffff"},
}


def period_label(p: ExercisePoint, by: str, speaker: Speaker = ENGLISH) -> str:
    """A bar's label: its day ("3 Mar", "3. März"), with the week or the session's time."""
    day = speaker.day(p.start)
    if by == "week":
        return f"{p.period.split('-')[-1]}\n{day}"
    if by == "session":
        return f"{day}\n{p.period[11:16]}"
    return day


def _style(ax: "Axes", t: dict[str, str], title: str, font: float) -> None:
    ax.set_facecolor(t["bg"])
    ax.set_title(title, color=t["fg"], fontsize=font * 1.1, loc="left", fontweight="bold")
    ax.tick_params(colors=t["fg"], labelsize=font)
    ax.grid(axis="y", color=t["grid"], linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(t["grid"])


def _legend(ax: "Axes", t: dict[str, str], font: float) -> None:
    leg = ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=font * 0.9, frameon=False)
    for text in leg.get_texts():
        text.set_color(t["fg"])


def history_png(exercise: str, points: Sequence[ExercisePoint], by: str = "day", width_px: int = 1100,
                height_px: int = 760, dpi: int = 100, dark: bool = False, font_px: float = 16.0,
                speaker: Speaker = ENGLISH) -> bytes:
    """Three stacked panels: reps (or hold seconds) vs prescribed, good-form share, pain before/after."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    from coach.exercises.registry import analyzer_class

    t = THEMES["dark" if dark else "light"]
    font = font_px * 72.0 / dpi
    say = speaker.text
    title = Phrase(from_data("exercises", analyzer_class(exercise).title or exercise))
    hold = any(p.hold_s is not None for p in points)
    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi, facecolor=t["bg"], layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(3, 1, sharex=True, gridspec_kw={"height_ratios": [1.4, 1, 1]})
    x = list(range(len(points)))
    amount, share, pain = axes
    if hold:
        amount.bar(x, [p.hold_s or 0 for p in points], 0.6, color=t["bar"], alpha=0.45,
                   label=say(QT_TRANSLATE_NOOP("reports", "held")))
        amount.bar(x, [p.good_form_s or 0 for p in points], 0.6, color=t["good"], hatch="//", edgecolor=t["bg"],
                   label=say(QT_TRANSLATE_NOOP("reports", "good form")))
        targets = [p.hold_prescribed_s for p in points]
        _style(amount, t, say(Phrase.of(QT_TRANSLATE_NOOP("reports", "{exercise}: seconds held"), exercise=title)),
               font)
        amount.set_ylabel(say(QT_TRANSLATE_NOOP("reports", "seconds")), color=t["fg"], fontsize=font)
    else:
        amount.bar(x, [p.reps_done for p in points], 0.6, color=t["bar"],
                   label=say(QT_TRANSLATE_NOOP("reports", "done")))
        targets = [p.reps_prescribed for p in points]
        _style(amount, t, say(Phrase.of(QT_TRANSLATE_NOOP("reports", "{exercise}: reps done vs prescribed"),
                                        exercise=title)), font)
        amount.set_ylabel(say(QT_TRANSLATE_NOOP("reports", "reps")), color=t["fg"], fontsize=font)
    tx = [i for i, v in enumerate(targets) if v is not None]
    if tx:
        amount.scatter(tx, [targets[i] for i in tx], marker="_", s=(font * 5) ** 2 / 4, linewidths=3,
                       color=t["target"], zorder=3, label=say(QT_TRANSLATE_NOOP("reports", "prescribed")))
    _legend(amount, t, font)

    sx = [i for i, p in enumerate(points) if p.good_form_share is not None]
    share.plot(sx, [100 * p.good_form_share for p in points if p.good_form_share is not None],
               marker="o", markersize=font * 0.6, linewidth=2.5,
               color=t["good"], label=say(QT_TRANSLATE_NOOP("reports", "good form")))
    share.set_ylim(0, 105)
    share.set_yticks([0, 50, 100])
    _style(share, t, say(QT_TRANSLATE_NOOP("reports", "Good-form share (%)")), font)
    _legend(share, t, font)

    for attr, colour, marker, style, name in (
            ("pain_before", ORANGE, "o", "-", QT_TRANSLATE_NOOP("reports", "pain before")),
            ("pain_after", VERMILION, "s", "--", QT_TRANSLATE_NOOP("reports", "pain after"))):
        px = [i for i, p in enumerate(points) if getattr(p, attr) is not None]
        pain.plot(px, [getattr(points[i], attr) for i in px], marker=marker, linestyle=style, linewidth=2.5,
                  markersize=font * 0.6, color=colour, label=say(name))
    pain.set_ylim(-0.3, 10.3)
    pain.set_yticks([0, 5, 10])
    _style(pain, t, say(QT_TRANSLATE_NOOP("reports", "Pain (0–10)")), font)
    _legend(pain, t, font)
    pain.set_xticks(x)
    pain.set_xticklabels([period_label(p, by, speaker) for p in points], fontsize=font * 0.9)
    if len(points) == 1:
        pain.set_xlim(-1, 1)
    if not points:
        amount.text(0.5, 0.5, say(QT_TRANSLATE_NOOP("reports", "No sessions with this exercise yet")),
                    transform=amount.transAxes, ha="center", color=t["fg"], fontsize=font * 1.2)
    # titles and outside legends fit (the figure was made with layout="constrained")
    cast(ConstrainedLayoutEngine, fig.get_layout_engine()).set(h_pad=font / 72 * 0.6, hspace=0.04)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor=t["bg"])
    return buf.getvalue()
