"""The body's own frame in 3-D: measures that do not change with the camera.

MediaPipe's world landmarks are metres around the hip centre, with axes that
follow the camera (x right, y down, z away). A joint angle computed there is
the same from the side, from the front or from a high corner; picture angles
are not (an oblique camera shortens a thigh and opens a hip angle by 20°).

"Up" is the one thing the world landmarks do not give: their y axis tilts with
the camera. Every exercise here is done on the floor, so the body itself says
where the floor is — the limbs that carry the weight (arms under the shoulders,
thighs under the hips) point down to it. :meth:`BodyFrame3D.support_down`
takes the mean of the supporting limbs, squared off against the body's long
axis, and falls back to the camera's down only when no limb is supporting.
The camera's own vertical (``incline_deg``, ``rise``) is used only for coarse,
lenient questions — lying or upright — which a 30° camera pitch or a 12° roll
cannot flip.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Optional

import numpy as np
from numpy.typing import NDArray

from coach.pose.landmarks import side_landmark

SIDES = ("left", "right")
CAMERA_DOWN = np.array([0.0, 1.0, 0.0])


def unit(v: np.ndarray) -> Optional[np.ndarray]:
    n = float(np.linalg.norm(v))
    return None if n < 1e-9 or n != n else v / n


def angle_between_deg(v1: np.ndarray, v2: np.ndarray) -> float:
    a, b = unit(v1), unit(v2)
    if a is None or b is None:
        return math.nan
    return math.degrees(math.acos(max(-1.0, min(1.0, float(np.dot(a, b))))))


def orthogonal_part(v: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """``v`` with its component along the unit ``axis`` removed."""
    return v - float(np.dot(v, axis)) * axis


@dataclass(frozen=True)
class BodyFrame3D:
    pts: np.ndarray  # (33, 3) metres, camera-aligned axes, y down
    torso_m: float   # mean shoulder–hip length of both sides

    @classmethod
    def from_world(cls, world: np.ndarray) -> "BodyFrame3D":
        pts = np.asarray(world[:, :3], dtype=np.float64)
        lengths = [float(np.linalg.norm(pts[side_landmark(s, "shoulder")] - pts[side_landmark(s, "hip")]))
                   for s in SIDES]
        return cls(pts, max(float(np.mean(lengths)), 1e-6))

    # ----- points -----------------------------------------------------------------------------
    def p(self, side: str, part: str) -> NDArray[np.floating[Any]]:
        point: NDArray[np.floating[Any]] = self.pts[side_landmark(side, part)]
        return point

    def mid(self, part: str) -> NDArray[np.floating[Any]]:
        return (self.p("left", part) + self.p("right", part)) / 2.0

    def vec(self, side: str, a: str, b: str) -> NDArray[np.floating[Any]]:
        """From joint ``a`` to joint ``b`` on one side."""
        return self.p(side, b) - self.p(side, a)

    # ----- angles that need no "up" -----------------------------------------------------------
    def angle_deg(self, side: str, a: str, b: str, c: str) -> float:
        """Joint angle at ``b`` (0..180): the same from any camera."""
        return angle_between_deg(self.p(side, a) - self.p(side, b), self.p(side, c) - self.p(side, b))

    def mid_angle_deg(self, a: str, b: str, c: str) -> float:
        """Joint angle on the midline (both sides averaged), steadier than either side alone."""
        return angle_between_deg(self.mid(a) - self.mid(b), self.mid(c) - self.mid(b))

    def cranial_axis(self) -> Optional[np.ndarray]:
        """Unit vector from the hip centre to the shoulder centre (the way the head points)."""
        return unit(self.mid("shoulder") - self.mid("hip"))

    # ----- coarse questions against the camera's vertical -------------------------------------
    def incline_deg(self, a: np.ndarray, b: np.ndarray) -> float:
        """Segment a→b against the camera's horizontal plane: ~0 lying or on all fours, ~90 upright."""
        d = unit(b - a)
        if d is None:
            return math.nan
        return math.degrees(math.asin(min(1.0, abs(float(d[1])))))

    def rise(self, p: np.ndarray, ref: np.ndarray) -> float:
        """How far p is above ref along the camera's up, in torso lengths."""
        return float(ref[1] - p[1]) / self.torso_m

    # ----- the floor, from the limbs that carry the body --------------------------------------
    def support_down(self, limbs: Iterable[tuple[str, str, str]], axis: np.ndarray,
                     min_deg: float = 45.0, max_deg: float = 135.0) -> tuple[np.ndarray, int]:
        """Toward the floor, square to ``axis``, from the limbs (side, root, end) that cross the axis.

        A limb that carries weight stands across the body's long axis (an arm under the
        shoulder, a thigh under the hip); a raised arm or leg lies along it and is left out.
        Returns the direction and how many limbs gave it (0: the camera's down was used).
        """
        acc = np.zeros(3)
        n = 0
        for side, root, end in limbs:
            v = self.vec(side, root, end)
            a = angle_between_deg(v, axis)
            if a == a and min_deg <= a <= max_deg:
                u = unit(orthogonal_part(v, axis))
                if u is not None:
                    acc += u
                    n += 1
        down = unit(acc) if n else None
        if down is None:
            fallback = unit(orthogonal_part(CAMERA_DOWN, axis))
            return (fallback if fallback is not None else CAMERA_DOWN), 0
        return down, n

    def elevation_deg(self, v: np.ndarray, along: np.ndarray, up: np.ndarray) -> float:
        """Angle of ``v`` above the body's long direction ``along`` (toward ``up``): 0 level, -90 straight down."""
        x = float(np.dot(v, along))
        y = float(np.dot(v, up))
        if abs(x) < 1e-12 and abs(y) < 1e-12:
            return math.nan
        return math.degrees(math.atan2(y, x))

    def offset_from_line(self, p: np.ndarray, a: np.ndarray, b: np.ndarray, up: np.ndarray) -> float:
        """How far p lies from the line a–b toward ``up``, in torso lengths (negative: toward the floor)."""
        d = unit(b - a)
        if d is None:
            return math.nan
        rel = p - a
        off = rel - float(np.dot(rel, d)) * d
        return float(np.dot(off, up)) / self.torso_m
