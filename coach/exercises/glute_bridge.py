"""Glute bridge: a rep is lift → top → lower, counted once the lift is clearly under way.

The key angle is ``hip_extension_deg`` (shoulder–hip–knee on the body's
midline, from MediaPipe's 3-D world landmarks, so a camera at the feet or above
the person reads the same angle as one at the side). A lift is measured against the person's own resting angle (a low
reading of a recent window, its tenth percentile), because resting angles differ by 20° between
people and camera heights. Faults are judged per rep: ``incomplete_extension``
(the hip never reached the shoulder–knee line), ``no_hold_at_top`` and
``too_fast``. Nothing is counted unless the person lies on their back with
knees bent, so squats and push-ups are not bridges. A single-leg bridge (one foot
in the air) is a bridge on the leg whose foot is down: its reps carry that leg as
their side.
Where the 3-D pose turns the body over at the top (a camera beyond the feet), the pelvis in the
picture stands witness for the lift (:mod:`coach.exercises.bridge_picture`); such a rep is counted
(once the person is seen back at rest on their back, when the picture alone saw it begin), but its
height and hold at the top, not seen, are not judged.
"""
from __future__ import annotations

import math
from collections import deque
from typing import Optional

import numpy as np

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.body import SIDES, Body
from coach.exercises.bridge_picture import PelvisInPicture, PictureRest, low_quantile
from coach.exercises.debounce import BorderlineVerdict, DebouncedFlag, StartPosition
from coach.exercises.events import Event
from coach.exercises.posture import Posture, posture_cues
from coach.exercises.rules import Rules
from coach.exercises.spec import (DEG, RATIO, SEC, SETTLE_RULE, TORSO, VERDICT_MARGIN, ExerciseSpec, Metric, Mode,
                                   Shown, number, reference)
from coach.pose.body_frame import CAMERA_DOWN, BodyFrame3D, angle_between_deg, orthogonal_part, unit
from coach.pose.landmarks import side_landmark

# One frame can move the hip angle by JUMP_DEG plus what MAX_SPEED_DEG_S allows in the time between
# frames (a brisk lift is ~150°/s); the pelvis likewise in torso lengths. More is a tracking jump.
JUMP_DEG, MAX_SPEED_DEG_S = 15.0, 300.0
JUMP_TORSO, MAX_SPEED_TORSO_S = 0.15, 3.0
# The pelvis back down for this long ends a rep, whatever the hip angle reads.
PELVIS_RESTED_S = 0.5
FEET_LEVEL_TORSO = 0.25  # ankles closer than this in height (torso lengths) are both taken as on the floor
FOOT_UP_TORSO = 0.5  # one ankle this much higher (torso lengths): a single-leg bridge, judged on the other leg
# The picture as witness (:mod:`coach.exercises.bridge_picture`), in shoulder-to-feet lengths of the picture: a
# pelvis PICTURE_LIFT above its rest, between feet and shoulders that stayed put, is a lift whatever the 3-D pose
# says; and a lift is not over while the pelvis in the picture stays above PICTURE_DOWN_MIN and above
# PICTURE_DOWN_FRACTION of this rep's highest (half: a picture from the head end wanders a tenth at rest).
PICTURE_LIFT, PICTURE_DOWN_MIN, PICTURE_DOWN_FRACTION = 0.12, 0.08, 0.5
PICTURE_FEET_MOVED_MAX, PICTURE_SHOULDERS_MOVED_MAX = 0.15, 0.3
# The resting angle is this low quantile of the window, not its lowest reading: one frame of jitter
# below the rest would make the true rest look like a lift.
REST_QUANTILE = 0.1
PICTURE_CONFIRM_S = 2.0  # a lift opened in the picture counts once back at rest in 3-D within this


def planted_side(f3: BodyFrame3D, level_torso: float = FEET_LEVEL_TORSO) -> Optional[str]:
    """The leg whose foot is on the floor when only one is (a single-leg bridge, a dead bug's march); None
    when both feet are down (within ``level_torso`` torso lengths of each other).

    Asked of the camera (the lower foot), a coarse but safe question: a foot held up in the air
    stands a good part of a torso above the other from any camera that sees the person lying.
    """
    left, right = (float(f3.p(s, "ankle")[1]) for s in SIDES)  # camera y points down
    if abs(left - right) < level_torso * f3.torso_m:
        return None
    return "left" if left > right else "right"


