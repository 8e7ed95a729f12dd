"""Bird-dog: a rep is one opposite arm + leg extension and return, with its side.

Everything is measured in the body's own 3-D frame (:class:`QuadrupedPose`),
not in the picture: an arm counts as raised when it points along the back
rather than down to the floor, a leg when the thigh swings back from under the
hip into line with the back. That is the same whether the camera is beside the
person, in front of them, or high in a corner of the room. A rep needs an arm
and a leg raised at once while the other hand and knee still carry the body (so
a superman on the floor or a donkey kick, with no arm raised, is not a
bird-dog). The side is the raised arm's ("left" = left arm with right leg).
Per-rep faults: ``arm_not_extended``, ``leg_not_extended`` (3-D joint angles
at their best during the hold), ``hips_rotated`` (pelvis tilt against the
body's floor, relative to the person's own resting tilt) and ``too_fast``.
"""
from __future__ import annotations

import dataclasses
import math
from typing import Optional

import numpy as np

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.body import SIDES, Body
from coach.exercises.debounce import BorderlineVerdict, DebouncedFlag, Hysteresis, StartPosition
from coach.exercises.events import Event
from coach.exercises.quadruped import ALL_FOURS_RULES, QuadrupedPose
from coach.exercises.posture import Posture, posture_cues
from coach.exercises.rules import Rules
from coach.exercises.spec import DEG, SEC, VERDICT_MARGIN, ExerciseSpec, Metric, Mode, RefLine, number
from coach.pose.landmarks import Landmark, side_landmark


# A foot seen less than this is hidden behind the body: from in front, a leg stretched back away from the camera.
HIDDEN_FOOT_VISIBILITY = 0.5
# ... and a thigh reading this much above the kneeling one, with its foot hidden, has left rest.
UNSEEN_THIGH_LEAD_DEG = 15.0
# Past straight up to the ceiling a limb points back over the body: no reach does that. Such a reading is a
# 3-D pose turned over (lying on the back, arms by the sides, reads about ±170) or somebody else's limb.
MAX_REACH_ELEVATION_DEG = 90.0


def _reach_elevation(elevation_deg: float) -> float:
    """A limb's elevation as evidence of a reach: NaN (no evidence) past straight up."""
    return elevation_deg if elevation_deg <= MAX_REACH_ELEVATION_DEG else math.nan


def _other(side: str) -> str:
    return "right" if side == "left" else "left"


def hip_roll_deg(world: Optional[np.ndarray], up: Optional[np.ndarray] = None) -> float:
    """Tilt of the left-hip→right-hip axis out of the floor's plane (``up``: the body's up; default the camera's)."""
    if world is None:
        return math.nan
    v = world[Landmark.RIGHT_HIP, :3] - world[Landmark.LEFT_HIP, :3]
    n = float(np.linalg.norm(v))
    if n < 1e-6:
        return math.nan
    u = np.array([0.0, -1.0, 0.0]) if up is None else up
    return math.degrees(math.asin(min(1.0, abs(float(np.dot(v, u))) / n)))


class _Extension:
    def __init__(self, t_start: float) -> None:
        self.t_start = t_start
        self.t_extended: Optional[float] = None
        self.t_lowered: Optional[float] = None
        self.arm_side: Optional[str] = None
        self.best_elbow_deg = 0.0
        self.best_knee_deg = 0.0
        self.top_arm_elevation_deg = -math.inf  # the limb angles are read where each limb reached highest
        self.top_leg_elevation_deg = -math.inf
        self.max_roll_deg = 0.0
        # Frames of the reach, and those in which its foot was seen: a leg whose foot is hidden for most of
        # it (head-on, stretched back behind the body) has a straightness MediaPipe only guesses. (A far hand
        # reads low visibility from the side too, yet its elbow is read well: hands are not asked.)
        self.frames = 0
        self.ankle_seen_frames = 0

    @property
    def foot_seen(self) -> bool:
        return self.ankle_seen_frames >= 0.5 * self.frames


