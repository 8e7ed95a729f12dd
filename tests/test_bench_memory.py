"""``coach bench``'s live-set memory growth: measured from after the warm-up to the end of the set."""
from __future__ import annotations

import math

from coach.bench import memory_growth


def test_growth_is_measured_after_a_minutes_warm_up_on_a_long_run():
    # 30 minutes sampled every 2 s: 450 MB while the model warms up, 480 MB from minute 1, 490 MB at the end.
    samples = [(t, 450.0 if t < 60 else (490.0 if t >= 1790 else 480.0), 13) for t in range(0, 1801, 2)]
    grown_mb, grown_pct = memory_growth(samples)
    assert grown_mb == 10.0
    assert math.isclose(grown_pct, 100 * 10 / 480)


def test_a_short_run_warms_up_for_a_fifth_of_it():
    samples = [(0.0, 400.0, 9), (2.0, 420.0, 13), (4.0, 430.0, 13), (10.0, 440.0, 13)]
    grown_mb, _ = memory_growth(samples)
    assert grown_mb == 20.0  # from the 2 s sample (the first at or after 10 s / 5)


def test_no_samples_is_not_a_number_not_a_crash():
    assert all(math.isnan(x) for x in memory_growth([]))


def test_a_live_sets_peak_is_its_own_not_that_of_the_process_that_started_it():
    import subprocess
    import sys

    ballast = b"\x01" * (400 << 20)  # this process now has 400 MB more resident than the child will ever use
    code = "from coach.live.bench import peak_rss_mb; print(peak_rss_mb())"
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(ballast) and 5.0 < float(child.stdout) < 300.0, child.stdout
