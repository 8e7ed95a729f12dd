"""Time-aware smoothing of landmarks with the One-Euro filter (Casiez et al., CHI 2012).

The filter's cutoff adapts to speed: still joints are smoothed hard (no jitter
at a threshold), fast joints lightly (little lag on a rep). It uses real
timestamps, so a 7 fps GIF conversion and a 60 fps phone clip behave alike.
A gap longer than ``max_gap_s`` (nobody in view) resets the filter: smoothing
across a gap would invent motion that never happened. A frame with a NaN or
infinite point is itself a gap, after which the filter starts afresh.
"""
from __future__ import annotations

import dataclasses
import math

import numpy as np

from coach.pose.landmarks import PoseFrame


def _alpha(cutoff_hz: float, dt_s: float) -> float:
    tau = 1.0 / (2.0 * math.pi * cutoff_hz)
    return 1.0 / (1.0 + tau / dt_s)


class OneEuroFilter:
    """One-Euro filter over arrays of any shape; call with strictly increasing times."""

    def __init__(self, min_cutoff_hz: float = 1.0, beta: float = 0.3, d_cutoff_hz: float = 1.0) -> None:
        self.min_cutoff_hz = min_cutoff_hz
        self.beta = beta
        self.d_cutoff_hz = d_cutoff_hz
        self._x: np.ndarray | None = None
        self._dx: np.ndarray | None = None
        self._t: float | None = None

    def reset(self) -> None:
        self._x = self._dx = self._t = None

    def __call__(self, x: np.ndarray, t_s: float) -> np.ndarray:
        x = np.asarray(x, dtype=np.float64)
        if self._x is None or self._dx is None or self._t is None or t_s <= self._t:  # all three go together
            self._x, self._dx, self._t = x.copy(), np.zeros_like(x), t_s
            return x.copy()
        dt = t_s - self._t
        dx = (x - self._x) / dt
        a_d = _alpha(self.d_cutoff_hz, dt)
        dx_hat = a_d * dx + (1 - a_d) * self._dx
        cutoff = self.min_cutoff_hz + self.beta * np.abs(dx_hat)
        tau = 1.0 / (2.0 * math.pi * cutoff)
        a = 1.0 / (1.0 + tau / dt)
        x_hat: np.ndarray = a * x + (1 - a) * self._x
        self._x, self._dx, self._t = x_hat, dx_hat, t_s
        return x_hat.copy()


class LandmarkSmoother:
    """Smooths the image landmarks' x, y and the world landmarks' x, y, z; visibility passes through.

    The world landmarks need it as much as the picture: the exercises are judged on them,
    and their depth jitters more than anything in the picture.
    """

    def __init__(self, min_cutoff_hz: float = 1.5, beta: float = 2.0, max_gap_s: float = 0.5) -> None:
        self._filter = OneEuroFilter(min_cutoff_hz=min_cutoff_hz, beta=beta)
        # World landmarks are metres, not picture fractions: the speed term is scaled to match.
        self._world_filter = OneEuroFilter(min_cutoff_hz=min_cutoff_hz, beta=beta / 2.0)
        self.max_gap_s = max_gap_s
        self._last_t: float | None = None

    def __call__(self, frame: PoseFrame) -> PoseFrame:
        if frame.image is None:
            return frame
        if not frame.has_reliable_person:
            # A missing or infinite point would poison the filter's state for the rest of the set;
            # treat the frame as a gap (nobody reliably seen) and start afresh after it.
            self._filter.reset()
            self._world_filter.reset()
            self._last_t = None
            return dataclasses.replace(frame, image=None, world=None)
        if self._last_t is not None and frame.t_s - self._last_t > self.max_gap_s:
            self._filter.reset()
            self._world_filter.reset()
        self._last_t = frame.t_s
        image = frame.image.copy()
        image[:, :2] = self._filter(frame.image[:, :2], frame.t_s).astype(np.float32)
        world = frame.world
        if world is not None:
            world = world.copy()
            world[:, :3] = self._world_filter(world[:, :3], frame.t_s).astype(np.float32)
        return dataclasses.replace(frame, image=image, world=world)
