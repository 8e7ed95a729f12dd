"""Plank: hold time, and good-form time that stops while the shoulder–hip–ankle line breaks.

The hold runs only while the person is in a plank (body near horizontal, both
knees straight, arms supporting), so kneeling set-up and the rest afterwards do
not count. Form is judged by the hip's offset from the shoulder–ankle line in
torso lengths (``hips_sagging`` below it, ``hips_piked`` above it), which is
stable across camera distance; the key angle shown is ``body_line_deg``.
"""
from __future__ import annotations

from typing import Optional

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.body import SIDES, Body
from coach.exercises.debounce import DebouncedFlag, Hysteresis
from coach.exercises.events import Event
from coach.exercises.registry import register
from coach.exercises.rules import Rules
from coach.pose.landmarks import side_landmark


@register
class PlankAnalyzer(ExerciseAnalyzer):
    name = "plank"
    title = "Plank"
    mode = "hold"
    key_angle_name = "body_line_deg"
    key_parts = ("shoulder", "hip", "knee", "ankle")

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules)
        r = rules
        self.max_incline_deg = r.num("position.max_body_incline_deg", 0, 90)
        self.min_knee_deg = r.num("position.min_knee_deg", 0, 180)
        self.min_far_knee_deg = r.num("position.min_far_knee_deg", 0, 180)
        self.min_body_line_deg = r.num("position.min_body_line_deg", 0, 180)
        self.min_elbow_drop = r.num("position.min_elbow_drop", -2, 5)
        self._position = DebouncedFlag(r.num("position.enter_s", 0, 10), r.num("position.exit_s", 0, 10))
        sag_on, sag_off = r.ordered("form.sag_enter", "form.sag_exit", -1, 1)
        pike_off, pike_on = r.ordered("form.pike_exit", "form.pike_enter", -1, 1)
        self._sag = Hysteresis(sag_on, sag_off, rising=False)
        self._pike = Hysteresis(pike_on, pike_off, rising=True)
        self.hold_spans: list[tuple[float, float]] = []
        self.hip_line_offset: Optional[float] = None

    def watched_joints(self) -> tuple[int, ...]:
        return tuple(side_landmark(s, p) for s in SIDES for p in ("shoulder", "hip", "ankle"))

    def _in_plank(self, b: Body) -> bool:
        near = b.near
        shoulder, ankle = b.pt(near, "shoulder"), b.pt(near, "ankle")
        knees_straight = (b.angle_deg(near, "hip", "knee", "ankle") >= self.min_knee_deg
                          and b.angle_deg(b.far, "hip", "knee", "ankle") >= self.min_far_knee_deg)
        support = max(-b.height_above(b.pt(s, "elbow"), b.pt(s, "shoulder")) for s in SIDES)
        return (b.incline_deg(shoulder, ankle) <= self.max_incline_deg
                and knees_straight
                and b.angle_deg(near, "shoulder", "hip", "ankle") >= self.min_body_line_deg
                and support >= self.min_elbow_drop)

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        events: list[Event] = []
        raw_position = body is not None and self._in_plank(body)
        start = self._position.since
        tr = self._position.update(raw_position, t_s)
        if tr.began is not None:
            events.append(Event(ev.HOLD_STARTED, tr.began))
        if tr.ended is not None and start is not None:
            self.hold_spans.append((start, tr.ended))
            events.append(Event(ev.HOLD_ENDED, tr.ended))
        self.in_position = self._position.active
        self.phase = "holding" if self.in_position else "waiting"
        sag = pike = False
        if body is not None:
            near = body.near
            shoulder, hip, ankle = body.pt(near, "shoulder"), body.pt(near, "hip"), body.pt(near, "ankle")
            self.key_angle_deg = body.angle_deg(near, "shoulder", "hip", "ankle")
            self.hip_line_offset = body.line_offset(hip, shoulder, ankle)
            if self.in_position or raw_position:
                sag = self._sag.update(self.hip_line_offset)
                pike = self._pike.update(self.hip_line_offset)
            else:
                self._sag.reset()
                self._pike.reset()
            self.bad_joints = (side_landmark(near, "hip"),) if (sag or pike) else ()
        judging = self.in_position
        events += self._track_fault("hips_sagging", judging and sag, t_s)
        events += self._track_fault("hips_piked", judging and pike, t_s)
        return events

    def _finish(self, t_s: float) -> list[Event]:
        start = self._position.since
        tr = self._position.close(t_s)
        if tr.ended is not None and start is not None:
            self.hold_spans.append((start, tr.ended))
            return [Event(ev.HOLD_ENDED, tr.ended)]
        return []

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
