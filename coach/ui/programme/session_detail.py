"""One session in full, for the physio: its sets, each set's reps and faults, pain, notes — and the tools.

A corrected count is always shown with the count Coach recorded and the
audit trail (who, when, why), because the record must show that a number was
changed, not just the new number. Correcting, adding a note and exporting all
go straight to the store / report module; the view then re-reads the session.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from coach.errors import CoachError
from coach.live.set_tracks import SetTracks
from coach.reports.session_report import count_text, export_session_report, target_text
from coach.ui import theme
from coach.ui.programme.common import TABLE_PX, button, heading, label, show_message
from coach.ui.programme.physio_dialogs import CorrectCountDialog, NoteDialog
from coach.ui.i18n import (QT_TRANSLATE_NOOP, cue, date_text, error_text, exercise_text, fault_name, number,
                           percent, report_speaker, translate)

if TYPE_CHECKING:
    from coach.ui.review import ReviewWindow

REPORT_FILTER = QT_TRANSLATE_NOOP("session_detail", "PDF report and CSV table (*.pdf)")
STATUS_NAMES = {"completed": QT_TRANSLATE_NOOP("SessionStatus", "completed"),
                "stopped_for_pain": QT_TRANSLATE_NOOP("SessionStatus", "stopped for pain"),
                "in_progress": QT_TRANSLATE_NOOP("SessionStatus", "in progress"),
                "abandoned": QT_TRANSLATE_NOOP("SessionStatus", "abandoned")}
# How a set ended (coach.live.set_result) and which side a rep was on, as stored; translated where shown.
SET_ENDINGS = (QT_TRANSLATE_NOOP("SetEnding", "finished"), QT_TRANSLATE_NOOP("SetEnding", "ended"),
               QT_TRANSLATE_NOOP("SetEnding", "pain"), QT_TRANSLATE_NOOP("SetEnding", "source lost"),
               QT_TRANSLATE_NOOP("SetEnding", "failed"))
SIDES = (QT_TRANSLATE_NOOP("SessionDetailView", "left"), QT_TRANSLATE_NOOP("SessionDetailView", "right"))


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
        self.dialog: Optional[Union[CorrectCountDialog, NoteDialog]] = None  # the one open now
        self.last_message = ""
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = button(translate("SessionDetailView", "← All sessions"))
        self.back_button.clicked.connect(self.backClicked)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.correct_button = button(translate("SessionDetailView", "Correct count…"))
        self.note_button = button(translate("SessionDetailView", "Add note…"))
        self.export_button = button(translate("SessionDetailView", "Export report…"), "primary")
        self.replay_button = button(translate("SessionDetailView", "Replay set…"))
        self.replay_button.setToolTip(translate("SessionDetailView",
                "Open the set's pose track in the review window: skeleton replay, re-score"))
        self.review_window: Optional[ReviewWindow] = None
        self.replay_button.clicked.connect(self.replay_selected)
        self.correct_button.clicked.connect(self._ask_correction)
        self.note_button.clicked.connect(self._ask_note)
        self.export_button.clicked.connect(self._ask_export)
        for b in (self.replay_button, self.correct_button, self.note_button, self.export_button):
            top.addWidget(b)
        root.addLayout(top)
        self.header = label("", theme.SMALL + 2, True)
        root.addWidget(self.header)
        split = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(heading(translate("SessionDetailView", "Sets")))
        self.sets = table([translate("SessionDetailView", "Set"), translate("SessionDetailView", "Exercise"),
                           translate("SessionDetailView", "Target"), translate("SessionDetailView", "Done"),
                           translate("SessionDetailView", "Good form"), translate("SessionDetailView", "Ended"),
                           translate("SessionDetailView", "Pose track")])
        self.sets.itemSelectionChanged.connect(self._on_set)
        up.addWidget(self.sets)
        self.audit = label("", TABLE_PX, colour=theme.SETUP)
        up.addWidget(self.audit)
        split.addWidget(upper)
        lower = QWidget()
        low = QHBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        col1, col2 = QVBoxLayout(), QVBoxLayout()
        self.reps_heading = heading(translate("SessionDetailView", "Reps of this set"))
        col1.addWidget(self.reps_heading)
        self.reps = table([translate("SessionDetailView", "Rep"), translate("SessionDetailView", "Side"),
                           translate("SessionDetailView", "Seconds"), translate("SessionDetailView", "Form")])
        col1.addWidget(self.reps)
        self.faults_heading = heading(translate("SessionDetailView", "Faults and set-up problems"))
        col2.addWidget(self.faults_heading)
        self.faults = table([translate("SessionDetailView", "What"), translate("SessionDetailView", "From (s)"),
                             translate("SessionDetailView", "To (s)"), translate("SessionDetailView", "Cue")])
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
        pain = translate("SessionDetailView", " · pain {before}→{after}").format(
            before=i.pain_before, after=i.pain_after) if i.pain_before is not None and i.pain_after is not None \
            else ""
        self.header.setText(translate("SessionDetailView", "Session {id} · {started}{prog} · {status}{pain}").format(
            id=i.id, started=date_text(i.started_at, with_time=True), prog=prog,
            status=translate("SessionStatus", STATUS_NAMES[i.status]) if i.status in STATUS_NAMES else i.status,
            pain=pain))
        rows = []
        say = report_speaker().text
        for sd in d.sets:
            s = sd.info
            share = s.good_form_share
            track = self.tracks.track_of(s.id)
            ended = (translate("SessionDetailView", "stopped — it hurt")
                     + (f" ({s.pain}/10)" if s.pain is not None else "") if s.stopped_for_pain
                     else translate("SetEnding", s.ended_reason.replace("_", " ")) if s.ended_reason
                     else translate("SessionDetailView", "not finished"))
            rows.append([str(s.set_index), _title(s.exercise), say(target_text(s)), say(count_text(s)),
                         percent(share) if share is not None else "–", ended, track.name if track else "–"])
        fill(self.sets, rows)
        notes = [f"{date_text(n.created_at, with_time=True)} · "
                 f"{n.author or translate('SessionDetailView', 'note')}: {n.text}" for n in d.notes]
        self.notes.setText(translate("SessionDetailView",
                "Notes:\n") + "\n".join(notes) if notes else translate("SessionDetailView", "No notes yet."))
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
        self.replay_button.setEnabled(sd is not None and self.tracks.track_of(sd.info.id) is not None)
        if sd is None:
            fill(self.reps, [])
            fill(self.faults, [])
            self.audit.setText("")
            return
        fill(self.reps, [[str(r.index), translate("SessionDetailView", r.side) if r.side else "–",
                          number(r.t_end - r.t_start, 1),
                          translate("SessionDetailView", "Good") if r.good_form
                          else "; ".join(fault_name(f) for f in r.faults)]
                         for r in sd.reps])
        n = sd.info.set_index
        self.reps_heading.setText(translate("SessionDetailView",
                "Reps of set {n}").format(n=n) + ("" if sd.reps else translate("SessionDetailView",
                        " — none recorded")))
        self.faults_heading.setText(translate("SessionDetailView", "Faults and set-up problems, set {n}").format(n=n)
                                    + ("" if sd.faults else translate("SessionDetailView", " — none")))
        fill(self.faults, [[fault_name(f.kind) + (translate("SessionDetailView", " (set-up)")
                                                  if f.category == "setup" else ""),
                            number(f.t_start, 1), "–" if f.t_end is None else number(f.t_end, 1), cue(f.message)]
                           for f in sd.faults])
        trail = [f"{date_text(c.created_at, with_time=True)}: {c.original} → {c.corrected}"
                 + (translate("SessionDetailView", " by {who}").format(who=c.who) if c.who else "")
                 + f" — {c.reason}" for c in sd.info.corrections]
        self.audit.setText(translate("SessionDetailView",
                "Count corrections (the original is kept):\n") + "\n".join(trail) if trail else "")

    # ----- physio tools -----------------------------------------------------------------------------------
    def replay_selected(self):
        """The selected set's pose track in the review window (a skeleton replay that can be re-scored)."""
        import shiboken6

        from coach.ui.review import ReviewWindow

        sd = self.selected_set()
        track = self.tracks.track_of(sd.info.id) if sd is not None else None
        if track is None:
            return None
        if self.review_window is None or not shiboken6.isValid(self.review_window):
            self.review_window = ReviewWindow(self.window(), delete_on_close=True)
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.open_recording(str(track), sd.info.exercise)
        return self.review_window

    def correct_count(self, set_id: int, corrected: int, reason: str, who: str = "") -> bool:
        try:
            self.store.correct_count(set_id, corrected, reason, who)
        except CoachError as exc:
            self._fail(translate("SessionDetailView", "The correction was not saved: {exc}").format(
                exc=error_text(exc)))
            return False
        self.who = who or self.who
        self._refresh()
        return True

    def add_note(self, text: str, author: str = "") -> bool:
        try:
            self.store.add_note(self.session_id, text, author)
        except CoachError as exc:
            self._fail(translate("SessionDetailView", "The note was not saved: {exc}").format(exc=error_text(exc)))
            return False
        self.who = author or self.who
        self._refresh()
        return True

    def export(self, path: str) -> list[Path]:
        assert self.session_id is not None, "export() is for the session shown"
        try:
            written = export_session_report(self.store, path, session_ids=[self.session_id], speaker=report_speaker())
        except CoachError as exc:
            self._fail(translate("SessionDetailView", "The report was not written: {exc}").format(exc=error_text(exc)))
            return []
        self.last_message = translate("HistoryView", "Saved {files}").format(
            files=translate("HistoryView", " and ").join(p.name for p in written))
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
        dialog = CorrectCountDialog(translate("SessionDetailView", "Set {number} · {title}").format(
                                        number=s.set_index, title=_title(s.exercise)), s.rep_count,
                                    s.recorded_rep_count, self.who, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.correct_count(s.id, *dialog.values()))
        dialog.open()

    def _ask_note(self) -> None:
        self.dialog = note = NoteDialog(self.who, self)
        note.accepted.connect(lambda: self.add_note(*note.values()))
        note.open()

    def _ask_export(self) -> None:
        if self.session_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("SessionDetailView",
                "Export the session report (PDF and CSV)"),
                                              f"coach_session_{self.session_id}.pdf",
                                              translate("session_detail", REPORT_FILTER))
        if path:
            self.export(path)

    def _fail(self, text: str) -> None:
        self.last_message = text
        show_message(self, text)


def _title(exercise: str) -> str:
    from coach.exercises.registry import analyzer_class

    try:
        return exercise_text(analyzer_class(exercise).title) or exercise
    except CoachError:
        return exercise
