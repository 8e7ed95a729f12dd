"""The review's long jobs as plain functions of a :class:`JobContext`: analyse, re-score, export.

They run on the review window's worker thread (or a test's) and call the same
core functions as ``coach analyze`` (:func:`coach.analysis.analyze_file`,
:func:`coach.reports.export.export_report`), so the window never has analysis
logic of its own. Analysing a video also keeps its pose track in a temporary
folder owned by the window: re-scoring with new limits then re-reads the
skeleton only (no decoding, no pose model), which takes a fraction of a second.
"""
from __future__ import annotations

import itertools
import os
from dataclasses import replace
from pathlib import Path
from typing import Callable, Optional, Sequence

from coach.atomic import replacing
from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Phrase
from coach.review.job_context import JobCancelled, JobContext
from coach.reports.speaker import ENGLISH, Speaker
from coach.review.recording import Recording

_counter = itertools.count(1)

# What a job is doing, shown beside its progress bar (in the window's language).
SCORING = QT_TRANSLATE_NOOP("review_jobs", "Scoring {file}")
LOADING_MODEL = QT_TRANSLATE_NOOP("review_jobs", "Loading the pose model for {file}")
ANALYSING = QT_TRANSLATE_NOOP("review_jobs", "Analysing {file}")
RESCORING = QT_TRANSLATE_NOOP("review_jobs", "Re-scoring")
WRITING = QT_TRANSLATE_NOOP("review_jobs", "Writing {file}")


def _rules(overrides: Sequence[str | os.PathLike[str]]) -> list[str]:
    return [str(p) for p in overrides]


def _check_input(path: Path) -> None:
    """Fail in words before loading the pose model (which takes a second) for an obviously bad file."""
    from coach.pose.track import is_track_path
    from coach.sources import check_video_path

    if is_track_path(path):
        if not path.is_file():
            if not path.exists():
                raise CoachError(QT_TRANSLATE_NOOP("errors", "pose track not found: {path}"), path=str(path))
            raise CoachError(QT_TRANSLATE_NOOP("errors", "{path} is a folder"), path=str(path))
    else:
        check_video_path(path)


def analyse_job(path: str | os.PathLike[str], exercise: str, overrides: Sequence[str | os.PathLike[str]],
                workdir: Path) -> Callable[[JobContext], Recording]:
    """Analyse a video (keeping its pose track in ``workdir``) or a ``.npz`` pose track."""
    from coach.analysis import analyze_file
    from coach.exercises.registry import exercise_rules
    from coach.pose.track import is_track_path, load_track

    src = Path(path)

    def job(ctx: JobContext) -> Recording:
        _check_input(src)
        exercise_rules(exercise, list(overrides))  # a malformed limits file fails now, not after the video
        if is_track_path(src):
            track = load_track(src)
            if not len(track):
                raise CoachError(QT_TRANSLATE_NOOP("errors", "{file} has no frames to review"), file=src.name)
            scoring = Phrase.of(SCORING, file=src.name)
            ctx.report(0, scoring, force=True)
            result = analyze_file(src, exercise, _rules(overrides), progress=ctx.frame_progress(scoring))
            if result.cancelled:
                _raise_cancelled()
            return Recording(result, track, src, exercise, tuple(_rules(overrides)))
        ctx.report(-1, Phrase.of(LOADING_MODEL, file=src.name), force=True)
        track_path = workdir / f"{src.stem}.{next(_counter)}.npz"
        result = analyze_file(src, exercise, _rules(overrides), save_pose=track_path,
                              progress=ctx.frame_progress(Phrase.of(ANALYSING, file=src.name)))
        if result.cancelled:
            track_path.unlink(missing_ok=True)
            _raise_cancelled()
        track = load_track(track_path)
        if not len(track):
            raise CoachError(QT_TRANSLATE_NOOP("errors", "no frames could be read from {file}"), file=src.name)
        return Recording(result, track, track_path, exercise, tuple(_rules(overrides)), video_path=src)

    return job


def rescore_job(recording: Recording, exercise: str, overrides: Sequence[str | os.PathLike[str]]
                ) -> Callable[[JobContext], Recording]:
    """Re-run the analysis on the saved skeleton with other limits (or as another exercise)."""
    from coach.analysis import analyze_file

    def job(ctx: JobContext) -> Recording:
        result = analyze_file(recording.track_path, exercise, _rules(overrides),
                              progress=ctx.frame_progress(Phrase.of(RESCORING)))
        if result.cancelled:
            _raise_cancelled()
        if recording.video_path is not None:
            # The same frames the video gave (the track is its exact pose stream): name the video, not the temp file.
            result = replace(result, video=str(recording.video_path), source_kind="video")
        return Recording(result, recording.track, recording.track_path, exercise, tuple(_rules(overrides)),
                         video_path=recording.video_path)

    return job


def annotate_job(recording: Recording, out_path: str | os.PathLike[str]) -> Callable[[JobContext], Path]:
    """Burn the skeleton, count and cues into a copy of the video (the CLI's ``--annotate``).

    The video is written to a hidden sibling and renamed when complete, so a
    cancelled or failed export never leaves a broken file under the chosen name.
    """
    from coach.analysis import analyze_file

    out = Path(out_path)

    def job(ctx: JobContext) -> Path:
        writing = Phrase.of(WRITING, file=out.name)
        ctx.report(-1, writing, force=True)
        if recording.video_path is None:
            raise CoachError(QT_TRANSLATE_NOOP("errors", "an annotated video needs the original video; this "
                                                         "recording is a pose track only"))
        if out.suffix.lower() != ".mp4":
            raise CoachError(QT_TRANSLATE_NOOP("errors", "an annotated video must end in .mp4: {file}"), file=out.name)
        if not out.parent.is_dir():
            raise CoachError(QT_TRANSLATE_NOOP("errors", "could not write {path}: folder {folder} does not exist"),
                             path=str(out), folder=str(out.parent))
        if out.resolve() == recording.video_path.resolve():
            raise CoachError(QT_TRANSLATE_NOOP("errors", "choose another name: that is the original video"))
        with replacing(out, out.with_name(f".{out.stem}.partial.mp4")) as partial:
            result = analyze_file(recording.video_path, recording.exercise, list(recording.rules), annotate=partial,
                                  progress=ctx.frame_progress(writing))
            if result.cancelled:
                _raise_cancelled()
        return out

    return job


def report_job(recording: Recording, out_path: str | os.PathLike[str],
               speaker: Optional[Speaker] = None) -> Callable[[JobContext], Path]:
    """HTML, PDF, CSV or JSON by suffix, as ``coach analyze --report/--csv/--json`` writes them; the HTML and PDF
    in ``speaker``'s language (the window's), English by default as on the command line."""
    from coach.reports.export import export_report

    def job(ctx: JobContext) -> Path:
        ctx.report(-1, Phrase.of(WRITING, file=Path(out_path).name), force=True)
        return export_report(recording.result, out_path, speaker=speaker or ENGLISH)

    return job


def _raise_cancelled() -> None:
    raise JobCancelled()

