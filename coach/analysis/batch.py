"""Batch analysis: a folder or several recordings as Dask tasks; one bad file never stops the rest.

Each recording is one task, run in this process (``--jobs 1``), on a local Dask
cluster of N worker processes (``--jobs N``) or on an existing cluster
(``--scheduler ADDRESS``). Workers only read the input and send the result back;
this process writes every output, atomically, as each result arrives. So a
worker killed mid-task (Dask runs the task again elsewhere) can neither lose a
result nor write one twice, and an interrupted batch keeps what finished and
leaves no half-written file. An input already analysed with the same rules
(same content, see :mod:`coach.analysis.done`) is skipped, unless ``redo``.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, NoReturn, Optional, Union

from coach.analysis.batch_summary import session_rows, summary_row, write_summary_csv
from coach.analysis.done import done_result, file_sha256, rules_sha256
from coach.analysis.result import AnalysisResult
from coach.analysis.session import AUTO, SessionAnalysis, result_from_dict
from coach.analysis.summary_text import print_session_summary, print_summary
from coach.atomic import replacing
from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP
from coach.exercises.registry import exercise_spec, recognisable_exercise_names
from coach.exercises.rules import rule_file_path

if TYPE_CHECKING:
    from tqdm import tqdm

Result = Union[AnalysisResult, SessionAnalysis]  # one exercise's, or a whole session split into sets

MEDIA_SUFFIXES = {".mp4", ".mov", ".avi", ".mkv", ".webm", ".m4v", ".mpg", ".mpeg", ".npz"}


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Files as given; folders expanded to the videos and pose tracks directly inside them, sorted."""
    out: list[Path] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in MEDIA_SUFFIXES)
            if not found:
                raise CoachError(QT_TRANSLATE_NOOP("errors", "no videos or pose tracks in folder {path}"), path=str(p))
            out.extend(found)
        else:
            out.append(p)
    return out


def _json_path(json_dir: Optional[str], video: Path, taken: set[str]) -> Optional[str]:
    if not json_dir:
        return None
    name = video.stem
    while name in taken:
        name += "_"
    taken.add(name)
    return str(Path(json_dir) / f"{name}.json")


def output_names(inputs: list[Path]) -> list[str]:
    """One distinct output name per input (``a.mp4`` and ``a.npz`` become ``a`` and ``a_``)."""
    taken: set[str] = set()
    return [Path(_json_path(".", v, taken) or "").stem for v in inputs]


@dataclass
class ReviewOutcome:
    """What a worker sends back for one input: the result, or why there is none, and the pose track's bytes."""

    path: str
    data: Optional[dict[str, Any]] = None
    error: str = ""
    pose_npz: Optional[bytes] = None


def _analyze(path: str, exercise: str, rules: list[str], save_pose: Optional[Path] = None) -> dict[str, Any]:
    """One recording as one exercise, or split into sets (``exercise`` is ``auto``); its JSON dict."""
    if exercise == AUTO:
        from coach.analysis.session import analyze_session_file
        from coach.exercises.registry import overrides_by_exercise

        return analyze_session_file(path, overrides_by_exercise(rules), save_pose=save_pose).to_dict()
    from coach.analysis.run import analyze_file

    return analyze_file(path, exercise, rules=rules, save_pose=save_pose).to_dict()


def review_task(path: str, exercise: str, rules: list[str], keep_pose: bool) -> ReviewOutcome:
    """One recording, start to end, on a worker. It writes nothing where the user looks: the pose track
    goes to a private temporary file and comes back as bytes, for the client to write once."""
    from coach.pose.track import is_track_path

    try:
        if keep_pose and not is_track_path(Path(path)):
            with tempfile.TemporaryDirectory(prefix="coach-pose-") as tmp:
                pose = Path(tmp) / "pose.npz"
                data = _analyze(path, exercise, rules, save_pose=pose)
                return ReviewOutcome(path, data, pose_npz=pose.read_bytes())
        return ReviewOutcome(path, _analyze(path, exercise, rules))
    except CoachError as exc:
        return ReviewOutcome(path, error=str(exc))


