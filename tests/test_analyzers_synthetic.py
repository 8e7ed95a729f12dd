"""Counters and rules driven by synthetic side-view poses: jitter at thresholds, gaps, getting into position."""
from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from coach.exercises import events as ev
from coach.exercises.registry import create_analyzer
from synthetic import (BRIDGE_REST, BRIDGE_TOP_HIP_Y, PLANK, QUADRUPED, STANDING, bridge_pose, bridge_rep, frame,
                       lerp_pose, moved, run, shifted, timeline)


def kinds(events, kind):
    return [e for e in events if e.kind == kind]


# ---------------------------------------------------------------- plank
def test_plank_hold_counts_only_in_position_and_backdates_start():
    a = create_analyzer("plank")
    run(a, timeline([(2.0, STANDING), (1.0, lambda u: lerp_pose(STANDING, PLANK, u)), (10.0, PLANK),
                     (2.0, STANDING)]))
    assert a.hold_seconds() == pytest.approx(10.0, abs=0.6)
    assert a.good_form_seconds() == pytest.approx(a.hold_seconds(), abs=0.01)
    (start, end), = a.hold_spans
    assert 2.5 <= start <= 3.1 and 12.8 <= end <= 13.4



@pytest.mark.parametrize("yaw_deg, knee_drop_px, timed", [(90.0, 36, True), (90.0, 84, False), (0.0, 84, False)])
def test_plank_knees_read_bent_head_on_are_still_a_plank_but_a_kneel_is_not(yaw_deg, knee_drop_px, timed):
    """Head-on, MediaPipe's depth reads straight legs 20-30° bent (about 150° at the knee): a plank still.
    A knee put down on the floor bends to about 100° or less: that is kneeling, not a plank, from any side."""
    from coach.analysis.run import _analyze_track
    from coach.pose.track import PoseTrackRecorder
    from track_views import other_view

    bent = shifted(PLANK, "knee", dy=knee_drop_px)  # 36 px: the knee at 140°; 84 px: at 100°
    rec = PoseTrackRecorder(fps=30.0, source="synthetic")
    for t, pose in timeline([(2.0, STANDING), (1.0, lambda u: lerp_pose(STANDING, bent, u)), (10.0, bent),
                             (2.0, STANDING)]):
        rec.add(frame(t, pose))
    track = other_view(rec.track(), yaw_deg=yaw_deg)  # yaw 90°: the camera at the head of the mat
    hold_s = _analyze_track(create_analyzer("plank"), track, "view", "pose_track", None).hold_s
    assert hold_s == (pytest.approx(10.0, abs=0.6) if timed else 0.0)


def test_plank_start_rides_over_a_moment_of_jitter_across_a_limit():
    """A frame or two where an elbow reads too high to carry the body, while the person holds still on the
    way in, does not start the 1.5 s wait again: the hold runs from when the plank was taken."""
    shrug = shifted(PLANK, "elbow", dy=-40)  # the elbow's drop below the shoulder reads 0.23 torso lengths
    a = create_analyzer("plank")
    segments = [(2.0, STANDING), (1.0, lambda u: lerp_pose(STANDING, PLANK, u)), (0.5, PLANK), (0.1, shrug),
                (9.4, PLANK), (2.0, STANDING)]
    run(a, timeline(segments))
    (start, end), = a.hold_spans
    assert 2.5 <= start <= 3.1 and a.hold_seconds() == pytest.approx(10.0, abs=0.6)

def test_plank_sag_is_a_fault_and_stops_good_form_time():
    sag = shifted(PLANK, "hip", dy=40)  # hip 40 px below the line: ~0.3 torso lengths
    a = create_analyzer("plank")
    events = run(a, timeline([(5.0, PLANK), (3.0, sag), (5.0, PLANK)]))
    faults = [f for f in a.fault_spans if f.kind == "hips_sagging"]
    assert len(faults) == 1
    assert faults[0].t_start == pytest.approx(5.0, abs=0.2) and faults[0].t_end == pytest.approx(8.0, abs=0.2)
    assert a.hold_seconds() == pytest.approx(13.0, abs=0.2)
    assert a.good_form_seconds() == pytest.approx(10.0, abs=0.4)
    assert any(e.kind == ev.FAULT_BEGAN and "hips" in e.message.lower() for e in events)


def test_plank_pike_detected():
    a = create_analyzer("plank")
    run(a, timeline([(3.0, PLANK), (3.0, shifted(PLANK, "hip", dy=-60)), (3.0, PLANK)]))
    assert [f.kind for f in a.fault_spans] == ["hips_piked"]


def test_plank_jitter_at_the_sag_threshold_does_not_chatter():
    # Hip hovering right at the sag threshold (~0.15 torso lengths below the line) with noise.
    border = shifted(PLANK, "hip", dy=19)
    a = create_analyzer("plank")
    run(a, timeline([(3.0, PLANK), (6.0, border)]), jitter=1.5, seed=3)
    assert len(a.fault_spans) <= 1


