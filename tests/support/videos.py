"""Small videos written on the fly: a test needs a file OpenCV can decode, not a real recording."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np


def write_avi(path: Path, frames: int, size=(320, 240), fps=30.0) -> Path:
    """``frames`` grey pictures (each a different shade) as an MJPG .avi at ``fps``."""
    w = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    for i in range(frames):
        w.write(np.full((size[1], size[0], 3), (i * 3) % 255, np.uint8))
    w.release()
    return path
