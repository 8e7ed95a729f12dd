"""Counts and holds that survive another camera: real tracks seen mirrored, rolled, slower, or from elsewhere.

Each real clip's pose track (made once per session from the video) is turned
into what a different camera would have recorded (:mod:`track_views`): the
person facing the other way, a 15 fps webcam, a laptop rolled 12°, the camera
moved 45° round the person either way, raised to look down 30°, or closer (the
middle 75% of the picture). The labels
still hold for every one of them, so the count must stay in the labelled range
and the plank hold within a second of the label. Played at twice the speed the
count stays; at four times every rep that still lasts a second is counted and too fast.

Known gaps are marked, not hidden (strict: a gap that closes fails until its mark
goes): the two-person clip at 15 fps (its head-on reach has arm and leg up together
for about 0.2 s, three frames at that rate) and the bridge filmed from high above
the head, tilted a further 30° down.
"""
from __future__ import annotations

import numpy as np
import pytest

import track_views as tv
from clips import clip_labels
from coach.analysis import _analyze_track
from coach.exercises.posture import Posture, read_posture
from coach.exercises.registry import create_analyzer
from coach.pose.body_frame import BodyFrame3D
from coach.pose.track import load_track

LABELS = clip_labels()
REPS = [lab for lab in LABELS if lab["exercise"] in ("glute_bridge", "bird_dog", "cat_cow")]
PLANKS = [lab for lab in LABELS if lab["exercise"] == "plank"]
VIEWS = {
    "mirrored": tv.mirrored,
    "webcam_15fps": lambda t: tv.slower_camera(t, 15.0),
    "rolled_12deg": lambda t: tv.other_view(t, roll_deg=12.0),
    "yaw_plus_45deg": lambda t: tv.other_view(t, yaw_deg=45.0),
    "yaw_minus_45deg": lambda t: tv.other_view(t, yaw_deg=-45.0),
    "pitch_down_30deg": lambda t: tv.other_view(t, pitch_deg=30.0),
    "head_on": lambda t: tv.other_view(t, yaw_deg=90.0),
    # A phone close to the mat: the middle 75% of the picture, hands, knees or feet at or past its edges.
    "closer_75pct": lambda t: tv.closer(t, 0.75),
    # A fifth of the frames with nobody found, at random: single misses must not cut a rep or a hold.
    "missed_20pct": lambda t: tv.with_misses(t, 0.2),
    # A worse camera's pose: every landmark jittered by 0.8 % of the picture and 2 cm in 3-D (three draws:
    # a limit the jitter crosses for a frame must not restart a hold or make the rest look like a lift).
    **{f"jittery_{seed}": (lambda t, seed=seed: tv.with_jitter(t, seed=seed)) for seed in range(3)},
}
TWO_PEOPLE = ("home_father_child_front_then_side.mp4",)
KNOWN_GAPS = {
    # Already filmed from high above the head: 30° more pitch makes the trunk read ~75° from level.
    ("musclewiki_barbell_bridge_head_end_high.mp4", "pitch_down_30deg"): "a camera looking almost straight down",
}


def name(label: dict) -> str:
    return label["file"].split("/")[-1]


def analyse(track, exercise: str) -> dict:
    return _analyze_track(create_analyzer(exercise), track, "view", "pose_track", None).to_dict()


def cases(labels):
    out = []
    for lab in labels:
        for view in VIEWS:
            gap = KNOWN_GAPS.get((name(lab), view))
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            out.append(pytest.param(lab, view, id=f"{name(lab)}-{view}", marks=marks))
    return out


@pytest.mark.parametrize("label,view", cases(REPS))
def test_rep_count_survives_another_camera(clip_runs, label, view):
    track = VIEWS[view](load_track(clip_runs.track(label)))
    result = analyse(track, label["exercise"])
    lo, hi = label.get("reps_acceptable") or [label["reps"], label["reps"]]
    assert lo <= result["rep_count"] <= hi, [(r["t_start"], r["t_end"]) for r in result["reps"]]