def test_plank_short_occlusion_does_not_break_the_hold():
    a = create_analyzer("plank")
    run(a, list(timeline([(4.0, PLANK)])) + [(4.0 + i / 30, None) for i in range(6)]
        + list(timeline([(4.0, PLANK)], t0=4.2)))
    assert len(a.hold_spans) == 1
    assert a.hold_seconds() == pytest.approx(8.2, abs=0.3)


def test_plank_nothing_counted_when_the_person_leaves():
    a = create_analyzer("plank")
    run(a, list(timeline([(3.0, PLANK)])) + [(3.0 + i / 30, None) for i in range(90)])
    assert a.hold_seconds() == pytest.approx(3.0, abs=0.3)
    assert ("no_person", pytest.approx(3.0, abs=0.1), pytest.approx(6.0, abs=0.1)) in a.setup_spans


# ---------------------------------------------------------------- glute bridge
def test_bridge_counts_good_reps_with_jitter():
    a = create_analyzer("glute_bridge")
    run(a, timeline([(2.0, BRIDGE_REST)] + bridge_rep() * 3), jitter=1.0, seed=1)
    assert a.rep_count == 3
    assert all(r.good_form for r in a.reps), [r.faults for r in a.reps]
    assert all(r.metrics["hip_extension_deg"] >= 175 for r in a.reps)


def test_bridge_half_lift_is_incomplete_extension():
    a = create_analyzer("glute_bridge")
    run(a, timeline([(2.0, BRIDGE_REST)] + bridge_rep(top_hip_y=336)))
    assert a.rep_count == 1
    assert "incomplete_extension" in a.reps[0].faults


def test_bridge_fast_rep_without_hold():
    a = create_analyzer("glute_bridge")
    run(a, timeline([(2.0, BRIDGE_REST)] + bridge_rep(up=0.3, hold=0.1, down=0.4)))
    assert a.rep_count == 1
    assert {"too_fast", "no_hold_at_top"} <= set(a.reps[0].faults)


def test_bridge_not_counted_when_standing_or_jitter_at_rest():
    a = create_analyzer("glute_bridge")
    run(a, timeline([(5.0, STANDING), (5.0, BRIDGE_REST)]), jitter=2.0, seed=2)
    assert a.rep_count == 0



def test_bridge_gap_mid_rest_then_rep():
    a = create_analyzer("glute_bridge")
    samples = list(timeline([(2.0, BRIDGE_REST)])) + [(2.0 + i / 30, None) for i in range(30)]
    samples += list(timeline([(1.0, BRIDGE_REST)] + bridge_rep(), t0=3.0))
    run(a, samples)
    assert a.rep_count == 1


def leg_in_the_air(pose: dict, held: str) -> dict:
    """The same bridge pose with one leg off the floor: ``straight`` in line with the thigh, ``tabletop`` thigh up."""
    hx, hy = pose["hip"]
    if held == "straight":
        return moved(pose, knee=(hx + 100, hy - 80), ankle=(hx + 200, hy - 160))
    return moved(pose, knee=(hx + 10, hy - 110), ankle=(hx + 110, hy - 110))


@pytest.mark.parametrize("held", ["straight", "tabletop"])
@pytest.mark.parametrize("working", ["left", "right"])
def test_single_leg_bridge_is_counted_on_the_leg_that_carries_it(held, working):
    a = create_analyzer("glute_bridge")
    air = lambda pose: leg_in_the_air(pose, held)  # noqa: E731
    samples = timeline([(2.0, BRIDGE_REST)] + bridge_rep() * 3)
    if working == "left":
        run(a, samples, right_fn=air, jitter=1.0, seed=3)
    else:
        run(a, ((t, air(pose)) for t, pose in samples), right_fn=lambda pose: bridge_pose(pose["hip"][1]),
            jitter=1.0, seed=3)
    assert a.rep_count == 3 and [r.side for r in a.reps] == [working] * 3
    assert a.reps_by_side == {working: 3}


@pytest.mark.parametrize("raise_px", [40, 80, 120])
def test_bridge_with_the_feet_raised_on_a_bench_is_a_bridge(raise_px):
    """Feet on a step, a bench or a ball (up to a third of a leg's length): the hips still lift to the line."""
    def on_bench(hip_y):
        return moved(BRIDGE_REST, hip=(300, hip_y), knee=(400, 280 - raise_px * 0.7), ankle=(470, 360 - raise_px))

    shoulder, knee = BRIDGE_REST["shoulder"], on_bench(360)["knee"]
    top = shoulder[1] + (knee[1] - shoulder[1]) * (300 - shoulder[0]) / (knee[0] - shoulder[0])
    rep = [(0.7, lambda u: on_bench(360 + (top - 360) * u)), (1.0, on_bench(top)),
           (1.2, lambda u: on_bench(top + (360 - top) * u)), (1.5, on_bench(360))]
    a = create_analyzer("glute_bridge")
    run(a, timeline([(2.0, on_bench(360))] + rep * 3), jitter=1.0, seed=4)
    assert a.rep_count == 3 and all(r.good_form for r in a.reps), [r.faults for r in a.reps]


