"""A recording's analysis as a few readable lines: what ``coach analyze`` prints for each input.

It lives beside the analysis rather than in the CLI so that batch runs (local
or on a Dask cluster) print the same summary without importing the command line.
"""
from __future__ import annotations

import sys
from pathlib import Path

from typing import TYPE_CHECKING, Callable, Optional, TextIO

from coach.analysis.result import AnalysisResult

if TYPE_CHECKING:
    from coach.analysis.session import SessionAnalysis


def _fmt_time(t: float) -> str:
    return f"{int(t // 60)}:{t % 60:04.1f}"


def print_summary(r: AnalysisResult, out: Optional[TextIO] = None) -> None:
    w = (out or sys.stdout).write  # looked up per call: a redirected stdout (tests, batch) must be honoured
    w(f"{Path(r.video).name}: {r.exercise}, {r.duration_s:.1f} s, "
      f"pose found in {r.frames_with_pose}/{r.frames} frames, judged {r.judged_s or 0.0:.1f} s\n")
    _print_body(r, w)


def _count(r: AnalysisResult) -> str:
    if r.hold is not None:
        return f"hold {r.hold.total_s:.1f} s, good form {r.hold.good_form_s:.1f} s"
    sides = r.reps_by_side
    return f"reps {r.rep_count}" + (f" ({', '.join(f'{k} {v}' for k, v in sorted(sides.items()))})" if sides else "")


def print_session_summary(s: "SessionAnalysis", out: Optional[TextIO] = None) -> None:
    """A whole recording: one line per set found (and per stretch that was none of the exercises), then each set."""
    w = (out or sys.stdout).write
    w(f"{Path(s.video).name}: {len(s.sets)} set(s) found in {s.duration_s:.1f} s\n")
    rows = [(f.start_s, f"  {_fmt_time(f.start_s)}–{_fmt_time(f.end_s)}  {f.exercise}: {_count(f.result)}")
            for f in s.sets]
    rows += [(o.start_s, f"  {_fmt_time(o.start_s)}–{_fmt_time(o.end_s)}  not one of your exercises") for o in s.other]
    for _, line in sorted(rows):
        w(line + "\n")
    for i, f in enumerate(s.sets, start=1):
        span = f"{_fmt_time(f.start_s)}–{_fmt_time(f.end_s)}"
        w(f"set {i}, {f.exercise} ({span}), judged {f.result.judged_s or 0.0:.1f} s\n")
        _print_body(f.result, w)
    _print_stopped_early(s.stopped_early_at_s, w)


def _print_body(r: AnalysisResult, w: Callable[[str], object]) -> None:
    w(f"  {_count(r)}\n")
    for rep in r.reps:
        faults = ", ".join(rep.faults) or "good form"
        side = f" {rep.side}" if rep.side else ""
        w(f"   #{rep.index}{side} {_fmt_time(rep.t_start)}–{_fmt_time(rep.t_end)}  {faults}\n")
    for f in r.faults:
        w(f"  fault {f.kind} {_fmt_time(f.t_start)}–{_fmt_time(f.t_end)}: {f.message}\n")
    for s in r.setup_warnings:
        w(f"  setup {s.kind} {_fmt_time(s.t_start)}–{_fmt_time(s.t_end)}\n")
    _print_stopped_early(r.stopped_early_at_s, w)


def _print_stopped_early(at_s: Optional[float], w: Callable[[str], object]) -> None:
    if at_s is not None:
        w(f"  warning: the video could not be read past {at_s:.1f} s (truncated or corrupt); results cover what "
          f"was read\n")
