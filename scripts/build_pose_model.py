#!/usr/bin/env python3
"""Rebuild ``assets/models/pose_landmarker_full.task`` from BlazePose's Apache-2.0 weights.

Why this exists: mediapipe ≥ 0.10.30 has only the Tasks API and ships no model; its
``PoseLandmarker`` needs a ``.task`` bundle, which Google serves for download — and Coach never
downloads anything. The same BlazePose weights (detector + full landmark model, Apache-2.0) ship
inside the last legacy wheel, ``mediapipe==0.10.21``, but without the TFLite metadata the Tasks API
needs to normalise its input. This script adds that metadata with mediapipe's own metadata writer
(which works in 0.10.21 only) and zips the two models into a bundle.

Run it with a Python that has ``mediapipe==0.10.21`` installed (Python 3.9–3.12);
``scripts/build_pose_model.sh`` makes such an environment in ``build/model-venv`` and runs this.
The result is deterministic: the same wheel gives a bundle with the same SHA-256, which
``coach/pose/model.py`` checks at every load.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import zipfile
from pathlib import Path

# Input normalisation of each model (from MediaPipe's own pose graphs in the 0.10.21 wheel):
# the detector takes pixels in [-1, 1], the landmark model in [0, 1].
DETECTOR_NORM = ([127.5], [127.5])
LANDMARKER_NORM = ([0.0], [255.0])
DETECTOR_OUTPUTS = 2     # box regressors, classificators
LANDMARKER_OUTPUTS = 5   # landmarks, pose flag, segmentation, heatmap, world landmarks
DETECTOR_NAME = "pose_detector.tflite"
LANDMARKER_NAME = "pose_landmarks_detector.tflite"
# A fixed time for every zip entry: the bundle's bytes (and so its SHA-256) depend only on the weights.
FIXED_ZIP_TIME = (2025, 2, 1, 0, 0, 0)


def _with_metadata(model: bytes, name: str, norm: tuple[list[float], list[float]], outputs: int) -> bytes:
    from mediapipe.tasks.python.metadata.metadata_writers import metadata_writer

    writer = metadata_writer.MetadataWriter.create(bytearray(model))
    writer.add_general_info(name, "BlazePose GHUM 3D (Apache-2.0), from the mediapipe 0.10.21 wheel")
    writer.add_image_input(norm_mean=norm[0], norm_std=norm[1])
    for _ in range(outputs):
        writer.add_feature_output()
    content, _json = writer.populate()
    return bytes(content)


def build(out: Path) -> str:
    import mediapipe

    if mediapipe.__version__ != "0.10.21":
        raise SystemExit(f"needs mediapipe==0.10.21 (has {mediapipe.__version__}): its wheel holds the weights")
    root = Path(mediapipe.__file__).parent / "modules"
    detector = (root / "pose_detection" / "pose_detection.tflite").read_bytes()
    landmarker = (root / "pose_landmark" / "pose_landmark_full.tflite").read_bytes()
    parts = {
        DETECTOR_NAME: _with_metadata(detector, "pose_detector", DETECTOR_NORM, DETECTOR_OUTPUTS),
        LANDMARKER_NAME: _with_metadata(landmarker, "pose_landmarks_detector", LANDMARKER_NORM,
                                        LANDMARKER_OUTPUTS),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".partial")
    # Stored (not deflated) and 4-byte aligned, as MediaPipe's own bundle writer does, so TFLite can
    # map each model in place; fixed dates make the file reproducible.
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            header_len = 30 + len(name.encode())
            pad = (-(zf.fp.tell() + header_len + 4)) % 4  # +4: the extra field's own header
            info.extra = b"\xff\xff" + pad.to_bytes(2, "little") + b"\0" * pad
            zf.writestr(info, data)
    tmp.replace(out)
    return hashlib.sha256(out.read_bytes()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent
                    / "assets" / "models" / "pose_landmarker_full.task")
    args = ap.parse_args()
    digest = build(args.out)
    print(f"{args.out}  sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
