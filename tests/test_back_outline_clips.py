"""Real cat-cow clips counted from the back's outline when the head gives nothing.

A patient with a sore neck may keep the head still, and a close camera can cut
it off. The clip's real pose track (made with segmentation, as `coach analyze`
does for cat-cow) is edited so the head rides rigidly on the shoulders: head
lift then no longer moves. Seen from the side, where the back's outline shows,
the count must stay; without the outline the same edited track counts less,
which shows it is the back that is being read.
"""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from clips import clip_labels
from coach.analysis import _analyze_track
from coach.exercises.registry import create_analyzer
from coach.pose.track import PoseTrack, load_track

CAT_COWS = [lab for lab in clip_labels() if lab["exercise"] == "cat_cow"]
SIDE_VIEWS = [lab for lab in CAT_COWS if "side" in lab["view"] and "oblique" not in lab["view"]]
HEAD = slice(0, 11)  # nose, eyes, ears, mouth


def head_held_still(track: PoseTrack) -> PoseTrack:
    """The head fixed to the shoulders at the offset it had mid-clip, in the picture and in 3-D."""
    image, world = track.image.copy(), track.world.copy()
    for arr in (image, world):
        shoulders = (arr[:, 11, :3] + arr[:, 12, :3]) / 2
        seen = np.nonzero(np.isfinite(shoulders).all(axis=1))[0]
        mid = seen[len(seen) // 2]
        offset = arr[mid, HEAD, :3] - shoulders[mid]
        arr[:, HEAD, :3] = shoulders[:, None, :] + offset[None]
    return dataclasses.replace(track, image=image, world=world)


def count(track: PoseTrack) -> int:
    return _analyze_track(create_analyzer("cat_cow"), track, "edit", "pose_track", None).to_dict()["rep_count"]


@pytest.mark.parametrize("label", SIDE_VIEWS, ids=lambda lab: lab["file"].split("/")[-1])
def test_a_still_head_is_counted_from_the_back(clip_runs, label):
    track = load_track(clip_runs.track(label))
    assert track.silhouette is not None, "cat-cow tracks carry the outline"
    still = head_held_still(track)
    lo, hi = label.get("reps_acceptable") or [label["reps"]] * 2
    assert lo <= count(still) <= hi
    without_outline = dataclasses.replace(still, silhouette=None, silhouette_box=None)
    assert count(without_outline) < lo
