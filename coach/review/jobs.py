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
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from coach.analysis.session import AUTO as AUTOMATIC  # one name for the choice in the GUI code
from coach.atomic import replacing
from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Phrase
from coach.review.job_context import JobCancelled, JobContext
from coach.reports.speaker import ENGLISH, Speaker
from coach.review.recording import Recording

if TYPE_CHECKING:
    from coach.analysis.session import SessionAnalysis
    from coach.pose.track import PoseTrack

__all__ = ["AUTOMATIC", "analyse_job", "analyse_session_job", "annotate_job", "report_job", "rescore_job",
           "rescore_set_job"]
_counter = itertools.count(1)

# What a job is doing, shown beside its progress bar (in the window's language).
SCORING = QT_TRANSLATE_NOOP("review_jobs", "Scoring {file}")
LOADING_MODEL = QT_TRANSLATE_NOOP("review_jobs", "Loading the pose model for {file}")
ANALYSING = QT_TRANSLATE_NOOP("review_jobs", "Analysing {file}")
RESCORING = QT_TRANSLATE_NOOP("review_jobs", "Re-scoring")
RECOGNISING = QT_TRANSLATE_NOOP("review_jobs", "Recognising the exercises in {file}")
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


def analyse_session_job(path: str | os.PathLike[str], overrides: Sequence[str | os.PathLike[str]],
                        workdir: Path) -> Callable[[JobContext], Recording]:
    """Automatic: find and judge every set in a video (its pose track kept in ``workdir``) or a pose track."""
    from coach.analysis.session import video_track
    from coach.exercises.registry import overrides_by_exercise
    from coach.pose.track import is_track_path, load_track, save_track

    src = Path(path)

    def job(ctx: JobContext) -> Recording:
        _check_input(src)
        overrides_by_exercise(list(overrides))  # a malformed limits file fails now, not after the video
        if is_track_path(src):
            track, stopped = load_track(src), None
            if not len(track):
                raise CoachError(QT_TRANSLATE_NOOP("errors", "{file} has no frames to review"), file=src.name)
            return _split(ctx, track, src, src, overrides, None, stopped)
        ctx.report(-1, Phrase.of(LOADING_MODEL, file=src.name), force=True)
        track, stopped = video_track(src, progress=ctx.frame_progress(Phrase.of(ANALYSING, file=src.name)))
        ctx.check()
        if not len(track):
            raise CoachError(QT_TRANSLATE_NOOP("errors", "no frames could be read from {file}"), file=src.name)
        track_path = workdir / f"{src.stem}.{next(_counter)}.npz"
        save_track(track, track_path)
        return _split(ctx, track, src, track_path, overrides, src, stopped)

    return job


def _split(ctx: JobContext, track: "PoseTrack", src: Path, track_path: Path,
           overrides: Sequence[str | os.PathLike[str]],
           video: Optional[Path], stopped_s: Optional[float]) -> Recording:
    """The sets in ``track`` (a few seconds for an hour: the busy indicator, not a percentage)."""
    from coach.analysis.session import split_track
    from coach.exercises.registry import overrides_by_exercise

    ctx.report(-1, Phrase.of(RECOGNISING, file=src.name), force=True)
    session = split_track(track, str(src), overrides_by_exercise(list(overrides)),
                          "video" if video is not None else "pose_track", progress=lambda *_: not ctx.cancelled)
    ctx.check()
    return Recording.of_session(replace(session, stopped_early_at_s=stopped_s), track, track_path,
                                tuple(_rules(overrides)), video_path=video)


def rescore_set_job(recording: Recording, overrides: Sequence[str | os.PathLike[str]]
                    ) -> Callable[[JobContext], Recording]:
    """Automatic: judge the set on screen again over the same stretch (other limits); with no set, split again."""
    from coach.analysis.session import rescore_set

    def job(ctx: JobContext) -> Recording:
        ctx.report(-1, Phrase.of(RESCORING), force=True)
        found = recording.current_set
        if found is None:
            return _split(ctx, recording.track, recording.video_path or recording.track_path,
                          recording.track_path, overrides, recording.video_path,
                          recording.session.stopped_early_at_s if recording.session else None)
        from coach.exercises.registry import overrides_by_exercise

        mine = overrides_by_exercise(list(overrides)).get(found.exercise)
        again = rescore_set(recording.track, found, mine, progress=lambda *_: not ctx.cancelled)
        ctx.check()
        return replace(recording.with_set(again), rules=tuple(_rules(overrides)))

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
        if recording.session is not None:
            return _export_session(recording.session, Path(out_path), speaker or ENGLISH)
        return export_report(recording.result, out_path, speaker=speaker or ENGLISH)

    return job


def _export_session(session: "SessionAnalysis", out: Path, speaker: Speaker) -> Path:
    """An Automatic result: the ``coach.session_analysis/1`` JSON, or the session report (one line per set)."""
    from coach.analysis.session import write_session_json
    from coach.reports.export import check_report_path
    from coach.reports.session_report import export_session_analysis_reports

    out = check_report_path(out)
    if out.suffix.lower() == ".json":
        write_session_json(session, out)
        return out
    return export_session_analysis_reports(session, [out], speaker)[0]


def _raise_cancelled() -> None:
    raise JobCancelled()