def test_a_leg_in_the_air_without_the_pelvis_rising_is_no_bridge():
    """A dead bug's march on the back: one thigh up, then the other, the pelvis on the floor."""
    a = create_analyzer("glute_bridge")
    march = [(1.0, BRIDGE_REST), (1.0, "left"), (1.0, BRIDGE_REST), (1.0, "right")] * 4
    samples = [(t, pose) for t, pose in timeline([(d, BRIDGE_REST) for d, _ in march])]
    sides = [side for d, side in march for _ in range(int(round(d * 30)))]
    for (t, pose), side in zip(samples, sides):
        left = leg_in_the_air(pose, "tabletop") if side == "left" else pose
        right = leg_in_the_air(pose, "tabletop") if side == "right" else pose
        a.update(frame(t, left, right))
    a.finish()
    assert a.rep_count == 0


def with_world_of(f, other):
    """The picture of frame ``f`` with the 3-D pose of frame ``other``: MediaPipe's 3-D reading gone astray."""
    return dataclasses.replace(f, world=other.world)


def turned_over(f):
    """The picture of frame ``f`` with its 3-D pose upside down: knees toward the floor, read face down."""
    world = f.world.copy()
    world[:, 1] *= -1.0
    return dataclasses.replace(f, world=world)


def test_bridge_counted_from_the_picture_when_the_3d_pose_turns_over_at_the_top():
    """From beyond the feet MediaPipe's 3-D pose can flip face down for the whole top of a lift; the pelvis in
    the picture, risen between feet and shoulders that stayed put, still makes each lift one rep."""
    a = create_analyzer("glute_bridge")
    for t, pose in timeline([(2.0, BRIDGE_REST)] + bridge_rep() * 3):
        f = frame(t, pose)
        a.update(turned_over(f) if pose["hip"][1] < 350 else f)  # flipped from the first 10 px of each lift
    a.finish()
    assert a.rep_count == 3
    # Height and hold at the top were not seen in 3-D: they are not guessed as faults.
    assert not {"incomplete_extension", "no_hold_at_top"} & {f for r in a.reps for f in r.faults}


def test_bridge_turned_over_without_the_pelvis_rising_in_the_picture_is_no_rep():
    """The same flip at rest (the pelvis on the floor in the picture) is a misreading, not a lift."""
    a = create_analyzer("glute_bridge")
    for t, read_over in timeline([(2.0, False), (1.5, True), (2.0, False)] * 2):
        f = frame(t, BRIDGE_REST)
        a.update(turned_over(f) if read_over else f)
    a.finish()
    assert a.rep_count == 0


def test_bridge_lift_moving_the_feet_in_the_picture_is_not_taken_from_it():
    """A pelvis that rises in the picture while the feet move (legs pulled in, rolling over) is not a bridge."""
    a = create_analyzer("glute_bridge")
    legs_in = moved(BRIDGE_REST, knee=(330, 250), ankle=(360, 300))
    rep = [(0.7, lambda u: lerp_pose(BRIDGE_REST, moved(legs_in, hip=(300, 320)), u)),
           (1.0, moved(legs_in, hip=(300, 320))),
           (1.0, lambda u: lerp_pose(moved(legs_in, hip=(300, 320)), BRIDGE_REST, u)), (1.5, BRIDGE_REST)]
    for t, pose in timeline([(2.0, BRIDGE_REST)] + rep * 2):
        f = frame(t, pose)
        a.update(turned_over(f) if pose["hip"][1] < 350 else f)
    a.finish()
    assert a.rep_count == 0


def test_getting_up_after_a_set_of_bridges_is_no_rep():
    """Standing up lifts the pelvis in the picture too, while feet and shoulders barely move at first; the
    person never comes back to lying on their back, so it is no bridge."""
    a = create_analyzer("glute_bridge")
    run(a, timeline([(3.0, BRIDGE_REST)] + bridge_rep() * 2
                    + [(1.0, lambda u: lerp_pose(BRIDGE_REST, STANDING, u)), (4.0, STANDING)]))
    assert a.rep_count == 2


@pytest.mark.parametrize("roll_deg", [-20.0, 20.0])
def test_bridge_reps_still_end_when_the_camera_moves_mid_set(roll_deg):
    """A camera knocked during the first hold turns the picture 20° for good: the picture's rest is stale
    (the pelvis reads a fifth of the body above or below the feet), and only the 3-D pose can say when each
    rep is down."""
    def rolled(pose: dict, deg: float) -> dict:
        c, s = np.cos(np.radians(deg)), np.sin(np.radians(deg))
        return {k: (320 + c * (x - 320) - s * (y - 240), 240 + s * (x - 320) + c * (y - 240))
                for k, (x, y) in pose.items()}

    a = create_analyzer("glute_bridge")
    for t, pose in timeline([(2.0, BRIDGE_REST)] + bridge_rep() * 3):
        a.update(frame(t, rolled(pose, roll_deg * min(max((t - 2.8) / 0.5, 0.0), 1.0))))  # 2.8-3.3 s
    a.finish()
    assert a.rep_count == 3


