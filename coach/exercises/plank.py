"""Plank: hold time, and good-form time that stops while the shoulder–hip–ankle line breaks.

Everything is judged in the body's own 3-D frame (:class:`PlankPose`), so a
laptop in front of the mat, a high or oblique camera, or a rolled one times the
same plank as a side view. The hold runs only while the person is in a plank —
body near level, both knees straight, the upper arms standing under the
shoulders — so kneeling, getting down and getting up do not count. Form is the
hip's offset from the shoulder–ankle line toward the floor or away from it, in
torso lengths (``hips_sagging`` / ``hips_piked``), measured against the line
this person held in the first seconds of the hold (within limits, so somebody
who starts piked is not taken as straight). The key angle shown is
``body_line_deg``.

Once a hold is under way it survives what a camera does to it: a cut or a few
frames with nobody found (up to ``max_unseen_s``), and feet that leave the
picture while the upper body is still in the plank — the time keeps running,
the form is not judged, and the set-up warning says why.
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Optional

import numpy as np

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.body import SIDES, Body
from coach.exercises.debounce import DebouncedFlag, Hysteresis
from coach.exercises.events import Event, HoldSummary
from coach.exercises.posture import Posture, posture_cues
from coach.exercises.rules import Rules
from coach.exercises.spec import (DEG, SEC, TORSO, TRUNK_ABOVE, TRUNK_BELOW, ExerciseSpec, Mode, RefLine,
                                   number, reference)
from coach.pose.body_frame import CAMERA_DOWN, BodyFrame3D, angle_between_deg, unit
from coach.pose.landmarks import side_landmark

UPPER_PARTS = ("shoulder", "hip", "elbow")


@dataclass(frozen=True)
class PlankPose:
    """One frame of a plank in the body's frame (degrees, torso lengths)."""

    body_line_deg: float       # 3-D shoulder–hip–ankle on the midline
    hip_offset: float          # hip from the shoulder–ankle line, + away from the floor
    body_incline_deg: float    # shoulder→ankle against the camera's horizontal (coarse)
    torso_incline_deg: float   # shoulder→hip against the camera's horizontal (coarse)
    knee_deg: float            # the more bent of the two knees, 3-D
    supporting_arms: int       # upper arms standing across the body
    elbow_drop: float          # the lower elbow's depth below its shoulder toward the floor, torso lengths
    support_tilt_deg: float    # the support's "down" against the camera's down (coarse)
    hand_reach: float          # the nearer hand's distance ahead of its shoulder along the body, torso lengths
    head_on: float             # how far the body points at the camera: 0 side-on, 1 head-on or feet-end

    @classmethod
    def measure(cls, f3: BodyFrame3D) -> Optional["PlankPose"]:
        sh, hip, ankle = f3.mid("shoulder"), f3.mid("hip"), f3.mid("ankle")
        axis = unit(ankle - sh)
        torso = unit(hip - sh)
        if axis is None or torso is None:
            return None
        # The upper arms (shoulder→elbow) stand under the shoulders in forearm and straight-arm planks.
        down, n = f3.support_down([(s, "shoulder", "elbow") for s in SIDES], torso)
        return cls(
            body_line_deg=f3.mid_angle_deg("shoulder", "hip", "ankle"),
            hip_offset=f3.offset_from_line(hip, sh, ankle, -down),
            body_incline_deg=f3.incline_deg(sh, ankle),
            torso_incline_deg=f3.incline_deg(sh, hip),
            knee_deg=min(f3.angle_deg(s, "hip", "knee", "ankle") for s in SIDES),
            supporting_arms=n,
            elbow_drop=max(float(np.dot(f3.vec(s, "shoulder", "elbow"), down)) for s in SIDES) / f3.torso_m,
            support_tilt_deg=angle_between_deg(down, CAMERA_DOWN),
            # Along the shoulder→ankle line, not the trunk: a pike or a sag tilts the trunk, not the reach.
            hand_reach=min(float(np.dot(f3.vec(s, "shoulder", "wrist"), -axis)) for s in SIDES) / f3.torso_m,
            head_on=abs(float(axis[2])),  # the world landmarks' z is the camera's depth
        )


