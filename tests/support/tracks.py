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