def test_bridge_pelvis_dropping_in_3d_at_the_top_does_not_split_the_rep():
    """The 3-D pelvis falling to the floor for a moment at the top, while the picture shows it up, is one rep."""
    a = create_analyzer("glute_bridge")
    rest = frame(0.0, BRIDGE_REST)
    top = [(0.5, bridge_pose(BRIDGE_TOP_HIP_Y)), (0.3, "dip"), (0.8, bridge_pose(BRIDGE_TOP_HIP_Y))]
    rep = bridge_rep()[:1] + top + bridge_rep()[2:]
    for t, pose in timeline([(2.0, BRIDGE_REST)] + rep * 2):
        if pose == "dip":
            a.update(with_world_of(frame(t, bridge_pose(BRIDGE_TOP_HIP_Y)), rest))
        else:
            a.update(frame(t, pose))
    a.finish()
    assert a.rep_count == 2


# ---------------------------------------------------------------- bird-dog
def reach(arm_side: str, arm_straight: bool = True, leg_straight: bool = True):
    """Left dict moved for a left-arm reach; the right side gets the opposite leg."""
    arm = {"elbow": (130, 245), "wrist": (60, 240)} if arm_straight else {"elbow": (150, 270), "wrist": (95, 235)}
    leg = {"knee": (460, 280), "ankle": (560, 275)} if leg_straight else {"knee": (450, 330), "ankle": (480, 250)}
    arm_pose = moved(QUADRUPED, **arm)
    leg_pose = moved(QUADRUPED, **leg)
    left, right = (arm_pose, leg_pose) if arm_side == "left" else (leg_pose, arm_pose)
    return left, right


def bird_dog_samples(sequence, hold=1.5, rest=1.2):
    """sequence of (arm_side, arm_straight, leg_straight); yields (t, left) and a right-side lookup."""
    samples, rights = [], {}
    t = 0.0
    for _ in range(int(1.5 * 30)):
        samples.append((t, QUADRUPED))
        t += 1 / 30
    for side, arm_ok, leg_ok in sequence:
        left, right = reach(side, arm_ok, leg_ok)
        for _ in range(int(hold * 30)):
            samples.append((t, left))
            rights[round(t, 6)] = right
            t += 1 / 30
        for _ in range(int(rest * 30)):
            samples.append((t, QUADRUPED))
            t += 1 / 30
    return samples, rights


def run_bird_dog(sequence, **kw):
    from synthetic import frame

    samples, rights = bird_dog_samples(sequence, **kw)
    a = create_analyzer("bird_dog")
    events = []
    for t, left in samples:
        events += a.update(frame(t, left, rights.get(round(t, 6), left)))
    events += a.finish()
    return a, events


def test_bird_dog_counts_alternating_sides():
    a, events = run_bird_dog([("left", True, True), ("right", True, True)] * 2)
    assert a.rep_count == 4
    assert [r.side for r in a.reps] == ["left", "right", "left", "right"]
    assert a.reps_by_side == {"left": 2, "right": 2}
    assert all(r.good_form for r in a.reps), [r.faults for r in a.reps]
    assert len(kinds(events, ev.REP_COUNTED)) == 4
    started = kinds(events, ev.REP_STARTED)
    assert [e.side for e in started] == ["left", "right", "left", "right"]
    assert all(s.t_s <= r.t_start + 1e-3 for s, r in zip(started, a.reps))  # records keep ms


def test_bird_dog_bent_arm_and_leg_are_faults():
    a, _ = run_bird_dog([("left", False, True), ("right", True, False)])
    assert a.rep_count == 2
    assert "arm_not_extended" in a.reps[0].faults
    assert "leg_not_extended" in a.reps[1].faults


def test_bird_dog_quick_reach_is_too_fast():
    a, _ = run_bird_dog([("left", True, True)], hold=0.5)
    assert a.rep_count == 1
    assert "too_fast" in a.reps[0].faults


def test_bird_dog_resting_on_all_fours_counts_nothing():
    a = create_analyzer("bird_dog")
    run(a, timeline([(8.0, QUADRUPED)]), jitter=2.0)
    assert a.rep_count == 0