SPEC = ExerciseSpec(
    recognisable=True,
    name="plank", title="Plank", mode=Mode.HOLD, key_angle_name="body_line_deg",
    angle_label="Body line, shoulder–hip–ankle (°)",
    key_parts=("shoulder", "hip", "knee", "ankle"),
    # Visibility is asked of the upper body only: head-on, the legs are hidden behind it but still guessed well.
    visibility_parts=("shoulder", "hip"),
    # Head-on, the hold is still timed; the view only stops sag and pike being judged: say so once.
    notice_only_setup=("another_person", "not_side_on"),
    faults={"hips_sagging": "Hips sagging", "hips_piked": "Hips piked"},
    key_limits=("form.sag_enter", "form.pike_enter"),
    plot=(reference(180.0, "180°: shoulders, hips, ankles in one straight line"),
          RefLine("{deg:.0f}°: below this it is not counted as a plank (pike or kneel)",
                   key="position.min_body_line_deg")),
    note=("The line is the shoulder–hip–ankle angle on the side nearer the camera. Sagging and piking are "
          "judged by how far the hip is from the shoulder–ankle line, in torso lengths (sagging below "
          "{form.sag_enter:g}, piked above {form.pike_enter:g}), not by this angle, so they appear as red fault "
          "spans rather than as lines. Green spans: time counted as holding the plank."),
    rules=(
        number("position.max_body_incline_deg", 0, 90, DEG,
               "shoulder→ankle line against the camera's horizontal; standing is ~90"),
        number("position.min_knee_deg", 0, 180, DEG, "both knees straight (3-D); a knee on the floor bends to ~90"),
        number("position.min_knee_deg_held", 0, 180, DEG, "... and once the hold is under way (a pike bends them a "
                                                          "little)"),
        number("position.head_on_knee_allowance_deg", 0, 90, DEG,
               "a body pointing at the camera may read its knees this much more bent (MediaPipe's depth)"),
        number("position.min_body_line_deg", 0, 180, DEG,
               "3-D shoulder–hip–ankle; below this it is a pike or a kneel, not a plank"),
        number("position.max_support_tilt_deg", 0, 90, DEG, "the upper arms stand under the shoulders"),
        number("position.min_elbow_drop", 0, 3, TORSO, "an elbow this far below its shoulder: the arms hold the body"),
        number("position.min_elbow_drop_held", 0, 3, TORSO, "... and once the hold is under way"),
        number("position.max_hand_reach", 0, 3, TORSO, "the nearer hand at most this far ahead of its shoulder"),
        number("position.min_start_hip_offset", -2, 0, TORSO,
               "a hold starts only with the hips no further toward the floor than this (hips on the floor, as in a "
               "cobra, are not a plank; once held, a sag is a fault)"),
        number("position.max_unseen_s", 0, 30, SEC, "a hold under way waits this long for a person lost by the camera"),
        number("position.enter_gap_s", 0, 5, SEC, "getting into the plank, a lapse shorter than this does not start "
                                                  "the wait again"),
        number("form.sag_enter", -2, 0, TORSO,
               "hips this far toward the floor from the person's own held line → hips sagging (lower = more tolerant)",
               label="Hip sag allowed before “hips sagging”", shown=TRUNK_BELOW),
        number("form.sag_exit", -2, 0, TORSO, "... and cleared once back above this"),
        number("form.pike_enter", 0, 2, TORSO, "hips this far up from the person's own held line → hips piked",
               label="Hip lift allowed before “hips piked”", shown=TRUNK_ABOVE),
        number("form.pike_exit", 0, 2, TORSO, "... and cleared once back below this"),
        number("form.own_line_s", 0, 30, SEC, "the person's own straight line is learnt in this first part"),
        number("form.own_line_min", -1, 1, TORSO, "that own line is kept at or above this (a sagging start is "
                                                  "not straight)"),
        number("form.own_line_max", -1, 1, TORSO, "... and at or below this (a piked start is not straight)"),
        *posture_cues(Posture.SUPINE, Posture.SIDE_LYING, Posture.UPRIGHT),
    ))


