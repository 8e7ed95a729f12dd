"""The review's top bar: which exercise, which limits, open a recording, re-score; and the progress row.

The exercise and the per-patient limits file are chosen first because they
decide how the recording is judged; opening a recording then analyses it at
once. "Re-score with current limits" re-reads the limits file and re-judges the
saved skeleton, so a physio can edit a patient's limits and see the effect in
a moment, or correct a wrongly chosen exercise, without running the pose model
again. While a job runs the progress row shows how far it is, with Cancel.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)
from coach.review.jobs import AUTOMATIC
from coach.ui.i18n import QT_TRANSLATE_NOOP, exercise_text, translate

RECORDING_FILTER = QT_TRANSLATE_NOOP("open_bar",
                                     "Recordings (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.npz);;"
                                     "Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;Pose tracks (*.npz);;"
                                     "All files (*)")
LIMITS_FILTER = QT_TRANSLATE_NOOP("open_bar", "Limits files (*.toml);;All files (*)")


def exercise_choices() -> list[tuple[str, str]]:
    """(name, title) of every registered exercise, in the registry's order."""
    from coach.exercises.registry import analyzer_class, exercise_names

    return [(n, exercise_text(analyzer_class(n).title) or n.replace("_", " ").capitalize()) for n in exercise_names()]


class OpenBar(QWidget):
    openRequested = Signal(str)        # a recording path chosen in the dialog
    rescoreRequested = Signal()
    limitsChosen = Signal(str)         # a limits file chosen in the dialog (the window validates it)
    cancelRequested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.limits: Optional[Path] = None
        self.folder = ""
        self.exercise_box = QComboBox()
        self.exercise_box.setAccessibleName(translate("OpenBar", "Exercise"))
        # First and preselected: a whole session recorded in one file is split into its sets.
        self.exercise_box.addItem(translate("OpenBar", "Automatic"), AUTOMATIC)
        self.exercise_box.setItemData(0, translate("OpenBar",
                "Coach recognises each exercise and splits the recording into sets"), Qt.ItemDataRole.ToolTipRole)
        for name, title in exercise_choices():
            self.exercise_box.addItem(title, name)
        self.exercise_box.setToolTip(translate("OpenBar",
                "How the recording is judged; change it and re-score if it was wrong"))
        self.exercise_chosen = False  # set once the user picks one: a guess from a file name never overrides that
        self.exercise_box.activated.connect(lambda _i: setattr(self, "exercise_chosen", True))
        self.limits_label = QLabel()
        self.limits_label.setToolTip(translate("OpenBar",
                "Per-patient limits (a rule override file); the default limits when none"))
        self.limits_button = QPushButton(translate("OpenBar", "Limits file…"))
        self.limits_button.setToolTip(translate("OpenBar", "Choose a patient's limits file (.toml)"))
        self.defaults_button = QPushButton(translate("OpenBar", "Defaults"))
        self.defaults_button.setToolTip(translate("OpenBar", "Use the default limits"))
        self.open_button = QPushButton(translate("OpenBar", "Open recording…"))
        self.open_button.setObjectName("primary")
        self.open_button.setToolTip(translate("OpenBar", "Open a video or a pose track (.npz) and analyse it (Ctrl+O)"))
        self.rescore_button = QPushButton(translate("OpenBar", "Re-score with current limits"))
        self.rescore_button.setToolTip(translate("OpenBar",
                "Judge the same movement again with the exercise and limits chosen here "
                                       "(re-reads the limits file; the pose model is not run again)"))
        self.rescore_button.setEnabled(False)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress_text = QLabel("")
        self.cancel_button = QPushButton(translate("OpenBar", "Cancel"))
        self.cancel_button.setToolTip(translate("OpenBar", "Stop now (Esc)"))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.open_button)
        top.addSpacing(12)
        top.addWidget(QLabel(translate("OpenBar", "Exercise:")))
        top.addWidget(self.exercise_box)
        top.addSpacing(12)
        top.addWidget(self.limits_label)
        top.addWidget(self.limits_button)
        top.addWidget(self.defaults_button)
        top.addStretch(1)
        top.addWidget(self.rescore_button)
        self.progress_row = QWidget()
        prow = QHBoxLayout(self.progress_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.progress_text)
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)
        self.progress_row.setVisible(False)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(6)
        root.addLayout(top)
        root.addWidget(self.progress_row)

        self.open_button.clicked.connect(self.choose_recording)
        self.limits_button.clicked.connect(self._choose_limits)
        self.defaults_button.clicked.connect(lambda: self.set_limits(None))
        self.rescore_button.clicked.connect(self.rescoreRequested)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.set_limits(None)

    # ----- choices ----------------------------------------------------------------------------
    @property
    def exercise(self) -> str:
        """An exercise's name, or :data:`~coach.review.jobs.AUTOMATIC`."""
        return str(self.exercise_box.currentData())

    @property
    def automatic(self) -> bool:
        return self.exercise == AUTOMATIC

    def select_exercise(self, name: str) -> bool:
        i = self.exercise_box.findData(name)
        if i >= 0:
            self.exercise_box.setCurrentIndex(i)
        return i >= 0

    def guess_exercise(self, path: str) -> None:
        """A clip kept in a folder or file named after its exercise preselects it, unless the user chose one;
        any other recording is analysed in Automatic."""
        if self.exercise_chosen:
            return
        words = Path(path).as_posix().lower()
        for i in range(self.exercise_box.count()):
            name = str(self.exercise_box.itemData(i))
            if name != AUTOMATIC and (name in words or name.replace("_", "-") in words):
                self.exercise_box.setCurrentIndex(i)
                return
        self.select_exercise(AUTOMATIC)

    @property
    def overrides(self) -> list[str]:
        return [str(self.limits)] if self.limits is not None else []

    def set_limits(self, path: Optional[Path]) -> None:
        self.limits = Path(path) if path is not None else None
        self.limits_label.setText(translate("OpenBar",
                "Limits: {name}").format(name=self.limits.name) if self.limits else translate("OpenBar",
                        "Limits: defaults"))
        self.limits_label.setToolTip(str(self.limits) if self.limits else translate("OpenBar",
                "The default limits from the rule files"))
        self.defaults_button.setEnabled(self.limits is not None)

    def choose_recording(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("OpenBar",
                "Open a recording to review"), self.folder, translate("open_bar", RECORDING_FILTER))
        if path:
            self.folder = str(Path(path).parent)
            self.openRequested.emit(path)

    def _choose_limits(self) -> None:
        start = str(self.limits.parent) if self.limits else self.folder
        path, _ = QFileDialog.getOpenFileName(self, translate("OpenBar",
                "Choose a patient's limits file"), start, translate("open_bar", LIMITS_FILTER))
        if path:
            self.limitsChosen.emit(path)

    # ----- busy state -------------------------------------------------------------------------
    def set_busy(self, busy: bool, text: str = "", has_recording: bool = False) -> None:
        self.progress_row.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for w in (self.open_button, self.exercise_box, self.limits_button):
            w.setEnabled(not busy)
        self.defaults_button.setEnabled(not busy and self.limits is not None)
        self.rescore_button.setEnabled(not busy and has_recording)
        if busy:
            self.progress_text.setText(text)
            self.show_progress(-1, text)

    def show_progress(self, percent: int, text: str = "") -> None:
        if percent < 0:
            self.progress.setRange(0, 0)  # busy indicator: the length is not known yet
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)
            self.progress.setFormat("%p%")
        if text:
            self.progress_text.setText(text)