SPEC = ExerciseSpec(
    recognisable=True,
    name="bird_dog", title="Bird-dog", mode=Mode.REPS, key_angle_name="leg_extension_deg",
    angle_label="Knee angle of the raised leg (°)",
    key_parts=("shoulder", "hip", "knee", "wrist"), side_on_required=True,
    # The trunk must be seen; a reaching hand or foot may leave a close camera's picture (said, still counted).
    visibility_parts=("shoulder", "hip"),
    # For a rep with a side, the first side named is the raised arm's, the second the raised leg's.
    fault_parts={"arm_not_extended": ("elbow", "wrist"), "leg_not_extended": ("knee", "ankle"),
                 "hips_rotated": ("hip",), "too_fast": ("wrist", "ankle")},
    faults={"arm_not_extended": "Arm not extended", "leg_not_extended": "Leg not extended",
            "hips_rotated": "Hips rotated", "too_fast": "Too fast"},
    key_limits=("form.min_elbow_deg", "form.min_knee_deg", "form.max_hip_roll_deg"),
    sided=True, side_means="raised arm",
    peak=Metric("leg_extension_deg", "Best knee angle, raised leg (°)"),
    extras=(Metric("elbow_deg", "Best elbow angle (°)"), Metric("hip_roll_change_deg", "Hip roll vs. rest (°)")),
    plot=(RefLine("{deg:.0f}°: raised leg straighter than this, or 'leg not extended'", key="form.min_knee_deg"),),
    note=("The line is the knee angle (hip–knee–ankle) of the raised leg, or of the leg nearer the camera when "
          "neither is raised; on hands and knees it rests near 90°, so only the peaks during a reach are judged "
          "against the threshold. Arm extension (elbow at least {form.min_elbow_deg:g}°) and hip rotation (more "
          "than {form.max_hip_roll_deg:g}° beyond rest) are checked per rep and listed in the table. "
          "Side = the raised arm."),
    rules=(
        *ALL_FOURS_RULES,
        number("position.max_support_knee_deg", 0, 180, DEG, "... and that knee is bent (3-D)"),
        number("rep.arm_raised_deg", -90, 45, DEG, "an arm at or above this elevation from the back is reaching"),
        number("rep.arm_lowered_deg", -90, 45, DEG, "hysteresis: it counts as down again below this"),
        number("rep.leg_raised_deg", -90, 60, DEG, "a thigh at or above this elevation is stretched back"),
        number("rep.leg_lowered_deg", -90, 60, DEG, "hysteresis: it counts as down again below this"),
        number("rep.moving_arm_deg", -90, 45, DEG, "the rep's window opens when an arm leaves rest past this"),
        number("rep.moving_leg_deg", -90, 60, DEG, "... or a thigh past this"),
        number("rep.min_phase_s", 0, 10, SEC, "arm and leg up together at least this long to count"),
        number("form.min_elbow_deg", 0, 180, DEG, "best elbow angle of the raised arm below this → arm not extended",
               label="Arm straightness needed (elbow angle)"),
        number("form.min_knee_deg", 0, 180, DEG, "best knee angle of the raised leg below this → leg not extended",
               label="Leg straightness needed (knee angle)"),
        number("form.max_hip_roll_deg", 0, 90, DEG,
               "pelvis tilt beyond rest by more than this → hips rotated (below ~30 the camera's depth noise "
               "cries wolf)", label="Hip roll allowed"),
        number("form.min_rep_s", 0, 60, SEC, "leave-rest to back-at-rest faster than this, with a pause → too fast"),
        number("form.min_hold_s", 0, 30, SEC, "a hold at full reach shorter than this → too fast"),
        VERDICT_MARGIN,
        *posture_cues(Posture.SUPINE, Posture.SIDE_LYING, Posture.UPRIGHT),
    ))