@dataclass
class BatchItem:
    video: Path
    name: str
    json_path: Optional[Path]
    pose_path: Optional[Path]
    report_path: Optional[Path]
    input_sha256: str = ""


def estimated_cost(path: Path) -> float:
    """Roughly how long an input takes to review, from its header: frames × (1 + megapixels).

    The model's cost is per frame and decoding's grows with the picture, so a 1080p minute weighs about
    three 360p minutes. The longest inputs are started first: two workers then finish together instead
    of one idling while the other reviews the last long video. A pose track needs no model: it weighs
    next to nothing, as does an input that cannot be opened (its task says why).
    """
    if path.suffix.lower() == ".npz":
        return 0.0
    import cv2

    from coach.sources import open_video_capture

    cap = open_video_capture(path)
    try:
        if not cap.isOpened():
            return 0.0
        frames = max(0.0, float(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0.0))
        width, height = (float(cap.get(p) or 0.0) for p in (cv2.CAP_PROP_FRAME_WIDTH, cv2.CAP_PROP_FRAME_HEIGHT))
        megapixels = width * height / 1e6
        return frames * (1.0 + megapixels)
    finally:
        cap.release()


def _progress_bar(total: int, initial: int) -> "tqdm[NoReturn]":  # a bar with no iterable
    from tqdm import tqdm

    # disable=None: drawn on a terminal only, so logs and CI output stay clean
    return tqdm(total=total, initial=initial, unit="input", desc="review", file=sys.stderr, disable=None,
                dynamic_ncols=True)


def _outcomes(items: list[BatchItem], todo: list[int], exercise: str, rules: list[str], jobs: int,
              scheduler: Optional[str]) -> Iterator[tuple[int, ReviewOutcome]]:
    """Each pending input's outcome, in the order they finish."""
    if not todo:
        return
    if jobs <= 1 and not scheduler:
        for i in todo:
            it = items[i]
            yield i, review_task(str(it.video), exercise, rules, it.pose_path is not None)
        return
    from distributed import as_completed

    from coach.analysis.cluster import dask_client

    longest_first = sorted(todo, key=lambda i: estimated_cost(items[i].video), reverse=True)
    with dask_client(scheduler, min(jobs, len(todo))) as client:
        futures = {client.submit(review_task, str(items[i].video), exercise, rules, items[i].pose_path is not None,
                                 pure=False, key=f"coach-review-{i}-{items[i].name}",
                                 priority=len(longest_first) - rank): i
                   for rank, i in enumerate(longest_first)}
        for fut in as_completed(list(futures), loop=client.loop):
            i = futures.pop(fut)
            try:
                outcome = fut.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died too often, or a bug: this input fails
                outcome = ReviewOutcome(str(items[i].video), error=f"{type(exc).__name__}: {exc}".splitlines()[0])
            fut.release()
            yield i, outcome


def _write_outputs(item: BatchItem, outcome: ReviewOutcome, rules_key: str) -> Result:
    """Pose track first, JSON last: the JSON (with its content key) is what marks the input as done.

    The worker's message is a ``coach.analysis/1`` dict (what crosses a Dask connection); it becomes the
    typed result here, once."""
    assert outcome.data is not None
    data = dict(outcome.data)
    if item.input_sha256:
        data["input_sha256"] = item.input_sha256
        data["rules_sha256"] = rules_key
    if item.pose_path is not None:
        with replacing(item.pose_path, what="--save-pose ") as tmp:
            if outcome.pose_npz is not None:
                tmp.write_bytes(outcome.pose_npz)
            else:  # the input is already a pose track: its copy is the skeleton asked for
                shutil.copyfile(item.video, tmp)
    if item.json_path is not None:
        with replacing(item.json_path, what="--json ") as tmp:
            tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return result_from_dict(outcome.data)


