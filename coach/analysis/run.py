"""Run an analyzer over a recording (video or pose track) and summarise it as ``coach.analysis/1``.

This is the headless core that ``coach analyze``, batch review and the GUI's
review view share. Pose frames flow one at a time, so memory does not grow with
the recording's length except for the optional pose-track recorder (1 KiB per
frame). A video that ends early keeps what was read and says where it stopped.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

from coach.annotate import AnnotatedVideoWriter, draw_overlay
from coach.atomic import replacing
from coach.errors import CoachError
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.events import Event
from coach.exercises.registry import create_analyzer
from coach.pose.landmarks import PoseFrame
from coach.pose.track import PoseTrack, PoseTrackRecorder, is_track_path, load_track, save_track

if TYPE_CHECKING:
    from coach.sources import Frame

SCHEMA = "coach.analysis/1"

# Called with (frame index, frames expected or 0, pose frame, events); return False to cancel.
ProgressFn = Callable[[int, int, PoseFrame, list[Event]], Optional[bool]]


@dataclass
class AnalysisResult:
    video: str
    exercise: str
    fps: float
    frames: int
    frames_with_pose: int
    duration_s: float
    rep_count: int
    reps: list[dict]
    hold: Optional[dict]
    faults: list[dict]
    setup_warnings: list[dict]
    reps_by_side: dict[str, int] = field(default_factory=dict)
    stopped_early_at_s: Optional[float] = None
    cancelled: bool = False
    source_kind: str = "video"
    rules: list[str] = field(default_factory=list)
    angle_series: Optional[dict] = None
    judged_s: float = 0.0  # seconds in which the exercise was actually judged (in position, clearly seen)

    def to_json(self) -> dict:
        out = {
            "schema": SCHEMA,
            "video": self.video,
            "exercise": self.exercise,
            "fps": round(self.fps, 3),
            "frames": self.frames,
            "frames_with_pose": self.frames_with_pose,
            "duration_s": round(self.duration_s, 3),
            "judged_s": round(self.judged_s, 2),
            "rep_count": self.rep_count,
            "reps": self.reps,
            "hold": self.hold,
            "faults": self.faults,
            "setup_warnings": self.setup_warnings,
            "reps_by_side": self.reps_by_side,
            "source_kind": self.source_kind,
            "rules": self.rules,
        }
        if self.angle_series is not None:
            out["angle_series"] = self.angle_series
        if self.stopped_early_at_s is not None:
            out["stopped_early_at_s"] = round(self.stopped_early_at_s, 3)
        if self.cancelled:
            out["cancelled"] = True
        return out


class AngleSeries:
    """The key angle over time, thinned to ``max_hz`` so an hour's recording stays small (~0.5 MB)."""

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

    def to_json(self) -> dict:
        return {"name": self.name, "t_s": self.t_s, "deg": self.deg}


def summarise(analyzer: ExerciseAnalyzer, video: str, fps: float, duration_s: float,
              source_kind: str = "video") -> AnalysisResult:
    reps = [{"index": r.index, "side": r.side, "t_start": r.t_start, "t_end": r.t_end,
             "good_form": r.good_form, "faults": list(r.faults), "metrics": r.metrics} for r in analyzer.reps]
    faults = sorted(({"kind": f.kind, "t_start": round(f.t_start, 3), "t_end": round(f.t_end, 3),
                      "message": f.message} for f in analyzer.fault_spans), key=lambda f: (f["t_start"], f["kind"]))
    setup = sorted(({"kind": k, "t_start": round(a, 3), "t_end": round(b, 3)} for k, a, b in analyzer.setup_spans),
                   key=lambda s: (s["t_start"], s["kind"]))
    hold = None
    if analyzer.mode == "hold":
        hold = {"total_s": round(analyzer.hold_seconds(), 2), "good_form_s": round(analyzer.good_form_seconds(), 2)}
        spans = getattr(analyzer, "hold_spans", [])
        hold["spans"] = [[round(a, 3), round(b, 3)] for a, b in spans]
    return AnalysisResult(
        video=video, exercise=analyzer.name, fps=fps, frames=analyzer.frames,
        frames_with_pose=analyzer.frames_with_pose, duration_s=duration_s, rep_count=analyzer.rep_count,
        reps=reps, hold=hold, faults=faults, setup_warnings=setup, reps_by_side=dict(analyzer.reps_by_side),
        source_kind=source_kind, rules=[str(p) for p in analyzer.rules.sources], judged_s=analyzer.judged_s,
    )


