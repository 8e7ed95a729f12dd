"""History: per-exercise charts over days or weeks, the list of sessions, and a session's drill-down.

Charts are the same matplotlib figure the date-range PDF report uses
(:func:`coach.reports.history_plot.history_png`), drawn dark for the screen
and re-rendered at the label's size when the window is resized (after a short
pause, so dragging stays smooth). All numbers come from the store's history
queries, which already use corrected counts.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QSizePolicy, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from coach.errors import CoachError
from coach.reports.history_plot import history_png
from coach.reports.session_report import export_session_report
from coach.ui import theme
from coach.ui.programme.common import button, heading, label, show_message
from coach.ui.programme.physio_dialogs import DateRangeDialog
from coach.ui.programme.session_detail import REPORT_FILTER, SessionDetailView, fill, table
from coach.ui.i18n import QT_TRANSLATE_NOOP, date_text, error_text, exercise_text, report_speaker, translate

if TYPE_CHECKING:
    from coach.store.history import ExercisePoint

PERIODS = (("day", QT_TRANSLATE_NOOP("HistoryView", "By day")), ("week", QT_TRANSLATE_NOOP("HistoryView", "By week")),
           ("session", QT_TRANSLATE_NOOP("HistoryView", "Each session")))
STATUS = {"completed": QT_TRANSLATE_NOOP("HistoryView", "completed"),
          "stopped_for_pain": QT_TRANSLATE_NOOP("HistoryView", "stopped — it hurt"),
          "in_progress": QT_TRANSLATE_NOOP("HistoryView", "not finished"),
          "abandoned": QT_TRANSLATE_NOOP("HistoryView", "closed unfinished")}


class ChartImage(QLabel):
    """A PNG chart that re-renders to fit (the renderer gets the pixel size)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.render_fn = None
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.redraw)

    def set_renderer(self, fn) -> None:
        self.render_fn = fn
        self.redraw()

    def redraw(self) -> None:
        if self.render_fn is None:
            return
        w, h = max(600, self.width()), max(300, self.height())
        pix = QPixmap()
        pix.loadFromData(self.render_fn(w, h))
        self.setPixmap(pix)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._timer.start()


