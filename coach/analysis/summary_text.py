"""A recording's analysis as a few readable lines: what ``coach analyze`` prints for each input.

It lives beside the analysis rather than in the CLI so that batch runs (local
or on a Dask cluster) print the same summary without importing the command line.
"""
from __future__ import annotations

import sys
from pathlib import Path


def _fmt_time(t: float) -> str:
    return f"{int(t // 60)}:{t % 60:04.1f}"


def print_summary(result: dict, out=None) -> None:
    w = (out or sys.stdout).write  # looked up per call: a redirected stdout (tests, batch) must be honoured
    w(f"{Path(result['video']).name}: {result['exercise']}, {result['duration_s']:.1f} s, "
      f"pose found in {result['frames_with_pose']}/{result['frames']} frames, "
      f"judged {result.get('judged_s', 0.0):.1f} s\n")
    if result["hold"] is not None:
        h = result["hold"]
        w(f"  hold {h['total_s']:.1f} s, good form {h['good_form_s']:.1f} s\n")
    else:
        sides = result.get("reps_by_side") or {}
        extra = f" ({', '.join(f'{k} {v}' for k, v in sorted(sides.items()))})" if sides else ""
        w(f"  reps {result['rep_count']}{extra}\n")
        for r in result["reps"]:
            faults = ", ".join(r["faults"]) or "good form"
            side = f" {r['side']}" if r["side"] else ""
            w(f"   #{r['index']}{side} {_fmt_time(r['t_start'])}–{_fmt_time(r['t_end'])}  {faults}\n")
    for f in result["faults"]:
        w(f"  fault {f['kind']} {_fmt_time(f['t_start'])}–{_fmt_time(f['t_end'])}: {f['message']}\n")
    for s in result["setup_warnings"]:
        w(f"  setup {s['kind']} {_fmt_time(s['t_start'])}–{_fmt_time(s['t_end'])}\n")
    if result.get("stopped_early_at_s") is not None:
        w(f"  warning: the video could not be read past {result['stopped_early_at_s']:.1f} s "
          f"(truncated or corrupt); results cover what was read\n")