class PlankAnalyzer(ExerciseAnalyzer):
    spec = SPEC

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules)
        r = rules
        self.max_incline_deg = r.num("position.max_body_incline_deg")
        self.min_knee_deg_held, self.min_knee_deg = r.ordered("position.min_knee_deg_held", "position.min_knee_deg")
        self.head_on_knee_allowance_deg = r.num("position.head_on_knee_allowance_deg")
        self.min_body_line_deg = r.num("position.min_body_line_deg")
        self.max_support_tilt_deg = r.num("position.max_support_tilt_deg")
        self.min_elbow_drop_held, self.min_elbow_drop = r.ordered("position.min_elbow_drop_held",
                                                                  "position.min_elbow_drop")
        self.max_hand_reach = r.num("position.max_hand_reach")
        self.min_start_hip_offset = r.num("position.min_start_hip_offset")
        self.max_unseen_s = r.num("position.max_unseen_s")
        self._position = DebouncedFlag(r.num("position.enter_s"), r.num("position.exit_s"),
                                       enter_gap_s=r.num("position.enter_gap_s"))
        sag_on, sag_off = r.ordered("form.sag_enter", "form.sag_exit")
        pike_off, pike_on = r.ordered("form.pike_exit", "form.pike_enter")
        self._sag = Hysteresis(sag_on, sag_off, rising=False)
        self._pike = Hysteresis(pike_on, pike_off, rising=True)
        self.own_line_s = r.num("form.own_line_s")
        self.own_line_range = r.ordered("form.own_line_min", "form.own_line_max")
        self.hold_spans: list[tuple[float, float]] = []
        self.hip_line_offset: Optional[float] = None
        self.pose: Optional[PlankPose] = None
        self._own_line: list[tuple[float, float]] = []  # (t, hip offset) since this stretch in the plank began
        self._unseen_since: Optional[float] = None
        self._pending_form: list[tuple[float, float]] = []  # (t, hip offset or NaN) while a hold awaits confirmation
        self.form_judged = False

    def watched_joints(self) -> tuple[int, ...]:
        return tuple(side_landmark(s, p) for s in SIDES for p in ("shoulder", "hip", "ankle"))

    # ----- what blocks judging ----------------------------------------------------------------
    def _blocks(self, body: Optional[Body], problems: set[str]) -> bool:
        """Feet out of the picture do not stop a hold under way: the upper body still shows the plank."""
        if body is None or not problems:
            return super()._blocks(body, problems)
        if self._position.active and not body.out_of_frame(UPPER_PARTS, sides=(body.near,)) \
                and body.min_visibility(body.near, self.spec.visibility_parts) >= self.min_visibility:
            return False
        return super()._blocks(body, problems)

    def _judging(self) -> bool:
        return self.form_judged

    def _legs_seen(self, body: Body) -> bool:
        """Trunk and knees in the picture, the trunk clearly seen: straight legs can be judged.

        The feet (and the forearms, at the bottom edge) may be cut off by a close camera: MediaPipe
        places them well from the knees, and the plank is then timed and judged from what is
        visible, with "not_in_frame" said. Head-on,
        the legs hide behind the body: guessed well, so only the trunk must be clearly seen.
        """
        return (not body.out_of_frame(("shoulder", "hip", "knee"), sides=(body.near,))
                and body.min_visibility(body.near, self.spec.visibility_parts) >= self.min_visibility)

    def _arms_carry(self, p: PlankPose) -> bool:
        """The arms hold the body up; once a hold is under way a sagging or shrugging body keeps it.

        A sag lets the shoulders sink between the arms and shortens the elbow's drop; that is
        a fault to cue, not the end of the plank, so a held plank needs less than a new one.
        """
        drop = self.min_elbow_drop_held if self._position.active else self.min_elbow_drop
        return (p.supporting_arms >= 1 and p.support_tilt_deg <= self.max_support_tilt_deg
                and p.elbow_drop >= drop and p.hand_reach <= self.max_hand_reach)

    def _in_plank(self, p: PlankPose) -> bool:
        starting = not self._position.active
        return (p.body_incline_deg <= self.max_incline_deg
                and not (starting and p.hip_offset < self.min_start_hip_offset)
                and not self.wrong_posture()
                and p.knee_deg >= self._min_knee_deg(p)
                and p.body_line_deg >= self.min_body_line_deg
                and self._arms_carry(p))

    def _min_knee_deg(self, p: PlankPose) -> float:
        """Straight enough at the knee for a plank, by how far the legs point at the camera.

        Head-on, MediaPipe's depth reads straight legs 20-30° bent (about 150°); from the side
        they read nearly straight. A knee put down bends to about 90° from any side. The error
        comes from thigh and shin both lying along the camera's depth, so it grows with the square
        of how far the body points at the camera: an oblique view gets little of the allowance.
        """
        limit = self.min_knee_deg_held if self._position.active else self.min_knee_deg
        return limit - self.head_on_knee_allowance_deg * p.head_on ** 2

    def _still_in_plank(self, p: PlankPose) -> bool:
        """With the legs out of view: the torso still level and the arms still carrying it."""
        return p.torso_incline_deg <= self.max_incline_deg and self._arms_carry(p) and not self.wrong_posture()

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        events: list[Event] = []
        if body is None and self._position.active:
            # Nobody found (a camera cut, a moment of blur): the hold waits, up to max_unseen_s.
            if self._unseen_since is None:
                self._unseen_since = t_s
            if t_s - self._unseen_since <= self.max_unseen_s:
                self.phase = "holding"
                self.form_judged = False
                return events + self._track_fault("hips_sagging", False, t_s) \
                    + self._track_fault("hips_piked", False, t_s)
            return events + self._end_hold_at(self._unseen_since)
        gap_start, self._unseen_since = self._unseen_since, None
        p = PlankPose.measure(body.frame3d) if body is not None and body.frame3d is not None else None
        self.pose = p
        legs_seen = body is not None and self._legs_seen(body)
        if p is None:
            raw_position = False
        elif legs_seen:
            raw_position = self._in_plank(p)
        else:
            raw_position = self._position.active and self._still_in_plank(p)
        if gap_start is not None and not raw_position:
            events += self._end_hold_at(gap_start)  # back after a gap, but no longer in the plank
        start = self._position.since
        tr = self._position.update(raw_position, t_s)
        if tr.began is not None:
            events.append(Event(ev.HOLD_STARTED, tr.began))
            self._own_line = [(t, o) for t, o in self._own_line if t >= tr.began]
        if not raw_position and not self._position.active and not self._position.entering:
            self._own_line = []  # a stretch that did not become a hold teaches nothing
        if tr.ended is not None and start is not None:
            self.hold_spans.append((start, tr.ended))
            events.append(Event(ev.HOLD_ENDED, tr.ended))
        self.in_position = self._position.active
        self.phase = "holding" if self.in_position else "waiting"
        sag = pike = False
        self.form_judged = False
        judged_offset = math.nan
        if p is not None and body is not None:
            self.key_angle_deg = p.body_line_deg
            self.hip_line_offset = p.hip_offset
            side_view = "not_side_on" not in self._setup_raw
            if legs_seen and side_view and (self.in_position or raw_position) and p.hip_offset == p.hip_offset:
                judged_offset = p.hip_offset
                rel = p.hip_offset - self._own_line_offset(p.hip_offset, t_s)
                sag = self._sag.update(rel)
                pike = self._pike.update(rel)
                self.form_judged = self.in_position
            else:
                self._sag.reset()
                self._pike.reset()
            self.bad_joints = tuple(side_landmark(s, "hip") for s in SIDES) if (sag or pike) else ()
        return events + self._judge_form(tr.began, raw_position, judged_offset, sag, pike, t_s)

    def _judge_form(self, began: Optional[float], raw_position: bool, offset: float, sag: bool, pike: bool,
                    t_s: float) -> list[Event]:
        """Sag and pike, from the hold's real start: the frames before it was confirmed are replayed.

        A hold is confirmed ``position.enter_s`` after it began and is backdated; a plank held
        piked from the start is piked from that start, not from the moment it was confirmed. The
        replay measures those frames against the line the person held over them (the first
        frames alone, a body still settling into the plank, would make a poor line).
        """
        events: list[Event] = []
        if self.in_position:
            if began is not None:
                replay = [(t, o) for t, o in self._pending_form + [(t_s, offset)] if t >= began]
                events += self._replay_form(replay)
            else:
                events += self._track_form(sag, pike, t_s)
            self._pending_form = []
            return events
        if raw_position:
            self._pending_form.append((t_s, offset))  # at most enter_s of frames: judged once confirmed
            return events
        if self._position.entering:
            return events  # a moment's lapse on the way into the plank: what came before it stays
        self._pending_form = []
        return events + self._track_form(False, False, t_s)

    def _track_form(self, sag: bool, pike: bool, t_s: float) -> list[Event]:
        return self._track_fault("hips_sagging", sag, t_s) + self._track_fault("hips_piked", pike, t_s)

    def _held_line(self, offsets: list[float]) -> float:
        """The person's own straight line from their early offsets: the median, kept within limits."""
        if not offsets:
            return 0.0
        lo, hi = self.own_line_range
        return min(hi, max(lo, statistics.median(offsets)))

    def _replay_form(self, frames: list[tuple[float, float]]) -> list[Event]:
        """Judge a confirmed hold's first frames, ``(t, hip offset or NaN)``, against their own line."""
        line = self._held_line([o for _, o in frames if o == o])
        self._sag.reset()
        self._pike.reset()
        events: list[Event] = []
        sag = pike = False
        for t, o in frames:
            sag = o == o and self._sag.update(o - line)
            pike = o == o and self._pike.update(o - line)
            events += self._track_form(sag, pike, t)
        self.bad_joints = tuple(side_landmark(s, "hip") for s in SIDES) if (sag or pike) else ()
        return events

    def _own_line_offset(self, offset: float, t_s: float) -> float:
        """The line this person holds: the median offset early in the hold, kept within limits.

        MediaPipe's depth puts a straight body's hip a little off the line (more so from an
        oblique camera); measuring against the person's own first seconds removes that, and
        the limits keep a plank that starts sagging or piked from being taken as straight.
        Those first seconds are the hold's own, from where it is backdated to: the hold is
        confirmed only after ``position.enter_s``, and a sag that starts then must not be learnt.
        """
        since = self._position.since if self._position.active else None
        if since is None or t_s <= since + self.own_line_s:  # kept to the first seconds: bounded in a long hold
            self._own_line.append((t_s, offset))
        since = since if since is not None else self._own_line[0][0]
        return self._held_line([o for t, o in self._own_line if since <= t <= since + self.own_line_s])

    def _end_hold_at(self, t_end: float) -> list[Event]:
        """End the hold at a known time: the start of a gap that it did not survive."""
        start = self._position.since
        tr = self._position.close(t_end)
        self._unseen_since = None
        self.in_position = False
        self.phase = "waiting"
        if tr.ended is not None and start is not None:
            self.hold_spans.append((start, min(tr.ended, t_end)))
            return [Event(ev.HOLD_ENDED, min(tr.ended, t_end))]
        return []

    def _finish(self, t_s: float) -> list[Event]:
        if self._unseen_since is not None:
            return self._end_hold_at(self._unseen_since)
        start = self._position.since
        tr = self._position.close(t_s)
        if tr.ended is not None and start is not None:
            self.hold_spans.append((start, tr.ended))
            return [Event(ev.HOLD_ENDED, tr.ended)]
        return []

    def hold_summary(self) -> HoldSummary:
        return HoldSummary(round(self.hold_seconds(), 2), round(self.good_form_seconds(), 2),
                           tuple((round(a, 3), round(b, 3)) for a, b in self.hold_spans))

    def hold_seconds(self) -> float:
        total = sum(b - a for a, b in self.hold_spans)
        if self._position.active and self._position.since is not None and self.t_s is not None:
            total += self.t_s - self._position.since
        return total

    def good_form_seconds(self) -> float:
        spans = list(self.hold_spans)
        if self._position.active and self._position.since is not None and self.t_s is not None:
            spans.append((self._position.since, self.t_s))
        faults = [(f.t_start, f.t_end) for f in self.fault_spans]
        faults += [(start, self.t_s) for kind, start in self._fault_starts.items() if self.t_s is not None]
        bad = 0.0
        for a, b in spans:
            for fa, fb in _union(faults):
                bad += max(0.0, min(b, fb) - max(a, fa))
        return max(0.0, self.hold_seconds() - bad)


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
