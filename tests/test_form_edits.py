"""Faults put into real movement: a plank track with its hips moved 20° out of line for 3 s.

The edit moves the hips so that the shoulder–hip–ankle line bends a further
20° at the hip from where this person holds it, toward the floor (a sag) or
away from it (a pike), in the 3-D world landmarks and, by the same frame's
scale, in the picture. Everything else is the real recording, so the
check is whether Coach catches a fault of clinical size in a real person's
plank, not in a drawing. Each plank is also seen from 45° either way round the
person (an oblique camera, :mod:`track_views`); the head-on plank is judged only
turned to such a view — head-on, Coach times the hold and says once that it cannot
see the hips.
"""
from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

import track_views as tv
from clips import clip_labels
from coach.analysis import _analyze_track
from coach.exercises.registry import create_analyzer
from coach.pose.body_frame import SIDES, orthogonal_part, unit
from coach.pose.landmarks import side_landmark
from coach.pose.track import PoseTrack, load_track

BEND_DEG = 20.0
# (clip, start of the 3 s edit): well inside each labelled hold, away from its own faults.
WINDOWS = {"wahoo_forearm_plank_side.mp4": 14.0, "yt_screencap_high_plank_sag_demo.mp4": 22.0,
           "gym_phone_side_male_knee_drop.mp4": 1.5, "musclewiki_gym_forearm_entry_male_60fps.mp4": 1.5,
           "musclewiki_high_plank_side_knees_entry_exit.mp4": 3.0,
           "calisthenics_outdoor_straight_arm_front_oblique.mp4": 2.5,
           "musclewiki_high_plank_head_on_front.mp4": 3.0}
HEAD_ON = ("musclewiki_high_plank_head_on_front.mp4",)
VIEWS = {"as_filmed": lambda t: t, "yaw_plus_45deg": lambda t: tv.other_view(t, yaw_deg=45.0),
         "yaw_minus_45deg": lambda t: tv.other_view(t, yaw_deg=-45.0)}
LABELS = [lab for lab in clip_labels() if lab["file"].split("/")[-1] in WINDOWS]
HIPS = [side_landmark(s, "hip") for s in SIDES]


def _offset_for_bend(a: float, b: float, bend_deg: float) -> float:
    """Distance from the line that bends a–hip–b by ``bend_deg`` (solved by bisection)."""
    lo, hi = 0.0, max(a, b)
    for _ in range(60):
        h = (lo + hi) / 2
        if math.degrees(math.atan2(h, a) + math.atan2(h, b)) < bend_deg:
            lo = h
        else:
            hi = h
    return (lo + hi) / 2


def bent_hips(track: PoseTrack, t0: float, t1: float, toward_floor: bool, bend_deg: float = BEND_DEG) -> PoseTrack:
    """Move both hips so the body line bends ``bend_deg`` more at the hip between t0 and t1."""
    image, world = track.image.copy(), track.world.copy()
    w, h = track.frame_size
    aspect = w / h
    for i in np.flatnonzero((track.t_s >= t0) & (track.t_s <= t1)):
        wld = world[i, :, :3].astype(np.float64)
        if np.isnan(wld).any():
            continue
        sh = wld[[side_landmark(s, "shoulder") for s in SIDES]].mean(axis=0)
        ankle = wld[[side_landmark(s, "ankle") for s in SIDES]].mean(axis=0)
        hip = wld[HIPS].mean(axis=0)
        axis = unit(ankle - sh)
        elbows = np.mean([wld[side_landmark(s, "elbow")] - wld[side_landmark(s, "shoulder")] for s in SIDES], axis=0)
        down = unit(orthogonal_part(elbows, axis))
        along = float(np.dot(hip - sh, axis))
        off = _offset_for_bend(along, float(np.linalg.norm(ankle - sh)) - along, bend_deg)
        current = float(np.dot(hip - sh - along * axis, down))
        target = sh + along * axis + (current + (off if toward_floor else -off)) * down
        delta = target - hip
        world[i, HIPS, :3] += delta.astype(np.float32)
        # The picture moves by the same amount at this frame's scale (picture height units per metre).
        px = np.stack([image[i, :, 0] * aspect, image[i, :, 1]], axis=1)
        spread = max(((wld[:, :2] - wld[:, :2].mean(0)) ** 2).sum(), 1e-12)
        scale = float(np.sqrt(((px - px.mean(0)) ** 2).sum() / spread))
        image[i, HIPS, 0] += np.float32(delta[0] * scale / aspect)
        image[i, HIPS, 1] += np.float32(delta[1] * scale)
    return dataclasses.replace(track, image=image, world=world)


def faults_in(track: PoseTrack, kind: str, t0: float, t1: float) -> list[dict]:
    result = _analyze_track(create_analyzer("plank"), track, "edit", "pose_track", None).to_dict()
    return [f for f in result["faults"] if f["kind"] == kind and f["t_start"] - 1 <= t1 and t0 <= f["t_end"] + 1]


def _cases() -> list:
    return [pytest.param(lab, view, id=f"{lab['file'].split('/')[-1]}-{view}") for lab in LABELS for view in VIEWS
            if not (view == "as_filmed" and lab["file"].split("/")[-1] in HEAD_ON)]


@pytest.mark.parametrize("label,view", _cases())
@pytest.mark.parametrize("kind,toward_floor", [("hips_sagging", True), ("hips_piked", False)])
def test_a_20_degree_bend_held_3_s_in_a_real_plank_is_caught(clip_runs, label, view, kind, toward_floor):
    track = VIEWS[view](load_track(clip_runs.track(label)))
    t0 = WINDOWS[label["file"].split("/")[-1]]
    assert faults_in(track, kind, t0, t0 + 3.0) == []  # the real plank is clean there
    edited = bent_hips(track, t0, t0 + 3.0, toward_floor)
    found = faults_in(edited, kind, t0, t0 + 3.0)
    assert found, f"a {BEND_DEG:.0f}° {kind} held 3 s was not caught"
    assert sum(f["t_end"] - f["t_start"] for f in found) >= 1.5
