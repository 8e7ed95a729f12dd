"""Body: per-frame measurements shared by every analyzer, in torso-length units.

Two kinds of measure live here. Picture measures (``pt``, ``height_above``,
``incline_deg``) are only used where the picture itself is the question: is a
joint in view, is it visible. Everything an exercise *judges* — joint angles,
whether a limb is raised, whether hips sag, whether the head is lifted — is
measured on MediaPipe's 3-D world landmarks (metres, hip-centred) in the
body's own frame (:mod:`coach.pose.body_frame`), so it does not change when the
camera is higher, oblique, rolled, mirrored or in front of the person.
Distances are divided by the torso length (shoulder to hip) so that rules do
not depend on body size or distance to the camera. The side nearer the camera
is chosen by visibility, because the far side's landmarks are largely guessed.
"""
from __future__ import annotations

import math

import numpy as np

from coach.pose import body_frame as bf
from coach.pose import geometry as g
from coach.pose.landmarks import Landmark, PoseFrame, side_landmark

SIDES = ("left", "right")


class Body:
    def __init__(self, frame: PoseFrame) -> None:
        assert frame.image is not None
        self.t_s = frame.t_s
        self.image = frame.image
        self.world = frame.world
        self.silhouette = frame.silhouette  # the outline around the torso, when the pose model was asked for it
        self.plane = g.to_plane(frame.image, frame.aspect)
        self.near = g.nearer_side(frame.image)
        self.far = "right" if self.near == "left" else "left"
        p = self.plane
        lengths = [float(np.linalg.norm(p[side_landmark(s, "shoulder")] - p[side_landmark(s, "hip")])) for s in SIDES]
        self.torso_len = float(max(max(lengths), 1e-6))
        self.frame3d = bf.BodyFrame3D.from_world(self.world) if self.world is not None else None

    def pt(self, side: str, part: str) -> np.ndarray:
        point: np.ndarray = self.plane[side_landmark(side, part)]
        return point

    def mid(self, part: str) -> np.ndarray:
        return g.mid_points(self.plane, part)

    @property
    def nose(self) -> np.ndarray:
        point: np.ndarray = self.plane[Landmark.NOSE]
        return point

    def vis(self, side: str, part: str) -> float:
        return float(self.image[side_landmark(side, part), 3])

    def angle_deg(self, side: str, a: str, b: str, c: str) -> float:
        return g.angle_deg(self.pt(side, a), self.pt(side, b), self.pt(side, c))

    def world_angle_deg(self, side: str, a: str, b: str, c: str) -> float:
        if self.world is None:
            return math.nan
        w = self.world
        return g.angle_deg(w[side_landmark(side, a), :3], w[side_landmark(side, b), :3], w[side_landmark(side, c), :3])

    def height_above(self, p: np.ndarray, ref: np.ndarray) -> float:
        """How far p is above ref, in torso lengths (negative when below)."""
        return float(ref[1] - p[1]) / self.torso_len

    def line_offset(self, p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
        """Signed distance of p above the line a–b, in torso lengths."""
        return g.signed_distance_to_line(p, a, b) / self.torso_len

    def incline_deg(self, a: np.ndarray, b: np.ndarray) -> float:
        return g.segment_incline_deg(a, b)

    def min_visibility(self, side: str, parts: tuple[str, ...]) -> float:
        return min(self.vis(side, p) for p in parts)

    def out_of_frame(self, parts: tuple[str, ...], margin: float = 0.02, sides: tuple[str, ...] = SIDES) -> bool:
        """Any of the parts (on the given sides) predicted outside the image: MediaPipe guesses those."""
        for s in sides:
            for part in parts:
                x, y = self.image[side_landmark(s, part), :2]
                if not (-margin <= x <= 1 + margin and -margin <= y <= 1 + margin):
                    return True
        return False

    def side_on_ratio(self) -> float:
        """Horizontal shoulder separation over torso length: near 0 side-on, large when facing the camera."""
        return abs(float(self.pt("left", "shoulder")[0] - self.pt("right", "shoulder")[0])) / self.torso_len
