"""MediaPipe BlazePose (full model, shipped with Coach) as a PoseEstimator.

Runs MediaPipe's Tasks ``PoseLandmarker`` in video mode (tracking between
frames, not per-image detection) on the bundled full model
(:mod:`coach.pose.landmarker`): nothing is downloaded, ever. The landmarker
smooths landmarks between frames itself, as the legacy solution's
``smooth_landmarks`` did; Coach's own One-Euro filter
(:mod:`coach.pose.smoothing`) sits on top where the analyzers ask for it.
One estimator serves one stream; create a new one (or call :meth:`reset`) for
the next video, because tracking state carries over between calls. Unless told
otherwise it also watches for a second person (:mod:`coach.pose.crowd`), keeps
the tracker on the one exercising and reports ``others_in_view`` per frame.
"""
from __future__ import annotations

from typing import Any, Optional

import cv2
import numpy as np

from coach.pose.crowd import OtherPersonWatch
from coach.pose.landmarker import first_pose, make_landmarker, mp_image
from coach.pose.landmarks import PoseFrame
from coach.pose.silhouette import crop_silhouette


class PoseEstimator:
    """BGR frame + timestamp → :class:`PoseFrame`. Timestamps must strictly increase."""

    def __init__(self, min_detection_confidence: float = 0.5, min_tracking_confidence: float = 0.5,
                 watch_for_others: bool = True, segmentation: bool = False) -> None:
        # Segmentation (the person's outline) costs extra work per frame; only exercises that read the
        # outline (cat-cow's back) ask for it.
        self._segmentation = segmentation
        self._confidence = (min_detection_confidence, min_tracking_confidence)
        self._landmarker: Optional[Any] = None
        self._landmarker = self._make()
        self._last_t_s: Optional[float] = None
        self._last_ms = -1
        self._watch_for_others = watch_for_others
        self._watch = OtherPersonWatch() if watch_for_others else None

    def _make(self) -> Any:
        self._last_ms = -1  # a new landmarker's clock starts afresh
        return make_landmarker(video=True, segmentation=self._segmentation,
                               min_detection_confidence=self._confidence[0],
                               min_tracking_confidence=self._confidence[1])

    def reset(self) -> None:
        """Forget tracking state (a new video, or a cut in the same one)."""
        self.close()
        self._landmarker = self._make()
        self._last_t_s = None
        self._watch = OtherPersonWatch() if self._watch_for_others else None

    def process(self, bgr: np.ndarray, t_s: float) -> PoseFrame:
        if self._last_t_s is not None and t_s <= self._last_t_s:
            raise ValueError(f"timestamps must strictly increase ({t_s} after {self._last_t_s})")
        self._last_t_s = t_s
        h, w = bgr.shape[:2]
        watch = self._watch
        image, world, mask = self._track(watch.masked(bgr, t_s) if watch else bgr, t_s)
        others = 0
        if watch is not None:
            verdict = watch.check(bgr, t_s, image, world)
            others = verdict.others_in_view
            if verdict.swap:
                # It followed the wrong one (upright, or the smaller of two): start afresh, them painted out.
                self._close_landmarker()
                self._landmarker = self._make()
                image, world, mask = self._track(watch.masked(bgr, t_s), t_s)
        if image is None or world is None:
            return PoseFrame(t_s=t_s, image=None, world=None, frame_size=(w, h), others_in_view=others)
        silhouette = crop_silhouette(mask, image, (w, h)) if mask is not None else None
        return PoseFrame(t_s=t_s, image=image, world=world, frame_size=(w, h), others_in_view=others,
                         silhouette=silhouette)

    def _track(self, bgr: np.ndarray, t_s: float
               ) -> tuple[Optional[np.ndarray], Optional[np.ndarray], Optional[np.ndarray]]:
        # The Tasks API wants whole milliseconds that strictly increase; Coach's times may start below 0
        # (a warm-up frame) and may be closer than 1 ms apart (a 1000 fps source): keep them increasing.
        ms = max(self._last_ms + 1, int(round(t_s * 1000.0)) + 1_000_000)
        self._last_ms = ms
        w = bgr.shape[1]
        # MediaPipe 0.10.33 aborts the process reading a segmentation mask whose rows are not a multiple
        # of 4 pixels wide ("Check failed: 1 == ChannelSize()"): such a picture gets black columns on the
        # right, and the landmarks and mask are brought back to the picture's own width.
        pad = (-w) % 4 if self._segmentation else 0
        if pad:
            bgr = cv2.copyMakeBorder(bgr, 0, 0, 0, pad, cv2.BORDER_CONSTANT, value=(0, 0, 0))
        assert self._landmarker is not None, "process() after close()"
        result = self._landmarker.detect_for_video(mp_image(bgr), ms)
        image, world, mask = first_pose(result, self._segmentation)
        if pad and image is not None:
            image[:, [0, 2]] *= (w + pad) / w  # x (and z, on x's scale) were fractions of the padded width
            mask = mask[:, :w] if mask is not None else None
        return image, world, mask

    def _close_landmarker(self) -> None:
        landmarker = getattr(self, "_landmarker", None)
        if landmarker is not None:
            landmarker.close()
            self._landmarker = None

    def close(self) -> None:
        self._close_landmarker()
        watch = getattr(self, "_watch", None)
        if watch is not None:
            watch.close()

    def __enter__(self) -> "PoseEstimator":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
