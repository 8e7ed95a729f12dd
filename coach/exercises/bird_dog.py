"""Bird-dog: a rep is one opposite arm + leg extension and return, with its side.

From hands and knees, an arm counts as raised when its wrist comes up near
shoulder height and a leg when its ankle comes up near hip height; a rep needs
both at once while the other hand and knee still carry the body (so a superman
on the floor or a donkey kick, with no arm raised, is not a bird-dog). The side
is the raised arm's ("left" = left arm with right leg). Per-rep faults:
``arm_not_extended``, ``leg_not_extended`` (2-D joint angles at their best
during the hold), ``hips_rotated`` (pelvis roll from MediaPipe's 3-D world
landmarks, relative to the person's own resting roll) and ``too_fast``.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.body import SIDES, Body
from coach.exercises.debounce import DebouncedFlag, Hysteresis
from coach.exercises.events import Event
from coach.exercises.registry import register
from coach.exercises.rules import Rules
from coach.pose.landmarks import Landmark, side_landmark


def _other(side: str) -> str:
    return "right" if side == "left" else "left"


def hip_roll_deg(world: Optional[np.ndarray]) -> float:
    """Tilt of the left-hip→right-hip axis out of the horizontal plane (world y is vertical)."""
    if world is None:
        return math.nan
    v = world[Landmark.RIGHT_HIP, :3] - world[Landmark.LEFT_HIP, :3]
    n = float(np.linalg.norm(v))
    if n < 1e-6:
        return math.nan
    return math.degrees(math.asin(min(1.0, abs(float(v[1])) / n)))


class _Extension:
    def __init__(self, t_start: float) -> None:
        self.t_start = t_start
        self.t_extended: Optional[float] = None
        self.t_lowered: Optional[float] = None
        self.arm_side: Optional[str] = None
        self.best_elbow_deg = 0.0
        self.best_knee_deg = 0.0
        self.max_roll_deg = 0.0


@register
class BirdDogAnalyzer(ExerciseAnalyzer):
    name = "bird_dog"
    title = "Bird-dog"
    mode = "reps"
    key_angle_name = "leg_extension_deg"
    key_parts = ("shoulder", "hip", "knee", "wrist")
    side_on_required = True
    # For a rep with a side, the first side named is the raised arm's, the second the raised leg's.
    fault_parts = {"arm_not_extended": ("elbow", "wrist"), "leg_not_extended": ("knee", "ankle"),
                   "hips_rotated": ("hip",), "too_fast": ("wrist", "ankle")}

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules)
        r = rules
        self.max_torso_incline_deg = r.num("position.max_torso_incline_deg", 0, 90)
        self.min_support_wrist_drop = r.num("position.min_support_wrist_drop", -2, 5)
        self.min_support_knee_drop = r.num("position.min_support_knee_drop", -2, 5)
        self.max_support_knee_deg = r.num("position.max_support_knee_deg", 0, 180)
        self._position = DebouncedFlag(r.num("position.enter_s", 0, 10), r.num("position.exit_s", 0, 10))
        arm_on, arm_off = r.ordered("rep.arm_raised_drop", "rep.arm_lowered_drop", -2, 5)
        leg_off, leg_on = r.ordered("rep.leg_lowered_height", "rep.leg_raised_height", -5, 2)
        self._arm = {s: Hysteresis(arm_on, arm_off, rising=False) for s in SIDES}
        self._leg = {s: Hysteresis(leg_on, leg_off, rising=True) for s in SIDES}
        self.moving_arm_drop = r.num("rep.moving_arm_drop", -2, 5)
        self.moving_leg_height = r.num("rep.moving_leg_height", -5, 2)
        phase_s = r.num("rep.min_phase_s", 0, 10)
        self._extended = DebouncedFlag(phase_s, phase_s)
        self.min_elbow_deg = r.num("form.min_elbow_deg", 0, 180)
        self.min_knee_deg = r.num("form.min_knee_deg", 0, 180)
        self.max_hip_roll_deg = r.num("form.max_hip_roll_deg", 0, 90)
        self.min_rep_s = r.num("form.min_rep_s", 0, 60)
        self._rep: Optional[_Extension] = None
        self._moving_since: Optional[float] = None
        self._rest_roll: list[float] = []

    def watched_joints(self) -> tuple[int, ...]:
        return tuple(side_landmark(s, p) for s in SIDES for p in ("shoulder", "elbow", "wrist", "hip", "knee", "ankle"))

    def _wrist_drop(self, b: Body, s: str) -> float:
        return -b.height_above(b.pt(s, "wrist"), b.pt(s, "shoulder"))

    def _ankle_height(self, b: Body, s: str) -> float:
        return b.height_above(b.pt(s, "ankle"), b.pt(s, "hip"))

    def _supported(self, b: Body) -> bool:
        """Hands and knees: a hand under a shoulder and a bent knee under a hip, torso near level."""
        hand = any(self._wrist_drop(b, s) >= self.min_support_wrist_drop for s in SIDES)
        knee = any(-b.height_above(b.pt(s, "knee"), b.pt(s, "hip")) >= self.min_support_knee_drop
                   and b.angle_deg(s, "hip", "knee", "ankle") <= self.max_support_knee_deg for s in SIDES)
        level = b.incline_deg(b.mid("shoulder"), b.mid("hip")) <= self.max_torso_incline_deg
        return hand and knee and level

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        events: list[Event] = []
        supported = body is not None and self._supported(body)
        self._position.update(supported, t_s)
        self.in_position = self._position.active
        judging = body is not None and supported and (self.in_position or self._rep is not None)
        arm_up = {s: False for s in SIDES}
        leg_up = {s: False for s in SIDES}
        moving = False
        if judging and body is not None:
            for s in SIDES:
                arm_up[s] = self._arm[s].update(self._wrist_drop(body, s))
                leg_up[s] = self._leg[s].update(self._ankle_height(body, s))
            moving = (min(self._wrist_drop(body, s) for s in SIDES) < self.moving_arm_drop
                      or max(self._ankle_height(body, s) for s in SIDES) > self.moving_leg_height)
            roll = hip_roll_deg(body.world)
            if not moving and roll == roll:
                self._rest_roll = (self._rest_roll + [roll])[-60:]
        else:
            for h in list(self._arm.values()) + list(self._leg.values()):
                h.reset()
        if moving and self._moving_since is None:
            self._moving_since = t_s
        extended = any(arm_up.values()) and any(leg_up.values())
        tr = self._extended.update(extended, t_s)
        if tr.began is not None:
            start = self._moving_since if self._moving_since is not None else tr.began
            if self._rep is not None:  # went straight into the next reach without settling at rest
                start = self._rep.t_lowered if self._rep.t_lowered is not None else tr.began
                events += self._close_rep(start, truncated=False)
            self._rep = _Extension(start)
            self._rep.t_extended = tr.began
        rep = self._rep
        if rep is not None and body is not None and extended:
            self._sample(rep, body, arm_up, leg_up)
            if tr.began is not None:
                events.append(Event(ev.REP_STARTED, rep.t_start, side=rep.arm_side))
                events.append(self._count_rep(tr.began, rep.arm_side))
        if tr.ended is not None and rep is not None:
            rep.t_lowered = tr.ended
        self.key_angle_deg = None
        if body is not None:
            raised = [s for s in SIDES if leg_up[s]]
            leg = raised[0] if raised else body.near
            self.key_angle_deg = body.angle_deg(leg, "hip", "knee", "ankle")
        if not moving:
            if rep is not None and rep.t_lowered is not None:
                events += self._close_rep(t_s, truncated=False)
            self._moving_since = None
        self.phase = "extending" if self._extended.active else ("ready" if self.in_position else "waiting")
        return events

    def _sample(self, rep: _Extension, b: Body, arm_up: dict[str, bool], leg_up: dict[str, bool]) -> None:
        arms = [s for s in SIDES if arm_up[s]]
        arm = min(arms, key=lambda s: self._wrist_drop(b, s))
        if rep.arm_side is None:
            rep.arm_side = arm
        legs = [s for s in SIDES if leg_up[s]]
        leg = _other(rep.arm_side)
        if leg not in legs:
            leg = max(legs, key=lambda s: self._ankle_height(b, s))
        rep.best_elbow_deg = max(rep.best_elbow_deg, b.angle_deg(rep.arm_side if rep.arm_side in arms else arm,
                                                                 "shoulder", "elbow", "wrist"))
        rep.best_knee_deg = max(rep.best_knee_deg, b.angle_deg(leg, "hip", "knee", "ankle"))
        roll = hip_roll_deg(b.world)
        if roll == roll:
            rep.max_roll_deg = max(rep.max_roll_deg, roll)

    def _close_rep(self, t_end: float, truncated: bool) -> list[Event]:
        rep, self._rep = self._rep, None
        assert rep is not None
        faults = []
        if rep.best_elbow_deg < self.min_elbow_deg:
            faults.append("arm_not_extended")
        if rep.best_knee_deg < self.min_knee_deg:
            faults.append("leg_not_extended")
        rest_roll = float(np.median(self._rest_roll)) if self._rest_roll else math.nan
        roll_change = rep.max_roll_deg - rest_roll if rest_roll == rest_roll else math.nan
        if roll_change == roll_change and roll_change > self.max_hip_roll_deg:
            faults.append("hips_rotated")
        duration = t_end - rep.t_start
        if duration < self.min_rep_s and not truncated:
            faults.append("too_fast")
        metrics = {"elbow_deg": rep.best_elbow_deg, "leg_extension_deg": rep.best_knee_deg,
                   "hip_roll_change_deg": roll_change, "duration_s": duration}
        return self._complete_rep(rep.arm_side, rep.t_start, t_end, faults, metrics)

    def _finish(self, t_s: float) -> list[Event]:
        if self._rep is not None:
            return self._close_rep(t_s, truncated=True)
        return []
