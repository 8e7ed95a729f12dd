"""Session fixtures for the real clips in ../shared/data (tests skip cleanly when it is absent)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Dates and numbers on screen follow the system locale; the suite reads them in the C locale (ISO dates,
# a decimal point) whatever the machine's LANG is. Tests of other locales set their own.
os.environ["LC_ALL"] = "C.UTF-8"

from clips import LABELS_PATH, SHARED_DATA, ClipRuns  # noqa: E402


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not LABELS_PATH.exists():
        pytest.skip(f"real clips not found at {SHARED_DATA} (../shared/data is absent)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def clip_runs(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> ClipRuns:
    return ClipRuns(tmp_path_factory.mktemp("clips"))
