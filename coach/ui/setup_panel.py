"""Before a set: pick the exercise and the camera, read how to place the laptop, set the target.

Placement comes first because most failed sets are a camera problem (feet
out of view, facing the camera), and the texts come straight from the
exercise's rule file so a physio edits them in one place. A machine without a
camera gets a clear empty state that offers a video instead of a dead Start
button or a black picture.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Union

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from coach.live.exercise_infos import ExerciseInfo, exercise_infos
from coach.live.recognised_set import AUTOMATIC
from coach.ui import theme
from coach.ui.i18n import exercise_text, translate
from coach.ui.scaling import scroll_if_scaled

SourceSpec = Union[int, str]

__all__ = ["ExerciseInfo", "SetupPanel", "automatic_info", "load_exercise_infos"]


def load_exercise_infos() -> list[ExerciseInfo]:
    """Each exercise's set-up texts (:func:`coach.live.exercise_infos.exercise_infos`) in the window's language."""
    return [replace(i, title=exercise_text(i.title) or i.name, description=exercise_text(i.description),
                    placement=exercise_text(i.placement)) for i in exercise_infos()]


def automatic_info() -> ExerciseInfo:
    """The picker's "Automatic": Coach recognises the exercise; its target is then the exercise's own."""
    return ExerciseInfo(AUTOMATIC, translate("SetupPanel", "Automatic"), "reps",
                        translate("SetupPanel", "Start any of your exercises: Coach recognises it once you are in "
                                  "position and have done the first rep (or held the plank for a moment), says "
                                  "which it is, and counts it with its own rules. That first rep counts."),
                        translate("SetupPanel", "To your side, at floor level, about 2–3 m away, so that it sees "
                                  "your whole body from head to feet in every exercise."), False, 0)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(theme.font(theme.MEDIUM, bold=True))
    label.setStyleSheet(f"color: {theme.SETUP};")
    return label


def _body(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setFont(theme.font(theme.MEDIUM))
    label.setWordWrap(True)
    return label


class SetupPanel(QWidget):
    startRequested = Signal()
    openVideoRequested = Signal()
    exerciseChanged = Signal(str)

    def __init__(self, infos: list[ExerciseInfo], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.infos = {i.name: i for i in infos}
        root = QHBoxLayout(self)
        root.setContentsMargins(24, 24, 24, 24)
        root.setSpacing(24)

        left = QVBoxLayout()
        left.addWidget(_heading(translate("SetupPanel", "1  Choose an exercise")))
        self.exercise_list = QListWidget()
        self.exercise_list.setAccessibleName(translate("SetupPanel", "Exercise"))
        self.exercise_list.setFont(theme.font(theme.LARGE, bold=True))
        for info in infos:
            item = QListWidgetItem(info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.exercise_list.addItem(item)
        self.exercise_list.setMaximumWidth(round(380 * theme.text_scale()))
        widest = max((self.exercise_list.fontMetrics().horizontalAdvance(i.title) for i in infos), default=0)
        self.exercise_list.setMinimumWidth(min(self.exercise_list.maximumWidth(), widest + 64))  # item padding
        self.exercise_list.currentItemChanged.connect(self._on_exercise)
        left.addWidget(self.exercise_list, 1)
        root.addLayout(left)

        card = QFrame()
        card.setObjectName("card")
        right = QVBoxLayout(card)
        right.setContentsMargins(28, 24, 28, 24)
        right.setSpacing(10)
        self.title = QLabel("")
        self.title.setFont(theme.font(theme.BIG, bold=True))
        right.addWidget(self.title)
        right.addWidget(_heading(translate("SetupPanel", "2  Place the laptop")))
        self.placement = _body()
        right.addWidget(self.placement)
        self.description_heading = _heading(translate("SetupPanel", "Good form"))
        right.addWidget(self.description_heading)
        self.description = _body()
        right.addWidget(self.description)
        right.addStretch(1)

        target_row = QHBoxLayout()
        self.target_label = _body(translate("SetupPanel", "Target:"))
        target_row.addWidget(self.target_label)
        self.target = QSpinBox()
        self.target.setAccessibleName(translate("SetupPanel", "Target"))
        self.target.setRange(1, 600)
        self.target.setMinimumWidth(140)
        target_row.addWidget(self.target)
        self.target_unit = _body(translate("SetupPanel", "reps"))
        target_row.addWidget(self.target_unit, 1)
        right.addLayout(target_row)

        self.camera_row = QWidget()
        cam = QHBoxLayout(self.camera_row)
        cam.setContentsMargins(0, 0, 0, 0)
        cam.addWidget(_body(translate("SetupPanel", "Camera:")))
        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(translate("SetupPanel", "Camera"))
        cam.addWidget(self.source_combo, 1)
        right.addWidget(self.camera_row)

        self.empty_state = QFrame()
        self.empty_state.setObjectName("emptyState")
        empty = QVBoxLayout(self.empty_state)
        empty.setContentsMargins(20, 16, 20, 16)
        self.empty_label = QLabel(translate("SetupPanel", "No camera found — open a video"))
        self.empty_label.setFont(theme.font(theme.LARGE, bold=True))
        self.empty_label.setWordWrap(True)
        empty.addWidget(self.empty_label)
        hint = _body(translate("SetupPanel", "Plug in a webcam and restart Coach, or play a recorded video "
                                             "with the same live feedback."))
        hint.setStyleSheet(f"color: {theme.MUTED};")
        empty.addWidget(hint)
        right.addWidget(self.empty_state)

        buttons = QHBoxLayout()
        self.open_video_button = QPushButton(translate("SetupPanel", "Open video…  (V)"))
        self.open_video_button.clicked.connect(self.openVideoRequested)
        self.start_button = QPushButton(translate("SetupPanel", "Start  (Space)"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.startRequested)
        buttons.addWidget(self.open_video_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        right.addLayout(buttons)
        root.addWidget(scroll_if_scaled(card), 1)  # larger system text: the description scrolls, never cut
        self.set_sources([], None)

    # ----- sources --------------------------------------------------------------------------------
    def set_sources(self, cameras: list[int], selected: Optional[SourceSpec], video: Optional[str] = None) -> None:
        """Fill the camera list; with no camera and no video the empty state replaces it."""
        self.source_combo.clear()
        for index in cameras:
            self.source_combo.addItem(translate("SetupPanel",
                    "Camera {index}").format(index=index) + (translate("SetupPanel",
                            "  (built-in)") if index == 0 else ""), index)
        if video:
            from pathlib import Path

            self.source_combo.addItem(translate("SetupPanel", "Video: {name}").format(name=Path(video).name), video)
        has_source = self.source_combo.count() > 0
        self.camera_row.setVisible(has_source)
        self.empty_state.setVisible(not cameras and not video)
        self.start_button.setEnabled(has_source)
        self.open_video_button.setObjectName("" if has_source else "primary")
        self.open_video_button.style().unpolish(self.open_video_button)
        self.open_video_button.style().polish(self.open_video_button)
        if selected is not None:
            i = self.source_combo.findData(selected)
            if i >= 0:
                self.source_combo.setCurrentIndex(i)

    @property
    def has_camera_empty_state(self) -> bool:
        return not self.empty_state.isHidden()

    def selected_source(self) -> Optional[SourceSpec]:
        return self.source_combo.currentData() if self.source_combo.count() else None

    # ----- exercises ------------------------------------------------------------------------------
    def select_exercise(self, name: Optional[str]) -> None:
        for i in range(self.exercise_list.count()):
            if self.exercise_list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.exercise_list.setCurrentRow(i)
                return
        if self.exercise_list.count() and self.exercise_list.currentRow() < 0:
            self.exercise_list.setCurrentRow(0)

    def selected_exercise(self) -> Optional[str]:
        item = self.exercise_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def set_target(self, value: int) -> None:
        self.target.setValue(value)

    def _on_exercise(self, item: Optional[QListWidgetItem], _previous: object = None) -> None:
        if item is None:
            return
        info = self.infos[item.data(Qt.ItemDataRole.UserRole)]
        self.title.setText(info.title)
        self.placement.setText(info.placement)
        self.description.setText(info.description)
        self.target_unit.setText(translate("SetupPanel", "seconds of good form") if info.mode == "hold"
                                 else translate("SetupPanel",
                                         "reps each side") if info.per_side else translate("SetupPanel", "reps"))
        self.description_heading.setText(translate("SetupPanel", "How it works") if info.name == AUTOMATIC
                                         else translate("SetupPanel", "Good form"))
        for w in (self.target_label, self.target, self.target_unit):  # Automatic: each exercise's own target
            w.setVisible(info.name != AUTOMATIC)
        if info.default_target:
            self.target.setValue(info.default_target)
        self.exerciseChanged.emit(info.name)
