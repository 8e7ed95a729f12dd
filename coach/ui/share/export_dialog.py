""""Share with my physio…": pick the sessions, see what the file holds and its size, then save it.

The file is built in the temp folder as soon as the choice changes, so the
list and the size shown are those of the exact file that will be saved; it is
only copied where the patient chooses after "Save file…". Nothing is marked
as shared until the file is safely written.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional, cast

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (QButtonGroup, QDateEdit, QDialog, QFileDialog, QFrame, QHBoxLayout, QLineEdit,
                               QRadioButton, QVBoxLayout, QWidget)

from coach.errors import CoachError
from coach.store.share import FILE_FILTER, PreparedShare, plan_export, prepare_share, size_phrase
from coach.ui import theme
from coach.ui.programme.common import button, heading, label
from coach.ui.share.growing import share_dialog_layout, show_unclipped
from coach.ui.i18n import error_text, phrase_text, translate


class ShareExportDialog(QDialog):
    def __init__(self, store, shelf, patient_id: Optional[int] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.store, self.shelf = store, shelf
        self.patient = store.patient(patient_id) if patient_id is not None else store.default_patient()
        self.prepared: Optional[PreparedShare] = None
        self.saved_path: Optional[Path] = None
        self.last_message = ""
        lay = share_dialog_layout(self, translate("ShareExportDialog", "Share with my physio"))
        lay.addWidget(label(translate("ShareExportDialog",
                "One file with your sessions — the skeleton and the numbers, never a video.\n"
                            "Send it by e-mail or on a USB stick."), theme.MEDIUM, colour=theme.MUTED, wrap=False))
        lay.addWidget(heading(translate("ShareExportDialog", "Which sessions")))
        self.new_only = QRadioButton(translate("ShareExportDialog", "The sessions I have not shared yet"))
        self.from_date = QRadioButton(translate("ShareExportDialog", "Every session from"))
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(translate("ShareExportDialog", "First day to share"))
        self.since.setDisplayFormat("d MMM yyyy")
        first = store.sessions(self.patient.id)
        start = date.fromisoformat(first[0].started_at[:10]) if first else date.today()
        self.since.setDate(QDate(start.year, start.month, start.day))
        group = QButtonGroup(self)
        for b in (self.new_only, self.from_date):
            group.addButton(b)
            b.setFont(theme.font(theme.MEDIUM))
        self.new_only.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.from_date)
        row.addWidget(self.since)
        row.addStretch(1)
        lay.addWidget(self.new_only)
        lay.addLayout(row)
        name_row = QHBoxLayout()
        name_row.addWidget(label(translate("ShareExportDialog", "Your name (for your physio):"), wrap=False))
        self.name = QLineEdit("" if self.patient.is_default else self.patient.name)
        self.name.setAccessibleName(translate("ShareExportDialog", "Your name (for your physio)"))
        self.name.setPlaceholderText(translate("ShareExportDialog", "e.g. Ann Example"))
        self.name.setMinimumWidth(300)
        self._rename = QTimer(self, singleShot=True, interval=500)
        self._rename.timeout.connect(self.refresh)  # the name is in the file
        self.name.textChanged.connect(lambda _t: self._rename.start())
        name_row.addWidget(self.name, 1)
        lay.addLayout(name_row)
        lay.addWidget(heading(translate("ShareExportDialog", "What the file holds")))
        box = QFrame()
        box.setObjectName("card")
        box_lay = QVBoxLayout(box)
        self.contents = label("", theme.MEDIUM, wrap=False)  # short lines; unwrapped, the dialog fits them
        box_lay.addWidget(self.contents)
        lay.addWidget(box)
        buttons = QHBoxLayout()
        self.cancel_button = button(translate("ShareExportDialog", "Cancel"))
        self.save_button = button(translate("ShareExportDialog", "Save file…"), "primary")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._ask_path)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        lay.addLayout(buttons)
        self.new_only.toggled.connect(lambda _on: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh() if self.from_date.isChecked() else None)
        self.finished.connect(self._on_finished)
        self.refresh()

    def _on_finished(self, _result: int) -> None:
        self._rename.stop()
        self._drop()

    def since_date(self) -> Optional[date]:
        # QDate.toPython() gives a datetime.date; PySide6's stubs say object.
        return cast(date, self.since.date().toPython()) if self.from_date.isChecked() else None

    def refresh(self) -> None:
        """Build the file for the current choice and show what is in it (the size is the real file's)."""
        self._rename.stop()
        self._drop()
        plan = plan_export(self.store, self.patient.id, self.since_date(), self.name.text())
        if not plan.sessions:
            self._show_contents(phrase_text(plan.phrases()[0]))
            self.save_button.setEnabled(False)
            return
        try:
            self.prepared = prepare_share(self.store, plan, self.shelf)
        except CoachError as exc:
            self._show_contents(translate("ShareExportDialog", "The file could not be made:\n{exc}").format(
                exc=error_text(exc)))
            self.save_button.setEnabled(False)
            return
        self._show_contents("\n".join(f"•  {phrase_text(line)}" for line in self.prepared.phrases()))
        self.save_button.setEnabled(True)

    def save_to(self, path: str) -> bool:
        """Write the file shown (rebuilt first if the name was changed); False with a message if it fails."""
        if self.prepared is None:
            return False
        if self.prepared.plan.patient_name != (self.name.text().strip() or self.patient.name):
            self.refresh()  # typed just now: the file must carry the name shown
            if self.prepared is None:
                return False
        try:
            self.saved_path = self.prepared.save(self.store, path)
        except CoachError as exc:
            self.last_message = translate("ShareExportDialog", "The file was not saved: {exc}").format(
                exc=error_text(exc))
            self._show_contents(self.last_message)
            return False
        self.last_message = translate("ShareExportDialog", "Saved {name} ({size}). Send it to your physio by e-mail "
                                      "or on a USB stick.").format(name=self.saved_path.name,
                                                                   size=phrase_text(size_phrase(self.prepared.size)))
        self.accept()
        return True

    def _ask_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("ShareExportDialog", "Save the file for your physio"),
                                              f"coach_sessions_{date.today().isoformat()}.coachshare",
                                              translate("share", FILE_FILTER))
        if path:
            self.save_to(path)

    def _drop(self) -> None:
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None

    def _show_contents(self, text: str) -> None:
        show_unclipped(self, self.contents, text)