def single_leg(f3: BodyFrame3D) -> Optional[str]:
    """The working leg of a single-leg bridge: one foot clearly in the air (:data:`FOOT_UP_TORSO`), else None.

    Stricter than the floor's choice of foot (:func:`planted_side`): a camera rolled a little puts
    one of two feet on the floor higher in the picture, and that must not turn a bridge into a
    single-leg one, whose measures use one leg.
    """
    return planted_side(f3, FOOT_UP_TORSO)


def leg_point(f3: BodyFrame3D, part: str, planted: Optional[str]) -> np.ndarray:
    """A knee or an ankle of the leg that carries the bridge: the midline's with both feet down, else the planted
    leg's."""
    return f3.mid(part) if planted is None else f3.p(planted, part)


def supine_up(f3: BodyFrame3D) -> Optional[np.ndarray]:
    """The ceiling's direction for somebody on their back with knees bent, from the body alone.

    The shoulders and a foot on the floor give a line that lies in the floor; that leg's shin
    stands up from the foot, so its part square to that line points at the ceiling. The foot
    used is the lower one (:func:`planted_side`), so a leg lifted in the air — a dead bug's
    march, a single-leg bridge — does not tilt the floor. This holds at rest and at the top of
    the bridge, from any camera.
    """
    lower = planted_side(f3)
    knee, ankle = leg_point(f3, "knee", lower), leg_point(f3, "ankle", lower)
    axis = unit(ankle - f3.mid("shoulder"))
    if axis is None:
        return None
    return unit(orthogonal_part(knee - ankle, axis))


def signed_hip_extension_deg(angle_deg: float, hip_line_offset: float) -> float:
    """Shoulder–hip–knee angle that keeps growing past 180 when the hip rises above the line.

    The plain angle folds back at 180°, so a hip pushed above the shoulder–knee
    line would read as if it had dropped; unfolding it keeps "higher hip = larger
    angle" true for the rep logic and the top-hold band.
    """
    return 360.0 - angle_deg if hip_line_offset > 0 else angle_deg


class _Lift:
    """Samples of one rep in progress."""

    def __init__(self, t_start: float, setup: bool = False, opened_in_picture: bool = False) -> None:
        self.t_start = t_start
        self.setup = setup  # begun before the start position settled: set-up, not a rep
        # Begun where only the picture showed it: counted once the person is seen back at rest (_confirm_in_picture).
        self.opened_in_picture = opened_in_picture
        self.samples: list[tuple[float, float, float]] = []  # t, hip_extension_deg, hip_line_offset
        self.planted: list[Optional[str]] = []  # per sample: the one leg on the floor, or None (both)
        self.top_unseen = False  # part of it was seen only in the picture: height and hold at the top unknown

    def add(self, t: float, ext_deg: float, line: float, planted: Optional[str] = None) -> None:
        self.samples.append((t, ext_deg, line))
        self.planted.append(planted)

    def note(self, t: float, ext_deg: Optional[float], line: Optional[float], planted: Optional[str],
             in_picture: bool) -> None:
        """One frame of the lift: a sample where the 3-D pose gave one; a frame seen only in the picture marks
        the top as unseen."""
        if ext_deg is not None and line is not None:
            self.add(t, ext_deg, line, planted)
        self.top_unseen |= in_picture

    def side(self) -> Optional[str]:
        """The working leg of a single-leg bridge (the foot on the floor for most of the lift); None for both feet."""
        counts = {s: self.planted.count(s) for s in (None, *SIDES)}
        best = max(counts, key=lambda s: counts[s])
        return best if best is not None and counts[best] > len(self.planted) / 2 else None

    def peak_deg(self) -> float:
        return max(s[1] for s in self.samples) if self.samples else float("nan")

    def peak_line(self) -> float:
        return max(s[2] for s in self.samples) if self.samples else float("nan")

    def top_hold_s(self, band_deg: float) -> float:
        """Longest continuous time within ``band_deg`` of the peak."""
        peak, best, since = self.peak_deg(), 0.0, None
        for t, ext, _ in self.samples:
            if ext >= peak - band_deg:
                since = t if since is None else since
                best = max(best, t - since)
            else:
                since = None
        return best


