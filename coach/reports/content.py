"""The report's content as plain data, computed once from a typed analysis result.

The HTML and PDF writers only lay this out, so both always say the same thing
(same rounding, same fault names, same notes). Text here is unescaped; each
writer escapes for its own format. Nor is it in any language yet: words are
English templates marked for translation (context ``reports``), sentences with
values are :class:`~coach.phrase.Phrase`\\ s, numbers :class:`~coach.phrase.Num`, and the
report's date a :class:`~coach.reports.speaker.Moment`; a writer says them through its
:class:`~coach.reports.speaker.Speaker`. Headers and summary names compare equal to
their English, so code may still find a column or row by its English name.
Times stay m:ss.s in every language: they are what one types into a video player.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence, Union

from coach.analysis.result import AnalysisResult
from coach.errors import CoachError
from coach.exercises.registry import exercise_rules, fault_label, spec_for
from coach.exercises.spec import ExerciseSpec, Mode, RefLine
from coach.phrase import QT_TRANSLATE_NOOP, Moment, Num, Phrase, Text
from coach.reports.speaker import ENGLISH, PERCENT, Shown, Speaker, from_data
from coach.reports.wording import NO_REPS, NOT_HELD

ANALYSIS_DISCLAIMER = QT_TRANSLATE_NOOP(
    "reports", "Angles are estimates from one camera (MediaPipe pose), not clinical measurements. "
               "Times are from the start of the video (m:ss.s).")

# Advice for a set-up problem when no rule file gives its cue.
SETUP_FALLBACK = {
    "no_person": QT_TRANSLATE_NOOP("reports", "Nobody was seen"),
    "not_in_frame": QT_TRANSLATE_NOOP("reports", "Part of the body was outside the picture"),
    "low_visibility": QT_TRANSLATE_NOOP("reports", "The key joints were not clearly visible"),
    "not_side_on": QT_TRANSLATE_NOOP("reports", "The person was not side-on to the camera"),
    "another_person": QT_TRANSLATE_NOOP("reports", "Someone else was in view (the person exercising was followed)"),
    "not_in_position": QT_TRANSLATE_NOOP(
        "reports", "The person was in view but not in this exercise's start position (nothing was judged)"),
    "not_counted": QT_TRANSLATE_NOOP("reports", "The person was in position and moving, but no rep was recognised"),
}
SIDES = {"left": QT_TRANSLATE_NOOP("reports", "left"), "right": QT_TRANSLATE_NOOP("reports", "right")}
GOOD = QT_TRANSLATE_NOOP("reports", "Good")
NONE = QT_TRANSLATE_NOOP("reports", "None")
DASH = "–"
RULES_NOTE = QT_TRANSLATE_NOOP("reports", "Rules: {rules}")

# Summary rows, by their English name (the review window leaves some out and finds the video by name).
EXERCISE = QT_TRANSLATE_NOOP("reports", "Exercise")
VIDEO = QT_TRANSLATE_NOOP("reports", "Video")
REPORT_MADE = QT_TRANSLATE_NOOP("reports", "Report made")
REPS = QT_TRANSLATE_NOOP("reports", "Reps")
DURATION = QT_TRANSLATE_NOOP("reports", "Duration (s)")
START = QT_TRANSLATE_NOOP("reports", "Start")
END = QT_TRANSLATE_NOOP("reports", "End")
NUMERIC_UNITS = ("(s)", "(°)", "(torso lengths)", "(arm lengths)")  # English headers whose cells are numbers


def fmt_time(t: Optional[float]) -> str:
    """m:ss.s — what a physio types into a video player to find the moment (a time code, the same in every language)."""
    if t is None:
        return ""
    t = max(0.0, float(t))
    return f"{int(t // 60)}:{t % 60:04.1f}"


def fmt_num(v: Any, fmt: str = "{:.0f}") -> Union[str, Num, Phrase]:
    """A measured number as a table cell, written the reader's way: "–" when there is none.

    ``fmt`` is the exercise's format ("{:.1f}", "{:+.2f}"); a fixed-point format becomes a
    :class:`~coach.phrase.Num` (a leading "+" kept), anything else is formatted as it is.
    """
    if v is None or isinstance(v, bool) or not isinstance(v, (int, float)) or v != v:
        return DASH
    found = re.fullmatch(r"\{:(\+?)\.(\d+)f\}", fmt)
    if not found:
        return fmt.format(v)
    number = Num(float(v), int(found.group(2)))
    return Phrase.of("+{n}", n=number) if found.group(1) and v >= 0 else number


def share(part: float, whole: float) -> Union[str, Phrase]:
    """part/whole as a whole percentage ("85%", German "85 %"), or "–" of nothing."""
    return percent(part / whole if whole > 0 else None)


def percent(fraction: Optional[float]) -> Union[str, Phrase]:
    """A fraction (a good-form share from :mod:`coach.exercises.form_metrics`) as a whole percentage, or "–"."""
    return DASH if fraction is None else Phrase.of(PERCENT, value=Num(round(100 * fraction)))


@dataclass
class Table:
    """A titled table: ``header`` names, ``rows`` of cells, ``bad[i]`` marks row i as a fault row.

    Headers and cells are what a :class:`~coach.reports.speaker.Speaker` says (marked English, phrases,
    numbers, or plain text such as a file name); :meth:`shown` gives the table in one language.
    """

    header: list[Shown]
    rows: list[list[Shown]] = field(default_factory=list)
    bad: list[bool] = field(default_factory=list)

    def shown(self, speaker: Speaker = ENGLISH) -> "ShownTable":
        english = [str(h) for h in self.header]
        return ShownTable([speaker.text(h) for h in self.header], [[speaker.text(c) for c in r] for r in self.rows],
                          list(self.bad), english, [h.endswith(NUMERIC_UNITS) for h in english])


@dataclass
class ShownTable:
    """A :class:`Table` in one language. ``english`` keeps the English headers, by which writers pick a column's
    width or place (the same in every language); ``numeric[i]``: column i holds numbers (right-aligned)."""

    header: list[str]
    rows: list[list[str]]
    bad: list[bool]
    english: list[str]
    numeric: list[bool]


@dataclass
class ReportContent:
    title: Phrase
    exercise: str
    spec: ExerciseSpec
    video: Shown          # the file's name, "(pose track)" added for a track
    summary: list[tuple[Shown, Shown]]
    headline: Phrase
    warnings: list[Phrase]
    table_title: Shown
    table: Table
    faults: Table
    setup: Table
    ref_lines: list[RefLine]
    plot_note: Shown
    rules_note: Phrase
    generated: Moment
    mode: Mode = Mode.REPS  # how the result was counted: its table lists reps, or the spans of a hold

    @property
    def empty_table_text(self) -> str:
        """What the reps-or-hold table says when it has no rows, chosen by the mode."""
        return NOT_HELD if self.mode is Mode.HOLD else NO_REPS

    @property
    def exercise_title(self) -> Shown:
        return from_data("exercises", self.spec.title)

    @property
    def angle_label(self) -> Shown:
        """The plotted angle with its unit, e.g. "Hip extension, shoulder–hip–knee (°)"."""
        return from_data("exercises", self.spec.angle_label)

    @property
    def footer_line(self) -> Phrase:
        """What every page's foot says the report is (the disclaimer goes above it)."""
        return Phrase.of(QT_TRANSLATE_NOOP("reports", "{exercise} · {video} · report made {when}"),
                         exercise=self.exercise_title, video=self.video, when=self.generated)

    @property
    def made_line(self) -> Phrase:
        """The line under the title: which video, and when the report was made."""
        return Phrase.of(QT_TRANSLATE_NOOP("reports", "{video} · report made {when}"), video=self.video,
                         when=self.generated)

    @property
    def rules_used(self) -> Shown:
        """The rules in a few words ("defaults", or the override files) without "Rules:", or the whole note
        when it says something else (a file was missing)."""
        if self.rules_note.template == RULES_NOTE:
            rules: Shown = dict(self.rules_note.values)["rules"]
            return rules
        return self.rules_note


