"""MediaPipe BlazePose (full model, bundled in the mediapipe 0.10.21 wheel) as a PoseEstimator.

Runs in video mode (tracking between frames, not per-image detection) with
model complexity 1: the lite and heavy models are not in the wheel and would be
downloaded at run time, which must never happen (offline, and private).
One estimator serves one stream; create a new one (or call :meth:`reset`) for
the next video, because tracking state carries over between calls. Unless told
otherwise it also watches for a second person (:mod:`coach.pose.crowd`), keeps
the tracker on the one exercising and reports ``others_in_view`` per frame.
"""
from __future__ import annotations

import os

# MediaPipe's C++ logging floods stderr with start-up notices; keep warnings that matter out of
# people's terminals unless they ask for them.
os.environ.setdefault("GLOG_minloglevel", "2")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from coach.pose.crowd import OtherPersonWatch
from coach.pose.landmarks import LANDMARK_SHAPE, PoseFrame
from coach.pose.silhouette import crop_silhouette

MODEL_COMPLEXITY = 1  # the only model shipped in the wheel: never change without checking for downloads


def _landmarks_to_array(landmark_list: object) -> np.ndarray:
    out = np.empty(LANDMARK_SHAPE, dtype=np.float32)
    for i, lm in enumerate(landmark_list.landmark):  # type: ignore[attr-defined]
        out[i] = (lm.x, lm.y, lm.z, lm.visibility)
    return out


class PoseEstimator:
    """BGR frame + timestamp → :class:`PoseFrame`. Timestamps must strictly increase."""

    def __init__(self, min_detection_confidence: float = 0.5, min_tracking_confidence: float = 0.5,
                 watch_for_others: bool = True, segmentation: bool = False) -> None:
        # Segmentation (the person's outline) costs extra work per frame; only exercises that read the
        # outline (cat-cow's back) ask for it.
        self._segmentation = segmentation
        self._kwargs = dict(
            static_image_mode=False,
            model_complexity=MODEL_COMPLEXITY,
            smooth_landmarks=True,
            enable_segmentation=segmentation,
            smooth_segmentation=segmentation,
            min_detection_confidence=min_detection_confidence,
            min_tracking_confidence=min_tracking_confidence,
        )
        self._pose = self._make()
        self._last_t_s: float | None = None
        self._watch_for_others = watch_for_others
        self._watch = OtherPersonWatch() if watch_for_others else None

    def _make(self) -> object:
        from mediapipe.python.solutions import pose as mp_pose

        return mp_pose.Pose(**self._kwargs)

    def reset(self) -> None:
        """Forget tracking state (a new video, or a cut in the same one)."""
        self.close()
        self._pose = self._make()
        self._last_t_s = None
        self._watch = OtherPersonWatch() if self._watch_for_others else None

    def process(self, bgr: np.ndarray, t_s: float) -> PoseFrame:
        if self._last_t_s is not None and t_s <= self._last_t_s:
            raise ValueError(f"timestamps must strictly increase ({t_s} after {self._last_t_s})")
        self._last_t_s = t_s
        h, w = bgr.shape[:2]
        watch = self._watch
        image, world, mask = self._track(watch.masked(bgr, t_s) if watch else bgr)
        others = 0
        if watch is not None:
            verdict = watch.check(bgr, t_s, image)
            others = verdict.others_in_view
            if verdict.swap:
                # It was following an upright bystander: start afresh with them painted out.
                self._pose.close()  # type: ignore[attr-defined]
                self._pose = self._make()
                image, world, mask = self._track(watch.masked(bgr, t_s))
        if image is None or world is None:
            return PoseFrame(t_s=t_s, image=None, world=None, frame_size=(w, h), others_in_view=others)
        silhouette = crop_silhouette(mask, image, (w, h)) if mask is not None else None
        return PoseFrame(t_s=t_s, image=image, world=world, frame_size=(w, h), others_in_view=others,
                         silhouette=silhouette)

    def _track(self, bgr: np.ndarray) -> tuple[np.ndarray | None, np.ndarray | None, np.ndarray | None]:
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        rgb.flags.writeable = False
        result = self._pose.process(rgb)  # type: ignore[attr-defined]
        if result.pose_landmarks is None or result.pose_world_landmarks is None:
            return None, None, None
        mask = getattr(result, "segmentation_mask", None) if self._segmentation else None
        return _landmarks_to_array(result.pose_landmarks), _landmarks_to_array(result.pose_world_landmarks), mask

    def close(self) -> None:
        pose = getattr(self, "_pose", None)
        if pose is not None:
            pose.close()  # type: ignore[attr-defined]
            self._pose = None
        watch = getattr(self, "_watch", None)
        if watch is not None:
            watch.close()

    def __enter__(self) -> "PoseEstimator":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
