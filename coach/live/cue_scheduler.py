"""Which spoken cue to say next: one at a time, most important first, never nagging.

A voice that repeats "lift your hips" every second is worse than none, and a
count said two seconds late is confusing. So this plain-Python class (no Qt,
unit-testable with a fake clock) keeps at most one waiting utterance per
priority, lets a newer utterance of the same priority replace an older one
(stale advice is useless), drops anything that waited longer than
``max_wait_s``, and refuses to repeat the same text within ``cooldown_s``.
Counts are exempt from the cooldown because each one is news.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Optional


class CuePriority(IntEnum):
    """Higher is said first. Setup guidance beats counts: nothing is counted until it is fixed."""

    INFO = 0
    FORM = 1
    COUNT = 2
    SETUP = 3
    SAFETY = 4


@dataclass(frozen=True)
class Utterance:
    text: str
    priority: CuePriority
    offered_at: float


class CueScheduler:
    """Decides what the voice says next; the caller tells it the time and whether the voice is busy."""

    def __init__(self, cooldown_s: float = 8.0, max_wait_s: float = 3.0, min_gap_s: float = 0.6) -> None:
        self.cooldown_s = cooldown_s
        self.max_wait_s = max_wait_s
        self.min_gap_s = min_gap_s  # a breath between utterances so two cues never run together
        self._pending: dict[CuePriority, Utterance] = {}
        self._last_said: dict[str, float] = {}
        self._last_any: Optional[float] = None

    def offer(self, text: Optional[str], priority: CuePriority, now: float) -> bool:
        """Queue ``text`` unless it was said within the cooldown; returns whether it was queued."""
        if not text or not text.strip():
            return False
        if priority != CuePriority.COUNT and self._in_cooldown(text, now):
            return False
        waiting = self._pending.get(priority)
        if waiting is not None and waiting.text == text:
            return True  # already waiting: keep its original time so it can still expire
        self._pending[priority] = Utterance(text, priority, now)
        return True

    def next(self, now: float, busy: bool) -> Optional[Utterance]:
        """The utterance to say now, or None (voice busy, too soon after the last one, or nothing left)."""
        self._expire(now)
        if busy or not self._pending:
            return None
        if self._last_any is not None and now - self._last_any < self.min_gap_s:
            return None
        best = max(self._pending.values(), key=lambda u: (u.priority, u.offered_at))
        del self._pending[best.priority]
        self._last_said[best.text] = now
        self._last_any = now
        return best

    def withdraw(self, priority: CuePriority) -> None:
        """Forget a waiting cue whose reason is gone (the setup problem was fixed before it was said)."""
        self._pending.pop(priority, None)

    def clear(self) -> None:
        """A new set: nothing waiting and no memory of what was said."""
        self._pending.clear()
        self._last_said.clear()
        self._last_any = None

    @property
    def pending(self) -> list[Utterance]:
        return sorted(self._pending.values(), key=lambda u: -u.priority)

    def _in_cooldown(self, text: str, now: float) -> bool:
        said = self._last_said.get(text)
        return said is not None and now - said < self.cooldown_s

    def _expire(self, now: float) -> None:
        for prio, u in list(self._pending.items()):
            if now - u.offered_at > self.max_wait_s:
                del self._pending[prio]
