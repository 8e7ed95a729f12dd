"""A hand-off slot of size one between the capture thread and the inference thread.

Live coaching must react to what the person is doing *now*: if inference falls
behind, queued frames would make every cue later and later. So the slot holds
one frame; a frame put while another is still waiting replaces it and is
counted as dropped ("newest frame wins"). Tests and offline review want every
frame instead, so :meth:`put_wait` blocks until the slot is free (lossless).
Everything waits on a condition variable: no polling, and :meth:`close` wakes
every waiter so threads stop promptly.
"""
from __future__ import annotations

import threading
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class FrameSlot(Generic[T]):
    """Thread-safe single-item mailbox; ``dropped`` counts items replaced before they were taken."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._item: Optional[T] = None
        self._closed = False
        self.dropped = 0
        self.delivered = 0

    def put(self, item: T) -> bool:
        """Newest wins: replace a waiting item (counted as dropped). False when the slot is closed."""
        with self._cond:
            if self._closed:
                return False
            if self._item is not None:
                self.dropped += 1
            self._item = item
            self._cond.notify_all()
            return True

    def put_wait(self, item: T, timeout: Optional[float] = None) -> bool:
        """Lossless: wait until the slot is empty, then put. False when closed (or timed out)."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._item is None or self._closed, timeout):
                return False
            if self._closed:
                return False
            self._item = item
            self._cond.notify_all()
            return True

    def take(self, timeout: Optional[float] = None) -> Optional[T]:
        """The waiting item, blocking until there is one; None when closed (or timed out)."""
        with self._cond:
            self._cond.wait_for(lambda: self._item is not None or self._closed, timeout)
            if self._item is None:
                return None
            item, self._item = self._item, None
            self.delivered += 1
            self._cond.notify_all()
            return item

    def close(self) -> None:
        """Wake every waiter; later puts fail and takes return what is left, then None."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        with self._cond:
            return self._closed
