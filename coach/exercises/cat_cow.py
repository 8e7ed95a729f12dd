"""Cat-cow: a rep is one full cow + cat cycle (either order), counted when it completes.

Spinal flexion/extension is approximated by ``head_lift`` (shoulder-centre
height minus nose height, in torso lengths) because MediaPipe has no spine
landmarks; the rule file explains the proxy. The displayed key angle,
``neck_torso_deg``, is the signed angle between the hip→shoulder line and the
shoulder→nose line (positive = head lifted, as in cow). Phases use hysteresis
and a minimum hold so a nod in tabletop is not a cat. Faults per rep:
``small_range`` and ``too_fast``.
"""
from __future__ import annotations

import math
from typing import Optional

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.body import SIDES, Body
from coach.exercises.debounce import DebouncedFlag, Hysteresis
from coach.exercises.events import Event
from coach.exercises.registry import register
from coach.exercises.rules import Rules
from coach.pose.landmarks import Landmark, side_landmark


def head_lift(b: Body) -> float:
    """Nose height above the shoulder centre in torso lengths; the ears stand in when the nose is hidden."""
    head = b.nose
    if b.image[Landmark.NOSE, 3] < 0.3:
        head = (b.plane[Landmark.LEFT_EAR] + b.plane[Landmark.RIGHT_EAR]) / 2.0
    return b.height_above(head, b.mid("shoulder"))


def neck_torso_deg(b: Body) -> float:
    sh, hp = b.mid("shoulder"), b.mid("hip")
    torso = sh - hp
    neck = b.nose - sh
    a1 = math.atan2(-torso[1], abs(torso[0]) if torso[0] else 1e-9)
    a2 = math.atan2(-neck[1], abs(neck[0]) if neck[0] else 1e-9)
    return math.degrees(a2 - a1)


class _Cycle:
    def __init__(self, first: str, t_start: float) -> None:
        self.first = first
        self.t_start = t_start
        self.t_second: Optional[float] = None
        self.t_end: Optional[float] = None
        self.max_lift = -math.inf
        self.min_lift = math.inf
        self.max_deg = -math.inf
        self.min_deg = math.inf


@register
class CatCowAnalyzer(ExerciseAnalyzer):
    name = "cat_cow"
    title = "Cat-cow"
    mode = "reps"
    key_angle_name = "neck_torso_deg"
    key_parts = ("shoulder", "hip", "knee", "wrist")
    fault_parts = {"small_range": ("shoulder", "hip"), "too_fast": ("shoulder", "hip")}

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules)
        r = rules
        self.max_torso_incline_deg = r.num("position.max_torso_incline_deg", 0, 90)
        self.min_wrist_drop = r.num("position.min_wrist_drop", -2, 5)
        self.min_knee_drop = r.num("position.min_knee_drop", -2, 5)
        self._position = DebouncedFlag(r.num("position.enter_s", 0, 10), r.num("position.exit_s", 0, 10))
        cow_off, cow_on = r.ordered("rep.cow_exit", "rep.cow_enter", -2, 2)
        cat_on, cat_off = r.ordered("rep.cat_enter", "rep.cat_exit", -2, 2)
        if not cat_off < cow_off:
            from coach.errors import RuleFileError
            raise RuleFileError(f"{rules.sources[-1]}: 'rep.cat_exit' must be below 'rep.cow_exit'")
        self._cow_h = Hysteresis(cow_on, cow_off, rising=True)
        self._cat_h = Hysteresis(cat_on, cat_off, rising=False)
        phase_s = r.num("rep.min_phase_s", 0, 10)
        self._cow = DebouncedFlag(phase_s, phase_s)
        self._cat = DebouncedFlag(phase_s, phase_s)
        self.min_range = r.num("form.min_range", 0, 5)
        self.min_cycle_s = r.num("form.min_cycle_s", 0, 60)
        self._cycle: Optional[_Cycle] = None
        self._done: Optional[_Cycle] = None  # counted, waiting for its second phase to end
        self.head_lift: Optional[float] = None

    def watched_joints(self) -> tuple[int, ...]:
        return (int(Landmark.NOSE),) + tuple(side_landmark(s, p) for s in SIDES for p in ("shoulder", "hip"))

    def _on_all_fours(self, b: Body) -> bool:
        hands = all(-b.height_above(b.pt(s, "wrist"), b.pt(s, "shoulder")) >= self.min_wrist_drop for s in SIDES)
        knees = all(-b.height_above(b.pt(s, "knee"), b.pt(s, "hip")) >= self.min_knee_drop for s in SIDES)
        return hands and knees and b.incline_deg(b.mid("shoulder"), b.mid("hip")) <= self.max_torso_incline_deg

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        events: list[Event] = []
        ok = body is not None and self._on_all_fours(body)
        self._position.update(ok, t_s)
        self.in_position = self._position.active
        cow = cat = False
        lift = deg = math.nan
        if body is not None:
            lift = head_lift(body)
            deg = neck_torso_deg(body)
            self.key_angle_deg = deg
            self.head_lift = lift
        if ok and (self.in_position or self._cycle is not None):
            cow = self._cow_h.update(lift)
            cat = self._cat_h.update(lift)
        else:
            self._cow_h.reset()
            self._cat_h.reset()
        for c in (self._cycle, self._done):
            if c is not None and lift == lift and ok:
                c.max_lift, c.min_lift = max(c.max_lift, lift), min(c.min_lift, lift)
                c.max_deg, c.min_deg = max(c.max_deg, deg), min(c.min_deg, deg)
        for phase, flag, raw in (("cow", self._cow, cow), ("cat", self._cat, cat)):
            tr = flag.update(raw, t_s)
            if tr.began is not None:
                events += self._phase_began(phase, tr.began, lift, deg)
            if tr.ended is not None and self._done is not None and self._done.first != phase:
                events += self._close(tr.ended)
        self.phase = "cow" if self._cow.active else "cat" if self._cat.active else (
            "ready" if self.in_position else "waiting")
        return events

    def _phase_began(self, phase: str, t: float, lift: float, deg: float) -> list[Event]:
        events: list[Event] = []
        if self._done is not None:
            events += self._close(t)
        if self._cycle is None or self._cycle.first == phase:
            self._cycle = _Cycle(phase, t)
            events.append(Event(ev.REP_STARTED, t, name=phase))
            if lift == lift:
                self._cycle.max_lift = self._cycle.min_lift = lift
                self._cycle.max_deg = self._cycle.min_deg = deg
            return events
        cycle, self._cycle = self._cycle, None
        cycle.t_second = t
        self._done = cycle
        events.append(self._count_rep(t))
        return events

    def _close(self, t_end: float, truncated: bool = False) -> list[Event]:
        c, self._done = self._done, None
        assert c is not None and c.t_second is not None
        faults = []
        rng = c.max_lift - c.min_lift
        if rng < self.min_range:
            faults.append("small_range")
        if c.t_second - c.t_start < self.min_cycle_s:
            faults.append("too_fast")
        metrics = {"head_lift_range": rng, "neck_torso_range_deg": c.max_deg - c.min_deg,
                   "cycle_s": t_end - c.t_start}
        return self._complete_rep(None, c.t_start, t_end, faults, metrics)

    def _finish(self, t_s: float) -> list[Event]:
        if self._done is not None:
            return self._close(t_s, truncated=True)
        return []
