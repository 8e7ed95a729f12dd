"""What an exercise *is*, declared once: the definition every layer reads.

Each exercise module declares one :class:`ExerciseSpec` next to its analyzer
(``spec = ...`` on the class); the class is found through the ``coach.exercises``
entry-point group (:mod:`coach.exercises.registry`), the built-ins exactly like a
plug-in, so nothing else in Coach names an exercise. The spec carries:

- the rule file's schema (:class:`RuleSpec`: type, allowed range, unit and
  meaning of every value), so a rule file or a patient's override is checked
  when it is read, and the limits editor shows the same ranges and words;
- which of those limits a physio adjusts per patient (``key_limits``);
- how the exercise is counted (:class:`Mode`: reps or hold; per side or not) and its key angle;
- what the camera must see: the key body parts, which of them must be clearly
  visible, whether a side-on view is needed, whether the person's outline is
  read (segmentation), and the parts shown in red for each fault;
- the faults it reports, with readable names (the spoken cue for each lives in
  the rule file, so a physio can reword it);
- what its report shows: the plotted angle, the threshold lines really drawn in
  that angle's degrees, the per-rep measures, and the plot's note.

The specs are plain frozen data. A plot line may sit at a rule's value and a
note may quote rules (``{form.min_knee_deg:g}``); both are filled from the
loaded :class:`~coach.exercises.rules.Rules`, so a patient's own limits are what
the report shows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Optional

from coach.phrase import QT_TRANSLATE_NOOP, Num, Phrase

if TYPE_CHECKING:
    from coach.exercises.rules import Rules

# Units, as shown to a physio. Distances measured on the body are in torso lengths (shoulder to hip) or
# arm lengths (shoulder to wrist) because they do not depend on the camera's distance.
DEG = "°"
SEC = "s"
TORSO = QT_TRANSLATE_NOOP("rule_units", "torso lengths")
ARM = QT_TRANSLATE_NOOP("rule_units", "arm lengths")
HZ = "Hz"
RATIO = ""  # a plain number: a fraction or a ratio


@dataclass(frozen=True)
class Shown:
    """How a limit measured on the body is shown to a physio: ``unit`` for ``value × scale``.

    A distance in torso lengths is shown as a share of the trunk length, with its direction in the
    words rather than in a sign ("15 % of trunk length below the line" for -0.15).
    """

    unit: str
    scale: float


@dataclass(frozen=True)
class RuleSpec:
    """One value of a rule file: ``key`` is dotted (``form.min_rep_s``); ``kind`` is number, text or flag.

    ``label`` is the physio's name for the value where it is offered as a per-patient limit, and
    ``shown`` how it is shown there when its own unit is not one a physio uses (degrees and seconds are).
    """

    key: str
    lo: Optional[float] = None
    hi: Optional[float] = None
    unit: str = RATIO
    meaning: str = ""
    kind: str = "number"
    label: str = ""
    shown: Optional[Shown] = None

    @property
    def shown_unit(self) -> str:
        return self.shown.unit if self.shown else self.unit

    def to_shown(self, value: float) -> float:
        return value * self.shown.scale if self.shown else value

    def from_shown(self, value: float) -> float:
        """Back to the rule file's unit, rounded so a shown whole number stays a short decimal."""
        return round(value / self.shown.scale, 6) if self.shown else value

    def shown_range(self) -> tuple[float, float]:
        ends = sorted(self.to_shown(v) for v in (self.lo if self.lo is not None else -1e9,
                                                  self.hi if self.hi is not None else 1e9))
        return ends[0] + 0.0, ends[1] + 0.0  # + 0.0: no "-0" at the end of a range

    def range_phrase(self) -> Phrase:
        """The allowed range ("0 to 90°", "0.5 to 3 s") for an error message, in words the GUI translates."""
        values = dict(lo=_end(self.lo, "-inf"), hi=_end(self.hi, "inf"))
        if not self.unit:
            return Phrase.of(QT_TRANSLATE_NOOP("errors", "{lo} to {hi}"), **values)
        if self.unit == DEG:
            return Phrase.of(QT_TRANSLATE_NOOP("errors", "{lo} to {hi}°"), **values)
        return Phrase.of(QT_TRANSLATE_NOOP("errors", "{lo} to {hi} {unit}"), unit=self.unit, **values)

    def range_text(self) -> str:
        return str(self.range_phrase())


def _end(value: Optional[float], infinite: str) -> Num | str:
    """One end of a range as written before (``:g``: 90, 0.15), as a number the GUI writes the locale's way."""
    if value is None:
        return infinite
    written = f"{value:g}"
    decimals = len(written.partition(".")[2]) if "e" not in written else 6
    return Num(value, decimals)


def number(key: str, lo: float, hi: float, unit: str, meaning: str, label: str = "",
           shown: Optional[Shown] = None) -> RuleSpec:
    return RuleSpec(key, float(lo), float(hi), unit, meaning, "number", label, shown)


