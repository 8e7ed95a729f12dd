"""Landmark indices and the :class:`PoseFrame` that flows from the estimator to analyzers.

MediaPipe BlazePose gives 33 landmarks. Image landmarks are x, y normalised to
the frame (0..1, y down), z relative depth, and visibility (0..1); world
landmarks are metres around the hip centre. ``others_in_view`` counts people
besides the tracked one, so analyzers can say so. A frame with nobody in it carries
``None`` for both arrays so analyzers cannot mistake a guess for a person.
"""
from __future__ import annotations

from functools import lru_cache
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from coach.pose.silhouette import Silhouette

N_LANDMARKS = 33
LANDMARK_SHAPE = (N_LANDMARKS, 4)


class Landmark(IntEnum):
    NOSE = 0
    LEFT_EYE_INNER = 1
    LEFT_EYE = 2
    LEFT_EYE_OUTER = 3
    RIGHT_EYE_INNER = 4
    RIGHT_EYE = 5
    RIGHT_EYE_OUTER = 6
    LEFT_EAR = 7
    RIGHT_EAR = 8
    MOUTH_LEFT = 9
    MOUTH_RIGHT = 10
    LEFT_SHOULDER = 11
    RIGHT_SHOULDER = 12
    LEFT_ELBOW = 13
    RIGHT_ELBOW = 14
    LEFT_WRIST = 15
    RIGHT_WRIST = 16
    LEFT_PINKY = 17
    RIGHT_PINKY = 18
    LEFT_INDEX = 19
    RIGHT_INDEX = 20
    LEFT_THUMB = 21
    RIGHT_THUMB = 22
    LEFT_HIP = 23
    RIGHT_HIP = 24
    LEFT_KNEE = 25
    RIGHT_KNEE = 26
    LEFT_ANKLE = 27
    RIGHT_ANKLE = 28
    LEFT_HEEL = 29
    RIGHT_HEEL = 30
    LEFT_FOOT_INDEX = 31
    RIGHT_FOOT_INDEX = 32


@lru_cache(maxsize=None)
def side_landmark(side: str, part: str) -> int:
    """Index of e.g. ``side_landmark("left", "hip")`` — rules name joints per side. Cached: the analyzers
    ask it tens of times per frame, and the enum lookup was a quarter of re-scoring a pose track."""
    return int(Landmark[f"{side.upper()}_{part.upper()}"])


# Bones drawn for the skeleton overlay (pairs of landmark indices).
SKELETON_EDGES: tuple[tuple[int, int], ...] = (
    (11, 12), (11, 13), (13, 15), (12, 14), (14, 16),
    (11, 23), (12, 24), (23, 24),
    (23, 25), (25, 27), (27, 29), (29, 31), (27, 31),
    (24, 26), (26, 28), (28, 30), (30, 32), (28, 32),
    (0, 11), (0, 12),
)


@dataclass(frozen=True)
class PoseFrame:
    """One frame's pose. ``image``/``world`` are float32 ``(33, 4)`` or None when nobody is seen."""

    t_s: float
    image: np.ndarray | None
    world: np.ndarray | None
    frame_size: tuple[int, int]  # width, height in pixels
    others_in_view: int = 0  # people seen besides the tracked one (see coach.pose.crowd)
    silhouette: Silhouette | None = None  # the outline around the torso, when segmentation was asked for

    def __post_init__(self) -> None:
        for name in ("image", "world"):
            arr = getattr(self, name)
            if arr is not None and (arr.shape != LANDMARK_SHAPE or arr.dtype != np.float32):
                raise ValueError(f"PoseFrame.{name} must be float32 {LANDMARK_SHAPE}, got {arr.dtype} {arr.shape}")
        if (self.image is None) != (self.world is None):
            raise ValueError("PoseFrame.image and .world must both be present or both None")

    @property
    def has_person(self) -> bool:
        return self.image is not None

    @property
    def has_reliable_person(self) -> bool:
        """Somebody found with every point finite: a frame with a NaN or infinite point is a gap."""
        return (self.image is not None and bool(np.isfinite(self.image).all())
                and (self.world is None or bool(np.isfinite(self.world).all())))

    @property
    def aspect(self) -> float:
        """Width / height: image x and y are normalised separately, so distances need this."""
        w, h = self.frame_size
        return w / h if h else 1.0
