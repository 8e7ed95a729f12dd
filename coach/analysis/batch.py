"""Batch analysis: a folder or several recordings, in parallel processes, one bad file never stops the rest.

MediaPipe inference holds the GIL-free C++ side only partly and each estimator
is single-stream, so parallelism is per file in separate processes (``--jobs``).
Each result is written as ``<name>.json`` in the output folder as soon as it is
done, so an interrupted batch keeps what finished.
"""
from __future__ import annotations

import os
import sys
from concurrent.futures import as_completed
from pathlib import Path
from typing import Optional

from coach.analysis.summary_text import print_summary
from coach.errors import CoachError
from coach.workers import worker_pool

MEDIA_SUFFIXES = {".mp4", ".mov", ".avi", ".mkv", ".webm", ".m4v", ".mpg", ".mpeg", ".npz"}


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Files as given; folders expanded to the videos and pose tracks directly inside them, sorted."""
    out: list[Path] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in MEDIA_SUFFIXES)
            if not found:
                raise CoachError(f"no videos or pose tracks in folder {p}")
            out.extend(found)
        else:
            out.append(p)
    return out


def _analyze_one(path: str, exercise: str, rules: list[str], json_path: Optional[str]) -> tuple[str, dict]:
    from coach.analysis.run import analyze_file, write_json

    try:
        result = analyze_file(path, exercise, rules=rules)
    except CoachError as exc:
        return path, {"error": str(exc)}
    if json_path:
        write_json(result, json_path)
    return path, result.to_json()


def _json_path(json_dir: Optional[str], video: Path, taken: set[str]) -> Optional[str]:
    if not json_dir:
        return None
    name = video.stem
    while name in taken:
        name += "_"
    taken.add(name)
    return str(Path(json_dir) / f"{name}.json")


def _progress(done: int, total: int, name: str) -> None:
    if not sys.stderr.isatty():
        return
    width = 30
    filled = int(width * done / max(total, 1))
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:40s}")
    sys.stderr.flush()
    if done == total:
        sys.stderr.write("\n")


def analyze_many(inputs: list[Path], exercise: str, rules: list[str], json_dir: Optional[str] = None,
                 jobs: int = 1, quiet: bool = False) -> int:
    """Returns 0 when every input was analysed, 1 when some failed (each failure is printed)."""
    if json_dir:
        d = Path(json_dir)
        if d.exists() and not d.is_dir():
            raise CoachError(f"--json must be a folder when there are several inputs ({d} is a file)")
        d.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    tasks = [(str(v), exercise, list(rules), _json_path(json_dir, v, taken)) for v in inputs]
    jobs = max(1, min(jobs if jobs > 0 else (os.cpu_count() or 1), len(tasks)))
    failures = 0
    results: dict[str, dict] = {}
    if jobs == 1:
        for i, task in enumerate(tasks, 1):
            path, data = _analyze_one(*task)
            results[path] = data
            _progress(i, len(tasks), Path(path).name)
    else:
        with worker_pool(jobs) as pool:  # Ctrl-C stops the workers and cancels the rest at once
            futures = [pool.submit(_analyze_one, *task) for task in tasks]
            for i, fut in enumerate(as_completed(futures), 1):
                path, data = fut.result()
                results[path] = data
                _progress(i, len(tasks), Path(path).name)
    for path, *_ in tasks:
        data = results[path]
        if "error" in data:
            failures += 1
            print(f"coach: skipped {path}: {data['error']}", file=sys.stderr)
        elif not quiet:
            print_summary(data)
    return 1 if failures else 0
