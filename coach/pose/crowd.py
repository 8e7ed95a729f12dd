"""Someone else in view: notice them, say so, and keep following the person exercising.

BlazePose — the pose model Coach ships — tracks one person. With
a physiotherapist, a child or a reflection in the picture it can lock onto the
wrong one, or jump to them after losing the patient for a moment; averaging the
two is never an option. So, about once a second, :class:`OtherPersonWatch`
paints out the tracked person and asks the same model, in single-image mode,
whether anybody *else* is there. A person found that way is remembered for a few
seconds and painted out of every frame the tracker sees, so the tracker cannot
drift to them; the region around the tracked person is always left intact.

All four exercises are done on the floor (torso near horizontal). If the tracker
is following somebody upright while the other person lies or kneels, it has the
wrong person (upright is read from the 3-D world landmarks against the camera's
vertical, as :mod:`coach.exercises.posture` does: in the picture alone, somebody on
hands and knees facing the camera has a torso running up and down the image, and
read as standing): the watch swaps, and the caller re-tracks with the upright one
painted out. Two people both on the floor: the one already followed is kept,
unless the other is clearly bigger in the picture (:func:`person_px`). The
camera was set up for the patient, so the person exercising is the near one; a
child joining in or somebody further back is the smaller one. On a home recording
of a father and his daughter doing bird-dogs the tracker had picked the girl;
the margin keeps two people of about one size from being swapped to and fro.

The detector's confidence bar is set above MediaPipe's default because, at 0.5,
gym clutter (dumbbell racks, machines) is occasionally taken for a small person;
at 0.75 none of the development clips produced one while real second people
were found in every check.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np

from coach.pose.body_frame import BodyFrame3D
from coach.pose.geometry import person_px, trunk_px
from coach.pose.landmarks import Landmark

# Shoulders, hips and knees must be clearly visible for a detection to count as a person.
_CORE = (int(Landmark.LEFT_SHOULDER), int(Landmark.RIGHT_SHOULDER), int(Landmark.LEFT_HIP),
         int(Landmark.RIGHT_HIP), int(Landmark.LEFT_KNEE), int(Landmark.RIGHT_KNEE))
_SHOULDERS = (int(Landmark.LEFT_SHOULDER), int(Landmark.RIGHT_SHOULDER))
_HIPS = (int(Landmark.LEFT_HIP), int(Landmark.RIGHT_HIP))
_MASK_GREY = 127


@dataclass(frozen=True)
class PixelBox:
    """An axis-aligned box in pixels, ``x1``/``y1`` exclusive, clipped to the frame."""

    x0: int
    y0: int
    x1: int
    y1: int

    @classmethod
    def around(cls, image_landmarks: np.ndarray, width: int, height: int, margin: float) -> "PixelBox":
        """The landmarks' bounding box grown by ``margin`` of its size (limbs move between checks)."""
        xs = image_landmarks[:, 0] * width
        ys = image_landmarks[:, 1] * height
        x0, x1 = float(np.nanmin(xs)), float(np.nanmax(xs))
        y0, y1 = float(np.nanmin(ys)), float(np.nanmax(ys))
        mx = (x1 - x0) * margin + 0.02 * width
        my = (y1 - y0) * margin + 0.02 * height
        return cls(max(0, int(x0 - mx)), max(0, int(y0 - my)),
                   min(width, int(math.ceil(x1 + mx))), min(height, int(math.ceil(y1 + my))))

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x < self.x1 and self.y0 <= y < self.y1

    @property
    def empty(self) -> bool:
        return self.x1 <= self.x0 or self.y1 <= self.y0

    def overlap_fraction(self, other: "PixelBox") -> float:
        """How much of this box lies inside ``other`` (0..1)."""
        area = max(0, self.x1 - self.x0) * max(0, self.y1 - self.y0)
        if area == 0:
            return 0.0
        ix = max(0, min(self.x1, other.x1) - max(self.x0, other.x0))
        iy = max(0, min(self.y1, other.y1) - max(self.y0, other.y0))
        return ix * iy / area


