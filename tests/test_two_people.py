"""Two people in view: say so, follow the one exercising, never mix the two up."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import cv2
import numpy as np
import pytest

from coach.analysis import analyze_file
from coach.exercises.base import NOTICE_SHOW_S
from coach.exercises.registry import create_analyzer
from coach.pose.crowd import OtherPersonWatch, PixelBox, person_px, torso_incline_deg
from coach.pose.track import PoseTrackRecorder, load_track, save_track
from clips import SHARED_DATA
from synthetic import BRIDGE_REST, H, PLANK, QUADRUPED, STANDING, W, frame, pose_array, timeline
from synthetic import bridge_rep

FLOOR_LEFT = pose_array({k: (x * 0.45, y) for k, (x, y) in PLANK.items()})  # lying, left half of the frame
STANDING_RIGHT = pose_array({k: (x + 200, y) for k, (x, y) in STANDING.items()})  # upright, right half


class ScriptedWatch(OtherPersonWatch):
    """The real watch with the single-image detector replaced by a script of what it 'finds'."""

    def __init__(self, finds: list, **kw) -> None:
        super().__init__(**kw)
        self.finds = list(finds)
        self.searched: list[np.ndarray] = []

    def _detect(self, bgr):
        self.searched.append(bgr)
        if not self.finds:
            return None, None
        find = self.finds.pop(0)
        return find if isinstance(find, tuple) else (find, None)


def blank() -> np.ndarray:
    return np.full((H, W, 3), 200, np.uint8)


def test_geometry_helpers():
    assert torso_incline_deg(FLOOR_LEFT, W, H) < 10
    assert torso_incline_deg(STANDING_RIGHT, W, H) > 80
    box = PixelBox.around(FLOOR_LEFT, W, H, margin=0.15)
    xs = FLOOR_LEFT[:, 0] * W
    assert box.x0 < xs.min() and box.x1 > xs.max() and not box.empty
    assert box.contains(float(xs.mean()), float(FLOOR_LEFT[:, 1].mean() * H))


def test_the_search_paints_out_the_tracked_person_and_runs_about_once_a_second():
    watch = ScriptedWatch([])
    for i in range(90):  # 3 s at 30 fps
        verdict = watch.check(blank(), i / 30, FLOOR_LEFT)
        assert verdict.others_in_view == 0 and not verdict.swap
    assert watch.checks == 3
    box = PixelBox.around(FLOOR_LEFT, W, H, margin=watch.margin)
    searched = watch.searched[0]
    assert (searched[box.y0:box.y1, box.x0:box.x1] == 127).all()  # the tracked person is hidden from the search
    assert (searched[:, box.x1 + 1:] == 200).all()  # the rest of the room is not


def test_nobody_tracked_means_nobody_else_is_looked_for():
    watch = ScriptedWatch([STANDING_RIGHT])
    assert watch.check(blank(), 0.0, None).others_in_view == 0
    assert watch.checks == 0 and watch.finds  # the person the tracker will pick up is not "another" one


def test_a_bystander_is_painted_out_of_what_the_tracker_sees_then_forgotten():
    watch = ScriptedWatch([STANDING_RIGHT], forget_after_s=2.5)
    verdict = watch.check(blank(), 0.0, FLOOR_LEFT)
    assert verdict.others_in_view == 1 and not verdict.swap  # already following the one on the floor
    fed = watch.masked(blank(), 0.1)
    other = PixelBox.around(STANDING_RIGHT, W, H, margin=watch.margin)
    tracked = PixelBox.around(FLOOR_LEFT, W, H, margin=watch.margin)
    cx, cy = int(STANDING_RIGHT[0, 0] * W), int(STANDING_RIGHT[0, 1] * H)  # the bystander's head
    assert fed[cy, cx].tolist() == [127, 127, 127]
    assert (fed[tracked.y0:tracked.y1, tracked.x0:tracked.x1] == 200).all()  # the patient is never painted over
    assert other.x1 > tracked.x1
    assert watch.check(blank(), 1.0, FLOOR_LEFT).others_in_view == 1  # remembered between searches
    assert watch.check(blank(), 2.6, FLOOR_LEFT).others_in_view == 0  # gone for longer than forget_after_s
    assert watch.masked(blank(), 2.7) is not None and (watch.masked(blank(), 2.7) == 200).all()


def test_following_an_upright_bystander_swaps_to_the_person_on_the_floor():
    watch = ScriptedWatch([FLOOR_LEFT])
    verdict = watch.check(blank(), 0.0, STANDING_RIGHT)
    assert verdict.swap and verdict.others_in_view == 1
    fed = watch.masked(blank(), 0.05)
    hx, hy = int(STANDING_RIGHT[0, 0] * W), int(STANDING_RIGHT[0, 1] * H)
    assert fed[hy, hx].tolist() == [127, 127, 127]  # the upright person is now the one hidden
    fx, fy = int(FLOOR_LEFT[23, 0] * W), int(FLOOR_LEFT[23, 1] * H)
    assert fed[fy, fx].tolist() == [200, 200, 200]


def test_two_people_on_the_floor_keeps_the_one_already_followed():
    other_floor = pose_array({k: (x * 0.45 + 350, y) for k, (x, y) in PLANK.items()})
    watch = ScriptedWatch([other_floor])
    verdict = watch.check(blank(), 0.0, FLOOR_LEFT)
    assert verdict.others_in_view == 1 and not verdict.swap


def scaled(pose: dict, k: float, dx: float) -> np.ndarray:
    return pose_array({p: (x * k + dx, y * k + 40) for p, (x, y) in QUADRUPED.items()})


def test_two_people_on_the_floor_the_clearly_bigger_one_is_followed():
    # The camera was set up for the patient: a child joining in on the floor is the smaller one.
    child = scaled(QUADRUPED, 0.45, 380)
    adult = scaled(QUADRUPED, 0.8, 0)
    watch = ScriptedWatch([adult])
    verdict = watch.check(blank(), 0.0, child)
    assert verdict.swap and verdict.others_in_view == 1
    assert person_px(adult, W, H) > 1.4 * person_px(child, W, H)
    # Once on the adult, the child is painted out and never swapped back to.
    assert not ScriptedWatch([child]).check(blank(), 0.0, adult).swap


def test_on_hands_and_knees_facing_the_camera_is_not_upright():
    """Head-on, the torso runs up the picture; its world landmarks say it is level."""
    head_on = pose_array({"nose": (300, 150), "ear": (300, 145), "shoulder": (300, 170), "elbow": (300, 230),
                          "wrist": (300, 290), "hip": (300, 120), "knee": (300, 290), "ankle": (300, 300)},
                         {"nose": (300, 150), "ear": (300, 145), "shoulder": (360, 170), "elbow": (360, 230),
                          "wrist": (360, 290), "hip": (350, 120), "knee": (350, 290), "ankle": (350, 300)})
    head_on[:, 0] -= 0.05 * (np.arange(33) % 2)  # left and right apart, as a head-on camera sees them
    world = np.zeros((33, 4), np.float32)
    world[:, 3] = 0.99
    world[[11, 12], 2] = -0.25  # shoulders nearer the camera than the hips, at the same height
    world[[23, 24], 2] = 0.25
    world[[11, 23], 0], world[[12, 24], 0] = 0.15, -0.15
    assert torso_incline_deg(head_on, W, H) > 55  # the picture alone reads "standing"
    assert torso_incline_deg(head_on, W, H, world) < 10
    smaller_on_floor = scaled(QUADRUPED, 0.45, 380)
    verdict = ScriptedWatch([smaller_on_floor]).check(blank(), 0.0, head_on, world)
    assert verdict.others_in_view == 1 and not verdict.swap  # seen, and the kneeling adult kept


def test_a_find_inside_the_tracked_persons_box_is_not_a_second_person():
    watch = ScriptedWatch([FLOOR_LEFT.copy()])
    assert watch.check(blank(), 0.0, FLOOR_LEFT).others_in_view == 0


def with_others(samples, others_from_s: float):
    for t, pose in samples:
        yield dataclasses.replace(frame(t, pose), others_in_view=int(t >= others_from_s))


def test_someone_else_in_view_is_said_once_and_changes_no_count():
    reps = [(2.0, BRIDGE_REST)] + bridge_rep() * 3
    alone = create_analyzer("glute_bridge")
    for f in with_others(timeline(reps), others_from_s=1e9):
        alone.update(f)
    alone.finish()
    watched = create_analyzer("glute_bridge")
    began, shown = [], []
    for f in with_others(timeline(reps), others_from_s=3.0):
        began += [e for e in watched.update(f) if e.kind == "setup_began"]
        state = watched.state()
        if state.setup_problem == "another_person":
            shown.append(f.t_s)
    watched.finish()
    assert watched.rep_count == alone.rep_count == 3
    assert [r.t_end for r in watched.reps] == [r.t_end for r in alone.reps]
    assert [e.name for e in began] == ["another_person"] and "Someone else" in began[0].message
    assert [k for k, *_ in watched.setup_spans] == ["another_person"]
    # On screen for a few seconds, then the form cues and counter have the banner back.
    assert shown and shown[-1] - shown[0] <= NOTICE_SHOW_S + 0.1


def test_pose_tracks_keep_who_else_was_in_view(tmp_path):
    rec = PoseTrackRecorder(fps=30.0)
    for i in range(6):
        rec.add(dataclasses.replace(frame(i / 30, PLANK), others_in_view=int(i >= 3)))
    back = load_track(save_track(rec.track(), tmp_path / "t.npz"))
    assert [f.others_in_view for f in back.frames()] == [0, 0, 0, 1, 1, 1]
    old = rec.track()
    old.others = None  # a track written before the count existed
    assert [f.others_in_view for f in load_track(save_track(old, tmp_path / "old.npz")).frames()] == [0] * 6


# ----- real people ---------------------------------------------------------------------------------
BRIDGE = SHARED_DATA / "videos/glute_bridge/wanshape_outdoor_side.mp4"
STANDER = SHARED_DATA / "videos/other/squat_phone_portrait.mp4"


def side_by_side(out: Path, left: Path, right: Path, height: int = 540, hide_left_s: float = 0.0,
                 blank_right: bool = False) -> tuple[Path, float]:
    """Two real clips in one picture (the right one's last frame held), as a second person in the room.

    Returns the file and where, as a fraction of the width, the left clip's picture ends.
    """
    a, b = cv2.VideoCapture(str(left)), cv2.VideoCapture(str(right))
    fps = a.get(cv2.CAP_PROP_FPS)
    writer, held, n, split = None, None, 0, 0.0
    while True:
        ok, fa = a.read()
        if not ok:
            break
        okb, fb = b.read()
        held = fb if okb else held
        fa = cv2.resize(fa, (fa.shape[1] * height // fa.shape[0], height))
        fb = cv2.resize(held, (held.shape[1] * height // held.shape[0], height))
        if n / fps < hide_left_s:
            fa[:] = 90
        if blank_right:
            fb[:] = 90
        picture = np.hstack([fa, fb])
        split = fa.shape[1] / picture.shape[1]
        if writer is None:
            writer = cv2.VideoWriter(str(out), cv2.VideoWriter_fourcc(*"mp4v"), fps, picture.shape[1::-1])
        writer.write(picture)
        n += 1
    writer.release()
    return out, split


@pytest.fixture(scope="module")
def composites(tmp_path_factory):
    if not (BRIDGE.exists() and STANDER.exists()):
        pytest.skip("../shared/data is absent")
    d = tmp_path_factory.mktemp("two_people")
    return {
        "alone": side_by_side(d / "alone.mp4", BRIDGE, STANDER, blank_right=True),
        "both": side_by_side(d / "both.mp4", BRIDGE, STANDER),
        "bystander_first": side_by_side(d / "late.mp4", BRIDGE, STANDER, hide_left_s=1.0),
    }


def hips_x(track_path: Path) -> np.ndarray:
    track = load_track(track_path)
    return np.nanmean(track.image[:, [23, 24], 0], axis=1)


def test_a_standing_person_beside_a_real_bridge_is_reported_and_changes_nothing(composites, tmp_path):
    alone = analyze_file(composites["alone"][0], "glute_bridge")
    clip, split = composites["both"]
    both = analyze_file(clip, "glute_bridge", save_pose=tmp_path / "both.npz")
    assert alone.rep_count >= 2 and not [w for w in alone.setup_warnings if w.kind == "another_person"]
    assert both.rep_count == alone.rep_count
    for a, b in zip(alone.reps, both.reps):
        assert abs(a.t_end - b.t_end) < 0.5
    said = [w for w in both.setup_warnings if w.kind == "another_person"]
    assert said and said[0].t_end - said[0].t_start > 0.8 * both.duration_s
    assert (hips_x(tmp_path / "both.npz") < split).all()  # every frame is the person on the floor


def test_tracking_a_bystander_first_switches_to_the_person_exercising(composites, tmp_path):
    clip, split = composites["bystander_first"]
    result = analyze_file(clip, "glute_bridge", save_pose=tmp_path / "late.npz")
    x = hips_x(tmp_path / "late.npz")
    track = load_track(tmp_path / "late.npz")
    assert x[track.t_s < 0.9].min() > split  # only the standing person is visible at first
    assert (x[track.t_s > 4.0] < split).all()  # then the one on the floor, for good
    assert result.rep_count >= 1
    assert any(w.kind == "another_person" for w in result.setup_warnings)
