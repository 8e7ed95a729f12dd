"""The form for one programme line: exercise, sets, reps or hold seconds, rest, side, note, limits.

Only fields that mean something for the chosen exercise are shown (hold
seconds for plank, reps otherwise; side for bird-dog only), so the form cannot
produce a prescription the model would reject for a field the person never
saw. The line's identity (``line``, ``version``, ``id``) is carried through
untouched: the store decides whether an edit is a new version.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFrame, QGridLayout, QLineEdit, QSpinBox, QVBoxLayout,
                               QWidget)

from coach.exercises.spec import Mode
from coach.programme.model import LIMITS, SIDE_CHOICES, Prescription, is_sided
from coach.ui import theme
from coach.ui.programme.common import heading, label
from coach.ui.programme.rule_overrides import OverridesEditor
from coach.ui.i18n import QT_TRANSLATE_NOOP, exercise_text, translate

SIDE_NAMES = {"alternate": QT_TRANSLATE_NOOP("PrescriptionForm", "Alternate"),
              "left": QT_TRANSLATE_NOOP("PrescriptionForm", "Left arm"),
              "right": QT_TRANSLATE_NOOP("PrescriptionForm", "Right arm")}
DEFAULT_REPS, DEFAULT_HOLD_S = 8, 20.0
FIELD_PX = theme.SMALL + 2


def exercise_titles() -> dict[str, str]:
    from coach.exercises.registry import analyzer_class, exercise_names

    return {n: exercise_text(analyzer_class(n).title) or n for n in exercise_names()}


def is_hold(exercise: str) -> bool:
    from coach.exercises.registry import analyzer_class

    return analyzer_class(exercise).mode is Mode.HOLD


class PrescriptionForm(QFrame):
    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._loading = False
        self._current: Optional[Prescription] = None
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(8)
        root.addWidget(heading(translate("PrescriptionForm", "This exercise")))
        self.exercise = QComboBox()
        self.exercise.setAccessibleName(translate("PrescriptionForm", "Exercise"))
        for name, title in exercise_titles().items():
            self.exercise.addItem(title, name)
        self.sets = QSpinBox()
        self.sets.setRange(*(int(v) for v in LIMITS["sets"]))
        self.reps = QSpinBox()
        self.reps.setRange(*(int(v) for v in LIMITS["reps"]))
        self.hold = QDoubleSpinBox()
        self.hold.setRange(*LIMITS["hold_s"])
        self.hold.setDecimals(0)
        self.hold.setSuffix(" s")
        self.rest = QDoubleSpinBox()
        self.rest.setRange(*LIMITS["rest_s"])
        self.rest.setDecimals(0)
        self.rest.setSuffix(" s")
        self.side = QComboBox()
        for s in SIDE_CHOICES:
            self.side.addItem(SIDE_NAMES[s], s)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("PrescriptionForm", "Note"))
        self.note.setPlaceholderText(translate("PrescriptionForm", "for the patient, e.g. slow and steady"))
        self.rest.setToolTip(translate("PrescriptionForm", "Rest between sets"))
        # Two fields a row, in the physio's smaller desk size, so the limits below stay in view.
        self.setStyleSheet(theme.scaled(f"QSpinBox, QDoubleSpinBox, QComboBox, QLineEdit {{ min-height: 30px; "
                                        f"padding: 4px 8px; font-size: {FIELD_PX}px; }}"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self._labels = {}
        for key, text, w, row, col, span in (
                ("exercise", translate("PrescriptionForm", "Exercise"), self.exercise, 0, 0, 3),
                ("sets", translate("PrescriptionForm", "Sets"), self.sets, 1, 0, 1),
                ("rest", translate("PrescriptionForm", "Rest"), self.rest, 1, 2, 1),
                ("reps", translate("PrescriptionForm", "Reps per set"), self.reps, 2, 0, 1),
                ("hold", translate("PrescriptionForm", "Hold per set"), self.hold, 2, 0, 1),
                ("side", translate("PrescriptionForm", "Side"), self.side, 2, 2, 1),
                ("note", translate("PrescriptionForm", "Note"), self.note, 3, 0, 3)):
            self._labels[key] = label(text, FIELD_PX, wrap=False)
            self._labels[key].setBuddy(w)  # screen readers name the field by its label
            grid.addWidget(self._labels[key], row, col)
            grid.addWidget(w, row, col + 1, 1, span)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        root.addLayout(grid)
        root.addWidget(heading(translate("PrescriptionForm", "Per-patient limits")))
        self.overrides = OverridesEditor()
        root.addWidget(self.overrides)
        root.addStretch(1)
        self.exercise.currentIndexChanged.connect(self._on_exercise)
        for w in (self.sets, self.reps, self.hold, self.rest):
            w.valueChanged.connect(self._emit)
        self.side.currentIndexChanged.connect(self._emit)
        self.note.textChanged.connect(self._emit)
        self.overrides.changed.connect(self._emit)

    def set_prescription(self, p: Prescription) -> None:
        self._loading = True
        try:
            self._current = p
            self.exercise.setCurrentIndex(max(0, self.exercise.findData(p.exercise)))
            self.sets.setValue(p.sets)
            self.reps.setValue(p.reps or DEFAULT_REPS)
            self.hold.setValue(p.hold_s or DEFAULT_HOLD_S)
            self.rest.setValue(p.rest_s)
            self.side.setCurrentIndex(max(0, self.side.findData(p.side or "alternate")))
            self.note.setText(p.note)
            self.overrides.set_overrides(p.exercise, p.rule_overrides)
            self._show_fields(p.exercise)
        finally:
            self._loading = False

    def prescription(self) -> Prescription:
        """What the form shows, keeping the line's identity; unknown fields stay as they were."""
        exercise = self.exercise.currentData()
        hold = is_hold(exercise)
        base = self._current or Prescription(exercise)
        return replace(base, exercise=exercise, sets=self.sets.value(),
                       reps=None if hold else self.reps.value(), hold_s=float(self.hold.value()) if hold else None,
                       rest_s=float(self.rest.value()),
                       side=self.side.currentData() if is_sided(exercise) else None,
                       note=self.note.text().strip(), rule_overrides=self.overrides.overrides())

    def _show_fields(self, exercise: str) -> None:
        hold = is_hold(exercise)
        for key, visible in (("reps", not hold), ("hold", hold), ("side", is_sided(exercise))):
            self._labels[key].setVisible(visible)
            getattr(self, key).setVisible(visible)
        per_side = is_sided(exercise)
        self._labels["reps"].setText(translate("PrescriptionForm",
                "Reps per side") if per_side else translate("PrescriptionForm", "Reps per set"))

    def _on_exercise(self) -> None:
        if self._loading:
            return
        exercise = self.exercise.currentData()
        if self._current is not None and exercise != self._current.exercise:
            self.overrides.set_overrides(exercise, {})  # another exercise's limits mean nothing here
        self._show_fields(exercise)
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()