def torso_incline_deg(image_landmarks: np.ndarray, width: int, height: int,
                      world_landmarks: Optional[np.ndarray] = None) -> float:
    """Shoulder-centre → hip-centre angle to the horizontal: ~0 lying or kneeling, ~90 upright.

    From the world landmarks when given (the camera's vertical, whatever way the person faces),
    else in pixels.
    """
    if world_landmarks is not None:
        f3 = BodyFrame3D.from_world(world_landmarks)
        incline = f3.incline_deg(f3.mid("hip"), f3.mid("shoulder"))
        if incline == incline:
            return incline
    sx = float(np.mean(image_landmarks[list(_SHOULDERS), 0])) * width
    sy = float(np.mean(image_landmarks[list(_SHOULDERS), 1])) * height
    hx = float(np.mean(image_landmarks[list(_HIPS), 0])) * width
    hy = float(np.mean(image_landmarks[list(_HIPS), 1])) * height
    if abs(hx - sx) < 1e-9 and abs(hy - sy) < 1e-9:
        return math.nan
    return math.degrees(math.atan2(abs(hy - sy), abs(hx - sx)))


@dataclass(frozen=True)
class WatchVerdict:
    """What the check of one frame found: how many others, and whether to re-track somebody else."""

    others_in_view: int
    swap: bool = False