def load_report_rules(result: AnalysisResult, overrides: Optional[Sequence[str | os.PathLike[str]]] = None
                      ) -> tuple[Any, Phrase]:
    """The rules the analysis used (its own override files, or ``overrides``) and a note for the reader.

    A report is often made later from a saved JSON; if an override file listed
    there has since moved, the report still renders with the defaults and says so.
    """
    exercise = result.exercise
    if overrides is not None:
        paths = [Path(p) for p in overrides]
    else:
        paths = [Path(p) for p in result.rules[1:]]
    missing = [p for p in paths if not p.is_file()]
    note: Optional[Phrase] = None
    if missing and overrides is None:
        paths = [p for p in paths if p.is_file()]
        note = Phrase.of(QT_TRANSLATE_NOOP("reports", "Thresholds on the plot are the defaults: the per-patient "
                                                      "rule file {files} used for the analysis was not found."),
                         files=", ".join(p.name for p in missing))
    try:
        rules = exercise_rules(exercise, paths)
    except CoachError as exc:
        if overrides is not None:
            raise
        return None, Phrase.of(QT_TRANSLATE_NOOP("reports", "Thresholds not shown: {why}"), why=exc.phrase)
    if note is None:
        used = (Phrase(QT_TRANSLATE_NOOP("reports", "defaults")) if not paths else
                Phrase.of(QT_TRANSLATE_NOOP("reports", "defaults with per-patient overrides from {files}"),
                          files=", ".join(p.name for p in paths)))
        note = Phrase.of(RULES_NOTE, rules=used)
    return rules, note


