"""The person's outline around the torso, from MediaPipe's segmentation mask.

MediaPipe has no spine landmarks: shoulders and hips stay where they are while
the back between them rounds (cat) or dips (cow). The segmentation mask does
see the back's outline. Only a small square of it is kept per frame — centred
on the torso, sized by the body's own limbs, ``SILHOUETTE_PX`` pixels a side —
so a pose track grows by about 2 KiB a frame instead of a full mask, and the
exercises sample it in the same plane coordinates as the landmarks (x scaled by
the aspect, y down; see :func:`coach.pose.geometry.to_plane`).
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from coach.pose.landmarks import Landmark

SILHOUETTE_PX = 48
# The square's side as a multiple of the body's longest segment among torso, arm and thigh: enough
# to hold the back's outline in a deep cat and the belly in a deep cow from any view.
BOX_SPAN = 2.2


@dataclass(frozen=True)
class Silhouette:
    """``mask``: uint8 ``(SILHOUETTE_PX, SILHOUETTE_PX)``, 255 = person. ``box``: x0, y0, side in plane units."""

    mask: np.ndarray
    box: tuple[float, float, float]

    def __post_init__(self) -> None:
        if self.mask.shape != (SILHOUETTE_PX, SILHOUETTE_PX) or self.mask.dtype != np.uint8:
            raise ValueError(f"Silhouette.mask must be uint8 {(SILHOUETTE_PX, SILHOUETTE_PX)}, "
                             f"got {self.mask.dtype} {self.mask.shape}")
        if not (np.isfinite(self.box).all() and self.box[2] > 0):
            raise ValueError(f"Silhouette.box must be finite with a positive side, got {self.box}")

    def person_at(self, pts: np.ndarray) -> np.ndarray:
        """How surely each plane point ``(..., 2)`` is the person (0–1, bilinear); NaN outside the square."""
        x0, y0, side = self.box
        scale = (SILHOUETTE_PX - 1) / side
        u = (np.asarray(pts[..., 0], dtype=np.float64) - x0) * scale
        v = (np.asarray(pts[..., 1], dtype=np.float64) - y0) * scale
        inside = (u >= 0) & (u <= SILHOUETTE_PX - 1) & (v >= 0) & (v <= SILHOUETTE_PX - 1)
        u = np.clip(u, 0, SILHOUETTE_PX - 1.000001)
        v = np.clip(v, 0, SILHOUETTE_PX - 1.000001)
        iu, iv = u.astype(int), v.astype(int)
        fu, fv = u - iu, v - iv
        m = self.mask.astype(np.float64) / 255.0
        val = (m[iv, iu] * (1 - fu) * (1 - fv) + m[iv, iu + 1] * fu * (1 - fv)
               + m[iv + 1, iu] * (1 - fu) * fv + m[iv + 1, iu + 1] * fu * fv)
        return np.where(inside, val, np.nan)


_SEGMENTS = ((Landmark.LEFT_SHOULDER, Landmark.LEFT_HIP), (Landmark.RIGHT_SHOULDER, Landmark.RIGHT_HIP),
             (Landmark.LEFT_SHOULDER, Landmark.LEFT_WRIST), (Landmark.RIGHT_SHOULDER, Landmark.RIGHT_WRIST),
             (Landmark.LEFT_HIP, Landmark.LEFT_KNEE), (Landmark.RIGHT_HIP, Landmark.RIGHT_KNEE))


def crop_silhouette(mask: np.ndarray, image_landmarks: np.ndarray, frame_size: tuple[int, int]) -> Silhouette | None:
    """The square of a full-frame mask (float, 0–1, height × width) around the torso; None if it cannot be placed."""
    w, h = frame_size
    if h <= 0 or w <= 0 or mask.ndim != 2:
        return None
    aspect = w / h
    pts = image_landmarks[:, :2].astype(np.float64).copy()
    pts[:, 0] *= aspect
    if not np.isfinite(pts).all():
        return None
    longest = max(float(np.linalg.norm(pts[a] - pts[b])) for a, b in _SEGMENTS)
    if longest <= 1e-6:
        return None
    centre = (pts[Landmark.LEFT_SHOULDER] + pts[Landmark.RIGHT_SHOULDER]
              + pts[Landmark.LEFT_HIP] + pts[Landmark.RIGHT_HIP]) / 4.0
    side = BOX_SPAN * longest
    x0, y0 = centre[0] - side / 2, centre[1] - side / 2
    # Plane units times the frame height are pixels on both axes (x was scaled by width / height).
    px_per_cell = side * h / (SILHOUETTE_PX - 1)
    affine = np.array([[px_per_cell, 0.0, x0 * h], [0.0, px_per_cell, y0 * h]], dtype=np.float64)
    crop = cv2.warpAffine(mask.astype(np.float32), affine, (SILHOUETTE_PX, SILHOUETTE_PX),
                          flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    crop8 = np.clip(crop * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return Silhouette(mask=crop8, box=(float(x0), float(y0), float(side)))
