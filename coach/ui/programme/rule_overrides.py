"""Per-patient limits for a few key thresholds, with the units and meaning the rule files give them.

A physio rarely needs more than "a lower bridge is fine" or "allow a little
more sag" in the early stage, so the editor offers the two or three thresholds
per exercise that express that, not the whole rule file. Each row shows the
exercise's default and the comment written beside the key in
``assets/exercises/<exercise>.toml`` (read at run time, so the editor and the
rule file never disagree). Overrides the table does not list — e.g. from an
imported programme file — are kept untouched and listed. Validation is the
programme model's: the editor only collects values.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from coach.ui import theme
from coach.ui.programme.common import label
from coach.ui.i18n import QT_TRANSLATE_NOOP, short_number, translate

# (dotted key, plain name) — the thresholds a physio adjusts for an early-stage patient.
KEY_THRESHOLDS: dict[str, tuple[tuple[str, str], ...]] = {
    "glute_bridge": (("form.top_line_min", QT_TRANSLATE_NOOP("rule_overrides", "Bridge height needed at the top")),
                     ("form.min_top_hold_s", QT_TRANSLATE_NOOP("rule_overrides", "Pause needed at the top")),
                     ("form.min_rep_s", QT_TRANSLATE_NOOP("rule_overrides", "Shortest rep before “too fast”"))),
    "plank": (("form.sag_enter", QT_TRANSLATE_NOOP("rule_overrides", "Hip sag before “hips sagging”")),
              ("form.pike_enter", QT_TRANSLATE_NOOP("rule_overrides", "Hip lift before “hips piked”"))),
    "bird_dog": (("form.min_elbow_deg", QT_TRANSLATE_NOOP("rule_overrides", "Arm straightness needed")),
                 ("form.min_knee_deg", QT_TRANSLATE_NOOP("rule_overrides", "Leg straightness needed")),
                 ("form.max_hip_roll_deg", QT_TRANSLATE_NOOP("rule_overrides", "Hip roll allowed"))),
    "cat_cow": (("form.min_range", QT_TRANSLATE_NOOP("rule_overrides", "Movement range needed")),
                ("form.min_cycle_s", QT_TRANSLATE_NOOP("rule_overrides", "Shortest cycle before “too fast”"))),
}

_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_]+)\s*=\s*[^#]*#\s*(.*)$")
_TABLE_LINE = re.compile(r"^\s*\[([A-Za-z0-9_.]+)\]\s*$")
_COMMENT_ONLY = re.compile(r"^\s+#\s*(.*)$")


@dataclass(frozen=True)
class Threshold:
    key: str
    name: str
    unit: str        # "torso lengths", "°" or "s"
    default: float
    comment: str     # the rule file's own words for the key


def unit_of(key: str) -> str:
    """The rule files' convention (stated at the top of each): degrees, seconds, else torso lengths."""
    if key.endswith("_deg"):
        return "°"
    if key.endswith("_s"):
        return "s"
    return QT_TRANSLATE_NOOP("rule_overrides", "torso lengths")


@lru_cache(maxsize=None)
def rule_comments(path: str) -> dict[str, str]:
    """``{"table.key": "comment"}`` for every key with a trailing comment (continuation lines joined)."""
    out: dict[str, str] = {}
    table, last = "", None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = _TABLE_LINE.match(line)
        if m:
            table, last = m.group(1), None
            continue
        m = _KEY_LINE.match(line)
        if m:
            last = f"{table}.{m.group(1)}"
            out[last] = m.group(2).strip()
            continue
        m = _COMMENT_ONLY.match(line)
        if m and last is not None and line.startswith(" " * 8):
            out[last] += " " + m.group(1).strip()
        else:
            last = None
    return out


def thresholds(exercise: str) -> list[Threshold]:
    from coach.exercises.rules import load_rules

    rules = load_rules(exercise)
    comments = rule_comments(str(rules.sources[0]))
    return [Threshold(key, name, unit_of(key), rules.num(key), comments.get(key, ""))
            for key, name in KEY_THRESHOLDS.get(exercise, ())]


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
            deg, sec = t.unit == "°", t.unit == "s"
            box.setDecimals(0 if deg else (1 if sec else 2))
            lo, hi = (0.0, 180.0) if deg else (0.0, 30.0) if sec else (-3.0, 3.0)
            box.setRange(lo, hi)
            box.setSingleStep(1.0 if deg else (0.1 if sec else 0.01))
            box.setSuffix("°" if deg else " s" if sec else "")
            box.setMinimumWidth(150)
            value = _get(self._base, t.key)
            box.setValue(float(value) if isinstance(value, (int, float)) else t.default)
            box.valueChanged.connect(self.changed)
            box.setToolTip(t.comment)
            unit = "" if deg or sec else f" ({translate('rule_overrides', t.unit)})"
            name = label(f"{translate('rule_overrides', t.name)}{unit}", theme.SMALL + 2, True)
            box.setAccessibleName(translate("rule_overrides", t.name))
            note = label(translate("OverridesEditor", "Default {default}{unit}. Rule file: {comment}").format(
                default=short_number(t.default), unit=t.unit if deg else " s" if sec else "", comment=t.comment),
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
            v = round(box.value(), box.decimals())
            _set(out, t.key, None if abs(v - t.default) < 1e-9 else v)
        return out

    def name_labels(self) -> list[QLabel]:
        return [w for w in self.findChildren(QLabel) if w is not self.others]
