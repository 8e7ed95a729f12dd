"""A recording's analysis as a few readable lines: what ``coach analyze`` prints for each input.

It lives beside the analysis rather than in the CLI so that batch runs (local
or on a Dask cluster) print the same summary without importing the command line.
"""
from __future__ import annotations

import sys
from pathlib import Path

from coach.analysis.result import AnalysisResult


def _fmt_time(t: float) -> str:
    return f"{int(t // 60)}:{t % 60:04.1f}"


def print_summary(r: AnalysisResult, out=None) -> None:
    w = (out or sys.stdout).write  # looked up per call: a redirected stdout (tests, batch) must be honoured
    w(f"{Path(r.video).name}: {r.exercise}, {r.duration_s:.1f} s, "
      f"pose found in {r.frames_with_pose}/{r.frames} frames, judged {r.judged_s or 0.0:.1f} s\n")
    if r.hold is not None:
        w(f"  hold {r.hold.total_s:.1f} s, good form {r.hold.good_form_s:.1f} s\n")
    else:
        sides = r.reps_by_side
        extra = f" ({', '.join(f'{k} {v}' for k, v in sorted(sides.items()))})" if sides else ""
        w(f"  reps {r.rep_count}{extra}\n")
        for rep in r.reps:
            faults = ", ".join(rep.faults) or "good form"
            side = f" {rep.side}" if rep.side else ""
            w(f"   #{rep.index}{side} {_fmt_time(rep.t_start)}–{_fmt_time(rep.t_end)}  {faults}\n")
    for f in r.faults:
        w(f"  fault {f.kind} {_fmt_time(f.t_start)}–{_fmt_time(f.t_end)}: {f.message}\n")
    for s in r.setup_warnings:
        w(f"  setup {s.kind} {_fmt_time(s.t_start)}–{_fmt_time(s.t_end)}\n")
    if r.stopped_early_at_s is not None:
        w(f"  warning: the video could not be read past {r.stopped_early_at_s:.1f} s "
          f"(truncated or corrupt); results cover what was read\n")