class OtherPersonWatch:
    """Looks for a second person at most every ``check_every_s`` and keeps the tracker off them."""

    def __init__(self, check_every_s: float = 1.0, forget_after_s: float = 2.5,
                 min_detection_confidence: float = 0.75, min_core_visibility: float = 0.6,
                 upright_deg: float = 55.0, lying_deg: float = 40.0, margin: float = 0.15,
                 max_overlap: float = 0.5, min_relative_size: float = 0.3, still_fraction: float = 0.003,
                 bigger_ratio: float = 1.4) -> None:
        self.check_every_s = check_every_s
        self.forget_after_s = forget_after_s
        self.min_detection_confidence = min_detection_confidence
        self.min_core_visibility = min_core_visibility
        self.upright_deg = upright_deg
        self.lying_deg = lying_deg
        self.margin = margin
        self.max_overlap = max_overlap
        self.min_relative_size = min_relative_size
        self.still_fraction = still_fraction
        self.bigger_ratio = bigger_ratio
        self._last_found: Optional[np.ndarray] = None
        self._still_checks = 0
        self._detector: Optional[Any] = None
        self._next_check_t: Optional[float] = None
        self._other: Optional[PixelBox] = None
        self._other_seen_t = -math.inf
        self._tracked: Optional[PixelBox] = None
        self.checks = 0

    # ----- what the tracker sees --------------------------------------------------------------
    def masked(self, bgr: np.ndarray, t_s: float) -> np.ndarray:
        """The frame with the other person painted out (the tracked person's surroundings kept)."""
        if self._other is None:
            return bgr
        if t_s - self._other_seen_t > self.forget_after_s:
            self._other = None
            return bgr
        return _paint_out(bgr, self._other, keep=self._tracked)

    # ----- after the tracker ran --------------------------------------------------------------
    def check(self, bgr: np.ndarray, t_s: float, tracked: Optional[np.ndarray],
              tracked_world: Optional[np.ndarray] = None) -> WatchVerdict:
        """Run the single-image search when due; ``tracked`` is the tracker's image landmarks or None."""
        h, w = bgr.shape[:2]
        self._tracked = PixelBox.around(tracked, w, h, self.margin) if tracked is not None else None
        due = self._next_check_t is None or t_s >= self._next_check_t
        if not due or tracked is None:
            # Nobody tracked: anyone the detector finds is the person to follow, not a second one.
            return WatchVerdict(self._others_now(t_s))
        self._next_check_t = t_s + self.check_every_s
        self.checks += 1
        assert self._tracked is not None
        found, found_world = self._detect(_paint_out(bgr, self._tracked, keep=None))
        if found is None:
            return WatchVerdict(self._others_now(t_s))
        other_box = PixelBox.around(found, w, h, self.margin)
        if self._tracked.contains(*_centre_px(found, w, h)):
            return WatchVerdict(self._others_now(t_s))  # the tracked person's own edge, not somebody else
        if self._not_a_person(found, tracked, w, h):
            return WatchVerdict(self._others_now(t_s))
        found_on_floor = torso_incline_deg(found, w, h, found_world) < self.lying_deg
        tracked_upright = torso_incline_deg(tracked, w, h, tracked_world) > self.upright_deg
        swap = found_on_floor and (
            tracked_upright or person_px(found, w, h) >= self.bigger_ratio * person_px(tracked, w, h))
        self._other_seen_t = t_s
        if swap:
            # Follow the one on the floor (or the bigger of two there): the other becomes the one painted out.
            self._other, self._tracked = self._tracked, other_box
        else:
            self._other = other_box
        return WatchVerdict(1, swap=swap)

    def _not_a_person(self, found: np.ndarray, tracked: np.ndarray, w: int, h: int) -> bool:
        """Finds that are the tracked person again, or a picture, rather than somebody else.

        One person alone was reported as two for most of a living-room recording. The
        single-image search can land on the tracked person's own limbs sticking out of the
        painted box (most of the find inside the tracked person's box), on something far too
        small to be a person at that distance, or on a poster or photo — which, unlike
        anybody standing or kneeling, does not move at all between searches.
        """
        tracked_box = PixelBox.around(tracked, w, h, 0.0)
        found_box = PixelBox.around(found, w, h, 0.0)
        if found_box.overlap_fraction(tracked_box) > self.max_overlap:
            return True
        # Torso lengths (shoulder centre to hip centre): the size of a person whatever their pose.
        if trunk_px(found, w, h)[1] < self.min_relative_size * max(trunk_px(tracked, w, h)[1], 1e-6):
            return True
        core = found[list(_CORE), :2]
        still = self._last_found is not None and float(np.mean(np.abs(core - self._last_found))) < self.still_fraction
        self._still_checks = self._still_checks + 1 if still else 0
        self._last_found = core.copy()
        return self._still_checks >= 2

    def _others_now(self, t_s: float) -> int:
        return int(self._other is not None and t_s - self._other_seen_t <= self.forget_after_s)

    def _detect(self, bgr: np.ndarray) -> tuple[Optional[np.ndarray], Optional[np.ndarray]]:
        """The single-image search: (image landmarks, world landmarks) of a person, or Nones."""
        from coach.pose.landmarker import first_pose, make_landmarker, mp_image

        if self._detector is None:
            self._detector = make_landmarker(video=False, min_detection_confidence=self.min_detection_confidence)
        found, world, _mask = first_pose(self._detector.detect(mp_image(bgr)), segmentation=False)
        if found is None or float(np.mean(found[list(_CORE), 3])) < self.min_core_visibility:
            return None, None
        return found, world

    def close(self) -> None:
        if self._detector is not None:
            self._detector.close()
            self._detector = None


def _centre_px(image_landmarks: np.ndarray, width: int, height: int) -> tuple[float, float]:
    core = list(_SHOULDERS + _HIPS)
    return (float(np.mean(image_landmarks[core, 0])) * width, float(np.mean(image_landmarks[core, 1])) * height)


def _paint_out(bgr: np.ndarray, box: PixelBox, keep: Optional[PixelBox]) -> np.ndarray:
    if box.empty:
        return bgr
    out = bgr.copy()
    out[box.y0:box.y1, box.x0:box.x1] = _MASK_GREY
    if keep is not None and not keep.empty:
        out[keep.y0:keep.y1, keep.x0:keep.x1] = bgr[keep.y0:keep.y1, keep.x0:keep.x1]
    return out