class HistoryView(QWidget):
    sessionOpened = Signal(int)

    def __init__(self, store, patient_id: Optional[int] = None, who: str = "",
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.store, self.patient_id = store, patient_id
        self.session_ids: list[int] = []
        self.dialog: Optional[DateRangeDialog] = None
        self.last_message = ""
        self.stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self.stack)
        overview = QWidget()
        root = QVBoxLayout(overview)
        root.setContentsMargins(16, 8, 16, 8)
        top = QHBoxLayout()
        top.addWidget(label(translate("HistoryView", "Exercise:"), theme.MEDIUM, True, wrap=False))
        self.exercise = QComboBox()
        self.exercise.setAccessibleName(translate("HistoryView", "Exercise"))
        self.exercise.setMinimumWidth(260)
        self.period = QComboBox()
        self.period.setAccessibleName(translate("HistoryView", "Group the chart by"))
        for key, text in PERIODS:
            self.period.addItem(translate("HistoryView", text), key)
        self.exercise.currentIndexChanged.connect(self._draw_chart)
        self.period.currentIndexChanged.connect(self._draw_chart)
        top.addWidget(self.exercise)
        top.addWidget(self.period)
        top.addStretch(1)
        self.range_button = button(translate("HistoryView", "Report for dates…"))
        self.range_button.clicked.connect(self._ask_range)
        top.addWidget(self.range_button)
        root.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.chart = ChartImage()
        split.addWidget(self.chart)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        head.addWidget(heading(translate("HistoryView",
                "Sessions — double-click one for its sets, reps and faults")), 1)
        self.open_button = button(translate("HistoryView", "Open session"))
        self.open_button.clicked.connect(lambda: self.open_session(self._selected_id()))
        head.addWidget(self.open_button)
        low.addLayout(head)
        self.list = table([translate("HistoryView", "Date"), translate("HistoryView", "Programme"),
                           translate("HistoryView", "Status"), translate("HistoryView", "Sets"),
                           translate("HistoryView", "Reps"), translate("HistoryView", "Pain before → after")])
        self.list.cellDoubleClicked.connect(lambda row, _c: self.open_session(self._selected_id(row)))
        low.addWidget(self.list)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        root.addWidget(split, 1)
        self.empty = label(translate("HistoryView",
                "No sessions yet. After your first guided session, your progress shows here."),
                           theme.LARGE, True, theme.MUTED)
        root.addWidget(self.empty)
        self.stack.addWidget(overview)
        self.detail = SessionDetailView(store, who)
        self.detail.backClicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.detail.changed.connect(lambda _id: self.refresh())
        self.stack.addWidget(self.detail)

    def set_patient(self, patient_id: Optional[int]) -> None:
        """Show another patient's history: back to the overview, their most recent exercise first."""
        self.patient_id = patient_id
        self.stack.setCurrentIndex(0)
        self.exercise.blockSignals(True)
        self.exercise.clear()
        self.exercise.blockSignals(False)
        self.chart_points: list[ExercisePoint] = []
        self.chart.render_fn = None
        self.chart.clear()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the store: exercises, the chart and the session list (newest first)."""
        current = self.exercise.currentData()
        self.exercise.blockSignals(True)
        self.exercise.clear()
        for name in self.store.exercises_done(self.patient_id):
            self.exercise.addItem(_title(name), name)
        sessions = list(reversed(self.store.sessions(self.patient_id)))
        if current is None and sessions:  # first look: the exercise done most recently
            recent = next((s.exercise for se in sessions for s in self.store.sets_of(se.id)), None)
            current = recent
        if current is not None:
            self.exercise.setCurrentIndex(max(0, self.exercise.findData(current)))
        self.exercise.blockSignals(False)
        self.session_ids = [s.id for s in sessions]
        fill(self.list, [[date_text(s.started_at, with_time=True), self._programme(s.programme_id),
                          translate("HistoryView", STATUS[s.status]) if s.status in STATUS else s.status,
                          str(s.set_count), str(s.rep_count),
                          f"{_pain(s.pain_before)} → {_pain(s.pain_after)}"] for s in sessions])
        self.empty.setVisible(not sessions)
        self.chart.setVisible(bool(sessions))
        self._draw_chart()

    def _draw_chart(self) -> None:
        exercise, by = self.exercise.currentData(), self.period.currentData()
        if exercise is None:
            return
        points = self.store.exercise_series(exercise, self.patient_id, by=by)
        self.chart_points = points
        speaker = report_speaker()
        self.chart.set_renderer(lambda w, h: history_png(exercise, points, by=by, width_px=w, height_px=h,
                                                         dark=True, font_px=18, speaker=speaker))

    def open_session(self, session_id: Optional[int]) -> None:
        if session_id is None:
            return
        self.detail.show_session(session_id)
        self.stack.setCurrentWidget(self.detail)
        self.sessionOpened.emit(session_id)

    def _selected_id(self, row: Optional[int] = None) -> Optional[int]:
        row = self.list.currentRow() if row is None else row
        return self.session_ids[row] if 0 <= row < len(self.session_ids) else None

    def _programme(self, programme_id: Optional[int]) -> str:
        if programme_id is None:
            return "–"
        try:
            return self.store.programme(programme_id).name
        except CoachError:
            return "–"

    # ----- date-range report ------------------------------------------------------------------------------
    def export_range(self, since: date, until: date, path: str) -> list[Path]:
        try:
            written = export_session_report(self.store, path, since=since, until=until, patient_id=self.patient_id,
                                            speaker=report_speaker())
        except CoachError as exc:
            self.last_message = translate("HistoryView", "The report was not written: {exc}").format(
                exc=error_text(exc))
            show_message(self, self.last_message)
            return []
        self.last_message = translate("HistoryView", "Saved {files}").format(
            files=translate("HistoryView", " and ").join(p.name for p in written))
        show_message(self, self.last_message, warning=False)
        return written

    def _ask_range(self) -> None:
        sessions = self.store.sessions(self.patient_id)
        first = date.fromisoformat(sessions[0].started_at[:10]) if sessions else date.today()
        self.dialog = DateRangeDialog(first, date.today(), self)
        self.dialog.accepted.connect(self._range_chosen)
        self.dialog.open()

    def _range_chosen(self) -> None:
        assert self.dialog is not None  # the dialog that was accepted
        since, until = self.dialog.values()
        path, _ = QFileDialog.getSaveFileName(self, translate("HistoryView", "Export the report (PDF and CSV)"),
                                              f"coach_sessions_{since}_{until}.pdf",
                                              translate("session_detail", REPORT_FILTER))
        if path:
            self.export_range(since, until, path)


def _pain(v: Optional[int]) -> str:
    return "–" if v is None else str(v)


def _title(exercise: str) -> str:
    from coach.exercises.registry import analyzer_class

    try:
        return exercise_text(analyzer_class(exercise).title) or exercise
    except CoachError:
        return exercise