def video_pose_frames(path: str | os.PathLike, info_out: Optional[dict] = None, segmentation: bool = False
                      ) -> Iterator[tuple["Frame", PoseFrame]]:
    """Decode and estimate pose lazily; ``info_out`` receives fps, frame count and where it stopped.

    ``segmentation`` adds the person's outline to each frame, for the exercises that read it.
    """
    from coach.pose.estimator import PoseEstimator
    from coach.sources import VideoFileSource

    with VideoFileSource(path) as source, PoseEstimator(segmentation=segmentation) as estimator:
        if info_out is not None:
            info_out.update(fps=source.info.fps, frame_count=source.info.frame_count)
        for frame in source:
            yield frame, estimator.process(frame.image, frame.t_s)
        if info_out is not None:
            info_out["stopped_early_at_s"] = source.stopped_early_at_s


def run_analyzer(analyzer: ExerciseAnalyzer, frames: Iterable[PoseFrame], expected: int = 0,
                 progress: Optional[ProgressFn] = None, series: Optional[AngleSeries] = None) -> bool:
    """Feed frames; returns False if ``progress`` asked to cancel."""
    for i, pose in enumerate(frames):
        events = analyzer.update(pose)
        if series is not None:
            series.add(pose.t_s, analyzer.key_angle_deg)
        if progress is not None and progress(i, expected, pose, events) is False:
            analyzer.finish()
            return False
    analyzer.finish()
    return True


def analyze_file(path: str | os.PathLike, exercise: str, rules: Optional[list[str | os.PathLike]] = None,
                 save_pose: Optional[str | os.PathLike] = None,
                 progress: Optional[ProgressFn] = None,
                 annotate: Optional[str | os.PathLike] = None, jobs: int = 1,
                 scheduler: Optional[str] = None) -> AnalysisResult:
    """Analyse a video or a ``.npz`` pose track with the same analyzer and the same results.

    ``jobs > 1`` estimates pose for a video in parallel chunks (see :mod:`coach.analysis.chunks`);
    the analysis itself always runs once, in order. ``scheduler`` (a Dask address) runs those chunks
    on that cluster instead of a local one.
    """
    analyzer = create_analyzer(exercise, rules)
    p = Path(path)
    if is_track_path(p):
        track = load_track(p)
        if save_pose or annotate:
            raise CoachError("this input is already a pose track: --save-pose and --annotate need a video")
        return _analyze_track(analyzer, track, str(p), "pose_track", progress)
    if (jobs > 1 or scheduler) and not annotate:
        from coach.analysis.chunks import estimate_track_parallel

        track, stopped = estimate_track_parallel(p, jobs, scheduler, segmentation=analyzer.needs_silhouette)
        if save_pose:
            save_track(track, save_pose)
        result = _analyze_track(analyzer, track, str(p), "video", progress)
        result.stopped_early_at_s = stopped
        return result
    info: dict = {}
    recorder = PoseTrackRecorder(fps=0.0, source=p.name) if save_pose else None
    writer = None
    series = AngleSeries(analyzer.key_angle_name)
    frames = video_pose_frames(p, info, segmentation=analyzer.needs_silhouette)
    ok = True
    try:
        for i, (frame, pose) in enumerate(frames):
            events = analyzer.update(pose)
            series.add(pose.t_s, analyzer.key_angle_deg)
            if recorder is not None:
                recorder.add(pose)
            if annotate:
                if writer is None:
                    h, w = frame.image.shape[:2]
                    writer = AnnotatedVideoWriter(annotate, float(info.get("fps") or 30.0), (w, h))
                writer.write(draw_overlay(frame.image, pose, analyzer.state()))
            if progress is not None and progress(i, int(info.get("frame_count") or 0), pose, events) is False:
                ok = False
                break
    except BaseException:
        if writer is not None:
            writer.abort()  # the previous video at --annotate stays as it was
        raise
    finally:
        frames.close()
        analyzer.finish()
    if writer is not None:
        writer.close()
    fps = float(info.get("fps") or 30.0)
    duration = (analyzer.t_s or 0.0) + 1.0 / fps if analyzer.frames else 0.0
    result = summarise(analyzer, str(p), fps, duration)
    result.stopped_early_at_s = info.get("stopped_early_at_s")
    result.cancelled = not ok
    result.angle_series = series.to_json()
    if recorder is not None and save_pose:
        recorder.fps = fps
        save_track(recorder.track(), save_pose)
    return result


def _analyze_track(analyzer: ExerciseAnalyzer, track: PoseTrack, name: str, kind: str,
                   progress: Optional[ProgressFn]) -> AnalysisResult:
    series = AngleSeries(analyzer.key_angle_name)
    ok = run_analyzer(analyzer, track.frames(), len(track), progress, series)
    duration = float(track.t_s[-1]) + 1.0 / track.fps if len(track) else 0.0
    result = summarise(analyzer, name, track.fps, duration, source_kind=kind)
    result.angle_series = series.to_json()
    result.cancelled = not ok
    return result


def write_json(result: AnalysisResult, path: str | os.PathLike) -> None:
    """Atomic write, so a full disk never leaves a truncated JSON in place of a good one."""
    with replacing(path) as tmp:
        tmp.write_text(json.dumps(result.to_json(), indent=1), encoding="utf-8")
