"""Which way the body lies — on the back, face down, on hands and knees, on the side or upright.

The analyzers judge movement in the body's own frame (:mod:`coach.pose.body_frame`), which
does not change with the camera — and so cannot tell a bird-dog from a dead bug, the same
limbs reaching on the back instead of on hands and knees. Gravity can: MediaPipe's world
landmarks keep the camera's axes, and a camera on a laptop or a phone stands roughly
upright, so the camera's "down" is the floor's to within its pitch and roll. Only coarse,
lenient questions are asked of it, which a 45° pitch, a 12° roll or a portrait phone
cannot flip:

- the torso's incline against the camera's horizontal (lying or upright);
- which way the chest faces: the front of the torso (its left–right axis crossed with its
  long axis) against the camera's down, +1 face down, −1 on the back, about 0 on the side.

Measured on the real clips, face-down bodies (planks, hands and knees, push-ups) read
+0.9 to +1.0, bodies on their back (bridges, leg raises, knee-to-chest) −0.9 to −1.0 and
side-lying ones about 0; sitting, kneeling up and standing have torsos inclined 55–85°.
The same reading serves every exercise's start-position check and the recognition of an
exercise in a whole-session recording.
"""
from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from coach.exercises.spec import RuleSpec, text
from coach.pose.body_frame import CAMERA_DOWN, BodyFrame3D, unit

# Torso steeper than this against the camera's horizontal: sitting, kneeling up or standing.
UPRIGHT_MIN_INCLINE_DEG = 55.0
# The chest's direction against the camera's down beyond this: clearly face down (or clearly on the back).
FACING_MIN = 0.45
# The left–right axis this close to the camera's vertical, with the chest square to it: lying on one side.
# Strict, because a camera pitched down turns a face-down or supine body's left–right axis toward the
# vertical too (30° of pitch on an already high phone reads 0.85 for a bridge); side-lying reads 0.95–1.
SIDE_LYING_MIN = 0.9
SIDE_LYING_MAX_CHEST = 0.4
# Face down, the nose stands at most this far above the trunk's line (torso lengths); on the back, 0.2–0.4.
NOSE_UP_FACE_DOWN_MAX = 0.2


class Posture(str, enum.Enum):
    """What the body is doing with respect to the floor, coarsely (the exercises ask finer questions)."""

    SUPINE = "supine"          # lying on the back (bridge start, dead bug, leg raises)
    FACE_DOWN = "face_down"    # chest toward the floor: hands and knees, plank, push-up, lying prone
    SIDE_LYING = "side_lying"  # on one side
    UPRIGHT = "upright"        # sitting, kneeling up or standing
    UNKNOWN = "unknown"        # in between, or not measurable


_SEEN_AS = {
    Posture.SUPINE: "lying on the back",
    Posture.FACE_DOWN: "face down (hands and knees, a plank or lying on the front)",
    Posture.SIDE_LYING: "lying on one side",
    Posture.UPRIGHT: "sitting, kneeling up or standing",
}


def _face_agrees(f3: BodyFrame3D, cranial: np.ndarray, chest_down: float) -> bool:
    """Whether the face says the same as the chest: up on the back, not up when face down.

    The chest's direction comes from MediaPipe's left and right, which it can swap in a dark or
    noisy picture — turning a body on its back face down. The nose does not depend on them: on the
    back it stands 0.2–0.4 torso lengths above the trunk's line, face down (even with the head
    lifted, as in a bird-dog) at most ~0.15. A disagreement reads as "unknown", never as a posture.
    """
    nose = f3.pts[0] - f3.mid("shoulder")
    across = nose - float(np.dot(nose, cranial)) * cranial
    nose_up = -float(across[1]) / f3.torso_m  # camera y points down
    return nose_up > 0.0 if chest_down < 0 else nose_up < NOSE_UP_FACE_DOWN_MAX


def posture_cues(*postures: Posture) -> tuple[RuleSpec, ...]:
    """The rule-file cues of the postures that rule an exercise out (``cues.seen_<posture>``).

    Declaring one is what makes a posture rule the exercise out: the analyzer then counts
    nothing in it and says this cue — what Coach sees and where the exercise starts.
    """
    return tuple(text(f"cues.seen_{p.value}", f"said when the person seems to be {_SEEN_AS[p]}: what Coach sees and "
                                              "where the exercise starts") for p in postures)


@dataclass(frozen=True)
class PostureReading:
    """One frame's posture with the measures it was read from."""

    posture: Posture
    chest_down: float          # front of the torso · camera down: +1 face down, −1 on the back
    torso_incline_deg: float   # shoulder→hip against the camera's horizontal: 0 lying, 90 upright
    side_tilt: float           # |left–right axis · camera down|: 1 lying on a side

    @property
    def lying(self) -> bool:
        return self.posture in (Posture.SUPINE, Posture.FACE_DOWN, Posture.SIDE_LYING)


def read_posture(f3: Optional[BodyFrame3D]) -> PostureReading:
    """The posture of one frame's 3-D body (``UNKNOWN`` with NaN measures when there is none)."""
    if f3 is None:
        return PostureReading(Posture.UNKNOWN, math.nan, math.nan, math.nan)
    lateral = unit(sum((f3.p("left", part) - f3.p("right", part) for part in ("shoulder", "hip")), np.zeros(3)))
    cranial = f3.cranial_axis()
    if lateral is None or cranial is None:
        return PostureReading(Posture.UNKNOWN, math.nan, math.nan, math.nan)
    front = unit(np.cross(lateral, cranial))
    if front is None:
        return PostureReading(Posture.UNKNOWN, math.nan, math.nan, math.nan)
    chest_down = float(np.dot(front, CAMERA_DOWN))
    incline = math.degrees(math.asin(min(1.0, abs(float(np.dot(cranial, CAMERA_DOWN))))))
    side_tilt = abs(float(np.dot(lateral, CAMERA_DOWN)))
    if incline >= UPRIGHT_MIN_INCLINE_DEG:
        posture = Posture.UPRIGHT
    elif side_tilt >= SIDE_LYING_MIN and abs(chest_down) <= SIDE_LYING_MAX_CHEST:
        posture = Posture.SIDE_LYING
    elif abs(chest_down) >= FACING_MIN and abs(chest_down) >= side_tilt and _face_agrees(f3, cranial, chest_down):
        # The chest must also be nearer the vertical than the left–right axis: under a pitched camera a
        # side-lying body's chest reads ±0.5, with its left–right axis still the more vertical of the two.
        posture = Posture.FACE_DOWN if chest_down > 0 else Posture.SUPINE
    else:
        posture = Posture.UNKNOWN
    return PostureReading(posture, chest_down, incline, side_tilt)


