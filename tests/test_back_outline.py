"""Cat-cow from the back's outline (segmentation), not only the head: drawn outlines and stored tracks."""
from __future__ import annotations

import dataclasses
import math

import cv2
import numpy as np
import pytest
from synthetic import QUADRUPED, H, W, frame

from coach.errors import PoseTrackError
from coach.exercises.body import Body
from coach.exercises.cat_cow import back_height
from coach.exercises.registry import create_analyzer
from coach.pose.silhouette import SILHOUETTE_PX, Silhouette, crop_silhouette
from coach.pose.track import PoseTrack, PoseTrackRecorder, load_track, save_track

ARM_PX = 170.0  # QUADRUPED's shoulder (200, 250) to wrist (200, 420)


def outline_mask(back_px: float) -> np.ndarray:
    """A full-frame person mask (0–1) for QUADRUPED whose mid-back stands ``back_px`` above the shoulder–hip line."""
    sh, hp = np.array(QUADRUPED["shoulder"], float), np.array(QUADRUPED["hip"], float)
    chord = hp - sh
    up = np.array([chord[1], -chord[0]]) / np.linalg.norm(chord)  # perpendicular, pointing up the picture
    if up[1] > 0:
        up = -up
    top = [sh + u * chord + up * (back_px * math.sin(math.pi * u) + 25 * (1 - math.sin(math.pi * u)))
           for u in np.linspace(0, 1, 21)]
    belly = [sh + u * chord - up * 30 for u in np.linspace(1, 0, 11)]
    mask = np.zeros((H, W), np.uint8)
    cv2.fillPoly(mask, [np.round(np.array(top + belly)).astype(np.int32)], 1)
    for a, b in (("shoulder", "wrist"), ("hip", "knee"), ("knee", "ankle")):  # limbs, 24 px thick
        cv2.line(mask, QUADRUPED[a], QUADRUPED[b], 1, 24)
    cv2.circle(mask, QUADRUPED["nose"], 28, 1, -1)
    return mask.astype(np.float32)


def framed(t: float, back_px: float, with_outline: bool = True):
    f = frame(t, QUADRUPED)
    if not with_outline:
        return f
    return dataclasses.replace(f, silhouette=crop_silhouette(outline_mask(back_px), f.image, f.frame_size))


@pytest.mark.parametrize("back_arm", [0.12, 0.25, 0.45])
def test_back_height_reads_the_drawn_outline(back_arm):
    f = framed(0.0, back_arm * ARM_PX)
    assert f.silhouette is not None and f.silhouette.mask.shape == (SILHOUETTE_PX, SILHOUETTE_PX)
    got = back_height(Body(f), f.silhouette)
    # The outline rises over the chord along the picture's up, which the upright limbs give; the square
    # is 48 px a side, so a few hundredths of an arm length is the reading's grain.
    assert got == pytest.approx(back_arm, abs=0.05)


def test_no_outline_no_back_reading():
    f = framed(0.0, 40, with_outline=False)
    assert math.isnan(back_height(Body(f), None))


def cycles(with_outline: bool) -> list:
    """Two cow→cat cycles done with the back alone: the head is held still throughout."""
    levels = [(1.5, 0.25)] + [(1.0, None), (2.0, 0.10), (1.0, None), (2.0, 0.45)] * 2 + [(1.5, 0.25)]
    frames, t, prev = [], 0.0, 0.25
    for k, (dur, level) in enumerate(levels):
        n = int(dur * 30)
        for i in range(n):
            if level is None:  # moving between the ends: the next segment's level, reached gradually
                nxt = levels[k + 1][1]
                value = prev + (nxt - prev) * (i + 1) / n
            else:
                value = level
            frames.append(framed(t, value * ARM_PX, with_outline))
            t += 1 / 30
        if level is not None:
            prev = level
    return frames


def test_a_still_head_counts_from_the_back_but_not_without_it():
    counted = {}
    for with_outline in (True, False):
        a = create_analyzer("cat_cow")
        for f in cycles(with_outline):
            a.update(f)
        a.finish()
        counted[with_outline] = a.rep_count
    assert counted == {True: 2, False: 0}


def test_tracks_keep_the_outline(tmp_path):
    rec = PoseTrackRecorder(fps=30.0)
    rec.add(framed(0.0, 40))
    rec.add(frame(1 / 30, None))
    rec.add(framed(2 / 30, 70))
    path = save_track(rec.track(), tmp_path / "t.npz")
    back = load_track(path)
    assert back.silhouette is not None and back.silhouette.shape == (3, SILHOUETTE_PX, SILHOUETTE_PX)
    assert back.frame(1).silhouette is None
    a, b = back.frame(0).silhouette, back.frame(2).silhouette
    assert isinstance(a, Silhouette) and isinstance(b, Silhouette)
    assert back_height(Body(back.frame(2)), b) > back_height(Body(back.frame(0)), a) + 0.1
    # A slower camera keeps each kept frame's own outline.
    sub = back.take(np.array([0, 2]))
    assert np.array_equal(sub.silhouette[1], back.silhouette[2])


def test_a_track_with_a_broken_outline_is_refused(tmp_path):
    rec = PoseTrackRecorder(fps=30.0)
    rec.add(framed(0.0, 40))
    good = rec.track()
    bad = PoseTrack(t_s=good.t_s, image=good.image, world=good.world, frame_size=good.frame_size, fps=30.0)
    path = tmp_path / "bad.npz"
    np.savez(path, schema=np.array("coach.posetrack/1"), t_s=bad.t_s, image=bad.image, world=bad.world,
             frame_size=np.array(bad.frame_size), fps=np.array(30.0), silhouette=good.silhouette)
    with pytest.raises(PoseTrackError, match="come together"):
        load_track(path)
    np.savez(path, schema=np.array("coach.posetrack/1"), t_s=bad.t_s, image=bad.image, world=bad.world,
             frame_size=np.array(bad.frame_size), fps=np.array(30.0), silhouette=good.silhouette[:, :10],
             silhouette_box=good.silhouette_box)
    with pytest.raises(PoseTrackError, match="silhouette"):
        load_track(path)
