"""Share fixtures: a clock the tests move by hand (sessions on different days)."""
from __future__ import annotations

import pytest

from wall_clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
