"""Frame sources: a video file or a camera, yielding timestamped BGR frames.

Both sources downscale early (``max_side``) because MediaPipe resizes to a
256-pixel crop anyway and decoding plus colour conversion of 1080p frames is
the largest avoidable cost. A source owns its ``cv2.VideoCapture`` and must
be closed (it is a context manager). Problems opening a source raise
:class:`~coach.errors.VideoError` with a readable message; a file that ends
early sets :attr:`VideoFileSource.stopped_early_at_s` so the caller can say
where it stopped instead of failing.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import cv2
import numpy as np

from coach.errors import VideoError
from coach.phrase import QT_TRANSLATE_NOOP, Phrase

DEFAULT_MAX_SIDE = 640


@dataclass(frozen=True)
class Frame:
    """A decoded frame. ``image`` is BGR uint8 (already downscaled); ``t_s`` strictly increases."""

    index: int
    t_s: float
    image: np.ndarray


def downscale(image: np.ndarray, max_side: int | None) -> np.ndarray:
    h, w = image.shape[:2]
    longest = max(h, w)
    if not max_side or longest <= max_side:
        return image
    scale = max_side / longest
    return cv2.resize(image, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)


@dataclass(frozen=True)
class VideoInfo:
    path: str
    fps: float
    frame_count: int
    width: int
    height: int

    @property
    def duration_s(self) -> float:
        return self.frame_count / self.fps if self.fps > 0 else 0.0


def open_video_capture(path: str | os.PathLike[str]) -> "cv2.VideoCapture":
    """A capture that shows frames the way a player would: upright, with the file's rotation applied.

    Phones store portrait video as landscape frames plus a rotation tag; this
    OpenCV build does not apply the tag unless asked, and a person lying on the
    floor would then be analysed standing on a wall.
    """
    cap = cv2.VideoCapture(str(path))
    if cap.isOpened():
        cap.set(cv2.CAP_PROP_ORIENTATION_AUTO, 1)
    return cap


def check_video_path(path: str | os.PathLike[str]) -> Path:
    """Fail early, in words, for the inputs cv2 would silently treat as 'no frames'."""
    p = Path(path)
    if not p.exists():
        raise VideoError(QT_TRANSLATE_NOOP("errors", "video not found: {path}"), path=str(p))
    if p.is_dir():
        raise VideoError(QT_TRANSLATE_NOOP("errors", "expected a video file but {path} is a folder"), path=str(p))
    if p.stat().st_size == 0:
        raise VideoError(QT_TRANSLATE_NOOP("errors", "video file is empty (0 bytes): {path}"), path=str(p))
    return p


class VideoFileSource:
    """Reads a video file as fast as possible; the GUI paces it when it wants real time."""

    def __init__(self, path: str | os.PathLike[str], max_side: int | None = DEFAULT_MAX_SIDE,
                 start_frame: int = 0, stop_frame: int | None = None) -> None:
        p = check_video_path(path)
        cap = open_video_capture(p)
        if not cap.isOpened():
            cap.release()
            raise VideoError(QT_TRANSLATE_NOOP("errors", "cannot open {path} as a video "
                                               "(not a video file, an unsupported codec, or a truncated file)"),
                             path=str(p))
        self._cap = cap
        self._max_side = max_side
        fps = float(cap.get(cv2.CAP_PROP_FPS) or 0.0)
        if not (0.5 <= fps <= 1000.0):
            fps = 30.0
        self.info = VideoInfo(
            path=str(p),
            fps=fps,
            frame_count=int(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0),
            width=int(cap.get(cv2.CAP_PROP_FRAME_WIDTH) or 0),
            height=int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT) or 0),
        )
        self.frames_read = 0
        self.stopped_early_at_s: float | None = None
        self._last_t_s = -1.0
        # A chunk of the file (parallel review): seek, then read [start_frame, stop_frame).
        self._start = max(0, start_frame)
        self._stop = stop_frame
        # Where the recording's time starts: the first frame's own timestamp when that is negative (an edit
        # list, common in phone videos, puts the first frame at -0.033 s), else 0. Every frame's time is
        # measured from it, here and only here, so the analysis, the pose track and every chunk of a parallel
        # review agree; a chunk reads the first frame's timestamp before it seeks.
        self._origin_s: float | None = None
        if self._start:
            self._origin_s = self._first_timestamp_s()
            cap.set(cv2.CAP_PROP_POS_FRAMES, self._start)

    def _first_timestamp_s(self) -> float:
        ok, _ = self._cap.read()
        return min(0.0, self._raw_timestamp_s()) if ok else 0.0

    def _raw_timestamp_s(self) -> float:
        t = float(self._cap.get(cv2.CAP_PROP_POS_MSEC) or 0.0) / 1000.0
        return t if np.isfinite(t) else 0.0

    def _timestamp_s(self, index: int) -> float:
        """Container timestamps from the recording's start when sane (variable frame rate, GIF conversions),
        else index / fps; never negative, always increasing."""
        raw = self._raw_timestamp_s()
        if self._origin_s is None:
            self._origin_s = min(0.0, raw)
        t = raw - self._origin_s
        nominal = index / self.info.fps
        if index > 0 and (t <= 0.0 or abs(t - nominal) > max(2.0, 0.5 * nominal)):
            t = nominal
        if t <= self._last_t_s:
            t = self._last_t_s + 1e-4
        self._last_t_s = t
        return t

    def __iter__(self) -> Iterator[Frame]:
        index = self._start
        while self._stop is None or index < self._stop:
            ok, image = self._cap.read()
            if not ok or image is None:
                break
            t_s = self._timestamp_s(index)
            self.frames_read += 1
            yield Frame(index=index, t_s=t_s, image=downscale(image, self._max_side))
            index += 1
        if self.frames_read == 0:
            raise VideoError(QT_TRANSLATE_NOOP("errors", "no frames could be decoded from {path} "
                                               "(corrupt file or unsupported codec)"), path=self.info.path)
        expected = (self._stop if self._stop is not None else self.info.frame_count) - self._start
        if expected > 0 and self.frames_read < expected * 0.9 - 2:
            self.stopped_early_at_s = self._last_t_s

    def close(self) -> None:
        self._cap.release()

    def __enter__(self) -> "VideoFileSource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class CameraSource:
    """A webcam by OpenCV index. Timestamps come from a monotonic clock since the first frame.

    A webcam that another program holds (a video call) may refuse to open, or, on Linux, open
    fine and then never deliver a picture; :attr:`frames_delivered` tells the two kinds of
    silence apart for the caller (never a picture vs. pictures that stopped), and
    :meth:`no_pictures_message` says the first in words a person can act on.
    """

    # OpenCV's V4L2 backend waits this long (10 s by default) for each frame of a camera that is
    # not streaming, and the capture thread can neither report nor stop meanwhile. OpenCV reads the
    # setting once, at its first such wait, so it is set before the first camera opens; a value
    # the user set in the environment wins.
    V4L_SELECT_TIMEOUT_S = 2

    def __init__(self, index: int = 0, max_side: int | None = DEFAULT_MAX_SIDE,
                 width: int = 640, height: int = 480) -> None:
        _limit_v4l_wait(self.V4L_SELECT_TIMEOUT_S)
        cap = cv2.VideoCapture(index)
        if not cap.isOpened():
            cap.release()
            raise VideoError(QT_TRANSLATE_NOOP("errors", "camera {index} could not be opened — it may be in use by "
                                               "another program (close video calls) or not plugged in"),
                             index=index)
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        self._cap = cap
        self._max_side = max_side
        self.index = index
        self.label = f"Camera {index}"
        self.frames_delivered = 0

    def read(self, index: int, t_s: float) -> Frame | None:
        """One frame, or None when the camera delivered nothing (busy, unplugged, or not started yet)."""
        ok, image = self._cap.read()
        if not ok or image is None:
            return None
        self.frames_delivered += 1
        return Frame(index=index, t_s=t_s, image=downscale(image, self._max_side))

    def no_pictures_message(self) -> Phrase:
        """What to tell the person when the camera opened but no picture has ever arrived (English with str())."""
        return Phrase.of(QT_TRANSLATE_NOOP("messages", "Camera {index} opened but sends no pictures — it may be in use "
                                                       "by another program (close video calls) or unplugged."),
                         index=self.index)

    def close(self) -> None:
        self._cap.release()


def _limit_v4l_wait(seconds: int) -> None:
    """See :attr:`CameraSource.V4L_SELECT_TIMEOUT_S`; must happen before OpenCV's first camera wait."""
    if sys.platform.startswith("linux"):
        os.environ.setdefault("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT", str(seconds))


def list_cameras(max_index: int = 5) -> list[int]:
    """Indices OpenCV can open now; probing is cheap enough at start-up for a handful."""
    _limit_v4l_wait(CameraSource.V4L_SELECT_TIMEOUT_S)
    found = []
    for i in range(max_index):
        if os.name != "nt" and not Path(f"/dev/video{i}").exists():
            continue
        cap = cv2.VideoCapture(i)
        if cap.isOpened():
            found.append(i)
        cap.release()
    return found
