"""Counts and holds that survive another camera: real tracks seen mirrored, rolled, slower, or from elsewhere.

Each real clip's pose track (made once per session from the video) is turned
into what a different camera would have recorded (:mod:`track_views`): the
person facing the other way, a 15 fps webcam, a laptop rolled 12°, the camera
moved 45° round the person either way, or raised to look down 30°. The labels
still hold for every one of them, so the count must stay in the labelled range
and the plank hold within a second of the label. Played at twice the speed the
count stays; at four times the reps are too fast.

Known gaps are marked, not hidden: the two-person clip (a child overlapping the
man, with a camera cut) and the bridge filmed from the feet (MediaPipe loses
the top position from that view) do not survive every view.
"""
from __future__ import annotations

import pytest

import track_views as tv
from clips import clip_labels
from coach.analysis import _analyze_track
from coach.exercises.registry import create_analyzer
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
}
KNOWN_GAPS = {
    ("home_father_child_front_then_side.mp4", "webcam_15fps"): "two people overlapping, camera cut",
    ("home_father_child_front_then_side.mp4", "pitch_down_30deg"): "two people overlapping, camera cut",
    ("musclewiki_gym_feet_end_oblique_male.mp4", "yaw_plus_45deg"): "pose lost at the top from the feet",
    ("musclewiki_gym_feet_end_oblique_male.mp4", "yaw_minus_45deg"): "pose lost at the top from the feet",
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
            marks = [pytest.mark.xfail(reason=gap, strict=False)] if gap else []
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


# Two-person and feet-end clips are left out for the reasons above; GIF conversions are too sparse at 4×.
CLEAN_TEMPO = [lab for lab in REPS if lab["exercise"] in ("glute_bridge", "bird_dog")
               and not any(name(lab) == clip for clip, _ in KNOWN_GAPS) and lab["fps"] >= 20]


@pytest.mark.parametrize("label", CLEAN_TEMPO, ids=[name(lab) for lab in CLEAN_TEMPO])
def test_twice_the_speed_keeps_the_count_four_times_is_too_fast(clip_runs, label):
    track = load_track(clip_runs.track(label))
    normal = analyse(track, label["exercise"])
    double = analyse(tv.faster_playback(track, 2.0), label["exercise"])
    quadruple = analyse(tv.faster_playback(track, 4.0), label["exercise"])
    assert double["rep_count"] == normal["rep_count"]
    assert not any("too_fast" in r["faults"] for r in normal["reps"])
    assert any("too_fast" in r["faults"] for r in quadruple["reps"]), quadruple["reps"]
