"""Somebody exercising is never met with silence, and alike reps get alike verdicts.

Synthetic side-view poses (see ``synthetic.py``): the rules, not the pose model,
are under test here.
"""
from __future__ import annotations

import pytest

from coach.exercises.cat_cow import SwingPhases
from coach.exercises.debounce import BorderlineVerdict
from coach.exercises.registry import create_analyzer
from synthetic import BRIDGE_REST, PLANK, QUADRUPED, STANDING, lerp_pose, moved, run, timeline
from synthetic import bridge_rep


def setup_kinds(analyzer) -> set[str]:
    return {kind for kind, _, _ in analyzer.setup_spans}


@pytest.mark.parametrize("pose,exercise", [(PLANK, "glute_bridge"), (STANDING, "bird_dog"),
                                           (BRIDGE_REST, "plank"), (STANDING, "cat_cow")])
def test_a_person_in_the_wrong_position_is_told_so(pose, exercise):
    a = create_analyzer(exercise)
    run(a, timeline([(6.0, pose)]))
    assert a.rep_count == 0 and a.hold_seconds() == 0
    assert "not_in_position" in setup_kinds(a)
    (_, start, end), = [s for s in a.setup_spans if s[0] == "not_in_position"]
    assert start == pytest.approx(0.0, abs=0.1) and end == pytest.approx(6.0, abs=0.1)
    assert a.judged_s == 0.0
    assert "does not look like" in a.rules.text("cues.not_in_position")


def test_getting_into_position_quickly_says_nothing():
    a = create_analyzer("glute_bridge")
    run(a, timeline([(2.0, STANDING)] + [(1.5, BRIDGE_REST)] + bridge_rep() * 2))
    assert a.rep_count == 2
    assert "not_in_position" not in setup_kinds(a)


def test_judged_seconds_cover_the_time_in_position():
    a = create_analyzer("glute_bridge")
    run(a, timeline([(3.0, STANDING), (1.5, BRIDGE_REST)] + bridge_rep() * 2))
    in_position = 1.5 + 2 * (0.7 + 1.0 + 1.2 + 1.5)
    assert a.judged_s == pytest.approx(in_position, abs=0.6)


def test_moving_in_position_with_no_rep_is_said():
    """Nodding on all fours for 15 s moves the key angle but is no cat-cow: say so, do not count."""
    nod = moved(QUADRUPED, nose=(160, 285))
    a = create_analyzer("cat_cow")
    run(a, timeline([(1.0, QUADRUPED)] + [(0.8, lambda u: lerp_pose(QUADRUPED, nod, u)),
                                          (0.8, lambda u: lerp_pose(nod, QUADRUPED, u))] * 10))
    assert a.rep_count == 0
    assert "not_counted" in setup_kinds(a)
    assert "not_in_position" not in setup_kinds(a)


def test_a_marching_dead_bug_is_not_a_bridge():
    """On the back, knees bent, one foot lifting at a time: the hip angle opens and closes, the pelvis stays down."""
    lifted = moved(BRIDGE_REST, knee=(330, 250), ankle=(420, 250))
    a = create_analyzer("glute_bridge")
    samples = list(timeline([(1.5, BRIDGE_REST)] + [(0.6, lambda u: lerp_pose(BRIDGE_REST, lifted, u)),
                                                    (0.6, lambda u: lerp_pose(lifted, BRIDGE_REST, u))] * 8))
    # Alternate legs: even lifts with the left leg, odd ones with the right (the other stays at rest).
    events = []
    from synthetic import frame
    for t, pose in samples:
        left_lifts = int((t - 1.5) // 1.2) % 2 == 0 if t >= 1.5 else True
        left, right = (pose, BRIDGE_REST) if left_lifts else (BRIDGE_REST, pose)
        events += a.update(frame(t, left, right))
    a.finish()
    assert a.rep_count == 0, [(r.t_start, r.t_end) for r in a.reps]


def test_alike_reps_near_the_limit_get_one_verdict():
    v = BorderlineVerdict(limit=2.0, margin=0.15)
    verdicts = [v.judge(d) for d in (1.85, 2.1, 1.9, 2.2, 1.95)]  # brisk reps a little either side of 2 s
    assert len(set(verdicts)) == 1
    assert v.judge(1.0) is True and v.judge(3.0) is False  # clear differences still change it


def test_swing_phases_follow_the_persons_own_range():
    """A stiff cat-cow (head from -0.25 to only +0.03) counts; a nod of 0.1 does not."""
    s = SwingPhases(swing=0.2, min_phase_s=0.4, first_cat_max=-0.19, first_cow_min=0.02)
    began = []
    t = 0.0
    for level, dur in [(-0.25, 2.0), (0.03, 2.0), (-0.25, 2.0), (0.03, 2.0), (-0.15, 1.0), (-0.05, 1.0)]:
        for _ in range(int(dur * 30)):
            began += s.update(level, t)
            t += 1 / 30
    assert [p.phase for p in began] == ["cat", "cow", "cat", "cow"]