@pytest.mark.parametrize("leg, foot_visibility, reps", [
    ({"knee": (436, 395), "ankle": (495, 476)}, 0.2, 2),  # thigh 40° below the back's line: out of rest
    ({"knee": (410, 412), "ankle": (470, 490)}, 0.2, 2),  # 54° below, but 22° above the kneeling thigh (76°)
    ({"knee": (385, 418), "ankle": (445, 500)}, 0.2, 0),  # 65° below: 11° above the kneeling thigh, a shift
    ({"knee": (436, 395), "ankle": (495, 476)}, 0.9, 0),  # the foot in view: the thigh reads what it is
])
def test_bird_dog_leg_reaching_away_from_a_camera_in_front(leg, foot_visibility, reps):
    """Head-on, the leg stretched back away from the camera hides its foot behind the body, and MediaPipe's
    depth foreshortens the thigh, which can then read short of the 35° below the back a raised leg needs
    all through the reach. With the opposite arm out and the thigh clearly out of rest, or clearly higher
    than the kneeling one (depth flattens both alike), it is a reach; the same thigh with its foot in view
    is not."""
    from coach.pose.landmarks import Landmark

    arm, _ = reach("left")
    short_leg = moved(QUADRUPED, **leg)
    foot = [Landmark.RIGHT_ANKLE, Landmark.RIGHT_HEEL, Landmark.RIGHT_FOOT_INDEX]
    a = create_analyzer("bird_dog")
    for t, pose in timeline([(1.5, QUADRUPED), (1.5, "reach"), (1.2, QUADRUPED)] * 2):
        f = frame(t, arm, short_leg) if pose == "reach" else frame(t, pose)
        if pose == "reach":
            f.image[foot, 3] = foot_visibility
        a.update(f)
    a.finish()
    assert a.rep_count == reps


def test_an_arm_pointing_back_over_the_body_is_no_reach():
    """Past straight up, an arm points back over the body toward the feet: no bird-dog reach does that. A 3-D
    pose turned over (lying on the back, arms by the sides, reads about ±170) must not count as one."""
    from coach.exercises.quadruped import QuadrupedPose
    from coach.pose.body_frame import BodyFrame3D

    _, leg_out = reach("left")
    arm_back = moved(QUADRUPED, elbow=(250, 230), wrist=(300, 205))
    q = QuadrupedPose.measure(BodyFrame3D.from_world(frame(0.0, arm_back, leg_out).world))
    assert q is not None and q.arm_elevation_deg["left"] > 120  # pointing back, up over the body
    a = create_analyzer("bird_dog")
    for t, pose in timeline([(1.5, QUADRUPED), (1.5, "reach"), (1.2, QUADRUPED)] * 2):
        a.update(frame(t, arm_back, leg_out) if pose == "reach" else frame(t, pose))
    a.finish()
    assert a.rep_count == 0


@pytest.mark.parametrize("interruption", ["leg_dips", "position_lost"])
def test_one_reach_of_an_arm_is_one_rep(interruption):
    """The arm stays out all along: a leg misread as down for half a second, or the person lost for a
    moment (someone passing in front), then the leg seen up again, is the same reach, not a second rep."""
    arm_out, leg_out = reach("left")
    arm_only = moved(QUADRUPED, **{k: arm_out[k] for k in ("elbow", "wrist")})
    a = create_analyzer("bird_dog")
    t_samples = list(timeline([(1.5, QUADRUPED), (1.0, "reach"), (0.6, "gap"), (1.0, "reach"), (1.5, QUADRUPED)]))
    for t, pose in t_samples:
        if pose == "reach":
            f = frame(t, arm_out, leg_out)
        elif pose == "gap":
            f = frame(t, arm_only, QUADRUPED) if interruption == "leg_dips" else frame(t, None)
        else:
            f = frame(t, pose)
        a.update(f)
    a.finish()
    assert a.rep_count == 1, [(r.t_start, r.t_end) for r in a.reps]


def test_bird_dog_leg_with_its_foot_hidden_all_through_the_reach_is_counted_not_graded():
    """A bent leg whose foot is hidden behind the body in the whole reach: its straightness would be
    MediaPipe's guess, so the rep counts with no verdict on the leg (and the arm is still judged)."""
    from coach.pose.landmarks import side_landmark

    samples, rights = bird_dog_samples([("left", False, False), ("left", False, False)])
    seen, unseen = create_analyzer("bird_dog"), create_analyzer("bird_dog")
    for t, left in samples:
        right = rights.get(round(t, 6), left)
        seen.update(frame(t, left, right))
        f = frame(t, left, right)
        if round(t, 6) in rights:
            f.image[side_landmark("right", "ankle"), 3] = 0.2  # the left arm reaches with the right leg
        unseen.update(f)
    seen.finish(), unseen.finish()
    assert seen.rep_count == unseen.rep_count == 2
    assert all({"leg_not_extended", "arm_not_extended"} <= set(r.faults) for r in seen.reps)
    assert all("leg_not_extended" not in r.faults and "arm_not_extended" in r.faults for r in unseen.reps)
    assert all("leg_extension_deg" in r.metrics for r in seen.reps)
    assert all(r.metrics.get("leg_extension_deg", math.nan) != r.metrics.get("leg_extension_deg", math.nan)
               for r in unseen.reps)


# ---------------------------------------------------------------- cat-cow
CAT = moved(QUADRUPED, nose=(170, 300))
COW = moved(QUADRUPED, nose=(150, 200))


