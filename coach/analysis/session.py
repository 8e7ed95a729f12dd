"""A whole recording split into sets: which exercise, from when to when, each judged as its own set.

A patient records a whole home session — bridges, a plank, a stretch Coach does not know,
cat-cow, bird-dogs — in one file. :func:`split_track` finds the sets in its pose track:

1. every exercise's analyzer runs over the whole recording (:class:`~coach.analysis.recognition.ExerciseWatch`);
2. each exercise's counted work (reps, hold spans) is grouped into candidate sets: work less
   than :data:`SET_GAP_S` apart, with the start position kept in between and no picture cut
   (unless the work resumed at once), is one set; under :data:`MIN_SET_WORK_S` of work is none,
   and a hold under :data:`MIN_HOLD_SET_S` is passing through the position, no set;
3. where candidates of different exercises overlap, the one whose start position held longer
   over the stretch wins (:meth:`~coach.analysis.recognition.ExerciseWatch.claim_s`);
4. each set's stretch reaches :data:`LEAD_S` before its first rep (the start position is
   taken there) and :data:`TAIL_S` after its last, never into a neighbour's work, and is
   analysed again, alone, exactly as ``coach analyze --exercise`` analyses that stretch —
   so a set's count is the count of its stretch, whatever the rest of the recording holds.

What lies between sets with somebody in view — moving between exercises, resting, a
stretch or a look-alike — is reported as :class:`OtherSpan` ("not one of your exercises"),
never counted.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

import numpy as np

from coach.analysis.recognition import LEAD_S, Activity, ExerciseWatch, run_watch
from coach.analysis.result import AnalysisResult, ending_fields
from coach.analysis.run import ProgressFn, _analyze_track, video_pose_frames
from coach.atomic import replacing
from coach.errors import CoachError
from coach.exercises.registry import analyzer_class, create_analyzer, recognisable_exercise_names
from coach.phrase import QT_TRANSLATE_NOOP
from coach.pose.track import PoseTrack, PoseTrackRecorder, is_track_path, load_track, save_track

SCHEMA = "coach.session_analysis/1"
AUTO = "auto"  # the exercise name that asks for recognition (``coach analyze --exercise auto``, or no --exercise)
# Counted work of one exercise less than this far apart is one set (a pause between reps, a plank's wobble)...
SET_GAP_S = 10.0
# ...unless the person left the start position in between for this long (another exercise, a rest),
LEFT_POSITION_S = 3.0
# or the picture cut in between and the work did not resume this soon (an edited video of one set does).
CUT_RESUME_S = 3.0
# A set's stretch starts LEAD_S before its first rep or hold (the start position is taken there)...
# ...and ends this long after its last (the return to rest).
TAIL_S = 2.0
# Less counted work than this in all is no set: a twitch read as one quick rep as somebody moves on.
MIN_SET_WORK_S = 1.0
# A hold shorter than this is passing through the position, not a set of it: the top of a push-up before
# the first one goes down, a yoga flow through a plank. (The hold needs 1.5 s in position to start at all.)
MIN_HOLD_SET_S = 3.0
# Somebody in view, outside every set, for at least this long: said as "not one of your exercises".
OTHER_MIN_S = 3.0
OTHER_GAP_S = 1.0


@dataclass(frozen=True)
class SetFound:
    """One set in a recording: its exercise's full result over the stretch ``start_s``–``end_s``.

    Times inside ``result`` (reps, faults, hold spans) are seconds of the recording.
    """

    start_s: float
    end_s: float
    result: AnalysisResult

    @property
    def exercise(self) -> str:
        return self.result.exercise

    def to_dict(self) -> dict[str, Any]:
        return {**self.result.to_dict(), "start_s": round(self.start_s, 3), "end_s": round(self.end_s, 3)}


@dataclass(frozen=True)
class OtherSpan:
    """Somebody in view doing none of Coach's exercises (moving between sets, resting, another exercise)."""

    start_s: float
    end_s: float


