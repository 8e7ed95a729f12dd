"""Store fixtures: a fresh store in a temp folder with a controllable clock, and event builders."""
from __future__ import annotations

from pathlib import Path

import pytest

from coach.store import Store
from wall_clock import FakeClock


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
