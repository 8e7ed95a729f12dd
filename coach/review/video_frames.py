"""The recording's pictures, decoded one at a time when the review shows them.

A review must open an hour-long recording without decoding it into memory, so
frames are read on demand: the next frame during playback (the cheap case), a
short skip by grabbing without decoding to pixels, and a click far away by
seeking to the frame number. Frame ``i`` here is frame ``i`` of the pose track,
because the analysis read every frame of the file in order. Frames are shrunk
to ``max_side`` (a review window never shows more) and the last few are kept.
"""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Optional

import cv2
import numpy as np

from coach.sources import downscale, open_video_capture

MAX_SIDE = 1280
SKIP_BY_GRABBING = 12   # a gap this short is faster to walk through than to seek over
CACHE_FRAMES = 8


class VideoFrames:
    """Frame ``i`` of a video as BGR, or None past the end or where the file cannot be decoded."""

    def __init__(self, path: str | Path, max_side: int = MAX_SIDE) -> None:
        self.path = Path(path)
        self.max_side = max_side
        self._cap: Optional[cv2.VideoCapture] = open_video_capture(self.path)  # upright, as analysed
        if not self._cap.isOpened():
            self._cap.release()
            self._cap = None
        self._next = 0  # the frame a plain read() returns
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self.seeks = 0  # how often we had to seek (for tests: playback should not)

    @property
    def ok(self) -> bool:
        return self._cap is not None

    def frame(self, i: int) -> Optional[np.ndarray]:
        if i < 0 or self._cap is None:
            return None
        if i in self._cache:
            self._cache.move_to_end(i)
            return self._cache[i]
        if not (self._next <= i <= self._next + SKIP_BY_GRABBING):
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, i)
            self.seeks += 1
            self._next = i
        while self._next < i:
            if not self._cap.grab():
                return None
            self._next += 1
        ok, image = self._cap.read()
        if not ok or image is None:
            return None
        self._next = i + 1
        image = downscale(image, self.max_side)
        self._cache[i] = image
        while len(self._cache) > CACHE_FRAMES:
            self._cache.popitem(last=False)
        return image

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
        self._cache.clear()
