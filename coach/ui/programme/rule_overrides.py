"""Per-patient limits for a few key thresholds, with the units, ranges and meanings the exercise declares.

A physio rarely needs more than "a lower bridge is fine" or "allow a little
more sag" in the early stage, so the editor offers the two or three limits per
exercise that its spec lists (``ExerciseSpec.key_limits``), not the whole rule
file. Each row shows the limit's plain name, the exercise's default, the range
the analyzer accepts and what the value means — all from the spec, so the editor
and the analyzer never disagree. Overrides the table does not list — e.g. from
an imported programme file — are kept untouched and listed. Validation is the
programme model's: the editor only collects values.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from coach.exercises.spec import DEG, SEC
from coach.ui import theme
from coach.ui.programme.common import label


@dataclass(frozen=True)
class Threshold:
    key: str
    name: str
    unit: str        # "°", "s", "torso lengths", ...
    default: float
    comment: str     # what the value means, from the exercise's spec
    lo: float
    hi: float


def thresholds(exercise: str) -> list[Threshold]:
    from coach.exercises.registry import exercise_spec
    from coach.exercises.rules import load_rules

    rules = load_rules(exercise)
    return [Threshold(r.key, r.label, r.unit, rules.num(r.key), r.meaning,
                      -1e9 if r.lo is None else r.lo, 1e9 if r.hi is None else r.hi)
            for r in exercise_spec(exercise).limits()]


def _suffix(unit: str) -> str:
    return unit if unit == DEG else f" {unit}" if unit == SEC else ""


def _get(tree: dict, dotted: str) -> Any:
    node: Any = tree
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _set(tree: dict, dotted: str, value: Optional[float]) -> None:
    table, key = dotted.rsplit(".", 1)
    node = tree.setdefault(table, {}) if value is not None else tree.get(table)
    if not isinstance(node, dict):
        return
    if value is None:
        node.pop(key, None)
        if not node:
            tree.pop(table, None)
    else:
        node[key] = value


def _flat(tree: dict, prefix: str = "") -> list[tuple[str, Any]]:
    out = []
    for k, v in tree.items():
        out += _flat(v, f"{prefix}{k}.") if isinstance(v, dict) else [(f"{prefix}{k}", v)]
    return out


class OverridesEditor(QWidget):
    """One row per key threshold: plain name with unit, the value, the default and the rule file's note."""

    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.exercise = ""
        self._base: dict = {}
        self._rows: list[tuple[Threshold, QDoubleSpinBox]] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        lay.addLayout(self._grid)
        self.others = label("", theme.SMALL, colour=theme.MUTED)
        lay.addWidget(self.others)

    def set_overrides(self, exercise: str, overrides: dict) -> None:
        """Show ``exercise``'s key thresholds, each at its override or its default."""
        self.exercise, self._base = exercise, copy.deepcopy(overrides or {})
        grid = self._grid
        while grid.count():  # the previous exercise's rows go at once, not at the next event loop pass
            w = grid.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self._rows = []
        for i, t in enumerate(thresholds(exercise)):
            box = QDoubleSpinBox()
            deg, sec = t.unit == DEG, t.unit == SEC
            box.setDecimals(0 if deg else (1 if sec else 2))
            box.setRange(t.lo, t.hi)
            box.setSingleStep(1.0 if deg else (0.1 if sec else 0.01))
            box.setSuffix(_suffix(t.unit))
            box.setMinimumWidth(150)
            value = _get(self._base, t.key)
            box.setValue(float(value) if isinstance(value, (int, float)) else t.default)
            box.valueChanged.connect(self.changed)
            box.setToolTip(t.comment)
            unit = "" if deg or sec or not t.unit else f" ({t.unit})"
            name = label(f"{t.name}{unit}", theme.SMALL + 2, True)
            note = label(f"Default {t.default:g}{_suffix(t.unit)}; allowed {t.lo:g} to {t.hi:g}{_suffix(t.unit)}. "
                         f"{t.comment[:1].upper()}{t.comment[1:]}.", theme.SMALL - 2, colour=theme.MUTED)
            note.setContentsMargins(0, 0, 0, 8)
            grid.addWidget(name, 2 * i, 0)
            grid.addWidget(box, 2 * i, 1)
            grid.addWidget(note, 2 * i + 1, 0, 1, 2)
            self._rows.append((t, box))
        listed = {t.key for t, _ in self._rows}
        extra = [f"{k} = {v}" for k, v in _flat(self._base) if k not in listed]
        self.others.setText(("Other limits from the programme file (kept): " + ", ".join(extra)) if extra else "")
        self.others.setVisible(bool(extra))

    def value_box(self, key: str) -> QDoubleSpinBox:
        return next(box for t, box in self._rows if t.key == key)

    def overrides(self) -> dict:
        """The base overrides with each listed key set to its value — or removed when it equals the default."""
        out = copy.deepcopy(self._base)
        for t, box in self._rows:
            v = round(box.value(), box.decimals())
            _set(out, t.key, None if abs(v - t.default) < 1e-9 else v)
        return out

    def name_labels(self) -> list[QLabel]:
        return [w for w in self.findChildren(QLabel) if w is not self.others]
