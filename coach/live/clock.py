"""The live pipeline's clock: seconds since the set started, standing still while it is paused.

Real-time pacing of a video and the timestamps given to camera frames both
read it, so pausing a set freezes both; a resumed set carries on where it was
instead of rushing to catch up.
"""
from __future__ import annotations

import threading
import time
from typing import Callable, Optional


class PausableClock:
    """Seconds since start, not counting paused time: pacing and camera timestamps both stand still."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._lock = threading.Lock()
        self._start = now()
        self._paused_at: Optional[float] = None
        self._paused_total = 0.0

    def elapsed(self) -> float:
        with self._lock:
            end = self._paused_at if self._paused_at is not None else self._now()
            return end - self._start - self._paused_total

    def restart(self) -> None:
        """Zero the clock (when the pose model has loaded), keeping a pause that is in force."""
        with self._lock:
            self._start = self._now()
            self._paused_total = 0.0
            if self._paused_at is not None:
                self._paused_at = self._start

    def pause(self) -> None:
        with self._lock:
            if self._paused_at is None:
                self._paused_at = self._now()

    def resume(self) -> None:
        with self._lock:
            if self._paused_at is not None:
                self._paused_total += self._now() - self._paused_at
                self._paused_at = None
