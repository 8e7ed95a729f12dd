"""One recording's analysis as typed data, and its ``coach.analysis/1`` JSON form.

Every client — the CLI summary, the reports, the CSV export, the review, the
session store — reads these dataclasses; the JSON is only written and read
here (:meth:`AnalysisResult.to_dict`, :meth:`AnalysisResult.from_dict`), so its
field names live in one place. The reps, faults, set-up spans and hold are the
analyzer's own summary (:class:`~coach.exercises.events.ExerciseSummary`).

The schema stays ``coach.analysis/1``: ``to_dict`` writes exactly the fields and
rounding it always has, and ``from_dict(to_dict(r)).to_dict() == to_dict(r)``.
Dicts exist only at the edges (JSON files, SQLite, Dask messages, share files);
every core signature takes the frozen :class:`AnalysisResult`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP
from coach.exercises.events import ExerciseSummary, FaultSpan, HoldSummary, RepRecord, SetupSpan
from coach.exercises.form_metrics import good_form_share

SCHEMA = "coach.analysis/1"


@dataclass(frozen=True)
class AngleSeries:
    """The key angle over time, at most ``max_hz`` samples a second (an hour's recording stays ~0.5 MB).

    Built with :class:`AngleSeriesBuilder` while frames arrive; frozen once the result holds it.
    """

    name: str
    t_s: tuple[float, ...] = ()
    deg: tuple[Optional[float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "t_s": list(self.t_s), "deg": list(self.deg)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "AngleSeries":
        return cls(str(d.get("name", "")), tuple(float(t) for t in d.get("t_s") or []),
                   tuple(None if v is None else float(v) for v in d.get("deg") or []))


class AngleSeriesBuilder:
    """Collects the key angle frame by frame, thinned to ``max_hz``; :meth:`build` gives the frozen series."""

    def __init__(self, name: str, max_hz: float = 10.0) -> None:
        self.name = name
        self.min_dt = 1.0 / max_hz
        self.t_s: list[float] = []
        self.deg: list[Optional[float]] = []

    def add(self, t_s: float, deg: Optional[float]) -> None:
        if self.t_s and t_s - self.t_s[-1] < self.min_dt:
            return
        self.t_s.append(round(t_s, 3))
        self.deg.append(None if deg is None or deg != deg else round(float(deg), 1))

    def build(self) -> AngleSeries:
        return AngleSeries(self.name, tuple(self.t_s), tuple(self.deg))


def ending_fields(stopped_early_at_s: Optional[float], cancelled: bool) -> dict[str, Any]:
    """How a run ended, in a result's JSON: present only when it stopped early or was cancelled."""
    out: dict[str, Any] = {}
    if stopped_early_at_s is not None:
        out["stopped_early_at_s"] = round(stopped_early_at_s, 3)
    if cancelled:
        out["cancelled"] = True
    return out


@dataclass(frozen=True)
class AnalysisResult:
    """One recording's analysis, frozen once built: a run that stopped early or was cancelled says so
    when it is built (``dataclasses.replace``), never by patching it afterwards."""

    video: str
    exercise: str
    fps: float
    frames: int
    frames_with_pose: int
    duration_s: float
    rep_count: int
    reps: tuple[RepRecord, ...]
    hold: Optional[HoldSummary]
    faults: tuple[FaultSpan, ...]
    setup_warnings: tuple[SetupSpan, ...]
    reps_by_side: dict[str, int] = field(default_factory=dict)
    stopped_early_at_s: Optional[float] = None
    cancelled: bool = False
    source_kind: str = "video"
    rules: tuple[str, ...] = ()
    angle_series: Optional[AngleSeries] = None
    # Seconds in which the exercise was actually judged (in position, clearly seen); None in old results.
    judged_s: Optional[float] = 0.0

    @classmethod
    def from_summary(cls, summary: ExerciseSummary, video: str, fps: float, duration_s: float,
                     source_kind: str = "video", rules: Sequence[str] = (),
                     angle_series: Optional[AngleSeries] = None, stopped_early_at_s: Optional[float] = None,
                     cancelled: bool = False) -> "AnalysisResult":
        return cls(video=video, exercise=summary.exercise, fps=fps, frames=summary.frames,
                   frames_with_pose=summary.frames_with_pose, duration_s=duration_s, rep_count=summary.rep_count,
                   reps=tuple(summary.reps), hold=summary.hold, faults=tuple(summary.faults),
                   setup_warnings=tuple(summary.setup_warnings), reps_by_side=dict(summary.reps_by_side),
                   source_kind=source_kind, rules=tuple(rules), judged_s=summary.judged_s,
                   angle_series=angle_series, stopped_early_at_s=stopped_early_at_s, cancelled=cancelled)

    @property
    def good_reps(self) -> int:
        return sum(1 for r in self.reps if r.good_form)

    @property
    def reps_judged(self) -> int:
        """Completed reps with a verdict (a rep counted but never finished has none)."""
        return len(self.reps)

    @property
    def hold_s(self) -> Optional[float]:
        return self.hold.total_s if self.hold is not None else None

    @property
    def good_form_s(self) -> Optional[float]:
        return self.hold.good_form_s if self.hold is not None else None

    @property
    def good_form_share(self) -> Optional[float]:
        """See :func:`coach.exercises.form_metrics.good_form_share`."""
        return good_form_share(self)

    # ----- coach.analysis/1 -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "video": self.video,
            "exercise": self.exercise,
            "fps": round(self.fps, 3),
            "frames": self.frames,
            "frames_with_pose": self.frames_with_pose,
            "duration_s": round(self.duration_s, 3),
            "judged_s": None if self.judged_s is None else round(self.judged_s, 2),
            "rep_count": self.rep_count,
            "reps": [{"index": r.index, "side": r.side, "t_start": r.t_start, "t_end": r.t_end,
                      "good_form": r.good_form, "faults": list(r.faults), "metrics": dict(r.metrics)}
                     for r in self.reps],
            "hold": None if self.hold is None else {
                "total_s": self.hold.total_s, "good_form_s": self.hold.good_form_s,
                "spans": [[a, b] for a, b in self.hold.spans]},
            "faults": [{"kind": f.kind, "t_start": f.t_start, "t_end": f.t_end, "message": f.message}
                       for f in self.faults],
            "setup_warnings": [{"kind": s.kind, "t_start": s.t_start, "t_end": s.t_end} for s in self.setup_warnings],
            "reps_by_side": dict(self.reps_by_side),
            "source_kind": self.source_kind,
            "rules": list(self.rules),
        }
        if self.judged_s is None:
            del out["judged_s"]  # a result from before it was measured stays as it was
        if self.angle_series is not None:
            out["angle_series"] = self.angle_series.to_dict()
        out.update(ending_fields(self.stopped_early_at_s, self.cancelled))
        return out

    @classmethod
    def from_dict(cls, d: Any) -> "AnalysisResult":
        """Read a ``coach.analysis/1`` dict (a saved JSON, a stored session, a worker's message, a share file):
        the one place such a dict becomes a result; missing optional parts are empty, anything else malformed
        is one :class:`~coach.errors.CoachError`."""
        if not isinstance(d, dict):
            raise CoachError(QT_TRANSLATE_NOOP("errors", "expected a {schema} result, got {got}"),
                             schema=SCHEMA, got=type(d).__name__)
        schema = d.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise CoachError(QT_TRANSLATE_NOOP("errors", "this result is '{found}', not {schema}"),
                             found=schema, schema=SCHEMA)
        try:
            hold = d.get("hold")
            series = d.get("angle_series")
            return cls(
                video=str(d.get("video", "")), exercise=str(d["exercise"]), fps=float(d.get("fps") or 0.0),
                frames=int(d.get("frames") or 0), frames_with_pose=int(d.get("frames_with_pose") or 0),
                duration_s=float(d.get("duration_s") or 0.0), rep_count=int(d.get("rep_count") or 0),
                reps=tuple(RepRecord(index=int(r.get("index", i)), side=r.get("side"),
                                     t_start=float(r["t_start"]), t_end=float(r["t_end"]),
                                     good_form=bool(r.get("good_form")), faults=tuple(r.get("faults") or ()),
                                     metrics=dict(r.get("metrics") or {}))
                           for i, r in enumerate(d.get("reps") or [], start=1)),
                hold=None if hold is None else HoldSummary(
                    float(hold.get("total_s") or 0.0), float(hold.get("good_form_s") or 0.0),
                    tuple((float(a), float(b)) for a, b in hold.get("spans") or [])),
                faults=tuple(FaultSpan(str(f["kind"]), float(f["t_start"]), float(f["t_end"]),
                                       str(f.get("message", ""))) for f in d.get("faults") or []),
                setup_warnings=tuple(SetupSpan(str(s["kind"]), float(s["t_start"]), float(s["t_end"]))
                                     for s in d.get("setup_warnings") or []),
                reps_by_side={str(k): int(v) for k, v in (d.get("reps_by_side") or {}).items()},
                stopped_early_at_s=None if d.get("stopped_early_at_s") is None else float(d["stopped_early_at_s"]),
                cancelled=bool(d.get("cancelled", False)),
                source_kind=str(d.get("source_kind", "video")), rules=tuple(str(p) for p in d.get("rules") or []),
                angle_series=None if series is None else AngleSeries.from_dict(series),
                judged_s=None if d.get("judged_s") is None else float(d["judged_s"]))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CoachError(QT_TRANSLATE_NOOP("errors", "not a valid {schema} result ({why})"),
                             schema=SCHEMA, why=f"{type(exc).__name__}: {exc}") from None

