"""Analyzers respond to precisely known changes of real movement (pose tracks edited in place).

Each test takes the track of a real clip, changes one thing (hips lowered, lift
shrunk, arm bent, range shrunk, played twice as fast) and checks that exactly
the matching fault appears — and that the unedited track stays clean.
"""
from __future__ import annotations

import math

import numpy as np
import pytest

from coach.analysis import run_analyzer, summarise
from coach.exercises.registry import create_analyzer
from coach.pose.landmarks import Landmark, side_landmark
from coach.pose.track import PoseTrack, load_track
from clips import clip_labels

LABELS = {lab["file"].split("/")[-1]: lab for lab in clip_labels()}


def track_of(clip_runs, name: str) -> PoseTrack:
    if name not in LABELS:
        pytest.skip(f"{name} is not in ../shared/data")
    return load_track(clip_runs.track(LABELS[name]))


def analyze(track: PoseTrack, exercise: str) -> dict:
    a = create_analyzer(exercise)
    run_analyzer(a, track.frames())
    return summarise(a, "edited", track.fps, track.duration_s).to_dict()


def edited(track: PoseTrack, fn) -> PoseTrack:
    """Apply ``fn`` to each frame's picture landmarks, and move the world landmarks to match.

    The analyzers judge the 3-D world landmarks, so an edit must reach them too: each moved
    point moves in the world by the same amount, at the scale this frame's picture and world
    share (these are side views, where the picture is the world's x–y plane, scaled).
    """
    image = track.image.copy()
    world = track.world.copy()
    aspect = track.frame_size[0] / track.frame_size[1]
    for i in range(len(track)):
        if np.isnan(image[i]).any() or np.isnan(world[i]).any():
            continue
        before = image[i].copy()
        fn(image[i], aspect, float(track.t_s[i]))
        px = np.stack([before[:, 0] * aspect, before[:, 1]], axis=1).astype(np.float64)
        wx = world[i, :, :2].astype(np.float64)
        scale = float(np.sqrt(((px - px.mean(0)) ** 2).sum() / max(((wx - wx.mean(0)) ** 2).sum(), 1e-12)))
        world[i, :, 0] += ((image[i, :, 0] - before[:, 0]) * aspect / scale).astype(np.float32)
        world[i, :, 1] += ((image[i, :, 1] - before[:, 1]) / scale).astype(np.float32)
    return PoseTrack(t_s=track.t_s.copy(), image=image, world=world, frame_size=track.frame_size, fps=track.fps)


def torso_len(img, aspect, side):
    s, h = img[side_landmark(side, "shoulder"), :2], img[side_landmark(side, "hip"), :2]
    return math.hypot((s[0] - h[0]) * aspect, s[1] - h[1])


def test_lowered_hips_in_a_plank_are_sagging(clip_runs):
    track = track_of(clip_runs, "wahoo_forearm_plank_side.mp4")
    clean = analyze(track, "plank")
    assert clean["faults"] == []

    def lower_hips(img, aspect, t):
        if 13.0 <= t <= 16.0:
            for side in ("left", "right"):
                img[side_landmark(side, "hip"), 1] += 0.3 * torso_len(img, aspect, side)

    result = analyze(edited(track, lower_hips), "plank")
    sag = [f for f in result["faults"] if f["kind"] == "hips_sagging"]
    assert len(sag) == 1
    assert sag[0]["t_start"] == pytest.approx(13.0, abs=0.5) and sag[0]["t_end"] == pytest.approx(16.0, abs=0.5)
    assert result["hold"]["total_s"] == pytest.approx(clean["hold"]["total_s"], abs=0.2)
    assert clean["hold"]["good_form_s"] - result["hold"]["good_form_s"] == pytest.approx(3.0, abs=0.5)


def line_y(img, side, a, b, x):
    pa, pb = img[side_landmark(side, a), :2], img[side_landmark(side, b), :2]
    u = (x - pa[0]) / (pb[0] - pa[0]) if pb[0] != pa[0] else 0.0
    return pa[1] + u * (pb[1] - pa[1])


