"""Per-patient limits for a few key thresholds, with the units, ranges and meanings the exercise declares.

A physio rarely needs more than "a lower bridge is fine" or "allow a little
more sag" in the early stage, so the editor offers the two or three limits per
exercise that its spec lists (``ExerciseSpec.key_limits``), not the whole rule
file. Each row shows the limit's plain name, the exercise's default, the range
the analyzer accepts and what the value means — all from the spec, so the editor
and the analyzer never disagree. A distance measured on the body is shown as a
share of the trunk (or arm) length with its direction in words, the way the spec
says (``RuleSpec.shown``); the file keeps the analyzer's own unit. Overrides the table does not list — e.g. from
an imported programme file — are kept untouched and listed. Validation is the
programme model's: the editor only collects values.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from coach.exercises.spec import DEG, SEC, RuleSpec
from coach.ui import theme
from coach.ui.programme.common import label
from coach.ui.i18n import short_number, translate


@dataclass(frozen=True)
class Threshold:
    """One per-patient limit: its declaration and the exercise's default, in the rule file's unit."""

    rule: RuleSpec
    default: float

    @property
    def key(self) -> str:
        return self.rule.key

    @property
    def unit(self) -> str:
        """The unit the editor shows ("°", "s", "% of trunk length below the line", ...)."""
        return self.rule.shown_unit

    @property
    def decimals(self) -> int:
        return 0 if self.unit == DEG or self.unit.startswith("%") else 1 if self.unit == SEC else 2

    @property
    def suffix(self) -> str:
        if self.unit in (DEG, SEC):
            return self.unit if self.unit == DEG else " s"
        return " %" if self.unit.startswith("%") else ""


def thresholds(exercise: str) -> list[Threshold]:
    from coach.exercises.registry import exercise_rules, exercise_spec

    rules = exercise_rules(exercise)
    return [Threshold(r, rules.num(r.key)) for r in exercise_spec(exercise).limits()]


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
            item = grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self._rows = []
        for i, t in enumerate(thresholds(exercise)):
            r = t.rule
            box = QDoubleSpinBox()
            box.setDecimals(t.decimals)
            box.setRange(*r.shown_range())
            box.setSingleStep(10.0 ** -t.decimals)
            box.setSuffix(t.suffix)
            box.setMinimumWidth(150)
            value = _get(self._base, t.key)
            box.setValue(r.to_shown(float(value) if isinstance(value, (int, float)) else t.default))
            box.valueChanged.connect(self.changed)
            meaning = translate("rule_meanings", r.meaning)
            box.setToolTip(meaning)
            unit = "" if t.unit in (DEG, SEC, "") else f" ({translate('rule_units', t.unit)})"
            name = label(f"{translate('rule_labels', r.label)}{unit}", theme.SMALL + 2, True)
            box.setAccessibleName(translate("rule_labels", r.label))
            lo, hi = r.shown_range()
            text = translate("OverridesEditor", "Default {default}{suffix}; allowed {lo} to {hi}{suffix}. {meaning}.")
            note = label(text.format(default=short_number(r.to_shown(t.default)), suffix=t.suffix,
                                     lo=short_number(lo), hi=short_number(hi),
                                     meaning=meaning[:1].upper() + meaning[1:]),
                         theme.SMALL - 2, colour=theme.MUTED)
            note.setContentsMargins(0, 0, 0, 8)
            grid.addWidget(name, 2 * i, 0)
            grid.addWidget(box, 2 * i, 1)
            grid.addWidget(note, 2 * i + 1, 0, 1, 2)
            self._rows.append((t, box))
        listed = {t.key for t, _ in self._rows}
        extra = [f"{k} = {v}" for k, v in _flat(self._base) if k not in listed]
        self.others.setText((translate("OverridesEditor",
                "Other limits from the programme file (kept): ") + ", ".join(extra)) if extra else "")
        self.others.setVisible(bool(extra))

    def value_box(self, key: str) -> QDoubleSpinBox:
        return next(box for t, box in self._rows if t.key == key)

    def overrides(self) -> dict:
        """The base overrides with each listed key set to its value — or removed when it equals the default."""
        out = copy.deepcopy(self._base)
        for t, box in self._rows:
            shown = round(box.value(), box.decimals())
            default = round(t.rule.to_shown(t.default), box.decimals())
            _set(out, t.key, None if abs(shown - default) < 1e-9 else t.rule.from_shown(shown))
        return out

    def name_labels(self) -> list[QLabel]:
        return [w for w in self.findChildren(QLabel) if w is not self.others]