def plan_items(inputs: list[Path], json_dir: Optional[str], pose_dir: Optional[str],
               report_dir: Optional[str]) -> list[BatchItem]:
    items = []
    for video, name in zip(inputs, output_names(inputs)):
        items.append(BatchItem(video, name, Path(json_dir) / f"{name}.json" if json_dir else None,
                               Path(pose_dir) / f"{name}.npz" if pose_dir else None,
                               Path(report_dir) / f"{name}.html" if report_dir else None))
    return items


def analyze_many(inputs: list[Path], exercise: str, rules: list[str], json_dir: Optional[str] = None,
                 jobs: int = 1, quiet: bool = False, scheduler: Optional[str] = None,
                 pose_dir: Optional[str] = None, summary_csv: Optional[str] = None,
                 report_dir: Optional[str] = None, redo: bool = False) -> int:
    """Returns 0 when every input was analysed (now or before), 1 when some failed (one line each)."""
    for flag, folder in (("--json", json_dir), ("--save-pose", pose_dir)):
        if folder:
            d = Path(folder)
            if d.exists() and not d.is_dir():
                raise CoachError(QT_TRANSLATE_NOOP("errors", "{flag} must be a folder when there are several inputs "
                                                             "({path} is a file)"), flag=flag, path=str(d))
            d.mkdir(parents=True, exist_ok=True)
    if jobs <= 0:
        jobs = os.cpu_count() or 1  # --jobs 0: one worker per core
    items = plan_items(inputs, json_dir, pose_dir, report_dir)
    # The exercise's own rule file counts too (every recognisable one's, for auto): a newer Coach with other
    # default limits analyses again.
    defaults = [rule_file_path(exercise_spec(n)) for n in (recognisable_exercise_names() if exercise == AUTO
                                                            else [exercise])]
    rules_key = rules_sha256(exercise, [*defaults, *rules]) if json_dir else ""
    results: dict[int, Result] = {}
    errors: dict[int, str] = {}
    todo: list[int] = []
    for i, it in enumerate(items):
        if it.json_path is not None:
            try:
                it.input_sha256 = file_sha256(it.video)
            except OSError:
                pass  # the task gives its own one-line reason (not found, not readable)
            extra = [p for p in (it.pose_path, it.report_path) if p is not None]
            data = None if redo else done_result(it.json_path, it.input_sha256, rules_key, extra)
            if data is not None:
                results[i] = data
                continue
        todo.append(i)
    if len(todo) < len(items):
        print(f"coach: {len(items) - len(todo)} of {len(items)} inputs already analysed with these rules; "
              f"skipping them (--redo analyses them again)", file=sys.stderr)
    bar = _progress_bar(len(items), len(items) - len(todo))
    try:
        for i, outcome in _outcomes(items, todo, exercise, rules, jobs, scheduler):
            if not outcome.error:
                try:
                    results[i] = _write_outputs(items[i], outcome, rules_key)
                except CoachError as exc:
                    outcome.error = str(exc)
            if outcome.error:
                errors[i] = outcome.error
                bar.write(f"coach: skipped {items[i].video}: {outcome.error}", file=sys.stderr)
            else:
                done = results[i]
                if isinstance(done, AnalysisResult):
                    results[i] = replace(done, angle_series=None)  # the summary and the table do without it
            bar.update(1)
    finally:
        bar.close()
    if summary_csv:
        rows: list[dict[str, object]] = []
        for i, it in enumerate(items):
            got = results.get(i)
            rows += session_rows(it.video, got) if isinstance(got, SessionAnalysis) else \
                [summary_row(it.video, exercise, got, errors.get(i, ""))]
        write_summary_csv(rows, summary_csv)
    if not quiet:
        for i in range(len(items)):
            got = results.get(i)
            if isinstance(got, SessionAnalysis):
                print_session_summary(got)
            elif got is not None:
                print_summary(got)
    return 1 if errors else 0
