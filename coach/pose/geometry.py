"""Geometry on landmarks: joint angles (2-D and 3-D), segment angles, side choice.

Image landmarks are normalised separately in x and y, so every 2-D helper
takes the frame aspect (width / height) and works in "height units" — without
it a 16:9 video would skew every angle. Angles are degrees, named ``*_deg``.
"""
from __future__ import annotations

import math

import numpy as np

from coach.pose.landmarks import side_landmark


def to_plane(image: np.ndarray, aspect: float) -> np.ndarray:
    """``(33, 2)`` points with x scaled by the aspect so distances are isotropic; y stays down."""
    pts = image[:, :2].astype(np.float64).copy()
    pts[:, 0] *= aspect
    return pts


def angle_deg(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> float:
    """Angle ABC at vertex B in degrees, 0..180, in any dimension; NaN for a degenerate limb."""
    v1 = np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)
    v2 = np.asarray(c, dtype=np.float64) - np.asarray(b, dtype=np.float64)
    n1 = float(np.linalg.norm(v1))
    n2 = float(np.linalg.norm(v2))
    if n1 < 1e-9 or n2 < 1e-9:
        return math.nan
    cos = float(np.dot(v1, v2) / (n1 * n2))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def segment_incline_deg(a: np.ndarray, b: np.ndarray) -> float:
    """Angle of segment a→b to the image horizontal, 0..90, ignoring which way it points."""
    dx = float(b[0] - a[0])
    dy = float(b[1] - a[1])
    if abs(dx) < 1e-12 and abs(dy) < 1e-12:
        return math.nan
    return math.degrees(math.atan2(abs(dy), abs(dx)))


def signed_distance_to_line(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    """Distance of p from line a-b, positive when p lies above the line in the image (smaller y).

    "Above" is defined by the image vertical, so the sign does not depend on
    which way the person faces: a sagging hip is below its shoulder–ankle line
    whichever side the head is on.
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    d = b - a
    length = float(np.hypot(d[0], d[1]))
    if length < 1e-9:
        return math.nan
    cross = (d[0] * (p[1] - a[1]) - d[1] * (p[0] - a[0])) / length
    # cross > 0 means p is to the right of a→b in a y-down frame; flip so that "above" is positive
    # whichever direction a→b runs.
    return float(-cross if d[0] >= 0 else cross)


def nearer_side(image: np.ndarray, parts: tuple[str, ...] = ("shoulder", "hip", "knee", "ankle")) -> str:
    """The side ("left"/"right") whose key landmarks are more visible — the one facing the camera.

    Visibility is the signal MediaPipe is most sure of for self-occlusion; depth (z)
    breaks ties because it is noisier.
    """
    vis = {s: float(np.mean([image[side_landmark(s, p), 3] for p in parts])) for s in ("left", "right")}
    if abs(vis["left"] - vis["right"]) > 0.05:
        return "left" if vis["left"] > vis["right"] else "right"
    z = {s: float(np.mean([image[side_landmark(s, p), 2] for p in parts])) for s in ("left", "right")}
    return "left" if z["left"] <= z["right"] else "right"


def side_points(plane: np.ndarray, side: str, *parts: str) -> list[np.ndarray]:
    return [plane[side_landmark(side, p)] for p in parts]


def mid_points(plane: np.ndarray, part: str) -> np.ndarray:
    mid: np.ndarray = (plane[side_landmark("left", part)] + plane[side_landmark("right", part)]) / 2.0
    return mid


def trunk_px(image: np.ndarray, width: int, height: int) -> tuple[float, float]:
    """The trunk's (width, length) in pixels: mean of shoulder and hip width, shoulder-centre to hip-centre.

    Side-on the width nearly vanishes; facing the camera on all fours the length does. Both
    together say how big a person is and which way the trunk faces the camera.
    """
    px = image[:, :2].astype(np.float64) * np.array([width, height], dtype=np.float64)
    ls, rs, lh, rh = (int(side_landmark(s, p)) for p in ("shoulder", "hip") for s in ("left", "right"))
    trunk_width = (float(np.linalg.norm(px[ls] - px[rs])) + float(np.linalg.norm(px[lh] - px[rh]))) / 2.0
    return trunk_width, float(np.linalg.norm((px[ls] + px[rs]) / 2.0 - (px[lh] + px[rh]) / 2.0))


def person_px(image_landmarks: np.ndarray, width: int, height: int) -> float:
    """How big a person is in the picture, in pixels, whichever way they face the camera.

    The torso's length shrinks when it points at the camera (on all fours, head-on) and its
    width when the person is side-on; one of the two is always seen, so their hypotenuse
    (length, mean of shoulder and hip width) changes little with the view.
    """
    return math.hypot(*trunk_px(image_landmarks, width, height))
