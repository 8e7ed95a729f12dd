"""Programme fixtures: a store in a temp folder with a wall clock the tests move by hand."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from coach.programme import Prescription, Programme
from coach.store import Store
from wall_clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock):
    s = Store(tmp_path / "coach.sqlite3", clock=clock, busy_timeout_s=0.5)
    yield s
    s.close()


@pytest.fixture
def programme() -> Programme:
    return Programme("Stage 1 — settle the pain", (
        Prescription("glute_bridge", sets=2, reps=8, rest_s=45, rule_overrides={"form": {"top_line_min": -0.2}}),
        Prescription("plank", sets=1, hold_s=20, rest_s=30),
        Prescription("bird_dog", sets=2, reps=5, rest_s=0, side="alternate", note="Slow and steady"),
    ), notes="Every other day")
