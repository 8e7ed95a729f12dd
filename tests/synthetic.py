"""Synthetic side-view poses built from named joint positions, for unit tests of rules and counters.

Points are pixels in a 640×480 frame (y down). Both sides share the same
positions unless a test moves one (as a camera side-on sees them overlap); the
left side is more visible, so it is the side "nearer the camera".
"""
from __future__ import annotations

from typing import Iterable, Iterator

import numpy as np

from coach.pose.landmarks import Landmark, PoseFrame

W, H = 640, 480

PARTS_FOR = {
    "nose": ["NOSE", "LEFT_EYE_INNER", "LEFT_EYE", "LEFT_EYE_OUTER", "RIGHT_EYE_INNER", "RIGHT_EYE",
             "RIGHT_EYE_OUTER", "MOUTH_LEFT", "MOUTH_RIGHT"],
    "ear": ["EAR"],
    "shoulder": ["SHOULDER"], "elbow": ["ELBOW"], "wrist": ["WRIST", "PINKY", "INDEX", "THUMB"],
    "hip": ["HIP"], "knee": ["KNEE"], "ankle": ["ANKLE", "HEEL", "FOOT_INDEX"],
}

PLANK = {"nose": (160, 245), "ear": (175, 240), "shoulder": (200, 250), "elbow": (200, 320), "wrist": (250, 320),
         "hip": (330, 255), "knee": (430, 260), "ankle": (530, 265)}
STANDING = {"nose": (300, 60), "ear": (300, 60), "shoulder": (300, 100), "elbow": (300, 170), "wrist": (300, 230),
            "hip": (300, 230), "knee": (300, 330), "ankle": (300, 430)}
BRIDGE_REST = {"nose": (110, 340), "ear": (120, 335), "shoulder": (150, 350), "elbow": (200, 365),
               "wrist": (260, 365), "hip": (300, 360), "knee": (400, 280), "ankle": (460, 360)}
BRIDGE_TOP_HIP_Y = 308.0  # on the shoulder–knee line at x=300
QUADRUPED = {"nose": (150, 262), "ear": (165, 255), "shoulder": (200, 250), "elbow": (200, 335),
             "wrist": (200, 420), "hip": (360, 290), "knee": (360, 420), "ankle": (460, 422)}


def pose_array(left: dict, right: dict | None = None, vis_left: float = 0.99, vis_right: float = 0.9) -> np.ndarray:
    right = right or left
    arr = np.zeros((33, 4), dtype=np.float32)
    for lm in Landmark:
        name = lm.name
        side = None
        if name.startswith("LEFT_"):
            side, rest = "left", name[5:]
        elif name.startswith("RIGHT_"):
            side, rest = "right", name[6:]
        else:
            rest = name
        part = next((p for p, names in PARTS_FOR.items() if rest in names or name in names), None)
        assert part is not None, name
        src = right if side == "right" else left
        x, y = src[part]
        arr[lm] = (x / W, y / H, 0.0, vis_right if side == "right" else vis_left)
    return arr


def frame(t_s: float, left: dict | None, right: dict | None = None, **kw) -> PoseFrame:
    if left is None:
        return PoseFrame(t_s=t_s, image=None, world=None, frame_size=(W, H))
    img = pose_array(left, right, **kw)
    # World landmarks: metres-like, hip-free origin, the same shape as the picture (a side-on camera at
    # hip height sees the body's plane undistorted), y down like MediaPipe's.
    world = img.copy()
    world[:, 0] = (img[:, 0] - 0.5) * W / H
    world[:, 1] = img[:, 1] - 0.5
    world[:, 2] = 0.0
    return PoseFrame(t_s=t_s, image=img, world=world, frame_size=(W, H))


def moved(pose: dict, **points: tuple[float, float]) -> dict:
    out = dict(pose)
    out.update(points)
    return out


def shifted(pose: dict, part: str, dx: float = 0.0, dy: float = 0.0) -> dict:
    x, y = pose[part]
    return moved(pose, **{part: (x + dx, y + dy)})


def timeline(segments: Iterable[tuple[float, object]], fps: float = 30.0,
             t0: float = 0.0) -> Iterator[tuple[float, object]]:
    """Expand [(duration_s, pose_or_callable(progress 0..1))] into (t, pose) samples at ``fps``."""
    t = t0
    for duration, spec in segments:
        n = max(1, int(round(duration * fps)))
        for i in range(n):
            pose = spec(i / n) if callable(spec) else spec
            yield t, pose
            t += 1.0 / fps


def lerp_pose(a: dict, b: dict, u: float) -> dict:
    return {k: (a[k][0] + (b[k][0] - a[k][0]) * u, a[k][1] + (b[k][1] - a[k][1]) * u) for k in a}


def run(analyzer, samples, right_fn=None, jitter: float = 0.0, seed: int = 0, **kw):
    """Feed (t, pose-dict or None) samples; returns all events. ``jitter`` adds pixel noise."""
    rng = np.random.default_rng(seed)
    events = []
    for t, pose in samples:
        if pose is not None and jitter:
            pose = {k: (x + rng.normal(0, jitter), y + rng.normal(0, jitter)) for k, (x, y) in pose.items()}
        right = right_fn(pose) if (right_fn and pose is not None) else None
        events += analyzer.update(frame(t, pose, right, **kw))
    events += analyzer.finish()
    return events


def bridge_pose(hip_y: float) -> dict:
    """The glute bridge with the hips at ``hip_y`` (360 on the floor, BRIDGE_TOP_HIP_Y fully up)."""
    return moved(BRIDGE_REST, hip=(300, hip_y))


def bridge_rep(top_hip_y=BRIDGE_TOP_HIP_Y, up=0.7, hold=1.0, down=1.2, rest=1.5):
    """One bridge rep as timeline segments: lift, hold at the top, lower, rest."""
    return [(up, lambda u: bridge_pose(360 + (top_hip_y - 360) * u)), (hold, bridge_pose(top_hip_y)),
            (down, lambda u: bridge_pose(top_hip_y + (360 - top_hip_y) * u)), (rest, bridge_pose(360))]
