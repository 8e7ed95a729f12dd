"""The pose model ships with Coach, is checked before use, and runs on MediaPipe's Tasks API.

Nothing is ever downloaded: the bundle is package data, and a damaged or swapped bundle is
refused with one line instead of giving plausible but wrong landmarks.
"""
from __future__ import annotations

import hashlib
import zipfile

import numpy as np
import pytest

from coach.pose import landmarker
from coach.pose.landmarker import MODEL_SHA256, PoseModelError, make_landmarker, model_bytes, model_path


@pytest.fixture
def fresh_model_cache():
    model_bytes.cache_clear()
    yield
    model_bytes.cache_clear()


def test_the_shipped_bundle_is_the_tested_one(fresh_model_cache):
    data = model_bytes()
    assert hashlib.sha256(data).hexdigest() == MODEL_SHA256
    with zipfile.ZipFile(model_path()) as bundle:
        names = sorted(info.filename for info in bundle.infolist())
        assert names == ["pose_detector.tflite", "pose_landmarks_detector.tflite"]
        assert all(info.compress_type == zipfile.ZIP_STORED for info in bundle.infolist())


def test_a_damaged_bundle_is_refused_in_one_line(tmp_path, monkeypatch, fresh_model_cache):
    damaged = tmp_path / landmarker.MODEL_FILE
    data = bytearray(model_path().read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    monkeypatch.setattr(landmarker, "model_path", lambda: damaged)
    with pytest.raises(PoseModelError) as caught:
        make_landmarker(video=True)
    assert "\n" not in str(caught.value) and "damaged" in str(caught.value)


def test_a_missing_bundle_says_so(tmp_path, monkeypatch, fresh_model_cache):
    monkeypatch.setattr(landmarker.Path, "is_file", lambda self: False)
    with pytest.raises(PoseModelError, match="missing"):
        model_path()


def test_video_mode_finds_nobody_in_an_empty_picture_and_closes_cleanly():
    from coach.pose.estimator import PoseEstimator

    with PoseEstimator(segmentation=True) as estimator:
        for i in range(3):
            frame = estimator.process(np.zeros((240, 320, 3), dtype=np.uint8), i / 30.0)
            assert frame.image is None and frame.world is None and frame.frame_size == (320, 240)


def test_a_picture_not_a_multiple_of_4_wide_is_read_with_its_outline():
    """mediapipe 0.10.33 aborts the whole process reading such a mask; the estimator pads the picture."""
    from coach.pose.estimator import PoseEstimator

    with PoseEstimator(segmentation=True) as estimator:
        for i in range(3):
            frame = estimator.process(np.full((360, 202, 3), 90, dtype=np.uint8), i / 30.0)
            assert frame.frame_size == (202, 360)