TRUNK_BELOW = Shown("% of trunk length below the line", -100.0)
TRUNK_ABOVE = Shown("% of trunk length above the line", 100.0)


def text(key: str, meaning: str) -> RuleSpec:
    return RuleSpec(key, unit="", meaning=meaning, kind="text")


@dataclass(frozen=True)
class RefLine:
    """A horizontal line on the angle plot; ``kind`` is "rule" (a judged threshold) or "reference" (geometry).

    A spec declares it at ``deg``, or at the value of rule ``key`` with a ``label`` that may use ``{deg:.0f}``;
    :meth:`resolve` gives the line drawn for one patient's rules.
    """

    label: str
    deg: Optional[float] = None
    key: str = ""
    kind: str = "rule"

    def resolve(self, rules: "Rules") -> "RefLine":
        deg = self.deg if not self.key else rules.num(self.key)
        return RefLine(self.label.format(deg=deg), float(deg), kind=self.kind)  # type: ignore[arg-type]


def reference(deg: float, label: str) -> RefLine:
    """A geometric reference (180° = a straight line), not a judged threshold."""
    return RefLine(label, deg=deg, kind="reference")


class _RuleTables:
    """``{form.min_knee_deg:g}`` in a note: each table of the rules as an object whose attributes are its values."""

    def __init__(self, rules: "Rules") -> None:
        self.rules = rules

    def __getitem__(self, table: str) -> Any:
        values = self.rules.data.get(table)
        if not isinstance(values, dict):
            raise KeyError(table)
        return SimpleNamespace(**{k: self.rules.num(f"{table}.{k}") if isinstance(v, (int, float))
                                  and not isinstance(v, bool) else v for k, v in values.items()})


@dataclass(frozen=True)
class Metric:
    """A per-rep measure the analyzer records in ``RepRecord.metrics``, with its heading and number format."""

    key: str
    label: str
    fmt: str = "{:.0f}"


SETUP_LABELS = {
    "no_person": "Nobody in view",
    "not_in_frame": "Body not fully in frame",
    "low_visibility": "Poor visibility",
    "not_side_on": "Not side-on to the camera",
    "another_person": "Someone else in view",
    "not_in_position": "Not in the start position",
    "not_counted": "Moving, but no rep recognised",
}

# Every rule file has these (the shared life-cycle in base.py reads them).
COMMON_RULES: tuple[RuleSpec, ...] = (
    text("exercise.title", "the exercise's name as shown"),
    text("exercise.mode", "reps or hold: what the analyzer is (cannot be overridden)"),
    text("exercise.description", "how to do the exercise, shown before a set"),
    text("exercise.placement", "where to put the laptop, shown before a set"),
    number("smoothing.min_cutoff_hz", 0.05, 30, HZ, "lower = steadier angles, more lag"),
    number("smoothing.beta", 0, 100, RATIO, "higher = less lag on fast movements"),
    number("smoothing.max_gap_s", 0.05, 10, SEC, "a gap longer than this (nobody seen) restarts smoothing"),
    number("setup.min_visibility", 0, 1, RATIO, "the key joints must be at least this visible to be judged"),
    number("setup.max_side_on_ratio", 0, 10, RATIO,
           "shoulder separation / torso length above this is a head-on view"),
    number("setup.report_after_s", 0, 30, SEC, "a set-up problem is reported once it has lasted this long"),
    number("position.enter_s", 0, 10, SEC, "in the start position this long before it counts (then backdated)"),
    number("position.exit_s", 0, 10, SEC, "out of the start position this long before it stops (then backdated)"),
    number("faults.min_duration_s", 0, 10, SEC, "a fault must last this long to be reported"),
    number("faults.clear_after_s", 0, 10, SEC, "a fault is over once gone this long"),
    *(text(f"cues.{kind}", f"said and shown for '{label}'") for kind, label in SETUP_LABELS.items()),
)

# Rep exercises: set-up moves are not reps (issue 23). Declared by each exercise that counts reps.
SETTLE_RULE = number("position.settle_s", 0, 10, SEC,
                     "after 2 s or more seen out of the start position, it is held this long before reps count "
                     "(moves while getting into it are not reps); after less, it counts as held")


class Mode(str, Enum):
    """How an exercise is counted. A str, so a stored or shown ``"hold"`` still compares equal."""

    REPS = "reps"
    HOLD = "hold"

    def __str__(self) -> str:
        return self.value


# Set-up problems that are said once and shown briefly rather than held on screen (somebody else in view).
NOTICE_ONLY_SETUP = ("another_person",)


