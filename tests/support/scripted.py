"""A pose model that answers each video frame with a scripted synthetic pose: live sets that depend on the script only.

A small video (:func:`support.videos.write_avi`) gives the frames and their timestamps; the estimator
returns the script's pose for each frame's moment, so a set's result depends neither on the machine's
speed nor on MediaPipe.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import numpy as np

from coach.pose.landmarks import PoseFrame
from support.videos import write_avi
from synthetic import frame, timeline

FPS = 30.0


def scripted(segments: Iterable, path: Path) -> tuple[type, Path]:
    """(an estimator class for ``estimator_factory``, the video to play) for synthetic timeline ``segments``."""
    script = [pose for _t, pose in timeline(segments, fps=FPS)]

    class ScriptedEstimator:
        def process(self, bgr: np.ndarray, t_s: float) -> PoseFrame:
            return frame(t_s, script[min(len(script) - 1, int(round(t_s * FPS)))])

        def close(self) -> None:
            pass

    return ScriptedEstimator, write_avi(path, len(script), size=(160, 120), fps=FPS)
