from __future__ import annotations

import math

import numpy as np
import pytest

from coach.exercises.debounce import DebouncedFlag, Hysteresis
from coach.pose.geometry import angle_deg, segment_incline_deg, signed_distance_to_line
from coach.pose.smoothing import OneEuroFilter


def test_debounced_flag_backdates_start_and_end():
    f = DebouncedFlag(enter_s=0.5, exit_s=0.5)
    began = ended = None
    for i in range(100):
        t = i * 0.1
        tr = f.update(3.0 <= t < 6.0, t)
        began = tr.began if tr.began is not None else began
        ended = tr.ended if tr.ended is not None else ended
    assert began == pytest.approx(3.0) and ended == pytest.approx(6.0)


def test_debounced_flag_ignores_blips():
    f = DebouncedFlag(enter_s=0.3, exit_s=0.3)
    assert not any(f.update(i % 3 == 0, i / 30).began for i in range(300))



@pytest.mark.parametrize("fps", [15.0, 25.0, 30.0, 60.0])
def test_debounced_flag_takes_a_span_of_exactly_its_time_on_a_frame_clock(fps):
    """Frame times are sums of float steps: a condition held from one frame to the frame exactly
    ``enter_s`` later (0.2 s: 6 frames at 30 fps) has been held that long, whatever the last bit says."""
    flag = DebouncedFlag(0.2, 0.2)
    step = 1.0 / fps
    frames = round(0.2 * fps)
    t0 = 37 * step  # well into a recording, where the sums have drifted
    began = [flag.update(True, t0 + i * step).began for i in range(frames + 1)]
    assert began[-1] == pytest.approx(t0)
    assert all(b is None for b in began[:-1])


@pytest.mark.parametrize("fps, lapse_frames, began", [(30, 4, 0.0), (30, 8, None), (15, 1, 0.0), (7, 1, None)])
def test_debounced_flag_getting_in_rides_over_a_lapse_shorter_than_its_gap(fps, lapse_frames, began):
    """Holding a position, a frame or two of jitter across a limit does not start the wait again: the
    condition held again within the 0.2 s gap of the last frame it held (4 lapsed frames at 30 fps, one
    at 15). A longer lapse does, and so does one lapsed frame at 7 fps, 0.29 s between holding frames:
    nothing has begun 1.75 s in."""
    flag = DebouncedFlag(1.5, 0.5, enter_gap_s=0.2)
    held_first = round(0.5 * fps)
    raws = [True] * held_first + [False] * lapse_frames + [True] * (round(1.75 * fps) - held_first - lapse_frames)
    out = [flag.update(raw, i / fps) for i, raw in enumerate(raws)]
    started = [tr.began for tr in out if tr.began is not None]
    assert started == ([] if began is None else [pytest.approx(began)])
    assert flag.active == (began is not None)

def test_hysteresis_band():
    h = Hysteresis(on=10, off=5)
    assert [h.update(v) for v in (4, 9, 10, 7, 6, 4.9, 9)] == [False, False, True, True, True, False, False]
    with pytest.raises(ValueError):
        Hysteresis(on=5, off=10)


def test_angles_and_lines():
    assert angle_deg(np.array([1, 0]), np.array([0, 0]), np.array([0, 1])) == pytest.approx(90)
    assert math.isnan(angle_deg(np.array([0, 0]), np.array([0, 0]), np.array([0, 1])))
    assert segment_incline_deg(np.array([0, 0]), np.array([1, -1])) == pytest.approx(45)
    # above the line (smaller y) is positive whichever way the line runs (mirrored video)
    for a, b in (((0, 0), (2, 0)), ((2, 0), (0, 0))):
        assert signed_distance_to_line(np.array([1, -0.5]), np.array(a), np.array(b)) == pytest.approx(0.5)


def test_one_euro_smooths_noise_but_follows_a_step():
    rng = np.random.default_rng(0)
    f = OneEuroFilter(min_cutoff_hz=1.0, beta=0.5)
    noisy = [f(np.array([1.0 + rng.normal(0, 0.05)]), i / 30)[0] for i in range(90)]
    assert np.std(noisy[30:]) < 0.03
    out = [f(np.array([3.0]), 3 + i / 30)[0] for i in range(30)]
    assert out[-1] == pytest.approx(3.0, abs=0.05)