class BirdDogAnalyzer(ExerciseAnalyzer):
    spec = SPEC

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules)
        r = rules
        self.max_torso_incline_deg = r.num("position.max_torso_incline_deg")
        self.max_support_elevation_deg = r.num("position.max_support_elevation_deg")
        self.max_support_knee_deg = r.num("position.max_support_knee_deg")
        self._position = StartPosition.from_rules(r)
        arm_off, arm_on = r.ordered("rep.arm_lowered_deg", "rep.arm_raised_deg")
        leg_off, leg_on = r.ordered("rep.leg_lowered_deg", "rep.leg_raised_deg")
        self._arm = {s: Hysteresis(arm_on, arm_off, rising=True) for s in SIDES}
        self._leg = {s: Hysteresis(leg_on, leg_off, rising=True) for s in SIDES}
        self.moving_arm_deg = r.num("rep.moving_arm_deg")
        self.moving_leg_deg = r.num("rep.moving_leg_deg")
        phase_s = r.num("rep.min_phase_s")
        self._extended = DebouncedFlag(phase_s, phase_s)
        self.min_elbow_deg = r.num("form.min_elbow_deg")
        self.min_knee_deg = r.num("form.min_knee_deg")
        self.max_hip_roll_deg = r.num("form.max_hip_roll_deg")
        self.min_rep_s = r.num("form.min_rep_s")
        self.min_hold_s = r.num("form.min_hold_s")
        self.too_fast = BorderlineVerdict(self.min_rep_s, r.num("form.verdict_margin"))
        self._rep: Optional[_Extension] = None
        # Each arm seen down (in position) since the last rep's reach began: an arm never seen down is still
        # in that one reach, however a leg flickers or the position is misread for a moment.
        self._arm_lowered = {s: True for s in SIDES}
        self._last_arm: Optional[str] = None
        self._moving_since: Optional[float] = None
        self._rest_roll: list[float] = []
        self._ready = False  # settled in position and seen at rest since: a new reach may count
        self.pose: Optional[QuadrupedPose] = None

    def watched_joints(self) -> tuple[int, ...]:
        return tuple(side_landmark(s, p) for s in SIDES for p in ("shoulder", "elbow", "wrist", "hip", "knee", "ankle"))

    def _supported(self, q: QuadrupedPose) -> bool:
        """A knee under the body and the back level (not upright, as kneeling up or standing).

        The supporting hand is not asked for: in a reach it is the limb hidden behind the body
        from most cameras, so its landmarks are the least reliable. Lying flat (a superman) or a
        plank has no knee under the body, so neither passes.
        """
        knee = any(q.thigh_elevation_deg[s] <= self.max_support_elevation_deg
                   and q.knee_deg[s] <= self.max_support_knee_deg for s in SIDES)
        return (knee and q.supporting_limbs >= 1 and q.torso_incline_deg <= self.max_torso_incline_deg
                and not self.wrong_posture())

    def _reaching_unseen(self, body: Body, q: QuadrupedPose, side: str, arm_up: dict[str, bool]) -> bool:
        """A leg stretched back away from a camera in front: its foot hidden behind the body, the opposite
        arm reaching, the thigh clearly out of rest (``moving_leg_deg``) or clearly higher than the kneeling
        one (``UNSEEN_THIGH_LEAD_DEG``).

        Head-on, MediaPipe's depth foreshortens that thigh, which can then read short of the
        raised angle all through the reach, though the picture shows arm and leg out together.
        The depth flattens both thighs alike, so the reaching one still reads above the one
        the body kneels on.
        """
        thigh = _reach_elevation(q.thigh_elevation_deg[side])
        above_kneeling = thigh - q.thigh_elevation_deg[_other(side)] >= UNSEEN_THIGH_LEAD_DEG
        return (arm_up[_other(side)] and body.vis(side, "ankle") < HIDDEN_FOOT_VISIBILITY
                and (thigh >= self.moving_leg_deg or above_kneeling))

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        events: list[Event] = []
        q = QuadrupedPose.measure(body.frame3d) if body is not None and body.frame3d is not None else None
        self.pose = q
        supported = q is not None and self._supported(q)
        self._position.update(supported, t_s, seen=body is not None)
        self.in_position = self._position.active
        # Judged while the debounced position holds: a frame or two where the support is misread (a
        # limb hidden behind the body, someone passing in front) does not drop a reach in progress.
        # A new reach counts only once the position has settled and the limbs have been back at rest in it:
        # reaching while getting onto all fours, or a reach already under way when it settles, is set-up.
        # (Back in position after a short absence, or a recording that opens in it, may be mid-reach: it counts.)
        settled = self._position.settled(t_s)
        at_rest = q is not None and (max(q.arm_elevation_deg.values()) <= self.moving_arm_deg
                                     and max(q.thigh_elevation_deg.values()) <= self.moving_leg_deg)
        self._ready = settled and (self._ready or at_rest or self._position.held_before)
        judging = q is not None and (self._ready or (supported and self._rep is not None))
        arm_up = {s: False for s in SIDES}
        leg_up = {s: False for s in SIDES}
        moving = False
        if judging and q is not None and body is not None:
            for s in SIDES:
                arm_up[s] = self._arm[s].update(_reach_elevation(q.arm_elevation_deg[s]))
                self._arm_lowered[s] = self._arm_lowered[s] or not arm_up[s]
            for s in SIDES:
                leg_up[s] = (self._leg[s].update(_reach_elevation(q.thigh_elevation_deg[s]))
                             or self._reaching_unseen(body, q, s, arm_up))
            moving = (max(q.arm_elevation_deg.values()) > self.moving_arm_deg
                      or max(q.thigh_elevation_deg.values()) > self.moving_leg_deg)
            roll = hip_roll_deg(body.world, q.up)
            if not moving and roll == roll:
                self._rest_roll = (self._rest_roll + [roll])[-60:]
        else:
            for h in list(self._arm.values()) + list(self._leg.values()):
                h.reset()
        if moving and self._moving_since is None:
            self._moving_since = t_s
        extended = any(arm_up.values()) and any(leg_up.values())
        tr = self._extended.update(extended, t_s)
        if tr.began is not None and self._last_arm is not None and not self._arm_lowered[self._last_arm]:
            # The last rep's arm never came down: the one reach goes on (a leg misread for a moment, the
            # position lost and found again, someone passing in front). It is not a second rep.
            if self._rep is not None:
                self._rep.t_lowered = None
            tr = dataclasses.replace(tr, began=None)
        if tr.began is not None:
            start = self._moving_since if self._moving_since is not None else tr.began
            if self._rep is not None:  # went straight into the next reach without settling at rest
                start = self._rep.t_lowered if self._rep.t_lowered is not None else tr.began
                events += self._close_rep(start, truncated=False)
            self._rep = _Extension(start)
            self._rep.t_extended = tr.began
        rep = self._rep
        if rep is not None and body is not None and q is not None and extended:
            self._sample(rep, body, q, arm_up, leg_up)
            if tr.began is not None:
                events.append(Event(ev.REP_STARTED, rep.t_start, side=rep.arm_side))
                events.append(self._count_rep(tr.began, rep.arm_side))
        if tr.ended is not None and rep is not None:
            rep.t_lowered = tr.ended
        self.key_angle_deg = None
        if body is not None and body.frame3d is not None:
            raised = [s for s in SIDES if leg_up[s]]
            leg = raised[0] if raised else body.near
            self.key_angle_deg = body.frame3d.angle_deg(leg, "hip", "knee", "ankle")
        if not moving:
            if rep is not None and rep.t_lowered is not None:
                events += self._close_rep(t_s, truncated=False)
            self._moving_since = None
        self.phase = "extending" if self._extended.active else ("ready" if self.in_position else "waiting")
        return events

    def _sample(self, rep: _Extension, b: Body, q: QuadrupedPose, arm_up: dict[str, bool],
                leg_up: dict[str, bool]) -> None:
        f3 = b.frame3d
        assert f3 is not None
        arms = [s for s in SIDES if arm_up[s]]
        arm = max(arms, key=lambda s: q.arm_elevation_deg[s])
        if rep.arm_side is None:
            rep.arm_side = self._last_arm = arm
            self._arm_lowered[arm] = False
        legs = [s for s in SIDES if leg_up[s]]
        leg = _other(rep.arm_side)
        if leg not in legs:
            leg = max(legs, key=lambda s: q.thigh_elevation_deg[s])
        # MediaPipe's depth bends a straight limb by 15-30° in 3-D, while a picture can only make a bent
        # limb look straighter: the larger of the two is the fair reading of "straight enough".
        arm_side = rep.arm_side if rep.arm_side in arms else arm
        elbow = max(f3.angle_deg(arm_side, "shoulder", "elbow", "wrist"),
                    b.angle_deg(arm_side, "shoulder", "elbow", "wrist"))
        knee = max(f3.angle_deg(leg, "hip", "knee", "ankle"), b.angle_deg(leg, "hip", "knee", "ankle"))
        # Read at the top of the reach, not on the way: an arm swinging up passes through a
        # straight line whatever its elbow does at the end.
        arm_elev = q.arm_elevation_deg[arm_side]
        if arm_elev >= rep.top_arm_elevation_deg - 5.0:
            rep.best_elbow_deg = elbow if arm_elev > rep.top_arm_elevation_deg + 5.0 else max(rep.best_elbow_deg, elbow)
            rep.top_arm_elevation_deg = max(rep.top_arm_elevation_deg, arm_elev)
        leg_elev = q.thigh_elevation_deg[leg]
        if leg_elev >= rep.top_leg_elevation_deg - 5.0:
            rep.best_knee_deg = knee if leg_elev > rep.top_leg_elevation_deg + 5.0 else max(rep.best_knee_deg, knee)
            rep.top_leg_elevation_deg = max(rep.top_leg_elevation_deg, leg_elev)
        rep.frames += 1
        rep.ankle_seen_frames += b.vis(leg, "ankle") >= HIDDEN_FOOT_VISIBILITY
        roll = hip_roll_deg(b.world, q.up)
        if roll == roll:
            rep.max_roll_deg = max(rep.max_roll_deg, roll)

    def _close_rep(self, t_end: float, truncated: bool) -> list[Event]:
        rep, self._rep = self._rep, None
        assert rep is not None
        faults = []
        # A leg whose foot is hidden for most of the reach is not judged for straightness: that would be a
        # guess (the hidden-foot reach from in front is counted, not graded).
        knee_deg = rep.best_knee_deg if rep.foot_seen else math.nan
        if rep.best_elbow_deg < self.min_elbow_deg:
            faults.append("arm_not_extended")
        if knee_deg < self.min_knee_deg:
            faults.append("leg_not_extended")
        rest_roll = float(np.median(self._rest_roll)) if self._rest_roll else math.nan
        roll_change = rep.max_roll_deg - rest_roll if rest_roll == rest_roll else math.nan
        if roll_change == roll_change and roll_change > self.max_hip_roll_deg:
            faults.append("hips_rotated")
        duration = t_end - rep.t_start
        held = (rep.t_lowered if rep.t_lowered is not None else t_end) - (rep.t_extended or rep.t_start)
        # A quick rep with a real pause at full reach is controlled; a quick one without is a swing,
        # and one in under half the time is a swing even with a stop in it.
        if not truncated and self.too_fast.judge(duration) and (held < self.min_hold_s
                                                                or duration < 0.5 * self.min_rep_s):
            faults.append("too_fast")
        metrics = {"elbow_deg": rep.best_elbow_deg, "leg_extension_deg": knee_deg,
                   "hip_roll_change_deg": roll_change, "duration_s": duration, "hold_s": held}
        return self._complete_rep(rep.arm_side, rep.t_start, t_end, faults, metrics)

    def _finish(self, t_s: float) -> list[Event]:
        if self._rep is not None:
            return self._close_rep(t_s, truncated=True)
        return []
