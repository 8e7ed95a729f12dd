"""A wall clock for the store that tests move by hand (sessions on different days, weeks apart)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone


class FakeClock:
    def __init__(self, start: datetime = datetime(2024, 5, 6, 9, 0, tzinfo=timezone(timedelta(hours=1)))) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **kw: float) -> None:
        self.t += timedelta(**kw)
