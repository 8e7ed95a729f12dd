"""One session in full, for the physio: its sets, each set's reps and faults, pain, notes — and the tools.

A corrected count is always shown with the count Coach recorded and the
audit trail (who, when, why), because the record must show that a number was
changed, not just the new number. Correcting, adding a note and exporting all
go straight to the store / report module; the view then re-reads the session.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from coach.errors import CoachError
from coach.live.set_tracks import SetTracks
from coach.exercises.registry import fault_label
from coach.reports.session_report import count_text, export_session_report, target_text
from coach.ui import theme
from coach.ui.programme.common import TABLE_PX, button, heading, label, show_message
from coach.ui.programme.physio_dialogs import CorrectCountDialog, NoteDialog

REPORT_FILTER = "PDF report and CSV table (*.pdf)"


def table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.setFont(theme.font(TABLE_PX))
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))


class SessionDetailView(QWidget):
    backClicked = Signal()
    changed = Signal(int)  # session id, after a correction or note

    def __init__(self, store, who: str = "", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.store, self.who = store, who
        self.tracks = SetTracks(store)
        self.session_id: Optional[int] = None
        self.detail = None
        self.dialog = None
        self.last_message = ""
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = button("← All sessions")
        self.back_button.clicked.connect(self.backClicked)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.correct_button = button("Correct count…")
        self.note_button = button("Add note…")
        self.export_button = button("Export report…", "primary")
        self.correct_button.clicked.connect(self._ask_correction)
        self.note_button.clicked.connect(self._ask_note)
        self.export_button.clicked.connect(self._ask_export)
        for b in (self.correct_button, self.note_button, self.export_button):
            top.addWidget(b)
        root.addLayout(top)
        self.header = label("", theme.SMALL + 2, True)
        root.addWidget(self.header)
        split = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(heading("Sets"))
        self.sets = table(["Set", "Exercise", "Target", "Done", "Good form", "Ended", "Pose track"])
        self.sets.itemSelectionChanged.connect(self._on_set)
        up.addWidget(self.sets)
        self.audit = label("", TABLE_PX, colour=theme.SETUP)
        up.addWidget(self.audit)
        split.addWidget(upper)
        lower = QWidget()
        low = QHBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        col1, col2 = QVBoxLayout(), QVBoxLayout()
        self.reps_heading = heading("Reps of this set")
        col1.addWidget(self.reps_heading)
        self.reps = table(["Rep", "Side", "Seconds", "Form"])
        col1.addWidget(self.reps)
        self.faults_heading = heading("Faults and set-up problems")
        col2.addWidget(self.faults_heading)
        self.faults = table(["What", "From (s)", "To (s)", "Cue"])
        col2.addWidget(self.faults)
        low.addLayout(col1, 1)
        low.addLayout(col2, 1)
        split.addWidget(lower)
        root.addWidget(split, 1)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.notes = label("", TABLE_PX, colour=theme.MUTED)
        root.addWidget(self.notes)

    # ----- showing --------------------------------------------------------------------------------------
    def show_session(self, session_id: int, select_row: int = 0) -> None:
        self.session_id = session_id
        self.detail = d = self.store.session_detail(session_id)
        i = d.info
        prog = ""
        if i.programme_id is not None:
            try:
                prog = f" · {self.store.programme(i.programme_id).name}"
            except CoachError:
                prog = ""
        pain = f" · pain {i.pain_before}→{i.pain_after}" if i.pain_before is not None and i.pain_after is not None \
            else ""
        self.header.setText(f"Session {i.id} · {i.started_at[:16].replace('T', ' at ')}{prog} · "
                            f"{i.status.replace('_', ' ')}{pain}")
        rows = []
        for sd in d.sets:
            s = sd.info
            share = s.good_form_share
            track = self.tracks.track_of(s.id)
            ended = ("stopped — it hurt" + (f" ({s.pain}/10)" if s.pain is not None else "")
                     if s.stopped_for_pain else (s.ended_reason or "not finished").replace("_", " "))
            rows.append([str(s.set_index), _title(s.exercise), target_text(s), count_text(s),
                         f"{share:.0%}" if share is not None else "–", ended, track.name if track else "–"])
        fill(self.sets, rows)
        notes = [f"{n.created_at[:16].replace('T', ' ')} · {n.author or 'note'}: {n.text}" for n in d.notes]
        self.notes.setText("Notes:\n" + "\n".join(notes) if notes else "No notes yet.")
        if rows:
            self.sets.selectRow(min(select_row, len(rows) - 1))
        self._on_set()

    def selected_set(self):
        row = self.sets.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.sets):
            return None
        return self.detail.sets[row]

    def _on_set(self) -> None:
        sd = self.selected_set()
        self.correct_button.setEnabled(sd is not None and not sd.info.is_hold)
        if sd is None:
            fill(self.reps, [])
            fill(self.faults, [])
            self.audit.setText("")
            return
        fill(self.reps, [[str(r.index), r.side or "–", f"{r.t_end - r.t_start:.1f}",
                          "Good" if r.good_form else "; ".join(fault_label(f) for f in r.faults)]
                         for r in sd.reps])
        n = sd.info.set_index
        self.reps_heading.setText(f"Reps of set {n}" + ("" if sd.reps else " — none recorded"))
        self.faults_heading.setText(f"Faults and set-up problems, set {n}" + ("" if sd.faults else " — none"))
        fill(self.faults, [[fault_label(f.kind) + (" (set-up)" if f.category == "setup" else ""),
                            f"{f.t_start:.1f}", "–" if f.t_end is None else f"{f.t_end:.1f}", f.message]
                           for f in sd.faults])
        trail = [f"{c.created_at[:16].replace('T', ' ')}: {c.original} → {c.corrected}"
                 f"{' by ' + c.who if c.who else ''} — {c.reason}" for c in sd.info.corrections]
        self.audit.setText("Count corrections (the original is kept):\n" + "\n".join(trail) if trail else "")

    # ----- physio tools -----------------------------------------------------------------------------------
    def correct_count(self, set_id: int, corrected: int, reason: str, who: str = "") -> bool:
        try:
            self.store.correct_count(set_id, corrected, reason, who)
        except CoachError as exc:
            self._fail(f"The correction was not saved: {exc}")
            return False
        self.who = who or self.who
        self._refresh()
        return True

    def add_note(self, text: str, author: str = "") -> bool:
        try:
            self.store.add_note(self.session_id, text, author)
        except CoachError as exc:
            self._fail(f"The note was not saved: {exc}")
            return False
        self.who = author or self.who
        self._refresh()
        return True

    def export(self, path: str) -> list[Path]:
        try:
            written = export_session_report(self.store, path, session_ids=[self.session_id])
        except CoachError as exc:
            self._fail(f"The report was not written: {exc}")
            return []
        self.last_message = "Saved " + " and ".join(p.name for p in written)
        show_message(self, self.last_message, warning=False)
        return written

    def _refresh(self) -> None:
        row = max(0, self.sets.currentRow())
        if self.session_id is not None:
            self.show_session(self.session_id, row)
            self.changed.emit(self.session_id)

    def _ask_correction(self) -> None:
        sd = self.selected_set()
        if sd is None:
            return
        s = sd.info
        self.dialog = CorrectCountDialog(f"Set {s.set_index} · {_title(s.exercise)}", s.rep_count,
                                         s.recorded_rep_count, self.who, self)
        self.dialog.accepted.connect(lambda: self.correct_count(s.id, *self.dialog.values()))
        self.dialog.open()

    def _ask_note(self) -> None:
        self.dialog = NoteDialog(self.who, self)
        self.dialog.accepted.connect(lambda: self.add_note(*self.dialog.values()))
        self.dialog.open()

    def _ask_export(self) -> None:
        if self.session_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export the session report (PDF and CSV)",
                                              f"coach_session_{self.session_id}.pdf", REPORT_FILTER)
        if path:
            self.export(path)

    def _fail(self, text: str) -> None:
        self.last_message = text
        show_message(self, text)


def _title(exercise: str) -> str:
    from coach.exercises.registry import analyzer_class

    try:
        return analyzer_class(exercise).title or exercise
    except CoachError:
        return exercise
