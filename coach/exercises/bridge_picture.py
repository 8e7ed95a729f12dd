"""A glute bridge's lift as the picture shows it: the witness for when the 3-D pose fails.

From beyond the feet, MediaPipe's 3-D pose of a person at the top of a bridge can flip face
down for a second or more (the knees hide the hips; mirrored or dim footage makes it worse),
and from there it can also drop the pelvis to the floor for a few frames. The 2-D landmarks
keep the pelvis where it is: in the picture it rises well above the feet, which stay where they
were, while the shoulders stay on the floor. Only that pattern is read here, and only as a
witness: the bridge analyzer judges on the 3-D pose and asks the picture whether a lift is
still going on when the 3-D reading has stopped describing a person on their back.

Heights are the pelvis above the feet in the picture, up positive, divided by the picture's
shoulder-to-feet length at rest, so they do not depend on the camera's distance.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Callable, Optional, Sequence, TypeVar

import numpy as np

from coach.exercises.body import Body

REST_QUANTILE = 0.25

T = TypeVar("T")


def low_quantile(items: Sequence[T], quantile: float, key: Callable[[T], float]) -> T:
    """The item at ``quantile`` of ``items`` ordered by ``key`` (0: the lowest): a rest read from a window.

    A low quantile rather than the lowest reading, so one frame of jitter below the rest cannot
    stand for it. Shared by the picture's rest here and the bridge's 3-D resting angle.
    """
    ordered = sorted(items, key=key)
    return ordered[int(quantile * (len(ordered) - 1))]


@dataclass(frozen=True)
class PelvisInPicture:
    """Where the pelvis, the feet and the shoulders are in one frame's picture (aspect-corrected, y down)."""

    pelvis: np.ndarray
    feet: np.ndarray
    shoulders: np.ndarray

    @classmethod
    def of(cls, body: Body) -> "PelvisInPicture":
        return cls(pelvis=body.mid("hip"), feet=body.mid("ankle"), shoulders=body.mid("shoulder"))

    @property
    def height(self) -> float:
        """The pelvis above the feet, in picture units (up positive)."""
        return float(self.feet[1] - self.pelvis[1])

    @property
    def length(self) -> float:
        """Shoulders to feet in the picture: the scale heights are measured in."""
        return float(np.linalg.norm(self.shoulders - self.feet))


class PictureRest:
    """The resting pelvis in the picture: its usual height in a recent window of rest frames.

    The feet, shoulders and scale are those of the latest rest frame: between rest and the top
    of a bridge they should barely move. ``feet_moved_max`` and ``shoulders_moved_max`` (in
    shoulder-to-feet lengths) say how far they may; a rest frame further off (the camera was
    knocked, the person moved on the mat) starts the window afresh.
    """

    def __init__(self, window_s: float, feet_moved_max: float, shoulders_moved_max: float) -> None:
        self.window_s = window_s
        self.feet_moved_max, self.shoulders_moved_max = feet_moved_max, shoulders_moved_max
        self._heights: deque[tuple[float, float]] = deque()
        self._rest_height = 0.0  # the window's lower quartile, kept up to date as rest frames come in
        self._last: Optional[PelvisInPicture] = None

    def add(self, t_s: float, seen: PelvisInPicture) -> None:
        if seen.length <= 1e-6:
            return
        if self._last is not None and not self.anchored(seen):
            self._heights.clear()
        self._heights.append((t_s, seen.height))
        while len(self._heights) > 1 and self._heights[0][0] < t_s - self.window_s:
            self._heights.popleft()
        self._rest_height = low_quantile(self._heights, REST_QUANTILE, key=lambda th: th[1])[1]
        self._last = seen

    def clear(self) -> None:
        self._heights.clear()
        self._last = None

    def rise(self, seen: PelvisInPicture) -> Optional[float]:
        """The pelvis above its rest height, in shoulder-to-feet lengths; None with no rest seen yet, or
        with feet or shoulders moved since (:meth:`anchored`): a camera that moved, or a person who
        shifted on the mat, leaves the picture nothing to compare.

        The rest height is the window's lower quartile: the lowest alone is one frame's noise,
        which from some cameras (high at the head end) is a tenth of the picture's body length.
        """
        if self._last is None or not self._heights or not self.anchored(seen):
            return None
        return (seen.height - self._rest_height) / self._last.length

    def anchored(self, seen: PelvisInPicture) -> bool:
        """Feet and shoulders still where they were at rest.

        A bridge lifts the pelvis between planted feet and shoulders on the floor; sitting up,
        rolling over or pulling a knee in moves one of them.
        """
        if self._last is None:
            return False
        scale = self._last.length
        return (float(np.linalg.norm(seen.feet - self._last.feet)) <= self.feet_moved_max * scale
                and float(np.linalg.norm(seen.shoulders - self._last.shoulders)) <= self.shoulders_moved_max * scale)
