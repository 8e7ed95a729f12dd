"""Other cameras for a real pose track: the same movement seen mirrored, rolled, slower, or from elsewhere.

A track holds both the picture landmarks and MediaPipe's 3-D world landmarks,
so a different camera can be simulated without the video: rotate the world
landmarks (yaw about the vertical, pitch about the side-to-side axis), then
project them into the picture with the scale and offset that the original
frame's picture and world landmarks share. Mirroring swaps left and right as
MediaPipe would (it names limbs by anatomy), a slower webcam keeps every
n-th frame, and a worse one misses some. A coach that judges movement, not
the picture, gives the same count on all of them.
"""
from __future__ import annotations

import dataclasses
import math

import numpy as np

from coach.pose.landmarks import Landmark
from coach.pose.track import PoseTrack


def _swap_sides() -> np.ndarray:
    order = np.arange(len(Landmark))
    for lm in Landmark:
        if lm.name.startswith("LEFT_"):
            right = Landmark["RIGHT_" + lm.name[5:]]
            order[lm], order[right] = right, lm
    return order


def mirrored(track: PoseTrack) -> PoseTrack:
    """The person faces the other way: x flipped, left and right swapped."""
    order = _swap_sides()
    image = track.image[:, order].copy()
    world = track.world[:, order].copy()
    image[..., 0] = 1.0 - image[..., 0]
    world[..., 0] = -world[..., 0]
    outline = {}
    if track.silhouette is not None and track.silhouette_box is not None:
        w, h = track.frame_size
        box = track.silhouette_box.copy()
        box[:, 0] = w / h - box[:, 0] - box[:, 2]  # plane x runs 0..aspect
        outline = dict(silhouette=track.silhouette[:, :, ::-1].copy(), silhouette_box=box)
    return dataclasses.replace(track, image=image, world=world, **outline)


def slower_camera(track: PoseTrack, fps: float) -> PoseTrack:
    """Keep the frames a ``fps`` webcam would have captured (the first at or after each tick)."""
    keep, next_t = [], float(track.t_s[0]) if len(track) else 0.0
    for i, t in enumerate(track.t_s):
        if t + 1e-9 >= next_t:
            keep.append(i)
            next_t += 1.0 / fps
    return dataclasses.replace(track.take(np.asarray(keep)), fps=fps)


def with_misses(track: PoseTrack, share: float, seed: int = 0) -> PoseTrack:
    """Frames in which MediaPipe found nobody, ``share`` of them at random (dim light, motion blur)."""
    missed = np.random.default_rng(seed).random(len(track)) < share
    image, world = track.image.copy(), track.world.copy()
    image[missed] = np.nan
    world[missed] = np.nan
    return dataclasses.replace(track, image=image, world=world)



def with_jitter(track: PoseTrack, picture_sd: float = 0.008, world_sd_m: float = 0.02, seed: int = 0) -> PoseTrack:
    """Every landmark jittered as by a worse camera: ``picture_sd`` of the picture's size, ``world_sd_m`` in 3-D."""
    rng = np.random.default_rng(seed)
    image, world = track.image.copy(), track.world.copy()
    image[..., :2] += rng.normal(0.0, picture_sd, image[..., :2].shape).astype(image.dtype)
    world[..., :3] += rng.normal(0.0, world_sd_m, world[..., :3].shape).astype(world.dtype)
    return dataclasses.replace(track, image=image, world=world)

def faster_playback(track: PoseTrack, speed: float) -> PoseTrack:
    """The movement done ``speed`` times faster, filmed at the same frame rate."""
    step = max(1, int(round(speed)))
    sub = track.take(np.arange(0, len(track), step))
    t = sub.t_s / speed
    return dataclasses.replace(sub, t_s=t - t[0] + track.t_s[0] if len(t) else t)


def closer(track: PoseTrack, keep: float = 0.75, centre: tuple[float, float] = (0.5, 0.5)) -> PoseTrack:
    """The camera nearer, or zoomed in: only the middle ``keep`` of the picture is seen, at full size.

    Picture landmarks move out from ``centre``; those that leave the picture get the low visibility
    MediaPipe gives a joint it guesses outside the frame. The world landmarks — the body in metres —
    do not change, nor does the outline (its box moves with the picture).
    """
    w, h = track.frame_size
    aspect = w / h if h else 1.0
    cx, cy = centre
    image = track.image.copy()
    image[..., 0] = cx + (image[..., 0] - cx) / keep
    image[..., 1] = cy + (image[..., 1] - cy) / keep
    outside = (image[..., 0] < 0) | (image[..., 0] > 1) | (image[..., 1] < 0) | (image[..., 1] > 1)
    image[..., 3] = np.where(outside, np.minimum(image[..., 3], 0.2), image[..., 3])
    outline = {}
    if track.silhouette is not None and track.silhouette_box is not None:
        box = track.silhouette_box.copy()
        box[:, 0] = cx * aspect + (box[:, 0] - cx * aspect) / keep
        box[:, 1] = cy + (box[:, 1] - cy) / keep
        box[:, 2] = box[:, 2] / keep
        outline = dict(silhouette_box=box)
    return dataclasses.replace(track, image=image, **outline)


def _rotation(yaw_deg: float = 0.0, pitch_deg: float = 0.0, roll_deg: float = 0.0) -> np.ndarray:
    y, p, r = (math.radians(a) for a in (yaw_deg, pitch_deg, roll_deg))
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    rx = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    return rz @ rx @ ry


def other_view(track: PoseTrack, yaw_deg: float = 0.0, pitch_deg: float = 0.0, roll_deg: float = 0.0) -> PoseTrack:
    """The same movement filmed from a camera turned by yaw, tilted down by pitch and rolled by roll.

    World landmarks turn with the camera (they are camera-aligned in MediaPipe); picture
    landmarks are the turned world points drawn with this frame's own scale and offset.
    Visibility is kept as it was.
    """
    rot = _rotation(yaw_deg, pitch_deg, roll_deg)
    w, h = track.frame_size
    aspect = w / h if h else 1.0
    image = track.image.copy()
    world = track.world.copy()
    for i in range(len(track)):
        img, wld = track.image[i], track.world[i]
        if np.isnan(img).any() or np.isnan(wld).any():
            continue
        # Picture in height units (isotropic) against world x, y: one scale and one offset per frame.
        px = np.stack([img[:, 0] * aspect, img[:, 1]], axis=1).astype(np.float64)
        wx = wld[:, :2].astype(np.float64)
        centre_p, centre_w = px.mean(axis=0), wx.mean(axis=0)
        scale = float(np.sqrt(((px - centre_p) ** 2).sum() / max(((wx - centre_w) ** 2).sum(), 1e-12)))
        turned = wld[:, :3].astype(np.float64) @ rot.T
        new_px = centre_p + scale * (turned[:, :2] - turned[:, :2].mean(axis=0))
        image[i, :, 0] = new_px[:, 0] / aspect
        image[i, :, 1] = new_px[:, 1]
        image[i, :, 2] = turned[:, 2]
        world[i, :, :3] = turned
    # The outline cannot be turned with the skeleton: the other camera is judged without it.
    return dataclasses.replace(track, image=image.astype(np.float32), world=world.astype(np.float32),
                               silhouette=None, silhouette_box=None)
