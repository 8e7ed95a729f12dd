"""The report's content as plain data, computed once from a typed analysis result (or its JSON dict).

The HTML and PDF writers only lay this out, so both always say the same thing
(same rounding, same fault names, same notes). Text here is unescaped; each
writer escapes for its own format.
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

from coach.analysis.result import AnalysisResult, ResultLike, as_result
from coach.errors import CoachError
from coach.exercises.registry import fault_label, spec_for
from coach.exercises.spec import ExerciseSpec, RefLine

ANALYSIS_DISCLAIMER = ("Angles are estimates from one camera (MediaPipe pose), not clinical measurements. "
                       "Times are from the start of the video (m:ss.s).")

SETUP_FALLBACK = {
    "no_person": "Nobody was seen",
    "not_in_frame": "Part of the body was outside the picture",
    "low_visibility": "The key joints were not clearly visible",
    "not_side_on": "The person was not side-on to the camera",
    "another_person": "Someone else was in view (the person exercising was followed)",
    "not_in_position": "The person was in view but not in this exercise's start position (nothing was judged)",
    "not_counted": "The person was in position and moving, but no rep was recognised",
}


def fmt_time(t: Optional[float]) -> str:
    """m:ss.s — what a physio types into a video player to find the moment."""
    if t is None:
        return ""
    t = max(0.0, float(t))
    return f"{int(t // 60)}:{t % 60:04.1f}"


def fmt_num(v: Any, fmt: str = "{:.0f}") -> str:
    if v is None or isinstance(v, bool) or not isinstance(v, (int, float)) or v != v:
        return "–"
    return fmt.format(v)


@dataclass
class Table:
    """A titled table: ``header`` names, ``rows`` of strings, ``bad[i]`` marks row i as a fault row."""

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    bad: list[bool] = field(default_factory=list)


@dataclass
class ReportContent:
    title: str
    exercise: str
    spec: ExerciseSpec
    summary: list[tuple[str, str]]
    headline: str
    warnings: list[str]
    table_title: str
    table: Table
    faults: Table
    setup: Table
    ref_lines: list[RefLine]
    plot_note: str
    rules_note: str
    generated: str

    @property
    def video(self) -> str:
        return dict(self.summary).get("Video", "")

    @property
    def footer_line(self) -> str:
        """What every page's foot says the report is (the disclaimer goes above it)."""
        return f"{self.spec.title} · {self.video} · report made {self.generated}"


def load_report_rules(result: ResultLike, overrides: Optional[Sequence[str | os.PathLike]] = None
                      ) -> tuple[Any, str]:
    """The rules the analysis used (its own override files, or ``overrides``) and a note for the reader.

    A report is often made later from a saved JSON; if an override file listed
    there has since moved, the report still renders with the defaults and says so.
    """
    from coach.exercises.rules import load_rules

    result = as_result(result)
    exercise = result.exercise
    if overrides is not None:
        paths = [Path(p) for p in overrides]
    else:
        paths = [Path(p) for p in result.rules[1:]]
    missing = [p for p in paths if not p.is_file()]
    note = ""
    if missing and overrides is None:
        paths = [p for p in paths if p.is_file()]
        note = ("Thresholds on the plot are the defaults: the per-patient rule file "
                f"{', '.join(p.name for p in missing)} used for the analysis was not found.")
    try:
        rules = load_rules(exercise, paths)
    except CoachError as exc:
        if overrides is not None:
            raise
        return None, f"Thresholds not shown: {exc}"
    if not note:
        note = ("Rules: defaults" if not paths else
                "Rules: defaults with per-patient overrides from " + ", ".join(p.name for p in paths))
    return rules, note


def _share(part: float, whole: float) -> str:
    return f"{round(100 * part / whole):.0f}%" if whole > 0 else "–"


def _rep_table(result: AnalysisResult, spec: ExerciseSpec) -> Table:
    reps = result.reps
    has_side = spec.side_label is not None or any(r.side for r in reps)
    header = ["Rep"] + ([spec.side_label or "Side"] if has_side else []) + ["Start", "Duration (s)"]
    metrics = ([spec.peak] if spec.peak else []) + list(spec.extras)
    header += [m.label for m in metrics] + ["Form"]
    table = Table(header)
    for r in reps:
        row = [str(r.index)] + ([str(r.side or "–")] if has_side else [])
        row += [fmt_time(r.t_start), fmt_num(r.duration_s, "{:.1f}")]
        row += [fmt_num(r.metrics.get(x.key), x.fmt) for x in metrics]
        faults = list(r.faults)
        row.append("; ".join(fault_label(f) for f in faults) if faults else "Good")
        table.rows.append(row)
        table.bad.append(bool(faults))
    return table


