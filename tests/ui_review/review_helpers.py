"""Helpers shared by the review tests: run a job to its end, write a limits file."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

JOB_TIMEOUT_MS = 60000


def run_job(qtbot, window, start: Callable[[], object], timeout: int = JOB_TIMEOUT_MS) -> tuple[str, str]:
    """Start a job with ``start()`` and wait until its thread has ended; returns (kind, outcome)."""
    with qtbot.waitSignal(window.jobFinished, timeout=timeout) as blocker:
        assert start() is not False
    return tuple(blocker.args)


def write_limits(folder: Path, text: str, name: str = "patient.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
