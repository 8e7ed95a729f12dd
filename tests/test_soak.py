"""Soak: a looped 30 fps session through the real threaded live pipeline keeps memory and threads flat.

Both soaks are slow (2 and 10 minutes), so they run only when asked: ``pytest -m slow tests/test_soak.py``.
"""
from __future__ import annotations

import os
import threading

import pytest

from clips import SHARED_DATA

CLIP = SHARED_DATA / "videos/glute_bridge/wanshape_outdoor_side.mp4"


def soak(minutes: float) -> dict:
    if not CLIP.exists():
        pytest.skip("../shared/data is absent")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coach.ui.bench_live import run_live_bench

    before = threading.active_count()
    result = run_live_bench(CLIP, seconds=minutes * 60)
    assert threading.active_count() <= before, "threads left behind after the session"
    return result


def check_flat(result: dict) -> None:
    assert result["live_processed_fps"] > 10
    growth = (result["rss_end_mb"] - result["rss_warm_mb"]) / result["rss_warm_mb"]
    assert growth < 0.10, result["samples"]
    assert result["threads_end"] <= result["threads_warm"], result["samples"]


@pytest.mark.slow
def test_two_minute_soak_is_flat():
    check_flat(soak(2.0))


@pytest.mark.slow
def test_ten_minute_soak_is_flat():
    check_flat(soak(10.0))
