"""BlazePose through MediaPipe's Tasks API, from the model bundle that ships with Coach.

mediapipe ≥ 0.10.30 has only the Tasks API and ships no model; the ``.task`` bundle
it needs (``assets/models/pose_landmarker_full.task``: BlazePose's detector and full
landmark model, Apache-2.0) is part of Coach's package data, rebuilt from the weights
by ``scripts/build_pose_model.py``. Nothing is ever downloaded. The bundle's SHA-256 is
checked once per process before MediaPipe sees it: a damaged or swapped model would
otherwise give plausible-looking but wrong landmarks.

Everything that touches ``mediapipe`` lives here, so the estimator and the second-person
watch share one way of building a landmarker and of reading its results.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

# MediaPipe's C++ logging floods stderr with start-up notices; keep them out of people's terminals
# unless they ask for them (set before mediapipe is imported).
os.environ.setdefault("GLOG_minloglevel", "2")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from coach.errors import CoachError  # noqa: E402
from coach.phrase import QT_TRANSLATE_NOOP  # noqa: E402
from coach.pose.landmarks import LANDMARK_SHAPE  # noqa: E402

MODEL_FILE = "pose_landmarker_full.task"
# SHA-256 of the bundle scripts/build_pose_model.py makes from the mediapipe 0.10.21 wheel's weights.
MODEL_SHA256 = "8048cdad507a38c35520c58306f30f9707f350f4c08592b15d1222e3d3c3bdba"


class PoseModelError(CoachError):
    """The shipped pose model is missing or is not the one Coach was tested with."""


def model_path() -> Path:
    """The bundle beside the package (editable install) or inside it (wheel, app bundle)."""
    here = Path(__file__).resolve().parent.parent  # coach/
    for candidate in (here.parent / "assets" / "models" / MODEL_FILE, here / "assets" / "models" / MODEL_FILE):
        if candidate.is_file():
            return candidate
    raise PoseModelError(QT_TRANSLATE_NOOP("errors", "Coach's pose model is missing ({name}); reinstall Coach"),
                         name=MODEL_FILE)


@lru_cache(maxsize=1)
def model_bytes() -> bytes:
    """The checked bundle, read once per process (about 9 MB)."""
    path = model_path()
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != MODEL_SHA256:
        raise PoseModelError(QT_TRANSLATE_NOOP("errors", "Coach's pose model {path} is damaged or not the one "
                                                         "Coach was tested with; reinstall Coach"), path=str(path))
    return data


def make_landmarker(video: bool, segmentation: bool = False, min_detection_confidence: float = 0.5,
                    min_tracking_confidence: float = 0.5) -> Any:
    """A ``PoseLandmarker`` for one stream (``video=True``: tracking between frames) or single pictures.

    The caller must ``close()`` it: left to the garbage collector, MediaPipe prints a traceback at exit.
    """
    from mediapipe.tasks.python import BaseOptions, vision

    options = vision.PoseLandmarkerOptions(
        base_options=BaseOptions(model_asset_buffer=model_bytes()),
        running_mode=vision.RunningMode.VIDEO if video else vision.RunningMode.IMAGE,
        num_poses=1,
        min_pose_detection_confidence=min_detection_confidence,
        # The landmark model's own 'a person is here' score: legacy BlazePose kept tracking above 0.5.
        min_pose_presence_confidence=0.5,
        min_tracking_confidence=min_tracking_confidence,
        output_segmentation_masks=segmentation,
    )
    return vision.PoseLandmarker.create_from_options(options)


def mp_image(bgr: np.ndarray) -> Any:
    """A MediaPipe picture (RGB) from an OpenCV frame (BGR)."""
    import mediapipe as mp

    rgb = np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
    return mp.Image(image_format=mp.ImageFormat.SRGB, data=rgb)


def landmarks_array(landmarks: Any) -> np.ndarray:
    """One pose's landmarks as Coach's ``(33, 4)`` float32 array: x, y, z, visibility."""
    out = np.empty(LANDMARK_SHAPE, dtype=np.float32)
    for i, lm in enumerate(landmarks):
        out[i] = (lm.x, lm.y, lm.z, 0.0 if lm.visibility is None else lm.visibility)
    return out


def first_pose(result: Any, segmentation: bool
               ) -> tuple[Optional[np.ndarray], Optional[np.ndarray], Optional[np.ndarray]]:
    """(image landmarks, world landmarks, segmentation mask) of the first pose found, or Nones."""
    if not result.pose_landmarks or not result.pose_world_landmarks:
        return None, None, None
    mask = None
    if segmentation and result.segmentation_masks:
        # A copy: the view points into MediaPipe's own buffer, which its next call (the second-person
        # search runs one between frames) may reuse.
        mask = np.array(result.segmentation_masks[0].numpy_view(), dtype=np.float32, copy=True)
        if mask.ndim == 3:
            mask = mask[:, :, 0]
    return landmarks_array(result.pose_landmarks[0]), landmarks_array(result.pose_world_landmarks[0]), mask
