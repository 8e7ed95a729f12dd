"""A fifth exercise declared entirely here and in ``knee_raise.toml``: the standing knee raise.

It proves that an exercise is a plug-in: this package's ``pyproject.toml`` names the
analyzer in the ``coach.exercises`` entry-point group, ``scripts/setup.sh`` installs it
beside Coach, and nothing in ``coach/`` names it, yet it appears in the CLI, the live
window, the review window, the reports, the CSV, the limits editor and a programme.
It has no translation: every text of it is shown in English in any language. The rep
logic is deliberately small (a hysteresis on the hip angle of the higher knee).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from coach.exercises.base import ExerciseAnalyzer
from coach.exercises.body import SIDES, Body
from coach.exercises.events import Event
from coach.exercises.rules import Rules
from coach.exercises.spec import DEG, SEC, ExerciseSpec, Metric, Mode, RefLine, number


SPEC = ExerciseSpec(
    name="knee_raise", title="Standing knee raise", mode=Mode.REPS, key_angle_name="hip_angle_deg",
    angle_label="Hip angle, shoulder–hip–knee (°)",
    key_parts=("shoulder", "hip", "knee"), side_on_required=False, fault_parts={"too_fast": ("hip", "knee")},
    faults={"too_fast": "Too fast"},
    key_limits=("rep.raised_deg", "form.min_rep_s"),
    sided=True, side_means="raised knee",
    peak=Metric("knee_lift_deg", "Knee lift (°)"),
    plot=(RefLine("{deg:.0f}°: a knee raised this high counts", key="rep.raised_deg"),),
    note="The line is the hip angle of the higher knee; 180° is standing straight.",
    rule_file=Path(__file__).with_name("knee_raise.toml"),
    rules=(
        number("position.min_torso_incline_deg", 0, 90, DEG, "standing: the torso at least this upright"),
        number("rep.raised_deg", 45, 170, DEG, "a hip angle at or below this is a raised knee",
               label="Knee height needed (hip angle at most)"),
        number("rep.lowered_deg", 90, 180, DEG, "... and the rep ends once the hip opens past this"),
        number("form.min_rep_s", 0, 30, SEC, "a raise-and-lower faster than this → too fast",
               label="Shortest rep before “too fast”"),
    ))


class KneeRaiseAnalyzer(ExerciseAnalyzer):
    spec = SPEC

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules)
        self.raised_deg, self.lowered_deg = rules.ordered("rep.raised_deg", "rep.lowered_deg")
        self.min_torso_incline_deg = rules.num("position.min_torso_incline_deg")
        self.min_rep_s = rules.num("form.min_rep_s")
        self._rep: Optional[tuple[str, float, float]] = None  # side, start, smallest hip angle

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        if body is None:
            return []
        angles = {s: body.angle_deg(s, "shoulder", "hip", "knee") for s in SIDES}
        side = min(angles, key=angles.__getitem__)
        deg = angles[side]
        self.key_angle_deg = deg
        self.in_position = body.incline_deg(body.mid("hip"), body.mid("shoulder")) >= self.min_torso_incline_deg
        if self._rep is None:
            if self.in_position and deg <= self.raised_deg:
                self._rep, self.phase = (side, t_s, deg), "up"
                return [self._count_rep(t_s, side)]
            return []
        rep_side, start, best = self._rep
        if angles[rep_side] < self.lowered_deg:
            self._rep = (rep_side, start, min(best, angles[rep_side]))
            return []
        self._rep, self.phase = None, ""
        faults = ["too_fast"] if t_s - start < self.min_rep_s else []
        return self._complete_rep(rep_side, start, t_s, faults, {"knee_lift_deg": 180.0 - best})