@pytest.mark.parametrize("label,view", cases(PLANKS))
def test_plank_hold_survives_another_camera(clip_runs, label, view):
    track = VIEWS[view](load_track(clip_runs.track(label)))
    hold = analyse(track, "plank")["hold"]
    assert hold["total_s"] == pytest.approx(label["hold_s"], abs=1.0), hold["spans"]


def postures(track) -> dict[Posture, float]:
    """The share of the track's frames in each posture."""
    seen = [read_posture(BodyFrame3D.from_world(w)).posture for w in track.world if not np.isnan(w).any()]
    return {p: seen.count(p) / max(len(seen), 1) for p in Posture}


LYING = [lab for lab in LABELS if lab["exercise"] in ("glute_bridge", "plank", "bird_dog", "cat_cow")
         or lab["exercise"] in ("supine_leg_raise", "knee_to_chest_stretch", "hollow_body_hold", "push_up")]


@pytest.mark.parametrize("label,view", [pytest.param(lab, view, id=f"{name(lab)}-{view}")
                                        for lab in LYING for view in VIEWS])
def test_on_the_back_or_face_down_whatever_the_camera(clip_runs, label, view):
    """A body on its back never reads face down (nor the reverse) from any of the cameras."""
    track = load_track(clip_runs.track(label))
    filmed = postures(track)
    mostly = Posture.SUPINE if filmed[Posture.SUPINE] > filmed[Posture.FACE_DOWN] else Posture.FACE_DOWN
    opposite = Posture.FACE_DOWN if mostly is Posture.SUPINE else Posture.SUPINE
    seen = postures(VIEWS[view](track))
    pitched = view == "pitch_down_30deg"  # on top of a camera already high: some frames read "unknown"
    assert seen[opposite] <= filmed[opposite] + (0.1 if pitched else 0.05), (filmed, seen)
    assert seen[mostly] >= 0.5 or pitched, seen


# The two-person clip is left out (its head-on reach is quick already at normal speed); GIF conversions
# (under 20 fps) are too sparse at 4×.
TEMPO = [lab for lab in REPS if name(lab) not in TWO_PEOPLE and lab["fps"] >= 20]
RUSHED_MIN_S = 1.0  # a rep that still lasts this long when rushed is a real movement: counted, and too fast


@pytest.mark.parametrize("label", TEMPO, ids=[name(lab) for lab in TEMPO])
def test_twice_the_speed_keeps_the_count(clip_runs, label):
    track = load_track(clip_runs.track(label))
    normal = analyse(track, label["exercise"])
    double = analyse(tv.faster_playback(track, 2.0), label["exercise"])
    assert double["rep_count"] == normal["rep_count"], [(r["t_start"], r["t_end"]) for r in double["reps"]]
    assert not any("too_fast" in r["faults"] for r in normal["reps"])


@pytest.mark.parametrize("label", TEMPO, ids=[name(lab) for lab in TEMPO])
def test_a_rushed_rep_is_counted_and_too_fast(clip_runs, label):
    """Four times the speed: every rep that then still lasts a second is counted, with ``too_fast``.

    A patient who rushes must hear "slow down", not see the rep vanish. Reps ending within
    a second of the clip's end are left out: the clip cuts them off, at any speed.
    """
    track = load_track(clip_runs.track(label))
    end_s = float(track.t_s[-1])
    normal = analyse(track, label["exercise"])
    quadruple = analyse(tv.faster_playback(track, 4.0), label["exercise"])
    t0 = float(track.t_s[0])
    for rep in normal["reps"]:
        if rep["t_end"] - rep["t_start"] < 4 * RUSHED_MIN_S or rep["t_end"] > end_s - 1.0:
            continue
        a, b = (t0 + (rep["t_start"] - t0) / 4.0, t0 + (rep["t_end"] - t0) / 4.0)
        rushed = [r for r in quadruple["reps"] if r["t_start"] < b and a < r["t_end"]]
        assert rushed, f"the rep at {rep['t_start']}-{rep['t_end']} s was lost at 4x: {quadruple['reps']}"
        assert any("too_fast" in r["faults"] for r in rushed), rushed
