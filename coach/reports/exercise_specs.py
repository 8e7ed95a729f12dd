"""What each exercise's report shows: the plotted angle, the honest threshold lines, the table's measures.

Only thresholds that are really expressed in the plotted angle's degrees are
drawn as rule lines. Several exercises judge form on a different measure (hip
distance from a line in torso lengths, head height) — drawing those as degree
lines would mislead a physio, so they are named in the plot note instead and a
geometric reference (180° = a straight line) is drawn only where it means
exactly that. Keeping this in one table makes the HTML, PDF and GUI plot agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from coach.exercises.rules import Rules


@dataclass(frozen=True)
class RefLine:
    """A horizontal line on the angle plot; ``kind`` is "rule" (a judged threshold) or "reference" (geometry)."""

    deg: float
    label: str
    kind: str = "rule"


@dataclass(frozen=True)
class Metric:
    """A per-rep measure from ``rep["metrics"]`` with the column heading and number format."""

    key: str
    label: str
    fmt: str = "{:.0f}"


@dataclass(frozen=True)
class ExerciseSpec:
    title: str
    angle_label: str
    peak: Optional[Metric] = None
    extras: tuple[Metric, ...] = ()
    side_label: Optional[str] = None
    ref_lines: Callable[[Rules], list[RefLine]] = field(default=lambda rules: [])
    note: Callable[[Rules], str] = field(default=lambda rules: "")


def _num(rules: Optional[Rules], key: str) -> Optional[float]:
    """A threshold or None when the rules could not be loaded or lack it (never fail a report on it)."""
    if rules is None:
        return None
    try:
        return rules.num(key)
    except Exception:  # noqa: BLE001 - a missing key only loses a line on the plot
        return None


def _g(v: Optional[float], fmt: str = "{:g}") -> str:
    return "?" if v is None else fmt.format(v)


def _plank_lines(r: Rules) -> list[RefLine]:
    out = [RefLine(180.0, "180°: shoulders, hips, ankles in one straight line", "reference")]
    v = _num(r, "position.min_body_line_deg")
    if v is not None:
        out.append(RefLine(v, f"{v:.0f}°: below this it is not counted as a plank (pike or kneel)"))
    return out


def _plank_note(r: Rules) -> str:
    return ("The line is the shoulder–hip–ankle angle on the side nearer the camera. Sagging and piking are "
            "judged by how far the hip is from the shoulder–ankle line, in torso lengths (sagging below "
            f"{_g(_num(r, 'form.sag_enter'))}, piked above {_g(_num(r, 'form.pike_enter'))}), not by this "
            "angle, so they appear as red fault spans rather than as lines. Green spans: time counted as "
            "holding the plank.")


def _bridge_lines(r: Rules) -> list[RefLine]:
    return [RefLine(180.0, "180°: shoulders, hips, knees in line (full bridge)", "reference")]


def _bridge_note(r: Rules) -> str:
    return ("The line is the shoulder–hip–knee angle on the side nearer the camera; it goes above 180° when the "
            "hips rise above the shoulder–knee line. A rep is counted once the hips rise "
            f"{_g(_num(r, 'rep.lift_enter_deg'))}° above the person's own resting angle, so there is no fixed "
            "degree threshold. Full extension is judged at the top by the hip's distance from the shoulder–knee "
            f"line (incomplete below {_g(_num(r, 'form.top_line_min'))} torso lengths); the 180° line is that "
            "straight line.")


def _bird_dog_lines(r: Rules) -> list[RefLine]:
    v = _num(r, "form.min_knee_deg")
    return [] if v is None else [RefLine(v, f"{v:.0f}°: raised leg straighter than this, or 'leg not extended'")]


def _bird_dog_note(r: Rules) -> str:
    return ("The line is the knee angle (hip–knee–ankle) of the raised leg, or of the leg nearer the camera when "
            "neither is raised; on hands and knees it rests near 90°, so only the peaks during a reach are "
            "judged against the threshold. Arm extension (elbow at least "
            f"{_g(_num(r, 'form.min_elbow_deg'))}°) and hip rotation (more than "
            f"{_g(_num(r, 'form.max_hip_roll_deg'))}° beyond rest) are checked per rep and listed in the table. "
            "Side = the raised arm.")


def _cat_cow_note(r: Rules) -> str:
    return ("The line is the angle of the neck (shoulders to nose) against the torso; higher = head lifted (cow). "
            "Cow and cat are detected from the head's height above the shoulders in torso lengths (cow at "
            f"{_g(_num(r, 'rep.cow_enter'))} or above, cat at {_g(_num(r, 'rep.cat_enter'))} or below; a rep "
            f"needs a range of at least {_g(_num(r, 'form.min_range'))}), not from this angle, so no threshold is "
            "drawn. MediaPipe has no spine points: the neck is the proxy for spinal flexion and extension.")


SPECS: dict[str, ExerciseSpec] = {
    "plank": ExerciseSpec(
        title="Plank", angle_label="Body line, shoulder–hip–ankle (°)",
        ref_lines=_plank_lines, note=_plank_note),
    "glute_bridge": ExerciseSpec(
        title="Glute bridge", angle_label="Hip extension, shoulder–hip–knee (°)",
        peak=Metric("hip_extension_deg", "Peak hip extension (°)"),
        extras=(Metric("hip_line_offset", "Hip vs. line at top (torso lengths)", "{:+.2f}"),
                Metric("top_hold_s", "Hold at top (s)", "{:.1f}")),
        ref_lines=_bridge_lines, note=_bridge_note),
    "bird_dog": ExerciseSpec(
        title="Bird-dog", angle_label="Knee angle of the raised leg (°)",
        peak=Metric("leg_extension_deg", "Best knee angle, raised leg (°)"),
        extras=(Metric("elbow_deg", "Best elbow angle (°)"),
                Metric("hip_roll_change_deg", "Hip roll vs. rest (°)")),
        side_label="Side (raised arm)", ref_lines=_bird_dog_lines, note=_bird_dog_note),
    "cat_cow": ExerciseSpec(
        title="Cat-cow", angle_label="Neck–torso angle (°)",
        peak=Metric("neck_torso_range_deg", "Neck–torso range (°)"),
        extras=(Metric("head_lift_range", "Head-lift range (torso lengths)", "{:.2f}"),),
        note=_cat_cow_note),
}


def spec_for(exercise: str, series_name: str = "") -> ExerciseSpec:
    """The spec for a known exercise, or a plain one that still renders a report for anything else."""
    if exercise in SPECS:
        return SPECS[exercise]
    title = exercise.replace("_", " ").capitalize()
    name = series_name.replace("_deg", "").replace("_", " ").capitalize()
    label = f"{name} (°)" if name else "Key angle (°)"
    return ExerciseSpec(title=title, angle_label=label)


FAULT_LABELS = {
    "hips_sagging": "Hips sagging",
    "hips_piked": "Hips piked",
    "incomplete_extension": "Incomplete hip extension",
    "no_hold_at_top": "No hold at the top",
    "too_fast": "Too fast",
    "arm_not_extended": "Arm not extended",
    "leg_not_extended": "Leg not extended",
    "hips_rotated": "Hips rotated",
    "small_range": "Small range of movement",
    "no_person": "Nobody in view",
    "not_in_frame": "Body not fully in frame",
    "low_visibility": "Poor visibility",
    "not_side_on": "Not side-on to the camera",
    "another_person": "Someone else in view",
    "not_in_position": "Not in the start position",
    "not_counted": "Moving, but no rep recognised",
}


def fault_label(kind: str) -> str:
    """A readable name for a fault or set-up code; unknown codes are shown de-underscored, never dropped."""
    return FAULT_LABELS.get(kind, kind.replace("_", " ").capitalize())