def _overlaps(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _hold_table(result: AnalysisResult) -> Table:
    spans = result.hold.spans if result.hold is not None else ()
    table = Table(["Period", "Start", "End", "Duration (s)", "Faults during this period"])
    for i, (a, b) in enumerate(spans, start=1):
        inside = [f for f in result.faults if _overlaps(a, b, f.t_start, f.t_end) > 0]
        text = "; ".join(f"{fault_label(f.kind)} {fmt_time(f.t_start)}–{fmt_time(f.t_end)}" for f in inside)
        table.rows.append([str(i), fmt_time(a), fmt_time(b), fmt_num(b - a, "{:.1f}"), text or "None"])
        table.bad.append(bool(inside))
    return table


def _fault_table(result: AnalysisResult) -> Table:
    table = Table(["Start", "End", "Fault", "What to tell the patient"])
    for f in result.faults:
        table.rows.append([fmt_time(f.t_start), fmt_time(f.t_end), fault_label(f.kind), f.message])
        table.bad.append(True)
    return table


def _setup_table(result: AnalysisResult, rules: Any) -> Table:
    table = Table(["Start", "End", "Problem", "Advice"])
    for s in result.setup_warnings:
        kind = s.kind
        advice = SETUP_FALLBACK.get(kind, "")
        if rules is not None:
            try:
                advice = rules.text(f"cues.{kind}")
            except Exception:  # noqa: BLE001 - keep the fallback text
                pass
        table.rows.append([fmt_time(s.t_start), fmt_time(s.t_end), fault_label(kind), advice])
        table.bad.append(False)
    return table


def build_content(result: ResultLike, rules_overrides: Optional[Sequence[str | os.PathLike]] = None,
                  generated: Optional[_dt.datetime] = None) -> ReportContent:
    """Everything a report says, from the analysis result alone (plus the rule files for thresholds)."""
    result = as_result(result)
    exercise = result.exercise
    spec = spec_for(exercise, result.angle_series.name if result.angle_series is not None else "")
    rules, rules_note = load_report_rules(result, rules_overrides)
    video = Path(result.video).name or "(unknown)"
    duration = result.duration_s
    frames, seen = result.frames, result.frames_with_pose
    when = (generated or _dt.datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M")

    summary: list[tuple[str, str]] = [
        ("Exercise", spec.title),
        ("Video", video + (" (pose track)" if result.source_kind == "pose_track" else "")),
        ("Video length", f"{fmt_time(duration)} ({duration:.1f} s)"),
        ("Report made", when),
    ]
    hold = result.hold
    if hold is not None:
        total, good = hold.total_s, hold.good_form_s
        headline = f"{spec.title} held {total:.1f} s, good form {good:.1f} s ({_share(good, total)})"
        summary.append(("Hold time", f"{total:.1f} s"))
        summary.append(("Good form", f"{good:.1f} s of {total:.1f} s ({_share(good, total)})"))
        table_title, table = f"Time in the {spec.title.lower()}", _hold_table(result)
    else:
        reps = result.reps
        count = result.rep_count or len(reps)
        good = result.good_reps
        headline = f"{count} rep{'s' if count != 1 else ''}, {good} with good form"
        summary.append(("Reps", str(count)))
        summary.append(("Good form", f"{good} of {len(reps)} reps ({_share(good, len(reps))})"))
        sides = result.reps_by_side
        if sides or spec.side_label:
            side_text = ", ".join(f"{k} {v}" for k, v in sorted(sides.items())) or "–"
            summary.append(("Reps by side" + (f" ({spec.side_means})" if spec.side_means else ""), side_text))
        table_title, table = "Reps", _rep_table(result, spec)
    faults = result.faults
    summary.append(("Faults", str(len(faults)) if faults else "none"))
    summary.append(("Pose found", f"{seen} of {frames} frames ({_share(seen, frames)})"))
    judged = result.judged_s
    if judged is not None:
        summary.append(("Judged", f"{float(judged):.1f} s of {duration:.1f} s ({_share(float(judged), duration)})"))

    warnings = []
    if result.stopped_early_at_s is not None:
        warnings.append(f"The video could not be read past {fmt_time(result.stopped_early_at_s)} "
                        "(truncated or corrupt); the results cover what was read.")
    if result.cancelled:
        warnings.append("The analysis was cancelled before the end of the video; the results are partial.")
    if frames and seen < 0.5 * frames:
        warnings.append(f"The person was found in only {_share(seen, frames)} of frames; counts may be low.")
    elif judged is not None and frames and seen >= 0.5 * frames and float(judged) < 0.25 * duration:
        warnings.append(f"The person was in view, but only {float(judged):.1f} s of {duration:.1f} s could be "
                        "judged as this exercise — see the set-up table for why.")

    return ReportContent(
        title=f"{spec.title} — exercise review", exercise=exercise, spec=spec, summary=summary,
        headline=headline, warnings=warnings, table_title=table_title, table=table,
        faults=_fault_table(result), setup=_setup_table(result, rules),
        ref_lines=spec.plot_lines(rules), plot_note=spec.plot_note(rules), rules_note=rules_note, generated=when)