def test_shrunk_bridge_lift_is_incomplete_extension(clip_runs):
    track = track_of(clip_runs, "pexels_band_bridge_side.mp4")
    clean = analyze(track, "glute_bridge")
    assert clean["rep_count"] >= 2 and all(r["good_form"] for r in clean["reps"])

    def cap_hips(img, aspect, t):
        for side in ("left", "right"):
            hip = side_landmark(side, "hip")
            floor_y = line_y(img, side, "shoulder", "knee", img[hip, 0]) + 0.25 * torso_len(img, aspect, side)
            img[hip, 1] = max(img[hip, 1], floor_y)  # hips never rise above 0.25 torso lengths below the line

    result = analyze(edited(track, cap_hips), "glute_bridge")
    assert result["rep_count"] == clean["rep_count"]
    assert all("incomplete_extension" in r["faults"] for r in result["reps"])


def test_bent_arm_in_a_bird_dog_is_arm_not_extended(clip_runs):
    track = track_of(clip_runs, "fitbod_bird_dog_2angles.mp4")
    clean = analyze(track, "bird_dog")
    assert not any("arm_not_extended" in r["faults"] for r in clean["reps"])

    def bend_raised_arm(img, aspect, t):
        for side in ("left", "right"):
            sh, el, wr = (side_landmark(side, p) for p in ("shoulder", "elbow", "wrist"))
            L = torso_len(img, aspect, side)
            if img[wr, 1] - img[sh, 1] > 0.8 * L:
                continue  # this arm is on the floor
            v = (img[wr, :2] - img[el, :2]) * [aspect, 1.0]
            best = None
            for sign in (1, -1):  # fold the forearm 75° upwards: elbow ~105°, wrist still high
                a = math.radians(75) * sign
                r = np.array([v[0] * math.cos(a) - v[1] * math.sin(a), v[0] * math.sin(a) + v[1] * math.cos(a)])
                cand = img[el, :2] + r / [aspect, 1.0]
                if best is None or cand[1] < best[1]:
                    best = cand
            img[wr, :2] = best
            for finger in ("pinky", "index", "thumb"):
                img[side_landmark(side, finger), :2] = best

    result = analyze(edited(track, bend_raised_arm), "bird_dog")
    assert result["rep_count"] == clean["rep_count"]
    assert all("arm_not_extended" in r["faults"] for r in result["reps"])


def test_shrunk_cat_cow_range_is_small_range(clip_runs):
    track = track_of(clip_runs, "renewyou_side.mp4")
    clean = analyze(track, "cat_cow")
    assert clean["rep_count"] == 2 and all(r["good_form"] for r in clean["reps"])

    def shrink(img, aspect, t):
        # The cow is cut short at a level head (a patient who does not extend): still a swing
        # between cow and cat, but the range falls under form.min_range.
        L = (torso_len(img, aspect, "left") + torso_len(img, aspect, "right")) / 2
        sh_y = (img[Landmark.LEFT_SHOULDER, 1] + img[Landmark.RIGHT_SHOULDER, 1]) / 2
        lift = (sh_y - img[Landmark.NOSE, 1]) / L
        img[Landmark.NOSE, 1] = sh_y - min(lift, -0.02) * L

    result = analyze(edited(track, shrink), "cat_cow")
    assert result["rep_count"] == clean["rep_count"]
    assert all("small_range" in r["faults"] for r in result["reps"])


@pytest.mark.parametrize("clip, exercise", [("gym_portrait_male_dumbbell.mp4", "glute_bridge"),
                                            ("fitbod_bird_dog_2angles.mp4", "bird_dog"),
                                            ("renewyou_side.mp4", "cat_cow")])
def test_double_speed_is_too_fast(clip_runs, clip, exercise):
    track = track_of(clip_runs, clip)
    clean = analyze(track, exercise)
    assert not any("too_fast" in r["faults"] for r in clean["reps"])
    fast = PoseTrack(t_s=track.t_s / 2, image=track.image, world=track.world, frame_size=track.frame_size,
                     fps=track.fps * 2)
    result = analyze(fast, exercise)
    assert result["rep_count"] == clean["rep_count"]
    complete = [r for r in result["reps"] if r["t_end"] < fast.duration_s - 0.1]
    assert complete and all("too_fast" in r["faults"] for r in complete)
