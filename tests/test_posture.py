"""Gravity's view of the body: on the back, face down, on the side or upright, from any reasonable camera.

Bodies are built in 3-D from a few joints (metres, MediaPipe's world axes: x right, y down,
z away from the camera) and then seen by cameras pitched, rolled and turned: the posture
must not change with the camera, and a dead bug — a bird-dog's reach done on the back — must
not be counted as a bird-dog, and must be told why.
"""
from __future__ import annotations

import math

import numpy as np
import pytest

import track_views as tv
from coach.exercises import events as ev
from coach.exercises.posture import Posture, read_posture
from coach.exercises.registry import create_analyzer
from coach.pose.body_frame import BodyFrame3D
from coach.pose.landmarks import Landmark, PoseFrame

LEFT_OF = {"shoulder": "LEFT_SHOULDER", "hip": "LEFT_HIP", "knee": "LEFT_KNEE", "ankle": "LEFT_ANKLE",
           "elbow": "LEFT_ELBOW", "wrist": "LEFT_WRIST"}


def body(front: np.ndarray, head: np.ndarray, limbs_toward: np.ndarray | None = None) -> np.ndarray:
    """World landmarks of a lying or upright body: ``head`` its long axis, ``front`` where the chest faces.

    The left side is ``head × front`` away from the midline (anatomy: for a body facing the camera
    with its head up, its left is the camera's right). Arms and legs hang along ``limbs_toward``
    (default: the way the chest faces, as on hands and knees).
    """
    front, head = front / np.linalg.norm(front), head / np.linalg.norm(head)
    left = np.cross(head, front)
    limbs = front if limbs_toward is None else limbs_toward / np.linalg.norm(limbs_toward)
    pts = {
        "shoulder": 0.25 * head, "hip": -0.25 * head, "elbow": 0.25 * head + 0.28 * limbs,
        "wrist": 0.25 * head + 0.55 * limbs, "knee": -0.25 * head + 0.45 * limbs,
        "ankle": -0.25 * head + 0.45 * limbs - 0.4 * head,
    }
    world = np.zeros((33, 4), dtype=np.float32)
    world[:, 3] = 0.95
    for lm in Landmark:
        world[lm, :3] = 0.33 * head + 0.08 * front  # the head's points
    for part, name in LEFT_OF.items():
        world[Landmark[name], :3] = pts[part] + 0.18 * left
        world[Landmark[name.replace("LEFT_", "RIGHT_")], :3] = pts[part] - 0.18 * left
    return world


DOWN, UP, TOWARD_CAMERA = np.array([0.0, 1.0, 0.0]), np.array([0.0, -1.0, 0.0]), np.array([0.0, 0.0, -1.0])
ALONG = np.array([1.0, 0.0, 0.0])
BODIES = {
    Posture.FACE_DOWN: body(front=DOWN, head=ALONG),
    Posture.SUPINE: body(front=UP, head=ALONG, limbs_toward=UP),
    Posture.SIDE_LYING: body(front=TOWARD_CAMERA, head=ALONG, limbs_toward=ALONG * -1),
    Posture.UPRIGHT: body(front=TOWARD_CAMERA, head=UP, limbs_toward=DOWN),
}
CAMERAS = {"level": (0.0, 0.0, 0.0), "rolled_12deg": (0.0, 0.0, 12.0), "pitched_30deg": (0.0, 30.0, 0.0),
           "turned_60deg": (60.0, 0.0, 0.0), "head_on": (90.0, 0.0, 0.0)}


def seen_by(world: np.ndarray, yaw: float, pitch: float, roll: float) -> np.ndarray:
    out = world.copy()
    out[:, :3] = world[:, :3] @ tv._rotation(yaw, pitch, roll).T
    return out


def _cases() -> list:
    return [pytest.param(posture, camera, id=f"{posture.value}-{camera}") for posture in BODIES for camera in CAMERAS
            if not (posture is Posture.SIDE_LYING and camera == "pitched_30deg")]


@pytest.mark.parametrize("posture,camera", _cases())
def test_posture_does_not_change_with_the_camera(posture, camera):
    reading = read_posture(BodyFrame3D.from_world(seen_by(BODIES[posture], *CAMERAS[camera])))
    assert reading.posture is posture, reading


def test_a_pitched_camera_never_makes_a_body_on_its_back_side_lying():
    """Pitch turns a supine body's left–right axis toward the vertical, as lying on a side would.

    Side-lying is read strictly, so a bridge filmed from above stays a bridge; a side-lying body
    under a pitched camera is then "unknown" — never a clear posture it is not.
    """
    for pitch in (30.0, 40.0):
        assert read_posture(BodyFrame3D.from_world(seen_by(BODIES[Posture.SUPINE], 0, pitch, 0))).posture \
            is Posture.SUPINE
    side = read_posture(BodyFrame3D.from_world(seen_by(BODIES[Posture.SIDE_LYING], 0, 30.0, 0)))
    assert side.posture in (Posture.SIDE_LYING, Posture.UNKNOWN), side


def test_in_between_is_unknown_not_a_guess():
    turn = math.radians(65.0)  # rolled 65° from face down toward the side: neither, clearly
    half_turned = body(front=np.array([0.0, math.cos(turn), -math.sin(turn)]), head=ALONG)
    assert read_posture(BodyFrame3D.from_world(half_turned)).posture is Posture.UNKNOWN
    assert math.isnan(read_posture(None).chest_down)


def _frames(world_at, seconds: float = 12.0, fps: float = 30.0):
    for i in range(int(seconds * fps)):
        t = i / fps
        world = world_at(t)
        image = world.copy()
        image[:, 0] = 0.5 + 0.6 * world[:, 0]  # a camera at the side: picture x, y follow world x, y
        image[:, 1] = 0.5 + 0.6 * world[:, 1]
        image[:, 2] = world[:, 2]
        yield PoseFrame(t_s=t, image=image, world=world, frame_size=(640, 480))


def _dead_bug(t: float) -> np.ndarray:
    """On the back, arms and knees up; every 3 s one arm reaches overhead and the other leg straightens out."""
    w = body(front=UP, head=ALONG, limbs_toward=UP)
    if int(t // 1.5) % 2 == 1:
        side = "LEFT" if int(t // 3.0) % 2 == 0 else "RIGHT"
        other = "RIGHT" if side == "LEFT" else "LEFT"
        sh = w[Landmark[f"{side}_SHOULDER"], :3]
        w[Landmark[f"{side}_ELBOW"], :3] = sh + 0.28 * ALONG
        w[Landmark[f"{side}_WRIST"], :3] = sh + 0.55 * ALONG
        hip = w[Landmark[f"{other}_HIP"], :3]
        w[Landmark[f"{other}_KNEE"], :3] = hip - 0.45 * ALONG + 0.1 * UP
        w[Landmark[f"{other}_ANKLE"], :3] = hip - 0.85 * ALONG + 0.15 * UP
    return w


def test_a_dead_bug_is_not_a_bird_dog_and_coach_says_why():
    analyzer = create_analyzer("bird_dog")
    events = [e for f in _frames(_dead_bug) for e in analyzer.update(f)]
    analyzer.finish()
    assert analyzer.rep_count == 0
    said = [e.message for e in events if e.kind == ev.SETUP_BEGAN and e.name == "not_in_position"]
    assert said and "lying on your back" in said[0], said
