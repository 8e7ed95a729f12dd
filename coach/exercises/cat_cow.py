"""Cat-cow: a rep is one full cow + cat cycle (either order), counted when it completes.

MediaPipe has no spine landmarks, so spinal flexion/extension is read from two
signals: ``head_lift`` (the nose's height above the shoulder centre along the
body's own up, in arm lengths) and, where the pose model gives the person's
outline, ``back_height`` (how far the middle of the back stands above the
shoulder–hip line) — so a head held still or out of view is still counted; the
rule file explains both. "Up" comes
from the arms and thighs standing under the body, not from the picture's y
axis, so a rolled or oblique camera reads the same lift. The displayed key angle,
``neck_torso_deg``, is the signed angle between the hip→shoulder line and the
shoulder→nose line (positive = head lifted, as in cow). Phases use hysteresis
judged on the person's own swing between the two ends of the movement
(:class:`SwingPhases`), with a minimum hold so a nod in tabletop is not a cat. Faults per rep:
``small_range`` and ``too_fast``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple, Optional

import numpy as np

from coach.exercises import events as ev
from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.body import SIDES, Body
from coach.exercises.debounce import StartPosition
from coach.exercises.events import Event
from coach.exercises.quadruped import ALL_FOURS_RULES, QuadrupedPose
from coach.exercises.posture import Posture, posture_cues
from coach.exercises.rules import Rules
from coach.exercises.spec import ARM, RATIO, SEC, ExerciseSpec, Metric, Mode, Shown, number
from coach.pose.landmarks import Landmark, side_landmark
from coach.pose.silhouette import Silhouette


def picture_down(b: Body) -> Optional[np.ndarray]:
    """The floor's direction in the picture, from the limbs that stand under the body on all fours.

    Arms and thighs are near vertical in tabletop, and a vertical line stays near
    vertical in the picture from the side, the front or a corner — while a rolled
    camera rolls them with everything else. So they, not the picture's y axis, say
    where "up" is.
    """
    vs = []
    for s in SIDES:
        for a, c in (("shoulder", "wrist"), ("hip", "knee")):
            v = b.pt(s, c) - b.pt(s, a)
            n = float(np.linalg.norm(v))
            if n > 1e-9:
                vs.append(v / n)
    if not vs:
        return None
    down = np.mean(vs, axis=0)
    n = float(np.linalg.norm(down))
    return down / n if n > 1e-9 else None


@dataclass(frozen=True)
class PictureUp:
    """One frame's ruler: the body's down in the picture and the arm length that heights are measured in.

    Arm lengths, not torso lengths: seen from the front the torso is foreshortened to
    nothing while the arms, standing upright, keep their length.
    """

    down: np.ndarray
    arm: float

    @classmethod
    def of(cls, b: Body) -> Optional["PictureUp"]:
        down = picture_down(b)
        arm = float(np.mean([np.linalg.norm(b.pt(s, "wrist") - b.pt(s, "shoulder")) for s in SIDES]))
        return cls(down, arm) if down is not None and arm >= 1e-9 else None


def head_lift(b: Body, up: Optional[PictureUp] = None) -> float:
    """Nose height above the shoulder centre along the body's up, in arm lengths (the ears stand in for the nose).

    ``up`` is the frame's ruler when the caller has it already (it is measured here otherwise).
    """
    up = up if up is not None else PictureUp.of(b)
    if up is None:
        return math.nan
    head = b.nose
    if b.image[Landmark.NOSE, 3] < 0.3:
        head = (b.plane[Landmark.LEFT_EAR] + b.plane[Landmark.RIGHT_EAR]) / 2.0
    return float(np.dot(head - b.mid("shoulder"), -up.down)) / up.arm


# Where along the shoulder→hip line the back's height is read: the middle of the back, clear of the
# shoulder blades and the buttocks, which do not move with the spine.
BACK_STATIONS = (0.3, 0.4, 0.5, 0.6, 0.7)
_REACH = np.linspace(0.0, 1.2, 61)  # how far above the line to look for the back's edge, in arm lengths


def back_height(b: Body, silhouette: Optional[Silhouette], up: Optional[PictureUp] = None) -> float:
    """How far the back's outline stands above the shoulder–hip line, along the body's up, in arm lengths.

    Shoulders and hips stay put while the spine flexes, so the outline between them
    rises above the line in cat and sinks toward it in cow. Measured on the
    segmentation mask; NaN when there is no outline or the edge is out of the square.
    ``up`` is the frame's ruler when the caller has it already.
    """
    if silhouette is None:
        return math.nan
    up = up if up is not None else PictureUp.of(b)
    if up is None:
        return math.nan
    down, arm = up.down, up.arm
    sh, hp = b.mid("shoulder"), b.mid("hip")
    base = sh[None, :] + np.asarray(BACK_STATIONS)[:, None] * (hp - sh)[None, :]
    pts = base[:, None, :] - _REACH[None, :, None] * arm * down[None, None, :]
    person = silhouette.person_at(pts)
    heights = []
    for row in person:
        # The back's edge is the topmost step out of the person: in a deep cat the belly itself lifts
        # off the line, so the line can lie in the empty space under the body.
        inside = np.nonzero(row >= 0.5)[0]
        if len(inside) == 0 or inside[-1] + 1 >= len(row) or row[inside[-1] + 1] != row[inside[-1] + 1]:
            continue
        k = inside[-1] + 1
        a, c = row[k - 1], row[k]
        frac = (a - 0.5) / (a - c) if a != c else 0.0
        heights.append(_REACH[k - 1] + frac * (_REACH[k] - _REACH[k - 1]))
    if len(heights) < 3:
        return math.nan
    return float(np.median(heights))


def neck_torso_deg(b: Body) -> float:
    sh, hp = b.mid("shoulder"), b.mid("hip")
    torso = sh - hp
    neck = b.nose - sh
    a1 = math.atan2(-torso[1], abs(torso[0]) if torso[0] else 1e-9)
    a2 = math.atan2(-neck[1], abs(neck[0]) if neck[0] else 1e-9)
    return math.degrees(a2 - a1)


class PhaseStart(NamedTuple):
    """A cow or cat that began at ``t_s``; ``opening`` when the set started in it (its real start is unseen)."""

    phase: str
    t_s: float
    opening: bool = False


class SwingPhases:
    """Alternating high (cow) and low (cat) phases of a signal, judged on the person's own swing.

    A phase begins once the signal has moved ``swing`` from the previous phase's extreme
    and stayed there ``min_phase_s`` (then backdated). Fixed cow and cat heights fail
    people whose head barely lifts in cow, and a camera that is rolled or oblique shifts
    the whole signal; the distance between the two ends of the movement survives both.
    A nod in tabletop moves far less than a swing, so it is not a phase.
    """

    def __init__(self, swing: float, min_phase_s: float, first_cat_max: float, first_cow_min: float) -> None:
        self.swing = swing
        self.min_phase_s = min_phase_s
        self.first_cat_max = first_cat_max
        self.first_cow_min = first_cow_min
        self.reset()

    def reset(self) -> None:
        self.phase: Optional[str] = None
        self.lo, self.hi = math.inf, -math.inf
        self._pending: Optional[tuple[str, float]] = None
        self._opening: list[tuple[float, float]] = []  # samples before the first phase

    def update(self, value: float, t_s: float) -> list[PhaseStart]:
        """Feed one sample; returns the phases ("cow" or "cat") that began."""
        if value != value:
            self._pending = None
            return []
        if self.phase is None:
            self._opening.append((t_s, value))
        self.lo, self.hi = min(self.lo, value), max(self.hi, value)
        want = None
        if self.phase != "cow" and value >= self.lo + self.swing:
            want = "cow"
        elif self.phase != "cat" and value <= self.hi - self.swing:
            want = "cat"
        if want is None:
            self._pending = None
            return []
        if self._pending is None or self._pending[0] != want:
            self._pending = (want, t_s)
        if t_s - self._pending[1] < self.min_phase_s:
            return []
        began = self._pending[1]
        out = self._opening_phase(want, began)
        self.phase, self._pending, self._opening = want, None, []
        # The new phase's own extreme is tracked from here; the other one is kept until the next turn.
        if want == "cow":
            self.hi = value
        else:
            self.lo = value
        return out + [PhaseStart(want, began)]

    def _opening_phase(self, first: str, began: float) -> list[PhaseStart]:
        """A set that starts already in cat (or cow): that first phase has no swing before it.

        It counts when it was clearly a cat (or cow) by the usual heights and was held
        twice the minimum, so a neutral back or a brief dip before the first cow is not one.
        """
        if self.phase is not None or not self._opening:
            return []
        other = "cat" if first == "cow" else "cow"
        end = self.lo if other == "cat" else self.hi
        clear = end <= self.first_cat_max if other == "cat" else end >= self.first_cow_min
        band = 0.25 * self.swing
        near = [t for t, v in self._opening if t < began and abs(v - end) <= band]
        if not clear or not near or near[-1] - near[0] < 2 * self.min_phase_s:
            return []
        return [PhaseStart(other, near[0], opening=True)]


class _Span:
    """The lowest and highest finite value seen."""

    def __init__(self) -> None:
        self.lo, self.hi = math.inf, -math.inf

    def add(self, v: float) -> None:
        if v == v:
            self.lo, self.hi = min(self.lo, v), max(self.hi, v)

    @property
    def span(self) -> float:
        return self.hi - self.lo if self.hi >= self.lo else 0.0


class _Cycle:
    def __init__(self, first: str, t_start: float, with_back: bool, opening: bool) -> None:
        self.first = first
        self.opening = opening  # the set began in this phase: how long it had lasted is not known
        self.t_start = t_start
        self.with_back = with_back
        self.t_second: Optional[float] = None
        self.t_end: Optional[float] = None
        self.signal, self.lift, self.back, self.deg = _Span(), _Span(), _Span(), _Span()

    def add(self, signal: float, lift: float, back: float, deg: float) -> None:
        self.signal.add(signal)
        self.lift.add(lift)
        self.back.add(back)
        self.deg.add(deg)


SPEC = ExerciseSpec(
    recognisable=True,
    name="cat_cow", title="Cat-cow", mode=Mode.REPS, key_angle_name="neck_torso_deg",
    angle_label="Neck–torso angle (°)",
    key_parts=("shoulder", "hip", "knee", "wrist"),
    # The back is what moves: with it seen, hands or knees at the edge of a close picture do not stop counting
    # (said as not_in_frame). A knee in the picture must be clearly seen, though (_on_all_fours): one hidden
    # behind the body leaves "on all fours" a guess; one cut off by the frame is the camera's doing.
    visibility_parts=("shoulder", "hip"),
    fault_parts={"small_range": ("shoulder", "hip"), "too_fast": ("shoulder", "hip")},
    needs_silhouette=True,
    faults={"small_range": "Small range of movement", "too_fast": "Too fast"},
    key_limits=("form.min_range", "form.min_range_with_back", "form.min_whole_cycle_s"),
    peak=Metric("neck_torso_range_deg", "Neck–torso range (°)"),
    extras=(Metric("head_lift_range", "Head-lift range (arm lengths)", "{:.2f}"),
            Metric("back_height_range", "Back height range (arm lengths)", "{:.2f}")),
    note=("The line is the angle of the neck (shoulders to nose) against the torso; higher = head lifted (cow). "
          "Cow and cat are detected from the head's height above the shoulders plus, where the person's outline "
          "is seen, the dip of the middle of the back below the shoulder–hip line (both in arm lengths): a phase "
          "begins once that signal has moved {rep.min_swing:g} ({rep.min_swing_with_back:g} with the back) from "
          "the other end of the movement; not from this angle, so no threshold is drawn. MediaPipe has no spine "
          "points: the outline of the back and the neck stand in for spinal flexion and extension."),
    rules=(
        *ALL_FOURS_RULES,
        number("rep.min_swing", 0.05, 2, ARM, "a phase begins once the head has moved this far from the other end"),
        number("rep.first_cat_max", -2, 0, ARM, "a set that starts rounded counts as a cat at or below this"),
        number("rep.first_cow_min", -1, 2, ARM, "a set that starts arched counts as a cow at or above this"),
        number("rep.min_phase_s", 0, 10, SEC, "a cow or cat must be held this long to count"),
        number("rep.back_neutral", 0, 2, ARM, "the back's height above the shoulder–hip line in a neutral tabletop"),
        number("rep.back_weight", 0, 10, RATIO, "how many times the back's dip counts beside the head's lift"),
        number("rep.min_swing_with_back", 0.05, 3, ARM,
               "with the back's outline: a phase begins once head lift plus back dip has moved this far"),
        number("rep.first_cat_max_with_back", -3, 0, ARM, "as first_cat_max, for head lift plus back dip"),
        number("rep.first_cow_min_with_back", -2, 2, ARM, "as first_cow_min, for head lift plus back dip"),
        number("rep.max_back_gap_s", 0, 5, SEC, "a back edge missed this long keeps the last height"),
        number("form.min_range", 0, 5, ARM, "cow peak minus cat trough below this → small range",
               label="Head travel needed from cow to cat", shown=Shown("% of arm length", 100.0)),
        number("form.min_range_with_back", 0, 5, ARM,
               "with the back's outline: head lift plus back dip from cow to cat below this → small range",
               label="Head and back travel needed from cow to cat", shown=Shown("% of arm length", 100.0)),
        number("form.min_cycle_s", 0, 60, SEC,
               "a set that ends after one cow or cat: that phase quicker than this → too fast"),
        number("form.min_whole_cycle_s", 0, 120, SEC, "a whole cow-and-cat cycle quicker than this → too fast",
               label="Shortest cycle before “too fast”"),
        *posture_cues(Posture.SUPINE, Posture.SIDE_LYING, Posture.UPRIGHT),
    ))


class CatCowAnalyzer(ExerciseAnalyzer):
    spec = SPEC

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules)
        r = rules
        self.max_torso_incline_deg = r.num("position.max_torso_incline_deg")
        self.max_support_elevation_deg = r.num("position.max_support_elevation_deg")
        self._position = StartPosition.from_rules(r)
        self._head_phases = SwingPhases(r.num("rep.min_swing"), r.num("rep.min_phase_s"),
                                        r.num("rep.first_cat_max"), r.num("rep.first_cow_min"))
        self.min_range = r.num("form.min_range")
        self.back_neutral = r.num("rep.back_neutral")
        self.back_weight = r.num("rep.back_weight")
        self.max_back_gap_s = r.num("rep.max_back_gap_s")
        # With the back's outline the signal is head lift plus back dip: a larger swing, other heights.
        self._back_phases = SwingPhases(r.num("rep.min_swing_with_back"), r.num("rep.min_phase_s"),
                                        r.num("rep.first_cat_max_with_back"), r.num("rep.first_cow_min_with_back"))
        self.min_range_with_back = r.num("form.min_range_with_back")
        self._last_back: Optional[tuple[float, float]] = None  # (t, back height) last read
        self._with_back: Optional[bool] = None  # decided when a stretch in position starts
        self.back_height: float = math.nan
        self.min_cycle_s = r.num("form.min_cycle_s")
        self.min_whole_cycle_s = r.num("form.min_whole_cycle_s")
        self._cycle: Optional[_Cycle] = None
        self._done: Optional[_Cycle] = None  # counted, waiting for its second phase to end
        self.head_lift: Optional[float] = None

    def watched_joints(self) -> tuple[int, ...]:
        return (int(Landmark.NOSE),) + tuple(side_landmark(s, p) for s in SIDES for p in ("shoulder", "hip"))

    def _on_all_fours(self, b: Body) -> bool:
        q = QuadrupedPose.measure(b.frame3d) if b.frame3d is not None else None
        knee_seen = any(b.vis(s, "knee") >= self.min_visibility or b.out_of_frame(("knee",), margin=0.0, sides=(s,))
                        for s in SIDES)
        return (q is not None and knee_seen
                and q.on_all_fours(self.max_support_elevation_deg, self.max_torso_incline_deg)
                and not self.wrong_posture())

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        events: list[Event] = []
        ok = body is not None and self._on_all_fours(body)
        left = self._position.update(ok, t_s, seen=body is not None).ended
        self.in_position = self._position.active
        if left is not None and self._done is not None:
            # A counted rep whose second phase never ended in position ends where the position was left: the
            # person got up, or moved on to something else, and what follows is no part of it.
            events += self._close(max(left, self._done.t_second or left), truncated=True)
        lift = deg = back = math.nan
        if body is not None:
            up = PictureUp.of(body)  # measured once: the head and the back are read along the same up
            lift = head_lift(body, up)
            deg = neck_torso_deg(body)
            back = self._back_height(body, t_s, up)
            self.key_angle_deg = deg
            self.head_lift = lift
            self.back_height = back
        began: list[PhaseStart] = []
        signal = math.nan
        if ok and (self._position.settled(t_s) or self._cycle is not None):
            if self._with_back is None:  # a new stretch in position: read the back if the outline is there
                # ... and the view shows the back's curve: head-on, the outline's top is the shoulders' width, and
                # a head-on look-alike (mountain climbers, their knees driving under the body) swings it.
                self._with_back = (body is not None and body.silhouette is not None
                                   and body.side_on_ratio() <= self.max_side_on_ratio)
            signal = self._signal(lift, back)
            began = self._phases_now().update(signal, t_s)
        else:
            self._head_phases.reset()
            self._back_phases.reset()
            self._with_back = None
        for c in (self._cycle, self._done):
            if c is not None and signal == signal and ok:
                c.add(signal, lift, back, deg)
        for start in began:
            events += self._phase_began(start, signal, lift, back, deg)
        phase = self._phases_now().phase
        self.phase = phase if phase is not None else ("ready" if self.in_position else "waiting")
        return events

    def _phases_now(self) -> SwingPhases:
        return self._back_phases if self._with_back else self._head_phases

    def _signal(self, lift: float, back: float) -> float:
        """Head lift alone, or head lift plus the back's (weighted) dip below neutral: both rise in cow, fall in cat.

        The back moves about half as far as the head and is the surer of the two (a head can
        be held still or leave the picture), so its dip is weighted up.
        """
        if not self._with_back:
            return lift
        return lift + self.back_weight * (self.back_neutral - back)

    def _back_height(self, body: Body, t_s: float, up: Optional[PictureUp]) -> float:
        """This frame's back height; a brief miss (an arm across the outline) keeps the last one."""
        back = back_height(body, body.silhouette, up) if up is not None else math.nan
        if back == back:
            self._last_back = (t_s, back)
            return back
        if self._last_back is not None and t_s - self._last_back[0] <= self.max_back_gap_s:
            return self._last_back[1]
        return math.nan

    def _phase_began(self, start: PhaseStart, signal: float, lift: float, back: float, deg: float) -> list[Event]:
        phase, t = start.phase, start.t_s
        events: list[Event] = []
        if self._done is not None:
            events += self._close(t)
        if self._cycle is None or self._cycle.first == phase:
            self._cycle = _Cycle(phase, t, bool(self._with_back), start.opening)
            events.append(Event(ev.REP_STARTED, t, name=phase))
            if signal == signal:
                self._cycle.add(signal, lift, back, deg)
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
        if c.signal.span < (self.min_range_with_back if c.with_back else self.min_range):
            faults.append("small_range")
        if self._too_fast(c, t_end, truncated):
            faults.append("too_fast")
        metrics = {"head_lift_range": c.lift.span, "neck_torso_range_deg": c.deg.span, "cycle_s": t_end - c.t_start}
        if c.with_back:
            metrics["back_height_range"] = c.back.span
        return self._complete_rep(None, c.t_start, t_end, faults, metrics)

    def _too_fast(self, c: _Cycle, t_end: float, truncated: bool) -> bool:
        """A whole cycle under ``min_whole_cycle_s``; one cut short by the end, its first phase under ``min_cycle_s``.

        Phases begin where the signal crosses the person's swing, so one crossing to the next
        of the same kind is a whole cycle. A set's first phase, started from a neutral back,
        starts late, so on its own it would look quicker than it was; and a set that began in
        the phase has no start at all — only its whole cycle (from the first moment seen) is judged.
        """
        assert c.t_second is not None
        if not truncated:
            return t_end - c.t_start < self.min_whole_cycle_s
        return not c.opening and c.t_second - c.t_start < self.min_cycle_s

    def _finish(self, t_s: float) -> list[Event]:
        if self._done is not None:
            return self._close(t_s, truncated=True)
        return []