@dataclass(frozen=True)
class SessionAnalysis:
    """A whole recording: the sets found in it, in time order, and what lay between them."""

    video: str
    fps: float
    frames: int
    duration_s: float
    sets: tuple[SetFound, ...]
    other: tuple[OtherSpan, ...] = ()
    source_kind: str = "video"
    stopped_early_at_s: Optional[float] = None
    cancelled: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA, "video": self.video, "exercise": AUTO, "fps": round(self.fps, 3),
            "frames": self.frames, "duration_s": round(self.duration_s, 3), "source_kind": self.source_kind,
            "sets": [s.to_dict() for s in self.sets],
            "other": [{"start_s": round(o.start_s, 3), "end_s": round(o.end_s, 3)} for o in self.other],
            **ending_fields(self.stopped_early_at_s, self.cancelled),
        }
        return out

    @classmethod
    def from_dict(cls, d: Any) -> "SessionAnalysis":
        """Read a ``coach.session_analysis/1`` dict; anything malformed is one :class:`CoachError`."""
        if not isinstance(d, dict) or d.get("schema") != SCHEMA:
            raise CoachError(QT_TRANSLATE_NOOP("errors", "this is not a {schema} result"), schema=SCHEMA)
        try:
            sets = tuple(SetFound(float(s["start_s"]), float(s["end_s"]), AnalysisResult.from_dict(
                {k: v for k, v in s.items() if k not in ("start_s", "end_s")})) for s in d.get("sets") or [])
            other = tuple(OtherSpan(float(o["start_s"]), float(o["end_s"])) for o in d.get("other") or [])
            return cls(video=str(d.get("video", "")), fps=float(d.get("fps") or 0.0), frames=int(d.get("frames") or 0),
                       duration_s=float(d.get("duration_s") or 0.0), sets=sets, other=other,
                       source_kind=str(d.get("source_kind", "video")),
                       stopped_early_at_s=None if d.get("stopped_early_at_s") is None
                       else float(d["stopped_early_at_s"]), cancelled=bool(d.get("cancelled", False)))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CoachError(QT_TRANSLATE_NOOP("errors", "not a valid {schema} result ({why})"),
                             schema=SCHEMA, why=f"{type(exc).__name__}: {exc}") from None


def result_from_dict(d: Any) -> "AnalysisResult | SessionAnalysis":
    """A stored result of either kind, told apart by its schema: one exercise's, or a whole session's."""
    if isinstance(d, dict) and d.get("schema") == SCHEMA:
        return SessionAnalysis.from_dict(d)
    return AnalysisResult.from_dict(d)


@dataclass(frozen=True)
class _Candidate:
    exercise: str
    start_s: float
    end_s: float
    work: tuple[Activity, ...]


def _group(work: Sequence[Activity], watch: ExerciseWatch) -> list[_Candidate]:
    """One exercise's reps and hold spans, grouped into candidate sets: work less than :data:`SET_GAP_S`
    apart, with the start position kept in between (never left for :data:`LEFT_POSITION_S`) and no
    picture cut in between unless the work resumed at once."""
    groups: list[list[Activity]] = []
    for a in sorted(work, key=lambda a: a.start_s):
        last_end = max(x.end_s for x in groups[-1]) if groups else 0.0
        gap_s = a.start_s - last_end
        if groups and gap_s <= SET_GAP_S and \
                watch.longest_out_of_position_s(a.exercise, last_end, a.start_s) < LEFT_POSITION_S and \
                (gap_s <= CUT_RESUME_S or not watch.cut_between(last_end, a.start_s)):
            groups[-1].append(a)
        else:
            groups.append([a])
    return [_Candidate(g[0].exercise, g[0].start_s, max(a.end_s for a in g), tuple(g)) for g in groups]


