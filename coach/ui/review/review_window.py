"""The review window: open a recording, analyse it off the GUI thread, then replay, inspect and export it.

It only wires the parts together: the top bar (exercise, limits, open,
re-score, progress and Cancel), the player with the timeline and angle plot
under it on one shared time axis, the summary and tables beside them, and the
export row. Every long job runs on :class:`JobRunner`'s thread; every problem
a person can act on ends as a message box, never a traceback. Closing the
window cancels and joins the worker, stops the playback timer, releases the
video and deletes the temporary pose track.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QStatusBar, QVBoxLayout, QWidget

from coach.errors import CoachError
from coach.review.jobs import analyse_job, analyse_session_job, rescore_job, rescore_set_job
from coach.review.recording import Recording
from coach.ui import theme
from coach.ui.review import review_style as style
from coach.ui.review.analysis_worker import JobRunner
from coach.ui.review.angle_plot_widget import AnglePlot
from coach.ui.review.export_actions import KIND_BY_KEY, ExportActions
from coach.ui.review.open_bar import OpenBar
from coach.ui.review.rep_table import ResultTabs
from coach.ui.review.set_list import SetList
from coach.ui.review.skeleton_player import SkeletonPlayer
from coach.ui.review.summary_text import details_html, headline_text, legend_html, rescore_summary
from coach.ui.review.timeline import Timeline
from coach.review.video_frames import VideoFrames
from coach.ui.shortcuts import window_shortcuts
from coach.ui.i18n import error_text, report_speaker, translate
from coach.ui.scaling import scroll_if_scaled


class ReviewWindow(QMainWindow):
    recordingLoaded = Signal(object)      # Recording: after an analysis or a re-score is on screen
    jobFinished = Signal(str, str)        # kind, "ok" | "failed" | "cancelled" — once its thread has ended

    def __init__(self, parent: Optional[QWidget] = None, delete_on_close: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("review")
        self.setWindowTitle(translate("ReviewWindow", "Coach — review a recording"))
        self.setStyleSheet(theme.scaled(style.STYLE))
        self.setFont(style.font(style.BODY_PX))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, delete_on_close)
        self.resize(1280, 800)
        self.recording: Optional[Recording] = None
        self.frames: Optional[VideoFrames] = None
        self.last_error = ""
        self.last_message = ""
        self._outcome = ""
        self._pending = Path(translate("ReviewWindow", "the recording"))
        self._boxes: list[QMessageBox] = []
        self._workdir: Optional[tempfile.TemporaryDirectory] = tempfile.TemporaryDirectory(prefix="coach-review-")
        self.runner = JobRunner(self)

        self.bar = OpenBar()
        self.player = SkeletonPlayer()
        self.timeline = Timeline()
        self.plot = AnglePlot()
        self.tabs = ResultTabs()
        self.sets = SetList()
        self.legend = QLabel(legend_html(None))
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        self.headline = QLabel(translate("ReviewWindow", "No recording open"))
        self.headline.setObjectName("headline")
        self.details = QLabel(translate("ReviewWindow",
                "Choose the exercise (and a patient's limits file if they have one), then open a "
                              "video or a pose track."))
        self.details.setWordWrap(True)
        self.details.setObjectName("muted")
        self.exports = ExportActions(self.runner)
        self.status = QStatusBar()
        self.status.setSizeGripEnabled(False)
        self.setStatusBar(self.status)
        self._build_layout()
        self._connect()
        self._install_shortcuts()
        self._close_with(parent)

    # ----- layout and wiring ------------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(6)
        lv.addWidget(self.player, 5)
        lv.addWidget(self.timeline)
        lv.addWidget(self.plot, 2)
        lv.addWidget(self.legend)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.headline)
        rv.addWidget(self.details)
        rv.addWidget(self.sets)
        rv.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([690, 570])  # the picture is limited by height; the table needs the width
        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(10, 8, 10, 6)
        root.addWidget(self.bar)
        root.addWidget(split, 1)
        root.addWidget(self.exports)
        self.setCentralWidget(scroll_if_scaled(central))

    def _connect(self) -> None:
        self.bar.openRequested.connect(self.open_recording)
        self.bar.rescoreRequested.connect(self.rescore)
        self.bar.limitsChosen.connect(self.set_limits_file)
        self.bar.cancelRequested.connect(self.cancel)
        for source in (self.timeline, self.plot, self.tabs):
            source.seekRequested.connect(self.seek)
        self.player.positionChanged.connect(self._on_position)
        self.timeline.setClicked.connect(self.show_set)
        self.sets.setChosen.connect(self.show_set)
        self.runner.started.connect(self._on_job_started)
        self.runner.progressed.connect(self.bar.show_progress)
        self.runner.succeeded.connect(self._on_job_succeeded)
        self.runner.failed.connect(self._on_job_failed)
        self.runner.cancelled.connect(self._on_job_cancelled)
        self.runner.idle.connect(self._on_job_idle)
        self.exports.exported.connect(self._on_exported)

    def _install_shortcuts(self) -> None:
        bindings = (("Ctrl+O", self.bar.choose_recording), ("Space", self.player.toggle),
                    ("Left", lambda: self.player.step(-1)), ("Right", lambda: self.player.step(1)),
                    ("Home", lambda: self.seek(0.0)), ("Esc", self.cancel))
        self._shortcuts = window_shortcuts(self, bindings)

    def _close_with(self, parent: Optional[QWidget]) -> None:
        """Close (and join the worker) when the main window closes, without the main window knowing about us."""
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.close()
        return super().eventFilter(watched, event)

    # ----- actions ----------------------------------------------------------------------------
    def open_recording(self, path: str, exercise: Optional[str] = None, limits: Optional[str] = None) -> bool:
        """Analyse ``path`` (video or ``.npz`` pose track) on the worker thread; False if busy or bad input."""
        if self.runner.busy:
            self.show_error(translate("ReviewWindow", "Wait for the current job to finish, or cancel it."))
            return False
        if exercise is not None and not self.bar.select_exercise(exercise):
            self.show_error(translate("ReviewWindow", "Unknown exercise: {exercise}").format(exercise=exercise))
            return False
        if exercise is None:
            self.bar.guess_exercise(path)
        if limits is not None and not self.set_limits_file(limits):
            return False
        assert self._workdir is not None
        self._pending = Path(path)
        workdir = Path(self._workdir.name)
        job = (analyse_session_job(path, self.bar.overrides, workdir) if self.bar.automatic
               else analyse_job(path, self.bar.exercise, self.bar.overrides, workdir))
        return self.runner.start("analyse", job)

    def rescore(self) -> bool:
        """Judge the saved skeleton again with the exercise and limits now chosen (limits file re-read).

        In Automatic, the set on screen is judged again over its own stretch (with no set found, the
        recording is split again); with an exercise chosen, the whole recording is judged as that exercise.
        """
        if self.recording is None or self.runner.busy:
            return False
        job = (rescore_set_job(self.recording, self.bar.overrides) if self.bar.automatic
               else rescore_job(self.recording, self.bar.exercise, self.bar.overrides))
        return self.runner.start("rescore", job)

    def show_set(self, index: int) -> bool:
        """Automatic: show set ``index`` of the recording (its reps, faults and plot) and jump to its start."""
        rec = self.recording
        if rec is None or rec.session is None or not 0 <= index < len(rec.session.sets) or self.runner.busy:
            return False
        if index != rec.set_index:
            self._show(rec.showing_set(index), new=False)
        self.seek(rec.session.sets[index].start_s)
        return True

    def set_limits_file(self, path: Optional[str]) -> bool:
        """Use a patient's limits file from now on (checked at once); None = the defaults."""
        if path is None:
            self.bar.set_limits(None)
            return True
        from coach.exercises.registry import exercise_names, exercise_rules
        from coach.exercises.rules import _read_toml

        try:  # the exercise chosen now, and every exercise the file has a section for (it may be chosen later)
            if not self.bar.automatic:
                exercise_rules(self.bar.exercise, [path])
            named = set(_read_toml(Path(path))) & set(exercise_names())
            for exercise in sorted(named):
                exercise_rules(exercise, [path])
        except CoachError as exc:
            self.show_error(translate("ReviewWindow", "That limits file cannot be used: {exc}").format(
                exc=error_text(exc)))
            return False
        self.bar.set_limits(Path(path))
        return True

    def cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.bar.show_progress(-1, translate("ReviewWindow", "Stopping…"))
            self.bar.cancel_button.setEnabled(False)

    @Slot(float)
    def seek(self, t_s: float) -> None:
        self.player.seek(t_s)

    def show_error(self, message: str) -> None:
        """Non-blocking message box (exec() would stall playback and the tests)."""
        self.last_error = message
        self.status.showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ReviewWindow",
                "Coach — review"), message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _=0, b=box: self._boxes.remove(b) if b in self._boxes else None)
        self._boxes.append(box)
        box.open()

    def say(self, message: str) -> None:
        self.last_message = message
        self.status.showMessage(message, 20000)

    # ----- job results ------------------------------------------------------------------------
    @Slot(str)
    def _on_job_started(self, kind: str) -> None:
        self.bar.set_busy(True, translate("ReviewWindow", "Starting…"),
                          self.recording is not None)  # the job names itself in its progress
        self.exports.update_enabled()

    @Slot(str, object)
    def _on_job_succeeded(self, kind: str, result: object) -> None:
        self._outcome = "ok"
        if kind == "analyse" and isinstance(result, Recording):
            self._show(result, new=True)
            if result.session is not None:
                self.say(translate("ReviewWindow", "Analysed {name}: sets found: {count}.").format(
                    name=result.name, count=len(result.session.sets)))
            else:
                self.say(translate("ReviewWindow", "Analysed {name}: {headline}.").format(
                    name=result.name, headline=report_speaker().text(result.content.headline)))
        elif kind == "rescore" and isinstance(result, Recording):
            before = self.recording
            self._show(result, new=False)
            self.say(rescore_summary(before, result, self.bar.limits))

    @Slot(str, str)
    def _on_job_failed(self, kind: str, message: str) -> None:
        self._outcome = "failed"
        if kind == "analyse":
            self.show_error(translate("ReviewWindow",
                    "Could not analyse {name}: {message}").format(name=self._pending.name, message=message))
        elif kind == "rescore":
            self.show_error(translate("ReviewWindow", "Could not re-score: {message}").format(message=message))
        else:
            self.show_error(translate("ReviewWindow", "Could not export: {message}").format(message=message))

    @Slot(str)
    def _on_job_cancelled(self, kind: str) -> None:
        self._outcome = "cancelled"
        self.say(translate("ReviewWindow", "Analysis cancelled.") if kind == "analyse"
                 else translate("ReviewWindow", "Cancelled."))

    @Slot()
    def _on_job_idle(self) -> None:
        kind, outcome = self.runner.kind, self._outcome
        self.bar.set_busy(False, has_recording=self.recording is not None)
        self.exports.update_enabled()
        self.jobFinished.emit(kind, outcome)

    @Slot(str, str)
    def _on_exported(self, key: str, path: str) -> None:
        what = translate("export_actions", KIND_BY_KEY[key].button).rstrip("…")
        self.say(translate("ReviewWindow", "Saved {what}: {path}").format(what=what, path=path))

    def _show(self, rec: Recording, new: bool) -> None:
        self.recording = rec
        if new:
            if self.frames is not None:
                self.frames.close()
            self.frames = VideoFrames(rec.video_path) if rec.video_path is not None else None
            self.player.load(rec, self.frames)
        else:
            self.player.set_result(rec)
        for w in (self.timeline, self.plot, self.tabs, self.sets):
            w.set_recording(rec)
        self.exports.set_recording(rec)
        self.headline.setText(headline_text(rec))
        self.details.setText(details_html(rec))
        self.legend.setText(legend_html(rec))
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.setWindowTitle(translate("ReviewWindow", "Coach — review — {name}").format(name=rec.name))
        self._on_position(self.player.position_s)
        self.recordingLoaded.emit(rec)

    @Slot(float)
    def _on_position(self, t_s: float) -> None:
        self.timeline.set_position(t_s)
        self.plot.set_position(t_s)
        self.tabs.follow(t_s)

    # ----- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        self.player.stop()
        self.runner.shutdown()
        for box in list(self._boxes):
            box.close()
        if self.frames is not None:
            self.frames.close()
            self.frames = None
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        super().closeEvent(event)