@dataclass(frozen=True)
class ExerciseSpec:
    """The declarative definition of one exercise (see the module docstring)."""

    name: str
    title: str
    mode: Mode
    key_angle_name: str                        # the angle the live view and the report plot follow
    angle_label: str                           # that angle's heading on a plot, with its unit
    rules: tuple[RuleSpec, ...]                # this exercise's own values (COMMON_RULES are added)
    faults: dict[str, str] = field(default_factory=dict)   # fault kind → readable name
    key_limits: tuple[str, ...] = ()           # the rules a physio adjusts per patient (each has a label)
    sided: bool = False                        # reps counted per side (a target is "each side")
    side_means: str = ""                       # what a rep's side names ("raised arm"), for reports
    peak: Optional[Metric] = None              # the per-rep measure shown first
    extras: tuple[Metric, ...] = ()            # further per-rep measures
    plot: tuple[RefLine, ...] = ()            # lines drawn on the key angle's plot (only true degree thresholds)
    note: str = ""                             # the plot's note; may quote rules as {table.key:g}
    rule_file: Optional[Path] = None           # default: assets/exercises/<name>.toml
    key_parts: tuple[str, ...] = ("shoulder", "hip", "knee", "ankle")  # must be in frame to judge
    visibility_parts: tuple[str, ...] = ()     # must be clearly visible to judge (default: the key parts)
    side_on_required: bool = True              # a head-on view is a set-up problem
    notice_only_setup: tuple[str, ...] = NOTICE_ONLY_SETUP  # set-up problems said once, not held on screen
    # Body parts shown in red while a fault's cue is on screen (for a rep with a side: that side's).
    fault_parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    needs_silhouette: bool = False             # reads the person's outline: the pose model also segments
    # Takes part in recognising exercises in a whole recording or a live "Automatic" set. Opt-in, because
    # recognition trusts the analyzer's start-position check to rule out look-alikes (squats, stretches).
    recognisable: bool = False

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "mode", Mode(self.mode))
        except ValueError:
            raise ValueError(f"exercise '{self.name}': mode must be 'reps' or 'hold', got {self.mode!r}") from None
        unknown = sorted(set(self.fault_parts) - set(self.faults))
        if unknown:
            raise ValueError(f"exercise '{self.name}': fault_parts for undeclared faults: {', '.join(unknown)}")
        keys = [r.key for r in self.schema()]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"exercise '{self.name}': rules declared twice: {', '.join(dupes)}")
        schema = {r.key: r for r in self.schema()}
        for key in self.key_limits:
            if key not in schema or not schema[key].label:
                raise ValueError(f"exercise '{self.name}': key limit '{key}' needs a declared rule with a label")

    def schema(self) -> tuple[RuleSpec, ...]:
        """Every value the rule file holds: the shared ones, this exercise's, and a cue per fault."""
        cues = tuple(text(f"cues.{kind}", f"said and shown for '{label}'") for kind, label in self.faults.items())
        targets = (number("exercise.target", 1, 900, SEC, "default good-form hold per set") if self.mode is Mode.HOLD
                   else number("exercise.target", 1, 200, "reps", "default reps per set"
                               + (" (per side)" if self.sided else "")),)
        return COMMON_RULES + targets + self.rules + cues

    def rule(self, key: str) -> Optional[RuleSpec]:
        return next((r for r in self.schema() if r.key == key), None)

    def limits(self) -> tuple[RuleSpec, ...]:
        """The per-patient limits, in the order the editor shows them."""
        return tuple(r for key in self.key_limits for r in self.schema() if r.key == key)

    @property
    def side_label(self) -> Optional[str]:
        """The report's heading for a rep's side, or None for an exercise without sides."""
        if self.side_means:
            return f"Side ({self.side_means})"
        return "Side" if self.sided else None

    def plot_lines(self, rules: Optional["Rules"]) -> list[RefLine]:
        """The plot's lines from these rules; a rule missing from an old file only loses its line."""
        from coach.errors import RuleFileError

        out: list[RefLine] = []
        if rules is None:
            return out
        for line in self.plot:
            try:
                out.append(line.resolve(rules))
            except RuleFileError:
                continue
        return out

    def plot_note(self, rules: Optional["Rules"]) -> str:
        """The note with the rules' values filled in ("" without rules, or when an old file lacks one)."""
        from coach.errors import RuleFileError

        if rules is None:
            return ""
        try:
            return self.note.format_map(_RuleTables(rules))
        except (KeyError, AttributeError, RuleFileError):
            return ""

    def fault_label(self, kind: str) -> str:
        return self.faults.get(kind) or SETUP_LABELS.get(kind) or kind.replace("_", " ").capitalize()


def plain_spec(exercise: str, series_name: str = "") -> ExerciseSpec:
    """A spec for a result whose exercise is not registered (an old file): it still renders a report."""
    title = exercise.replace("_", " ").capitalize()
    name = series_name.replace("_deg", "").replace("_", " ").capitalize()
    label = f"{name} (°)" if name else "Key angle (°)"
    return ExerciseSpec(name=exercise, title=title, mode=Mode.REPS, key_angle_name=series_name, angle_label=label,
                        rules=())


VERDICT_MARGIN = number("form.verdict_margin", 0, 0.5, RATIO,
                        "reps within this fraction of min_rep_s get the previous rep's verdict (no flip-flopping)")