SPEC = ExerciseSpec(
    recognisable=True,
    name="glute_bridge", title="Glute bridge", mode=Mode.REPS, key_angle_name="hip_extension_deg",
    angle_label="Hip extension, shoulder–hip–knee (°)",
    key_parts=("shoulder", "hip", "knee", "ankle"),
    # Visibility is asked of shoulders, hips and knees: from the head end the feet hide behind the knees,
    # where MediaPipe still places them well (they stand on the floor), and nothing judged reads them alone.
    visibility_parts=("shoulder", "hip", "knee"),
    fault_parts={"incomplete_extension": ("hip",), "no_hold_at_top": ("hip",), "too_fast": ("hip", "knee")},
    faults={"incomplete_extension": "Incomplete hip extension", "no_hold_at_top": "No hold at the top",
            "too_fast": "Too fast"},
    key_limits=("form.top_line_min", "form.min_top_hold_s", "form.min_rep_s"),
    peak=Metric("hip_extension_deg", "Peak hip extension (°)"),
    extras=(Metric("hip_line_offset", "Hip vs. line at top (torso lengths)", "{:+.2f}"),
            Metric("top_hold_s", "Hold at top (s)", "{:.1f}")),
    plot=(reference(180.0, "180°: shoulders, hips, knees in line (full bridge)"),),
    note=("The line is the shoulder–hip–knee angle on the side nearer the camera; it goes above 180° when the "
          "hips rise above the shoulder–knee line. A rep is counted once the hips rise {rep.lift_enter_deg:g}° "
          "above the person's own resting angle, so there is no fixed degree threshold. Full extension is judged "
          "at the top by the hip's distance from the shoulder–knee line (incomplete below {form.top_line_min:g} "
          "torso lengths); the 180° line is that straight line."),
    rules=(
        number("position.max_torso_incline_deg", 0, 90, DEG,
               "shoulder→ankle line against the camera's horizontal: lying, not standing or squatting (~80–90)"),
        number("position.max_up_tilt_deg", 0, 90, DEG, "the body's ceiling against the camera's up: lying on the back"),
        number("position.min_knee_deg", 0, 180, DEG, "knees bent at least this much in the set-up (3-D)"),
        number("position.max_knee_deg", 0, 180, DEG, "straight legs (lying flat, a push-up) are not a bridge"),
        SETTLE_RULE,
        number("position.min_knee_above_hip", -2, 5, TORSO, "the knee is higher than the hip"),
        number("position.min_knee_above_ankle", -2, 5, TORSO, "... and well above the foot on the floor"),
        number("position.max_wrist_drop", -2, 5, TORSO, "wrists far below the shoulders means arms are supporting"),
        number("rep.baseline_window_s", 0.5, 120, SEC,
               "the resting angle is a low reading of this window (its tenth percentile)"),
        number("rep.lift_enter_deg", 0, 90, DEG, "hips this far above rest → a rep is under way (and counted)"),
        number("rep.lift_exit_deg", 0, 90, DEG, "... and it is over once back within this of rest"),
        number("rep.lowered_fraction", 0, 1, RATIO, "... or once only this fraction of the rep's own lift is left"),
        number("rep.min_phase_s", 0, 10, SEC, "a lift must last this long (filters jitter)"),
        number("rep.min_hip_rise", 0, 2, TORSO, "... and the pelvis itself must rise this much above its rest height"),
        number("rep.rest_line_max", -2, 2, TORSO, "at rest the hip is at least this far below the shoulder–knee line"),
        number("rep.max_jump_s", 0, 5, SEC, "a reading that leaps further than a body moves is skipped unless it "
                                            "persists this long"),
        number("rep.top_band_deg", 0, 90, DEG, "“at the top” = within this of the rep's highest angle"),
        number("form.top_line_min", -2, 2, TORSO,
               "hip below the shoulder–knee line at the top by more than this → incomplete extension "
               "(raise toward 0 to demand a higher bridge)",
               label="Lowest hip accepted at the top",
               shown=Shown("% of trunk length below the shoulder–knee line", -100.0)),
        number("form.min_top_hold_s", 0, 30, SEC, "time at the top shorter than this → no hold at the top",
               label="Pause needed at the top"),
        number("form.min_rep_s", 0, 60, SEC, "lift-to-lowered faster than this, without a pause at the top → too fast",
               label="Shortest rep before “too fast”"),
        VERDICT_MARGIN,
        # Not UPRIGHT: from a high camera at the head the torso at the top of a bridge reads up to ~55°
        # against the camera's horizontal; standing and squatting fail the shoulder→ankle incline instead.
        *posture_cues(Posture.FACE_DOWN, Posture.SIDE_LYING),
    ))


