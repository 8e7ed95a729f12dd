"""The schema of a set's ``coach.analysis/1`` summary inside a share file, checked by msgspec.

A share file's analysis is shown, exported and re-read by the physio's Coach,
so every field must have the type and range Coach itself writes: ``reps: "x"``,
``fps: "fast"``, a rep that ends before it starts or a value nested where a
number belongs is refused with one line naming the field, instead of breaking
every later export. The schema is the shape of
:meth:`coach.analysis.result.AnalysisResult.to_json`; fields it does not know
are dropped, so what is stored is exactly what was checked.
"""
from __future__ import annotations

import math
from typing import Annotated, Any, Optional

import msgspec
from msgspec import Meta

MAX_SECONDS = 48 * 3600.0
MAX_COUNT = 100_000
MAX_FRAMES = 48 * 3600 * 1000

Seconds = Annotated[float, Meta(ge=0.0, le=MAX_SECONDS)]
Count = Annotated[int, Meta(ge=0, le=MAX_COUNT)]
Frames = Annotated[int, Meta(ge=0, le=MAX_FRAMES)]
Name = Annotated[str, Meta(max_length=64)]
Message = Annotated[str, Meta(max_length=20000)]


class _Rep(msgspec.Struct):
    index: Count
    t_start: Seconds
    t_end: Seconds
    good_form: bool
    side: Optional[Name] = None
    faults: Annotated[list[Name], Meta(max_length=MAX_COUNT)] = []
    metrics: Annotated[dict[Name, Optional[float]], Meta(max_length=200)] = {}


class _Hold(msgspec.Struct):
    total_s: Seconds
    good_form_s: Seconds
    spans: Annotated[list[tuple[Seconds, Seconds]], Meta(max_length=MAX_COUNT)] = []


class _Fault(msgspec.Struct):
    kind: Name
    t_start: Seconds
    t_end: Optional[Seconds] = None
    message: Message = ""


class _Setup(msgspec.Struct):
    kind: Name
    t_start: Seconds
    t_end: Optional[Seconds] = None


class _Angles(msgspec.Struct):
    name: Name = ""
    t_s: Annotated[list[Seconds], Meta(max_length=MAX_FRAMES)] = []
    deg: Annotated[list[Optional[float]], Meta(max_length=MAX_FRAMES)] = []


class AnalysisSummary(msgspec.Struct):
    schema: Name
    exercise: Name
    fps: Annotated[float, Meta(ge=0.0, le=1000.0)]
    frames: Frames
    frames_with_pose: Frames
    duration_s: Seconds
    rep_count: Count
    video: Annotated[str, Meta(max_length=4096)] = ""
    judged_s: Optional[Seconds] = None
    reps: Annotated[list[_Rep], Meta(max_length=MAX_COUNT)] = []
    hold: Optional[_Hold] = None
    faults: Annotated[list[_Fault], Meta(max_length=MAX_COUNT)] = []
    setup_warnings: Annotated[list[_Setup], Meta(max_length=MAX_COUNT)] = []
    reps_by_side: Annotated[dict[Name, Count], Meta(max_length=8)] = {}
    source_kind: Name = "video"
    rules: Annotated[list[Annotated[str, Meta(max_length=4096)]], Meta(max_length=64)] = []
    angle_series: Optional[_Angles] = None
    stopped_early_at_s: Optional[Seconds] = None
    cancelled: bool = False


def checked_analysis(data: Any) -> tuple[Optional[dict[str, Any]], str]:
    """(the summary as Coach writes it, "") or (None, what is wrong, naming the field)."""
    try:
        summary = msgspec.convert(data, AnalysisSummary, strict=True)
    except msgspec.ValidationError as exc:
        return None, str(exc)[:160]
    spans = [(r.t_start, r.t_end) for r in summary.reps] + [(f.t_start, f.t_end) for f in summary.faults] \
        + [(s.t_start, s.t_end) for s in summary.setup_warnings]
    if any(end is not None and end < start for start, end in spans):
        return None, "a rep or fault ends before it starts"
    if summary.frames_with_pose > summary.frames:
        return None, "'frames_with_pose' is more than 'frames'"
    floats = [v for r in summary.reps for v in r.metrics.values() if v is not None]
    if not all(math.isfinite(v) for v in floats):
        return None, "a rep's measurement is not a finite number"
    out = msgspec.to_builtins(summary)
    for key, default in (("judged_s", None), ("angle_series", None), ("stopped_early_at_s", None),
                         ("cancelled", False)):
        if out.get(key, default) == default and key not in data:
            out.pop(key, None)
    return out, ""
