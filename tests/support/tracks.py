"""A small pose track with a gap, for the track format, CLI and batch tests."""
from __future__ import annotations

import numpy as np

from coach.pose.track import PoseTrack
from synthetic import PLANK, frame


def make_track(n=10) -> PoseTrack:
    """``n`` frames of a plank at 30 fps; frame 3 has no person (NaN rows)."""
    frames = [frame(i / 30, PLANK if i != 3 else None) for i in range(n)]
    nan = np.full((33, 4), np.nan, np.float32)
    return PoseTrack(t_s=np.array([f.t_s for f in frames]),
                     image=np.stack([f.image if f.image is not None else nan for f in frames]),
                     world=np.stack([f.world if f.world is not None else nan for f in frames]),
                     frame_size=(640, 480), fps=30.0, source="synthetic")


def make_session_track() -> PoseTrack:
    """A whole synthetic session at 30 fps: three glute bridges, 12 s standing about, a 15 s plank.

    Side-on synthetic poses (:mod:`synthetic`), so the review's Automatic mode is tested without any clip.
    """
    from synthetic import BRIDGE_REST, STANDING, bridge_rep, lerp_pose, timeline

    segments = ([(3.0, BRIDGE_REST)] + bridge_rep() * 3
                + [(1.0, lambda u: lerp_pose(BRIDGE_REST, STANDING, u)), (12.0, STANDING),
                   (1.0, lambda u: lerp_pose(STANDING, PLANK, u)), (15.0, PLANK), (2.0, STANDING)])
    frames = [frame(t, pose) for t, pose in timeline(segments)]
    return PoseTrack(t_s=np.array([f.t_s for f in frames]), image=np.stack([f.image for f in frames]),
                     world=np.stack([f.world for f in frames]), frame_size=(640, 480), fps=30.0, source="synthetic")