class GluteBridgeAnalyzer(ExerciseAnalyzer):
    spec = SPEC

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules)
        r = rules
        self.max_torso_incline_deg = r.num("position.max_torso_incline_deg")
        self.max_up_tilt_deg = r.num("position.max_up_tilt_deg")
        self.knee_range_deg = r.ordered("position.min_knee_deg", "position.max_knee_deg")
        self.min_knee_above_hip = r.num("position.min_knee_above_hip")
        self.min_knee_above_ankle = r.num("position.min_knee_above_ankle")
        self.max_wrist_drop = r.num("position.max_wrist_drop")
        self._position = StartPosition.from_rules(r)
        self.baseline_window_s = r.num("rep.baseline_window_s")
        self.lift_exit_deg, self.lift_enter_deg = r.ordered("rep.lift_exit_deg", "rep.lift_enter_deg")
        self.lowered_fraction = r.num("rep.lowered_fraction")
        self._lifting = False
        self._peak_lift = 0.0
        self._peak_rise = 0.0
        phase_s = r.num("rep.min_phase_s")
        self._up = DebouncedFlag(phase_s, phase_s)
        self.top_band_deg = r.num("rep.top_band_deg")
        self.top_line_min = r.num("form.top_line_min")
        self.min_top_hold_s = r.num("form.min_top_hold_s")
        self.min_rep_s = r.num("form.min_rep_s")
        self.rest_line_max = r.num("rep.rest_line_max")
        self.min_hip_rise = r.num("rep.min_hip_rise")
        self.max_jump_s = r.num("rep.max_jump_s")
        self._steady: Optional[tuple[float, float]] = None
        self._jump_since: Optional[float] = None
        self._pelvis_low_since: Optional[float] = None
        self._prev_frame_t: Optional[float] = None
        self.too_fast = BorderlineVerdict(self.min_rep_s, r.num("form.verdict_margin"))
        self._history: deque[tuple[float, float, float, float]] = deque()
        self._rep: Optional[_Lift] = None
        self._pending: Optional[_Lift] = None  # samples since the raw lift began, before it is confirmed
        self._unconfirmed: Optional[tuple[_Lift, float]] = None  # a lift opened in the picture, and its end
        self._picture_rest = PictureRest(self.baseline_window_s, PICTURE_FEET_MOVED_MAX, PICTURE_SHOULDERS_MOVED_MAX)
        self._peak_picture_rise = 0.0

    def watched_joints(self) -> tuple[int, ...]:
        return tuple(side_landmark(s, p) for s in SIDES for p in ("shoulder", "hip", "knee"))

    def _lying_knees_bent(self, f3: BodyFrame3D, up: Optional[np.ndarray], planted: Optional[str]) -> bool:
        """On the back, knees bent, feet down — judged in the body's frame, so a camera at the feet sees it too.

        The knee tests describe the rest position only: at the top of a bridge the hips rise
        to the knees, and a camera at the feet sees the thighs end-on, so the knee can read as
        straight — during a lift only "lying on the back" is asked. A single-leg bridge
        (``planted``: the leg whose foot is down) is judged on the leg that carries it.
        """
        if up is None:
            return False
        knee, ankle = leg_point(f3, "knee", planted), leg_point(f3, "ankle", planted)
        knee_deg = angle_between_deg(f3.mid("hip") - knee, ankle - knee)
        lo, hi = self.knee_range_deg
        def height(p: np.ndarray, ref: np.ndarray) -> float:
            return float(np.dot(p - ref, up)) / f3.torso_m
        wrist_drop = max(-height(f3.p(s, "wrist"), f3.p(s, "shoulder")) for s in SIDES)
        return (f3.incline_deg(f3.mid("shoulder"), ankle) <= self.max_torso_incline_deg
                and angle_between_deg(up, -CAMERA_DOWN) <= self.max_up_tilt_deg
                and (self._lifting or (lo <= knee_deg <= hi and height(knee, f3.mid("hip")) >= self.min_knee_above_hip))
                and height(knee, ankle) >= self.min_knee_above_ankle
                and wrist_drop <= self.max_wrist_drop
                and not self.wrong_posture())

    @staticmethod
    def measure(f3: BodyFrame3D, up: Optional[np.ndarray], planted: Optional[str]) -> tuple[float, float, float]:
        """(hip_extension_deg, hip offset from the shoulder–knee line, hip rise above the shoulders).

        All on the body's midline in 3-D: the two sides' hips move together in a bridge,
        and the midline keeps a camera at the feet, or a high one, from shortening the angle.
        In a single-leg bridge the knee is the planted leg's: the raised one goes where it likes.
        Offsets and rise are in torso lengths, toward the ceiling (``supine_up``).
        """
        if up is None:
            return math.nan, math.nan, math.nan
        sh, hip, knee = f3.mid("shoulder"), f3.mid("hip"), leg_point(f3, "knee", planted)
        line = f3.offset_from_line(hip, sh, knee, up)
        ext = signed_hip_extension_deg(angle_between_deg(sh - hip, knee - hip), line)
        return ext, line, float(np.dot(hip - sh, up)) / f3.torso_m

    def _tracking_jump(self, ext: float, rise: float, t_s: float) -> bool:
        """A reading that leapt further in one frame than a body moves: MediaPipe lost the pose.

        From some views (a camera at the feet) the 3-D pose flips for a few frames at the top of
        a bridge: the hip angle folds to 45° and the pelvis drops through the floor. Those frames
        are skipped; a new reading that persists for ``max_jump_s`` is taken as real.
        """
        prev_t, self._prev_frame_t = self._prev_frame_t, t_s
        if ext != ext or rise != rise:
            return False
        if self._steady is None or prev_t is None:
            self._steady, self._jump_since = (ext, rise), None
            return False
        step_s = max(t_s - prev_t, 1e-3)
        last_ext, last_rise = self._steady
        jumped = (abs(ext - last_ext) > JUMP_DEG + MAX_SPEED_DEG_S * step_s
                  or abs(rise - last_rise) > JUMP_TORSO + MAX_SPEED_TORSO_S * step_s)
        if jumped and (self._jump_since is None or t_s - self._jump_since < self.max_jump_s):
            self._jump_since = t_s if self._jump_since is None else self._jump_since
            return True
        self._steady, self._jump_since = (ext, rise), None
        return False

    def _baseline(self, t: float, ext: float, line: float, rise: float) -> tuple[float, float, float]:
        """Resting angle (the window's low quantile, ``REST_QUANTILE``), with the hip-line offset and hip rise then.

        The rest is what came before the lift: samples during a lift are not rest, so a reading
        that jumps mid-rep cannot become the baseline the rep is then measured from.
        """
        if not self._lifting or not self._history:
            self._history.append((t, ext, line, rise))
            while len(self._history) > 1 and self._history[0][0] < t - self.baseline_window_s:
                self._history.popleft()
        _, base_ext, base_line, base_rise = low_quantile(self._history, REST_QUANTILE, key=lambda h: h[1])
        return base_ext, base_line, base_rise

    def _update_lift(self, lift_deg: float, base_line: float, hip_rise: float, t_s: float,
                     picture_rise: Optional[float] = None) -> bool:
        """Hysteresis on the lift above rest; the way down is judged against this rep's own height.

        A rep is over once the hips have come back down most of the way (``lowered_fraction`` of
        the lift left), so a slightly higher resting angle after a set of reps cannot keep one
        rep open forever. The hip angle alone also opens when a thigh comes *down* (a dead bug's
        marching feet), so a lift also needs the pelvis itself to rise (``hip_rise``) — and a rep
        ends only when the pelvis has come down too: from some views MediaPipe loses the pose at
        the top for a few frames and folds the hip angle, while the pelvis it reports stays up.
        The pelvis back down (as low as the way down asks) for ``PELVIS_RESTED_S`` ends the rep on
        its own: the angle is measured from the rest before the lift, and a rest read while the pose
        was re-locking after a jump, or in the first frames of a set, can sit well below the true
        one, so the angle alone would never come down and every later rep would merge into this one.
        "The pelvis down" asks the picture too (``picture_rise``, :mod:`coach.exercises.bridge_picture`):
        a 3-D pose that drops the pelvis to the floor for a moment at the top, while the picture shows
        it still up, does not split one rep into two.
        """
        if not self._lifting:
            # A lift only starts from rest (hips clearly below the line): a clip that opens at the
            # top must first come down before its wobbles there can count.
            if (lift_deg >= self.lift_enter_deg and base_line <= self.rest_line_max
                    and hip_rise >= self.min_hip_rise):
                self._open_lift(lift_deg, hip_rise, picture_rise or 0.0)
        else:
            self._peak_lift = max(self._peak_lift, lift_deg)
            self._peak_rise = max(self._peak_rise, hip_rise)
            self._peak_picture_rise = max(self._peak_picture_rise, picture_rise or 0.0)
            picture_down = picture_rise is None or self._picture_low(picture_rise)
            angle_down = lift_deg <= max(self.lift_exit_deg, self.lowered_fraction * self._peak_lift)
            pelvis_down = picture_down and hip_rise <= max(self.min_hip_rise, self.lowered_fraction * self._peak_rise)
            if not pelvis_down:
                self._pelvis_low_since = None
            elif self._pelvis_low_since is None:
                self._pelvis_low_since = t_s
            rested = self._pelvis_low_since is not None and t_s - self._pelvis_low_since >= PELVIS_RESTED_S
            if (angle_down and pelvis_down) or rested:
                self._lifting = False
                self._history.clear()  # the next lift is measured from the rest that follows this rep
        return self._lifting

    def _confirm_in_picture(self, raw_position: bool, picture_rise: Optional[float], t_s: float) -> list[Event]:
        """Count a lift only the picture saw begin, once the person is seen back at rest on their back.

        Back in the start position (read in 3-D) within ``PICTURE_CONFIRM_S`` of the lift's end,
        with the pelvis down between feet and shoulders still in place, it was a bridge. Getting
        up or rolling over also lifts the pelvis in the picture, but never comes back to that.
        """
        if self._unconfirmed is None:
            return []
        rep, t_end = self._unconfirmed
        if t_s - t_end > PICTURE_CONFIRM_S or self._pending is not None:
            self._unconfirmed = None
            return []
        if not (raw_position and picture_rise is not None and picture_rise < PICTURE_LIFT):
            return []
        self._unconfirmed, self._rep = None, rep
        events = [Event(ev.REP_STARTED, rep.t_start), self._count_rep(t_s, rep.side())]
        return events + self._close_rep(t_end, truncated=False)

    def _picture_low(self, picture_rise: float) -> bool:
        """The pelvis in the picture back down: under half this rep's highest, and near its rest."""
        return picture_rise <= max(PICTURE_DOWN_MIN, PICTURE_DOWN_FRACTION * self._peak_picture_rise)

    def _open_lift(self, lift_deg: float, hip_rise: float, picture_rise: float) -> None:
        self._lifting, self._peak_lift, self._peak_rise = True, lift_deg, hip_rise
        self._peak_picture_rise = picture_rise
        self._pelvis_low_since = None  # a lift that ended out of position must not hand its timer on

    def _lift_in_picture(self, picture_rise: float) -> bool:
        """A frame where only the picture shows the lift: it opens one, or keeps the one in progress open."""
        if not self._lifting:
            self._open_lift(0.0, 0.0, picture_rise)
        self._peak_picture_rise = max(self._peak_picture_rise, picture_rise)
        return True

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        events: list[Event] = []
        f3 = body.frame3d if body is not None else None
        up = supine_up(f3) if f3 is not None else None
        planted = single_leg(f3) if f3 is not None else None  # one foot in the air: a single-leg bridge
        raw_position = f3 is not None and self._lying_knees_bent(f3, up, planted)
        seen = PelvisInPicture.of(body) if body is not None else None
        picture_rise = self._picture_rest.rise(seen) if seen is not None else None
        # The 3-D pose stopped describing somebody on their back, but the picture shows a bridge's lift.
        in_picture = (not raw_position and self._position.active and picture_rise is not None
                      and picture_rise >= PICTURE_LIFT)
        self._position.update(raw_position or in_picture, t_s, seen=body is not None)
        self.in_position = self._position.active
        lifting = False
        ext = line = rise = None
        if f3 is not None and not in_picture:
            ext, line, rise = self.measure(f3, up, planted)
            self.key_angle_deg = ext
            if self._tracking_jump(ext, rise, t_s):
                body = None  # judged like a frame with nobody found: the rest and the lift in progress stay
        if in_picture and picture_rise is not None:
            lifting = self._lift_in_picture(picture_rise)
        elif body is not None and (self.in_position or raw_position) and ext is not None and line is not None \
                and rise is not None and ext == ext and rise == rise:
            base_ext, base_line, base_rise = self._baseline(t_s, ext, line, rise)
            if not self._lifting and raw_position and seen is not None:
                self._picture_rest.add(t_s, seen)
            lifting = self._update_lift(ext - base_ext, base_line, rise - base_rise, t_s, picture_rise)
        elif body is None and self.in_position:
            lifting = self._lifting  # a frame or two with nobody found: the rest and the lift in progress stay
        else:
            self._lifting = False
            self._history.clear()
            self._picture_rest.clear()
        if lifting:
            if self._pending is None:
                # A lift begun before the position settled (getting down, shifting on the mat) is set-up: not a
                # rep. One with no setting up seen (the recording's first moments) may have begun before: it counts.
                self._pending = _Lift(t_s, setup=not (self._position.settled(t_s) or self._position.fresh),
                                      opened_in_picture=in_picture)
            self._pending.note(t_s, ext, line, planted, in_picture)
        tr = self._up.update(lifting, t_s)
        if tr.began is not None and self._pending is not None and self._pending.setup:
            self._pending = None
        elif tr.began is not None and self._pending is not None:
            self._rep, self._pending = self._pending, None
            if not self._rep.opened_in_picture:
                events.append(Event(ev.REP_STARTED, self._rep.t_start))
                events.append(self._count_rep(tr.began, self._rep.side()))
        elif self._rep is not None and lifting:
            self._rep.note(t_s, ext, line, planted, in_picture)
        if not lifting and not self._up.active:
            self._pending = None
        if tr.ended is not None and self._rep is not None and self._rep.opened_in_picture:
            self._unconfirmed, self._rep = (self._rep, tr.ended), None
        elif tr.ended is not None and self._rep is not None:
            events += self._close_rep(tr.ended, truncated=False)
        events += self._confirm_in_picture(raw_position, picture_rise, t_s)
        self.phase = "lifting" if self._up.active else ("ready" if self.in_position else "waiting")
        self.bad_joints = ()
        if self._rep is not None and line is not None and self._rep.top_hold_s(self.top_band_deg) > 0.3 \
                and line < self.top_line_min and body is not None:
            self.bad_joints = (side_landmark(body.near, "hip"),)
        return events

    def _close_rep(self, t_end: float, truncated: bool) -> list[Event]:
        rep, self._rep = self._rep, None
        assert rep is not None
        faults = []
        duration = t_end - rep.t_start
        # A top seen only in the picture has no height or hold to judge: those faults are not guessed.
        peak_line = math.nan if rep.top_unseen else rep.peak_line()
        top_hold = math.nan if rep.top_unseen else rep.top_hold_s(self.top_band_deg)
        if peak_line < self.top_line_min:
            faults.append("incomplete_extension")
        if top_hold < self.min_top_hold_s and not truncated:
            faults.append("no_hold_at_top")
        # A quick rep with a pause at the top is controlled; a quick one without is a swing, and one
        # in under half the time is a swing even with a stop in it.
        if not truncated and self.too_fast.judge(duration) and (top_hold < self.min_top_hold_s
                                                                or duration < 0.5 * self.min_rep_s):
            faults.append("too_fast")
        metrics = {"hip_extension_deg": math.nan if rep.top_unseen else rep.peak_deg(),
                   "hip_line_offset": peak_line, "top_hold_s": top_hold, "duration_s": duration}
        return self._complete_rep(rep.side(), rep.t_start, t_end, faults, metrics)

    def _finish(self, t_s: float) -> list[Event]:
        if self._rep is not None and not self._rep.opened_in_picture:  # not yet seen back at rest: not counted
            return self._close_rep(t_s, truncated=True)
        return []
