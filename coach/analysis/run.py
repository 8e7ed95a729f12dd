"""Run an analyzer over a recording (video or pose track) and return its typed result (``result.py``).

This is the headless core that ``coach analyze``, batch review and the GUI's
review view share. Pose frames flow one at a time, so memory does not grow with
the recording's length except for the optional pose-track recorder (1 KiB per
frame). A video that ends early keeps what was read and says where it stopped.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Generator, Iterable, Optional

from dataclasses import replace

from coach.analysis.result import AnalysisResult, AngleSeries, AngleSeriesBuilder
from coach.annotate import AnnotatedVideoWriter, draw_overlay
from coach.atomic import replacing
from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.events import Event
from coach.exercises.registry import create_analyzer
from coach.pose.landmarks import PoseFrame
from coach.pose.track import PoseTrack, PoseTrackRecorder, is_track_path, load_track, save_track

if TYPE_CHECKING:
    from coach.sources import Frame

# Called with (frame index, frames expected or 0, pose frame, events); return False to cancel.
ProgressFn = Callable[[int, int, PoseFrame, list[Event]], Optional[bool]]


def summarise(analyzer: ExerciseAnalyzer, video: str, fps: float, duration_s: float,
              source_kind: str = "video", angle_series: Optional[AngleSeries] = None,
              stopped_early_at_s: Optional[float] = None, cancelled: bool = False) -> AnalysisResult:
    """The analyzer's own summary as a result for this recording, complete when built."""
    return AnalysisResult.from_summary(analyzer.summary(), video, fps, duration_s, source_kind,
                                       rules=[str(p) for p in analyzer.rules.sources], angle_series=angle_series,
                                       stopped_early_at_s=stopped_early_at_s, cancelled=cancelled)


def video_pose_frames(path: str | os.PathLike[str], info_out: Optional[dict[str, Optional[float]]] = None,
                      segmentation: bool = False) -> Generator[tuple["Frame", PoseFrame], None, None]:
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
                 progress: Optional[ProgressFn] = None, series: Optional[AngleSeriesBuilder] = None) -> bool:
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


def analyze_file(path: str | os.PathLike[str], exercise: str, rules: Optional[Iterable[str | os.PathLike[str]]] = None,
                 save_pose: Optional[str | os.PathLike[str]] = None,
                 progress: Optional[ProgressFn] = None,
                 annotate: Optional[str | os.PathLike[str]] = None, jobs: int = 1,
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
            raise CoachError(QT_TRANSLATE_NOOP("errors", "this input is already a pose track: --save-pose and "
                                                         "--annotate need a video"))
        return _analyze_track(analyzer, track, str(p), "pose_track", progress)
    if (jobs > 1 or scheduler) and not annotate:
        from coach.analysis.chunks import estimate_track_parallel

        track, stopped = estimate_track_parallel(p, jobs, scheduler, segmentation=analyzer.spec.needs_silhouette)
        if save_pose:
            save_track(track, save_pose)
        return replace(_analyze_track(analyzer, track, str(p), "video", progress), stopped_early_at_s=stopped)
    info: dict[str, Optional[float]] = {}
    recorder = PoseTrackRecorder(fps=0.0, source=p.name) if save_pose else None
    writer = None
    series = AngleSeriesBuilder(analyzer.key_angle_name)
    frames = video_pose_frames(p, info, segmentation=analyzer.spec.needs_silhouette)
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
    result = summarise(analyzer, str(p), fps, duration, angle_series=series.build(),
                       stopped_early_at_s=info.get("stopped_early_at_s"), cancelled=not ok)
    if recorder is not None and save_pose:
        recorder.fps = fps
        save_track(recorder.track(), save_pose)
    return result


def _analyze_track(analyzer: ExerciseAnalyzer, track: PoseTrack, name: str, kind: str,
                   progress: Optional[ProgressFn]) -> AnalysisResult:
    series = AngleSeriesBuilder(analyzer.key_angle_name)
    ok = run_analyzer(analyzer, track.frames(), len(track), progress, series)
    duration = float(track.t_s[-1]) + 1.0 / track.fps if len(track) else 0.0
    return summarise(analyzer, name, track.fps, duration, source_kind=kind, angle_series=series.build(),
                     cancelled=not ok)


def write_json(result: AnalysisResult, path: str | os.PathLike[str]) -> None:
    """Atomic write, so a full disk never leaves a truncated JSON in place of a good one."""
    with replacing(path) as tmp:
        tmp.write_text(json.dumps(result.to_dict(), indent=1), encoding="utf-8")
