""""Import a patient's sessions…": show what a share file holds, choose the patient, add what is new.

The file is checked whole before anything is shown (a bad one ends with one
line and changes nothing); the result is reported as "12 sessions, 3 already
here". After the import the sessions are in the patient's history, where any
set with a pose track opens in the review window.
"""
from __future__ import annotations

import textwrap
from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coach.errors import CoachError
from coach.store.share import ImportReport, SharePackage, import_share, read_package
from coach.ui import theme
from coach.ui.programme.common import button, heading, label
from coach.ui.share.growing import share_dialog_layout, show_unclipped
from coach.ui.i18n import date_text, error_text, phrase_text, translate


class ShareImportDialog(QDialog):
    imported = Signal(object)  # ImportReport, once the sessions are in the store

    def __init__(self, store, shelf, path: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.store, self.shelf, self.path = store, shelf, path
        self.package: Optional[SharePackage] = None
        self.report: Optional[ImportReport] = None
        self.last_message = ""
        lay = share_dialog_layout(self, translate("ShareImportDialog", "Import a patient's sessions"))
        lay.addWidget(heading(translate("ShareImportDialog", "In the file")))
        self.box = box = QFrame()
        box.setObjectName("card")
        box_lay = QVBoxLayout(box)
        self.contents = label("", theme.MEDIUM, wrap=False)
        box_lay.addWidget(self.contents)
        lay.addWidget(box)
        row = QHBoxLayout()
        row.addWidget(label(translate("ShareImportDialog", "Add to patient:"), wrap=False))
        self.patient = QComboBox()
        self.patient.setEditable(True)  # a new name makes a new patient
        self.patient.setMinimumWidth(320)
        row.addWidget(self.patient, 1)
        self.patient_row = QWidget()
        self.patient_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.patient_row)
        self.result_label = label("", theme.MEDIUM, True, theme.GOOD, wrap=False)  # lines broken here: see _show_result
        lay.addWidget(self.result_label)
        buttons = QHBoxLayout()
        self.close_button = button(translate("ShareImportDialog", "Cancel"))
        self.import_button = button(translate("ShareImportDialog", "Import"), "primary")
        self.close_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(lambda: self.import_into(self.patient.currentText()))
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        lay.addLayout(buttons)
        self._read()

    def _read(self) -> None:
        try:
            self.package = pkg = read_package(self.path)
        except CoachError as exc:
            self._fail(error_text(exc))
            return
        sessions = pkg.sessions
        known = {row[0] for row in self.store.query("SELECT share_id FROM sessions WHERE share_id IS NOT NULL")}
        here = sum(s.share_id in known for s in sessions)
        sets = sum(len(s.sets) for s in sessions)
        who = pkg.patient_name or translate("ShareImportDialog", "an unnamed patient")
        lines = [translate("ShareImportDialog", "{file}: {count} sessions of {who}").format(
            file=pkg.path.name, count=len(sessions), who=who)]
        if sessions:
            lines.append(translate("ShareImportDialog",
                                   "{first} to {last}, {sets} sets, {tracks} pose tracks (no video)").format(
                first=date_text(sessions[0].started_at), last=date_text(sessions[-1].started_at),
                sets=sets, tracks=len(pkg.tracks)))
        lines.append(translate("ShareImportDialog", "{here} of them already here").format(here=here) if here
                     else translate("ShareImportDialog", "none of them here yet"))
        self._show_contents("\n".join(f"•  {line}" for line in lines))
        names = [p.name for p in self.store.patients()]
        self.patient.addItems(names)
        wanted = pkg.patient_name.strip()
        match = next((n for n in names if n.casefold() == wanted.casefold()), None)
        if match is not None:
            self.patient.setCurrentText(match)
        else:
            self.patient.setEditText(wanted)

    def import_into(self, patient_name: str) -> Optional[ImportReport]:
        if self.package is None:
            return None
        if not patient_name.strip():
            self._fail(translate("ShareImportDialog", "Choose the patient, or type a new patient's name."))
            return None
        try:
            self.report = import_share(self.store, self.path, patient_name, self.shelf)
        except CoachError as exc:
            self._fail(error_text(exc))
            return None
        self.last_message = phrase_text(self.report.phrase())
        self._show_result(self.last_message.replace("; ", ";\n"))
        self.import_button.setEnabled(False)
        self.close_button.setText(translate("ShareImportDialog", "Close"))
        self.imported.emit(self.report)
        return self.report

    def _fail(self, text: str) -> None:
        self.last_message = text
        self.result_label.setStyleSheet(f"color: {theme.BAD};")
        self._show_result(textwrap.fill(text, 60))
        if self.package is None:  # nothing readable to show or import
            self.box.hide()
            self.patient_row.hide()
        self.import_button.setEnabled(False)
        self.close_button.setText(translate("ShareImportDialog", "Close"))

    def _show_result(self, text: str) -> None:
        """Lines broken by us, not word-wrapped: a word-wrapped label would let the layout clip the lines above."""
        show_unclipped(self, self.result_label, text)

    def _show_contents(self, text: str) -> None:
        show_unclipped(self, self.contents, text)