def shown_ref_lines(spec: ExerciseSpec, rules: Any) -> list[RefLine]:
    """The plot's threshold lines for these rules, each label a phrase (its degrees written the reader's way)."""
    lines = []
    for declared, line in zip(_declared_resolving(spec, rules), spec.plot_lines(rules)):
        assert line.deg is not None  # plot_lines() gives every line its degrees
        template = ref_label_template(declared.label)
        label = Phrase.of(from_data("reports", template), deg=Num(line.deg)) if "{deg}" in template \
            else from_data("reports", template)
        lines.append(RefLine(label, line.deg, kind=line.kind))  # type: ignore[arg-type]
    return lines


def ref_label_template(label: str) -> str:
    """A threshold line's label as translated: "{deg:.0f}°: …" becomes "{deg}°: …" (the number is written apart)."""
    return re.sub(r"\{deg(:[^}]*)?\}", "{deg}", label)


def note_template(note: str) -> tuple[str, list[str]]:
    """A plot note as translated, and the rules it quotes: "… at least {form.min_elbow_deg:g}° …" becomes
    "… at least {v0}° …" with ["form.min_elbow_deg"] (the numbers are written apart, the reader's way)."""
    parts: list[str] = []
    fields: list[str] = []
    for literal, field_name, _spec, _conversion in string.Formatter().parse(note):
        parts.append(literal.replace("{", "{{").replace("}", "}}"))
        if field_name is not None:
            parts.append(f"{{v{len(fields)}}}")
            fields.append(field_name)
    return ("".join(parts), fields) if fields else (note, [])


def shown_plot_note(spec: ExerciseSpec, rules: Any) -> Shown:
    """The plot's note with this patient's rule values in it ("" without rules, or when an old file lacks one)."""
    english = spec.plot_note(rules)
    if not english:
        return ""
    template, fields = note_template(spec.note)
    try:
        values = {f"v{i}": short_num(rules.num(name)) for i, name in enumerate(fields)}
    except Exception:  # noqa: BLE001 - a value the note cannot quote: keep the English note
        return english
    return Phrase.of(from_data("reports", template), **values) if values else from_data("reports", template)


def short_num(value: float) -> Num:
    """``value`` with as few decimals as it needs (0.15, 2), as ``{:g}`` writes it."""
    text = f"{float(value):g}"
    return Num(float(value), len(text.split(".")[1]) if "." in text and "e" not in text else 0)


def _declared_resolving(spec: ExerciseSpec, rules: Any) -> list[RefLine]:
    """The declared lines :meth:`ExerciseSpec.plot_lines` resolves for ``rules`` (an old file may lack one)."""
    from coach.errors import RuleFileError

    out = []
    for line in spec.plot if rules is not None else ():
        try:
            line.resolve(rules)
        except RuleFileError:
            continue
        out.append(line)
    return out


def _rep_table(result: AnalysisResult, spec: ExerciseSpec) -> Table:
    reps = result.reps
    has_side = spec.side_label is not None or any(r.side for r in reps)
    side_header: Shown = (Phrase.of(QT_TRANSLATE_NOOP("reports", "Side ({means})"),
                                    means=from_data("reports", spec.side_means)) if spec.side_means
                          else QT_TRANSLATE_NOOP("reports", "Side"))
    header: list[Shown] = [QT_TRANSLATE_NOOP("reports", "Rep")] + ([side_header] if has_side else []) \
        + [START, DURATION]
    metrics = ([spec.peak] if spec.peak else []) + list(spec.extras)
    header += [from_data("reports", m.label) for m in metrics] + [QT_TRANSLATE_NOOP("reports", "Form")]
    table = Table(header)
    for r in reps:
        row: list[Shown] = [str(r.index), *([SIDES.get(r.side, r.side) if r.side else DASH] if has_side else [])]
        row += [fmt_time(r.t_start), fmt_num(r.duration_s, "{:.1f}")]
        row += [fmt_num(r.metrics.get(x.key), x.fmt) for x in metrics]
        faults = list(r.faults)
        row.append(_joined([fault_name(f) for f in faults]) if faults else GOOD)
        table.rows.append(row)
        table.bad.append(bool(faults))
    return table