def _min_work_s(candidate: _Candidate) -> float:
    """The least work that makes a set: more for a hold (all its work hold spans) than for reps."""
    return MIN_HOLD_SET_S if all(a.reps == 0 for a in candidate.work) else MIN_SET_WORK_S


def find_set_spans(watch: ExerciseWatch) -> list[tuple[str, float, float]]:
    """The sets in a watched recording as (exercise, first work start, last work end), in time order.

    Overlapping candidates of different exercises: the one whose start position held longer wins.
    A candidate with under :data:`MIN_SET_WORK_S` of work in all is none, and a hold under
    :data:`MIN_HOLD_SET_S` is none.
    """
    candidates = [c for name in watch.analyzers for c in _group(watch.activities(name), watch)
                  if sum(a.length_s for a in c.work) >= _min_work_s(c)]
    claim = {c: watch.claim_s(c.exercise, c.start_s, c.end_s) for c in candidates}
    chosen: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (-claim[c], c.start_s)):
        if all(c.end_s <= k.start_s or c.start_s >= k.end_s for k in chosen):
            chosen.append(c)
    return [(c.exercise, c.start_s, c.end_s) for c in sorted(chosen, key=lambda c: c.start_s)]


def _stretches(spans: Sequence[tuple[str, float, float]], t0: float, t1: float,
               cuts_s: Sequence[float] = ()) -> list[tuple[float, float]]:
    """Each set's stretch: :data:`LEAD_S` before its work to :data:`TAIL_S` after, never into a neighbour's
    work and never across a picture cut outside its own work (the next shot is another scene)."""
    out = []
    for i, (_, start, end) in enumerate(spans):
        lo = max([t0, start - LEAD_S, spans[i - 1][2] if i else t0, *(c for c in cuts_s if c <= start)])
        hi = min([t1, end + TAIL_S, spans[i + 1][1] if i + 1 < len(spans) else t1, *(c for c in cuts_s if c >= end)])
        out.append((lo, hi))
    return out


def _other_spans(track: PoseTrack, sets: Sequence[SetFound]) -> tuple[OtherSpan, ...]:
    """Stretches with somebody in view outside every set, at least :data:`OTHER_MIN_S` long."""
    t = track.t_s
    seen = ~np.isnan(track.image[:, :, 0]).any(axis=1)
    for s in sets:
        seen &= ~((t >= s.start_s) & (t <= s.end_s))
    spans: list[list[float]] = []
    for ti in t[seen]:
        if spans and ti - spans[-1][1] <= OTHER_GAP_S:
            spans[-1][1] = float(ti)
        else:
            spans.append([float(ti), float(ti)])
    return tuple(OtherSpan(a, b) for a, b in spans if b - a >= OTHER_MIN_S)


def judge_stretch(track: PoseTrack, exercise: str, start_s: float, end_s: float,
                  overrides: Optional[Sequence[str | os.PathLike[str]]] = None, name: str = "",
                  source_kind: str = "pose_track", progress: Optional[ProgressFn] = None) -> SetFound:
    """The stretch ``start_s``–``end_s`` of a recording analysed alone as ``exercise`` (one set of it)."""
    idx = np.flatnonzero((track.t_s >= start_s) & (track.t_s <= end_s))
    result = _analyze_track(create_analyzer(exercise, overrides), track.take(idx), name, source_kind, progress)
    result = replace(result, duration_s=end_s - start_s + (1.0 / track.fps if track.fps else 0.0))
    return SetFound(start_s, end_s, result)


def rescore_set(track: PoseTrack, found: SetFound, overrides: Optional[Sequence[str | os.PathLike[str]]] = None,
                progress: Optional[ProgressFn] = None) -> SetFound:
    """A set found earlier judged again over the same stretch, e.g. with a patient's changed limits.

    ``track`` is the whole recording's pose track (the one the set was found in).
    """
    return judge_stretch(track, found.exercise, found.start_s, found.end_s, overrides, found.result.video,
                         found.result.source_kind, progress)