def test_cat_cow_counts_full_cycles():
    a = create_analyzer("cat_cow")
    run(a, timeline([(1.5, QUADRUPED)] + [(1.0, lambda u: lerp_pose(QUADRUPED, COW, u)), (2.0, COW),
                                          (1.0, lambda u: lerp_pose(COW, CAT, u)), (2.0, CAT),
                                          (1.0, lambda u: lerp_pose(CAT, QUADRUPED, u))] * 2), jitter=1.0)
    assert a.rep_count == 2
    assert all(r.good_form for r in a.reps), [r.faults for r in a.reps]


def test_cat_cow_small_range_and_too_fast():
    small_cat = moved(QUADRUPED, nose=(170, 284))  # -0.20 arm lengths (the arm is 170 px)
    small_cow = moved(QUADRUPED, nose=(150, 246))  # +0.02: a range of 0.22, under min_range
    a = create_analyzer("cat_cow")
    run(a, timeline([(1.5, QUADRUPED), (2.0, small_cow), (2.0, small_cat), (1.5, QUADRUPED)]))
    assert a.rep_count == 1 and "small_range" in a.reps[0].faults
    b = create_analyzer("cat_cow")
    run(b, timeline([(1.5, QUADRUPED), (0.7, COW), (0.7, CAT), (1.5, QUADRUPED)]))
    assert b.rep_count == 1 and "too_fast" in b.reps[0].faults


def test_cat_cow_rep_ends_where_the_person_leaves_the_position():
    """A counted rep whose cat is never released on all fours ends when the person gets up, not at the end of
    the recording: in a whole session what follows is another exercise, never part of the rep."""
    from synthetic import frame

    a = create_analyzer("cat_cow")
    for t, pose in timeline([(1.5, QUADRUPED), (2.0, COW), (2.0, CAT), (10.0, STANDING)]):
        a.update(frame(t, pose))
    assert a.rep_count == 1 and len(a.reps) == 1  # closed before finish()
    assert 5.0 <= a.reps[0].t_end <= 7.0


def test_cat_cow_is_counted_from_the_back_when_a_close_camera_cuts_off_hands_and_knees():
    """Held-out: a close side-oblique camera with the knees and feet out of the picture counted 0 reps."""
    import dataclasses

    from synthetic import frame

    def low(pose):  # 70 px lower: wrists, knees and feet below the picture's edge, the back still in it
        return {k: (x, y + 70) for k, (x, y) in pose.items()}

    def cut_off(f):  # MediaPipe's guesses outside the picture come with low visibility
        image = f.image.copy()
        image[:, 3] = np.where(image[:, 1] > 1.0, 0.2, image[:, 3])
        return dataclasses.replace(f, image=image)

    segments = [(1.5, QUADRUPED)] + [(1.0, lambda u: lerp_pose(QUADRUPED, COW, u)), (2.0, COW),
                                     (1.0, lambda u: lerp_pose(COW, CAT, u)), (2.0, CAT),
                                     (1.0, lambda u: lerp_pose(CAT, QUADRUPED, u))] * 2
    a = create_analyzer("cat_cow")
    for t, pose in timeline(segments):
        a.update(cut_off(frame(t, low(pose))))
    a.finish()
    assert a.rep_count == 2
    assert "not_in_frame" in {k for k, *_ in a.setup_spans}  # and it is said
    # A knee in the picture but hidden (low visibility) is still no ground for "on all fours".
    hidden = create_analyzer("cat_cow")
    for t, pose in timeline(segments):
        f = frame(t, pose)
        image = f.image.copy()
        image[[25, 26], 3] = 0.2  # both knees
        hidden.update(dataclasses.replace(f, image=image))
    hidden.finish()
    assert hidden.rep_count == 0


def test_cat_cow_nodding_in_tabletop_is_not_a_rep():
    nod = moved(QUADRUPED, nose=(160, 280))  # head dips a little: -0.18 arm lengths
    a = create_analyzer("cat_cow")
    run(a, timeline([(1.5, QUADRUPED), (1.0, nod), (1.0, QUADRUPED)] * 4), jitter=1.0)
    assert a.rep_count == 0


# ---------------------------------------------------------------- set-up is not exercise
def test_reps_start_counting_once_the_position_has_settled():
    """Moves straight out of getting onto all fours are set-up; the same moves after holding it count."""
    from synthetic import frame

    def after_getting_down(exercise: str, start_pose: dict, moves: list, settle_s: float) -> int:
        a = create_analyzer(exercise)
        for t, pose in timeline([(3.0, STANDING), (settle_s, start_pose)] + moves):
            a.update(frame(t, pose))
        a.finish()
        return a.rep_count

    cycle = [(0.5, COW), (0.5, CAT), (0.4, QUADRUPED), (3.0, QUADRUPED)]  # quick set-up moves, as deep as a rep
    assert after_getting_down("cat_cow", QUADRUPED, cycle, 0.4) == 0
    assert after_getting_down("cat_cow", QUADRUPED, cycle, 1.5) == 1

    def bird_dog_after(settle_s: float) -> int:
        a = create_analyzer("bird_dog")
        left, right = reach("left")
        seq = [(3.0, STANDING, STANDING), (settle_s, QUADRUPED, QUADRUPED), (1.5, left, right),
               (2.0, QUADRUPED, QUADRUPED)]
        t = 0.0
        for dur, lp, rp in seq:
            for _ in range(int(round(dur * 30))):
                a.update(frame(t, lp, rp))
                t += 1 / 30
        a.finish()
        return a.rep_count

    assert bird_dog_after(0.4) == 0
    assert bird_dog_after(1.5) == 1

    assert after_getting_down("glute_bridge", BRIDGE_REST, bridge_rep(), 0.4) == 0
    assert after_getting_down("glute_bridge", BRIDGE_REST, bridge_rep(), 1.5) == 1


