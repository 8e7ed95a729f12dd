"""What a long review job sees of whoever runs it: a cancel flag to check and a way to report progress.

A job is a plain function of a :class:`JobContext`, so it runs the same on the
GUI's worker thread and in a test. Progress is throttled here, not by the
caller: a pose track analyses thousands of frames a second and a report per
frame would flood a GUI's event queue.
"""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

from coach.phrase import Text

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress reports a second


class JobCancelled(Exception):
    """Raised inside a job (via :meth:`JobContext.check`) to stop at once."""


class JobContext:
    """A cancel event set by the runner, and a ``report(percent, text)`` callback it provides.

    The text is a :class:`~coach.phrase.Phrase` (or plain text): the runner says it in its own language.
    """

    def __init__(self, cancel: threading.Event, report: Callable[[int, Text], None]) -> None:
        self._cancel = cancel
        self._report = report
        self._last = 0.0
        self._last_pct = -2

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled()

    def report(self, percent: int, text: Text = "", force: bool = False) -> None:
        """Throttled: a report per frame would flood the runner on a fast track analysis."""
        now = time.monotonic()
        if force or (percent != self._last_pct and now - self._last >= PROGRESS_INTERVAL_S):
            self._last, self._last_pct = now, percent
            self._report(percent, text)

    def frame_progress(self, text: Text) -> Callable[..., bool]:
        """A ``progress`` callback for :func:`coach.analysis.analyze_file` (returns False to cancel)."""
        def progress(i: int, expected: int, _pose: object = None, _events: object = None) -> bool:
            if self._cancel.is_set():
                return False
            pct = min(99, int(100 * (i + 1) / expected)) if expected > 0 else -1
            self.report(pct, text)
            return True
        return progress


Job = Callable[[JobContext], Any]
