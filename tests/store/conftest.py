"""Store fixtures: a fresh store in a temp folder with a controllable clock, and event builders."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from coach.store import Store


class FakeClock:
    """Wall-clock time for the store that tests move by hand (sessions on different days)."""

    def __init__(self, start: datetime = datetime(2024, 5, 6, 9, 0, tzinfo=timezone(timedelta(hours=1)))) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **kw: float) -> None:
        self.t += timedelta(**kw)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "coach.sqlite3"


@pytest.fixture
def store(db_path: Path, clock: FakeClock):
    s = Store(db_path, clock=clock, busy_timeout_s=0.5)
    yield s
    s.close()