def test_back_in_position_after_a_moment_away_counts_at_once():
    """The pose lost for a second mid-set, or a far camera finding the position late: not set-up."""
    from synthetic import frame

    a = create_analyzer("cat_cow")
    for t, pose in timeline([(3.0, QUADRUPED), (1.0, None), (0.4, QUADRUPED), (0.5, COW), (0.5, CAT),
                             (2.0, QUADRUPED)]):
        a.update(frame(t, pose))
    a.finish()
    assert a.rep_count == 1


def test_a_recording_that_opens_in_position_counts_its_first_rep():
    """In position from the first frame: held before the camera saw it, so a reach at once still counts."""
    a, _ = run_bird_dog([("left", True, True)], hold=1.5)
    assert a.rep_count == 1
    b = create_analyzer("cat_cow")
    run(b, timeline([(0.4, QUADRUPED), (1.5, COW), (1.5, CAT), (1.5, QUADRUPED)]))
    assert b.rep_count == 1


def test_timestamps_must_increase():
    from synthetic import frame

    a = create_analyzer("plank")
    a.update(frame(1.0, PLANK))
    with pytest.raises(ValueError):
        a.update(frame(1.0, PLANK))


def test_rep_fault_marks_joints_red_while_its_cue_shows():
    from coach.pose.landmarks import side_landmark

    a = create_analyzer("glute_bridge")
    run(a, timeline([(2.0, BRIDGE_REST)] + bridge_rep(top_hip_y=336)))
    assert "incomplete_extension" in a.reps[0].faults
    hips = {side_landmark("left", "hip"), side_landmark("right", "hip")}
    assert hips <= set(a.state().bad_joints)
    from synthetic import frame

    for i in range(1, 150):  # 5 s later the cue has gone, and so has the red
        a.update(frame(a.t_s + i / 30, BRIDGE_REST))
    assert not hips & set(a.state().bad_joints)


def test_bridge_rep_ends_when_the_pelvis_rests_even_if_the_angle_reads_high():
    """A rest read too low (the pose re-locking after a jump) leaves the hip angle 'up' at the real rest;
    the pelvis back at its resting height for half a second still ends the rep, so the next one counts."""
    from coach.exercises.glute_bridge import PELVIS_RESTED_S

    a = create_analyzer("glute_bridge")
    t = 0.0
    assert a._update_lift(30.0, -0.4, 0.2, t)  # a lift from rest: hips up, pelvis up
    for _ in range(int(0.3 * 30)):  # a short dip of the pelvis with the angle still high: a wobble, not the end
        t += 1 / 30
        assert a._update_lift(33.0, -0.4, -0.05, t)
    t += 1 / 30
    assert a._update_lift(33.0, -0.4, 0.1, t)
    start = t
    while t - start < PELVIS_RESTED_S + 0.1:  # the pelvis at rest for longer: the rep is over
        t += 1 / 30
        lifting = a._update_lift(33.0, -0.4, -0.08, t)
    assert not lifting


def test_bridge_pelvis_rest_timer_starts_afresh_with_each_lift():
    """A lift dropped while the pelvis was low (the person left the position) must not end the next one at once."""
    a = create_analyzer("glute_bridge")
    assert a._update_lift(30.0, -0.4, 0.2, 0.0)
    assert a._update_lift(33.0, -0.4, -0.05, 0.1)  # the pelvis dips: its rest timer starts
    a._lifting = False  # what leaving the position does, mid-lift
    assert a._update_lift(30.0, -0.4, 0.2, 2.0)  # a new lift, well after the old timer would have run out
    assert a._update_lift(33.0, -0.4, -0.05, 2.1)  # a brief dip of this lift is not a rest yet