def fault_name(kind: str) -> str:
    """A fault or set-up code's readable name, translated where the GUI translates it."""
    return from_data("faults", fault_label(kind))


def _joined(parts: Sequence[Text], separator: str = "; ") -> Phrase:
    """Several texts in one cell, each said in the reader's language."""
    return Phrase(separator.join(f"{{p{i}}}" for i in range(len(parts))),
                  tuple((f"p{i}", p if isinstance(p, Phrase) else Phrase(p)) for i, p in enumerate(parts)))


def _overlaps(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _hold_table(result: AnalysisResult) -> Table:
    spans = result.hold.spans if result.hold is not None else ()
    table = Table([QT_TRANSLATE_NOOP("reports", "Period"), START, END, DURATION,
                   QT_TRANSLATE_NOOP("reports", "Faults during this period")])
    for i, (a, b) in enumerate(spans, start=1):
        inside = [f for f in result.faults if _overlaps(a, b, f.t_start, f.t_end) > 0]
        text = _joined([Phrase.of("{fault} {start}–{end}", fault=Phrase(fault_name(f.kind)),
                                  start=fmt_time(f.t_start), end=fmt_time(f.t_end)) for f in inside])
        table.rows.append([str(i), fmt_time(a), fmt_time(b), fmt_num(b - a, "{:.1f}"), text if inside else NONE])
        table.bad.append(bool(inside))
    return table


def _fault_table(result: AnalysisResult) -> Table:
    table = Table([START, END, QT_TRANSLATE_NOOP("reports", "Fault"),
                   QT_TRANSLATE_NOOP("reports", "What to tell the patient")])
    for f in result.faults:
        table.rows.append([fmt_time(f.t_start), fmt_time(f.t_end), fault_name(f.kind), from_data("cues", f.message)])
        table.bad.append(True)
    return table


def _setup_table(result: AnalysisResult, rules: Any) -> Table:
    table = Table([START, END, QT_TRANSLATE_NOOP("reports", "Problem"), QT_TRANSLATE_NOOP("reports", "Advice")])
    for s in result.setup_warnings:
        kind = s.kind
        advice: Shown = SETUP_FALLBACK.get(kind, "")
        if rules is not None:
            try:
                advice = from_data("cues", rules.text(f"cues.{kind}"))
            except Exception:  # noqa: BLE001 - keep the fallback text
                pass
        table.rows.append([fmt_time(s.t_start), fmt_time(s.t_end), fault_name(kind), advice])
        table.bad.append(False)
    return table


def build_content(result: AnalysisResult, rules_overrides: Optional[Sequence[str | os.PathLike[str]]] = None,
                  generated: Optional[_dt.datetime] = None) -> ReportContent:
    """Everything a report says, from the analysis result alone (plus the rule files for thresholds)."""
    exercise = result.exercise
    spec = spec_for(exercise, result.angle_series.name if result.angle_series is not None else "")
    title = from_data("exercises", spec.title)
    rules, rules_note = load_report_rules(result, rules_overrides)
    name = Path(result.video).name or "(unknown)"
    video: Shown = (Phrase.of(QT_TRANSLATE_NOOP("reports", "{video} (pose track)"), video=name)
                    if result.source_kind == "pose_track" else name)
    duration = result.duration_s
    frames, seen = result.frames, result.frames_with_pose
    when = Moment((generated or _dt.datetime.now().astimezone()).replace(second=0, microsecond=0))
    seconds = QT_TRANSLATE_NOOP("reports", "{seconds} s")

    summary: list[tuple[Shown, Shown]] = [
        (EXERCISE, title),
        (VIDEO, video),
        (QT_TRANSLATE_NOOP("reports", "Video length"),
         Phrase.of(QT_TRANSLATE_NOOP("reports", "{time} ({seconds} s)"), time=fmt_time(duration),
                   seconds=Num(duration, 1))),
        (REPORT_MADE, when),
    ]
    hold, good_share = result.hold, percent(result.good_form_share)
    if hold is not None:
        total, good = hold.total_s, hold.good_form_s
        headline = Phrase.of(QT_TRANSLATE_NOOP("reports", "{exercise} held {total} s, good form {good} s ({share})"),
                             exercise=Phrase(title), total=Num(total, 1), good=Num(good, 1), share=good_share)
        summary.append((QT_TRANSLATE_NOOP("reports", "Hold time"), Phrase.of(seconds, seconds=Num(total, 1))))
        summary.append((QT_TRANSLATE_NOOP("reports", "Good form"),
                        Phrase.of(QT_TRANSLATE_NOOP("reports", "{good} s of {total} s ({share})"), good=Num(good, 1),
                                  total=Num(total, 1), share=good_share)))
        table_title: Shown = Phrase.of(QT_TRANSLATE_NOOP("reports", "Time in the {exercise}"),
                                       exercise=Phrase(from_data("reports", spec.title.lower())))
        table = _hold_table(result)
    else:
        reps = result.reps
        count = result.rep_count or len(reps)
        good_reps = result.good_reps
        headline = Phrase.of(QT_TRANSLATE_NOOP("reports", "{count} reps, {good} with good form") if count != 1
                             else QT_TRANSLATE_NOOP("reports", "{count} rep, {good} with good form"),
                             count=count, good=good_reps)
        summary.append((REPS, str(count)))
        summary.append((QT_TRANSLATE_NOOP("reports", "Good form"),
                        Phrase.of(QT_TRANSLATE_NOOP("reports", "{good} of {count} reps ({share})"), good=good_reps,
                                  count=result.reps_judged, share=good_share)))
        sides = result.reps_by_side
        if sides or spec.side_label:
            side_text: Shown = _joined([Phrase.of("{side} {n}", side=Phrase(SIDES.get(k, k)), n=v)
                                        for k, v in sorted(sides.items())], ", ") if sides else DASH
            head: Shown = (Phrase.of(QT_TRANSLATE_NOOP("reports", "Reps by side ({means})"),
                                     means=from_data("reports", spec.side_means)) if spec.side_means
                           else QT_TRANSLATE_NOOP("reports", "Reps by side"))
            summary.append((head, side_text))
        table_title, table = REPS, _rep_table(result, spec)
    faults = result.faults
    summary.append((QT_TRANSLATE_NOOP("reports", "Faults"),
                    str(len(faults)) if faults else QT_TRANSLATE_NOOP("reports", "none")))
    summary.append((QT_TRANSLATE_NOOP("reports", "Pose found"),
                    Phrase.of(QT_TRANSLATE_NOOP("reports", "{seen} of {frames} frames ({share})"), seen=seen,
                              frames=frames, share=share(seen, frames))))
    judged = result.judged_s
    if judged is not None:
        summary.append((QT_TRANSLATE_NOOP("reports", "Judged"),
                        Phrase.of(QT_TRANSLATE_NOOP("reports", "{judged} s of {duration} s ({share})"),
                                  judged=Num(float(judged), 1), duration=Num(duration, 1),
                                  share=share(float(judged), duration))))

    warnings = []
    if result.stopped_early_at_s is not None:
        warnings.append(Phrase.of(QT_TRANSLATE_NOOP("reports", "The video could not be read past {time} (truncated "
                                                               "or corrupt); the results cover what was read."),
                                  time=fmt_time(result.stopped_early_at_s)))
    if result.cancelled:
        warnings.append(Phrase(QT_TRANSLATE_NOOP(
            "reports", "The analysis was cancelled before the end of the video; the results are partial.")))
    if frames and seen < 0.5 * frames:
        warnings.append(Phrase.of(QT_TRANSLATE_NOOP(
            "reports", "The person was found in only {share} of frames; counts may be low."),
            share=share(seen, frames)))
    elif judged is not None and frames and seen >= 0.5 * frames and float(judged) < 0.25 * duration:
        warnings.append(Phrase.of(QT_TRANSLATE_NOOP(
            "reports", "The person was in view, but only {judged} s of {duration} s could be judged as this "
                       "exercise — see the set-up table for why."),
            judged=Num(float(judged), 1), duration=Num(duration, 1)))

    return ReportContent(
        title=Phrase.of(QT_TRANSLATE_NOOP("reports", "{exercise} — exercise review"), exercise=Phrase(title)),
        exercise=exercise, spec=spec, video=video, summary=summary, headline=headline, warnings=warnings,
        table_title=table_title, table=table, faults=_fault_table(result), setup=_setup_table(result, rules),
        ref_lines=shown_ref_lines(spec, rules), plot_note=shown_plot_note(spec, rules), rules_note=rules_note,
        generated=when, mode=Mode.HOLD if hold is not None else Mode.REPS)