def split_track(track: PoseTrack, name: str,
                overrides: Optional[Mapping[str, Sequence[str | os.PathLike[str]]]] = None,
                source_kind: str = "pose_track", progress: Optional[ProgressFn] = None) -> SessionAnalysis:
    """Find and judge every set in a recording's pose track."""
    watch = run_watch(track.frames(), overrides=overrides)
    spans = find_set_spans(watch)
    t0 = float(track.t_s[0]) if len(track) else 0.0
    t1 = float(track.t_s[-1]) if len(track) else 0.0
    sets = []
    for (exercise, _, _), (lo, hi) in zip(spans, _stretches(spans, t0, t1, watch.cuts_s)):
        found = judge_stretch(track, exercise, lo, hi, (overrides or {}).get(exercise), name, source_kind, progress)
        if found.result.rep_count or (found.result.hold_s or 0.0) > 0.0:
            sets.append(found)
    duration = t1 + 1.0 / track.fps if len(track) and track.fps else 0.0
    return SessionAnalysis(video=name, fps=track.fps, frames=len(track), duration_s=duration, sets=tuple(sets),
                           other=_other_spans(track, sets), source_kind=source_kind)


def video_track(path: str | os.PathLike[str], jobs: int = 1, scheduler: Optional[str] = None,
                progress: Optional[ProgressFn] = None) -> tuple[PoseTrack, Optional[float]]:
    """A video's pose track, with the outline where a recognisable exercise reads it; and where reading stopped.

    ``progress`` (one process only) hears of every frame read; returning False stops reading there.

    Recognition looks at the whole recording before it judges any set, so the track is kept
    (1 KiB a frame, 3.3 KiB with the outline: about 360 MB for an hour at 30 frames/s).
    """
    segmentation = any(analyzer_class(n).spec.needs_silhouette for n in recognisable_exercise_names())
    if jobs > 1 or scheduler:
        from coach.analysis.chunks import estimate_track_parallel

        return estimate_track_parallel(Path(path), jobs, scheduler, segmentation=segmentation)
    info: dict[str, Optional[float]] = {}
    recorder = PoseTrackRecorder(fps=0.0, source=Path(path).name)
    frames = video_pose_frames(path, info, segmentation=segmentation)
    try:
        for i, (_, pose) in enumerate(frames):
            recorder.add(pose)
            if progress is not None and progress(i, int(info.get("frame_count") or 0), pose, []) is False:
                break
    finally:
        frames.close()
    recorder.fps = float(info.get("fps") or 30.0)
    return recorder.track(), info.get("stopped_early_at_s")


def analyze_session_file(path: str | os.PathLike[str],
                         overrides: Optional[Mapping[str, Sequence[str | os.PathLike[str]]]] = None,
                         save_pose: Optional[str | os.PathLike[str]] = None, jobs: int = 1,
                         scheduler: Optional[str] = None) -> SessionAnalysis:
    """Split a video or a ``coach.posetrack/1`` file into sets (``coach analyze`` without ``--exercise``)."""
    p = Path(path)
    if is_track_path(p):
        if save_pose:
            raise CoachError(QT_TRANSLATE_NOOP("errors", "this input is already a pose track: --save-pose and "
                                                         "--annotate need a video"))
        return split_track(load_track(p), str(p), overrides, "pose_track")
    track, stopped = video_track(p, jobs, scheduler)
    if save_pose:
        save_track(track, save_pose)
    return replace(split_track(track, str(p), overrides, "video"), stopped_early_at_s=stopped)


def write_session_json(session: SessionAnalysis, path: str | os.PathLike[str]) -> None:
    """Atomic write, like :func:`coach.analysis.run.write_json`."""
    with replacing(path) as tmp:
        Path(tmp).write_text(json.dumps(session.to_dict(), indent=1), encoding="utf-8")