def test_picture_rest_reads_the_pelvis_against_its_usual_rest_and_anchors_on_feet_and_shoulders():
    from coach.exercises.bridge_picture import PelvisInPicture, PictureRest

    def seen(pelvis_y: float, feet=(4.0, 1.0), shoulders=(0.0, 1.0)) -> PelvisInPicture:
        return PelvisInPicture(pelvis=np.array([2.0, pelvis_y]), feet=np.array(feet), shoulders=np.array(shoulders))

    rest = PictureRest(window_s=6.0, feet_moved_max=0.15, shoulders_moved_max=0.3)
    assert rest.rise(seen(0.5)) is None and not rest.anchored(seen(0.5))  # no rest seen yet
    for t, pelvis_y in enumerate([0.96, 0.96, 0.96, 0.8, 0.96, 0.96, 1.2]):  # y down; two frames of noise
        rest.add(float(t), seen(pelvis_y))
    # Above the usual rest (not the one lowest frame), in shoulder-to-feet lengths (4 here).
    assert rest.rise(seen(0.56)) == pytest.approx(0.4 / 4.0)
    assert rest.anchored(seen(0.56))
    assert not rest.anchored(seen(0.56, feet=(3.0, 0.8)))  # feet pulled in
    assert not rest.anchored(seen(0.56, shoulders=(1.5, -0.5)))  # sitting up
    for t in range(20, 27):  # later rests, a little higher: the old ones have left the window
        rest.add(float(t), seen(0.9))
    assert rest.rise(seen(0.56)) == pytest.approx(0.34 / 4.0)


# ---------------------------------------------------------------- frames with nobody found
def with_misses(samples, every: int):
    """Every ``every``-th frame with nobody found, as MediaPipe misses frames in dim light or motion blur."""
    return [(t, None if i % every == every - 1 else pose) for i, (t, pose) in enumerate(samples)]


CAT_COW_SET = [(1.5, QUADRUPED)] + [(1.0, lambda u: lerp_pose(QUADRUPED, COW, u)), (2.0, COW),
                                    (1.0, lambda u: lerp_pose(COW, CAT, u)), (2.0, CAT),
                                    (1.0, lambda u: lerp_pose(CAT, QUADRUPED, u))] * 2


@pytest.mark.parametrize("every", [2, 4, 7])
def test_missed_frames_do_not_lose_reps(every):
    """A pose missed in single frames (every 2nd, 4th or 7th) is held across each gap: the movement in progress
    goes on being counted. Without it a quarter of the frames missed lost every cat-cow cycle."""
    bridge = create_analyzer("glute_bridge")
    run(bridge, with_misses(timeline([(2.0, BRIDGE_REST)] + bridge_rep() * 3), every))
    cat_cow = create_analyzer("cat_cow")
    run(cat_cow, with_misses(timeline(CAT_COW_SET), every))
    samples, rights = bird_dog_samples([("left", True, True), ("right", True, True)] * 2)
    bird_dog = create_analyzer("bird_dog")
    for t, left in with_misses(samples, every):
        bird_dog.update(frame(t, left, rights.get(round(t, 6), left)) if left is not None else frame(t, None))
    bird_dog.finish()
    assert (bridge.rep_count, cat_cow.rep_count, bird_dog.rep_count) == (3, 2, 4)


def test_a_person_who_leaves_is_gone_from_the_first_frame_missed():
    """The held pose covers a short gap only; when nobody comes back, the hold ends and "nobody in view"
    begins where the person was last seen, not a held moment later."""
    a = create_analyzer("plank")
    run(a, list(timeline([(5.0, PLANK)])) + [(5.0 + i / 30, None) for i in range(60)])
    assert a.hold_spans[-1][1] == pytest.approx(5.0, abs=0.04)
    assert ("no_person", pytest.approx(5.0, abs=0.04), pytest.approx(7.0, abs=0.1)) in a.setup_spans


def test_short_gap_hold_waits_to_see_how_a_gap_ends():
    from coach.pose.gap_hold import ShortGapHold

    hold = ShortGapHold(0.25)
    seen = frame(0.0, PLANK)
    assert hold.push(seen) == [(seen, False)]
    assert hold.push(frame(0.1, None)) == []  # undecided yet
    out = hold.push(frame(0.2, PLANK))  # back in the same place: the gap carries the last pose
    assert [(f.t_s, held) for f, held in out] == [(0.1, True), (0.2, False)] and out[0][0].image is seen.image
    assert hold.push(frame(0.3, None)) == []
    elsewhere = {k: (x - 250, y - 150) for k, (x, y) in PLANK.items()}  # the next shot of an edited video
    out = hold.push(frame(0.4, elsewhere))
    assert [(f.t_s, held, f.image is None) for f, held in out] == [(0.3, False, True), (0.4, False, False)]
    assert hold.push(frame(0.5, None)) == [] and hold.push(frame(0.6, None)) == []
    out = hold.push(frame(0.7, None))  # 0.3 s after the last seen: nobody, from the first frame missed
    assert [(f.t_s, f.image is None) for f, _ in out] == [(0.5, True), (0.6, True), (0.7, True)]
    out = hold.push(frame(0.75, None))  # nobody to hold any more: judged at once
    assert [(f.t_s, f.image is None, held) for f, held in out] == [(0.75, True, False)]
    hold.push(frame(0.8, PLANK))
    broken = frame(0.82, PLANK)
    broken.image[11] = np.nan  # a point MediaPipe could not place: a gap, as the smoother reads it
    assert hold.push(broken) == []
    assert hold.push(frame(0.85, None)) == []
    assert [(f.t_s, held) for f, held in hold.flush()] == [(0.82, False), (0.85, False)]  # ended in a gap: nobody
