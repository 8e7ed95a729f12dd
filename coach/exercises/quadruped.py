"""Hands and knees in the body's own frame: shared by bird-dog and cat-cow."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from coach.exercises.spec import DEG, SETTLE_RULE, number
from coach.pose.body_frame import SIDES, BodyFrame3D

# The rules of the hands-and-knees position, declared once for every exercise done in it.
ALL_FOURS_RULES = (
    number("position.max_torso_incline_deg", 0, 90, DEG,
           "shoulder→hip line against the camera's horizontal; above this the back is upright (sitting up ~80)"),
    number("position.max_support_elevation_deg", -90, 0, DEG,
           "a limb at or below this elevation from the back's line stands under the body (straight down ~-90)"),
    SETTLE_RULE,
)


@dataclass(frozen=True)
class QuadrupedPose:
    """One frame of a hands-and-knees body in its own frame: limb elevations in degrees.

    Elevation is measured from the body's long axis toward its up (from the
    supporting limbs): an arm hanging to the floor is about -90°, an arm reaching
    forward level with the back about -20 to 0°; a thigh under the hip about -70°,
    a thigh stretched back in line with the back about -15 to +30°.
    """

    arm_elevation_deg: dict[str, float]
    thigh_elevation_deg: dict[str, float]
    supporting_limbs: int
    knee_deg: dict[str, float]
    torso_incline_deg: float
    up: np.ndarray

    @classmethod
    def measure(cls, f3: BodyFrame3D) -> Optional["QuadrupedPose"]:
        axis = f3.cranial_axis()
        if axis is None:
            return None
        limbs = [(s, "shoulder", "wrist") for s in SIDES] + [(s, "hip", "knee") for s in SIDES]
        down, n = f3.support_down(limbs, axis)
        up = -down
        arms = {s: f3.elevation_deg(f3.vec(s, "shoulder", "wrist"), axis, up) for s in SIDES}
        thighs = {s: f3.elevation_deg(f3.vec(s, "hip", "knee"), -axis, up) for s in SIDES}
        knees = {s: f3.angle_deg(s, "hip", "knee", "ankle") for s in SIDES}
        return cls(arms, thighs, n, knees, f3.incline_deg(f3.mid("hip"), f3.mid("shoulder")), up)

    def on_all_fours(self, max_support_elevation_deg: float, max_torso_incline_deg: float) -> bool:
        """Both hands and both knees under the body, the back not upright (sitting or kneeling up)."""
        return (max(self.arm_elevation_deg.values()) <= max_support_elevation_deg
                and max(self.thigh_elevation_deg.values()) <= max_support_elevation_deg
                and self.torso_incline_deg <= max_torso_incline_deg)
