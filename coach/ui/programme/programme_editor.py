"""The programme editor: the ordered list of prescriptions, one line's form, import/export, save.

The editor works on a copy (a name and a list of prescriptions) and only the
Save button writes to the store, through ``Store.save_programme`` — which keeps
every changed line as a new version, so sessions already done keep the target
they were done against. Problems (a bad programme file, a value the model
refuses) are shown in words next to the buttons and in a message box, never
raised. A programme file handed over by a physio is imported as a new
programme; exporting writes the same ``coach.programme/1`` file.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QScrollArea, QVBoxLayout, QWidget)

from coach.errors import CoachError
from coach.programme import (Prescription, Programme, ProgrammeError, load_programme_file, save_programme_file)
from coach.ui import theme
from coach.ui.programme.common import button, heading, label, show_message
from coach.ui.programme.prescription_form import DEFAULT_HOLD_S, DEFAULT_REPS, PrescriptionForm, is_hold
from coach.ui.i18n import QT_TRANSLATE_NOOP, error_text, phrase_text, translate

FILE_FILTER = QT_TRANSLATE_NOOP("programme_editor", "Coach programmes (*.toml *.json);;All files (*)")


def new_line(exercise: str = "glute_bridge") -> Prescription:
    return (Prescription(exercise, sets=2, hold_s=DEFAULT_HOLD_S, rest_s=45.0) if is_hold(exercise)
            else Prescription(exercise, sets=2, reps=DEFAULT_REPS, rest_s=45.0))


class ProgrammeEditor(QWidget):
    saved = Signal(object)  # Programme, as stored

    def __init__(self, store, patient_id: Optional[int] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.store, self.patient_id = store, patient_id
        self.programme_id: Optional[int] = None
        self.lines: list[Prescription] = []
        self.dirty = False
        # Work that would be lost: the person's own edits or an import — not the blank template a new
        # patient starts with (discarding that loses nothing, so nobody is asked about it).
        self.user_edited = False
        self.last_message = ""
        self._notes = ""
        self._discard = False
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 12)
        root.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(label(translate("ProgrammeEditor", "Open:"), theme.MEDIUM, True, wrap=False))
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(translate("ProgrammeEditor", "Open a programme"))
        self.chooser.setMinimumWidth(260)
        self.chooser.activated.connect(lambda i: self._open(self.chooser.itemData(i)))
        top.addWidget(self.chooser, 2)
        self.new_button = button(translate("ProgrammeEditor", "New"))
        self.new_button.clicked.connect(lambda: self._open(None))
        top.addWidget(self.new_button)
        top.addSpacing(16)
        top.addWidget(label(translate("ProgrammeEditor", "Name:"), theme.MEDIUM, True, wrap=False))
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("ProgrammeEditor", "Programme name"))
        self.name.textEdited.connect(self._mark_dirty)
        top.addWidget(self.name, 3)
        root.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(heading(translate("ProgrammeEditor", "Exercises, in order")))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ProgrammeEditor", "Exercises, in order"))
        self.list.setWordWrap(True)  # a long line wraps instead of hiding behind a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet(theme.scaled(f"QListWidget {{ font-size: {theme.SMALL + 2}px; font-weight: bold; }} "
                                "QListWidget::item { padding: 10px 8px; }"))
        self.list.currentRowChanged.connect(self._on_row)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = button(translate("ProgrammeEditor", "Add"))
        self.remove_button = button(translate("ProgrammeEditor", "Remove"))
        self.up_button = button(translate("ProgrammeEditor", "Up"))
        self.down_button = button(translate("ProgrammeEditor", "Down"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        left.addLayout(row)
        body.addLayout(left, 4)
        self.form = PrescriptionForm()
        self.form.changed.connect(self._on_form)
        scroll = QScrollArea()  # the form keeps its natural size; a small window scrolls it
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        body.addWidget(scroll, 6)
        root.addLayout(body, 1)

        bottom = QHBoxLayout()
        self.import_button = button(translate("ProgrammeEditor", "Import file…"))
        self.export_button = button(translate("ProgrammeEditor", "Export file…"))
        self.save_button = button(translate("ProgrammeEditor", "Save programme"), "primary")
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        self.message = label("", theme.SMALL + 2, True, theme.SETUP)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        root.addLayout(bottom)
        self.refresh_chooser()
        first = self.chooser.itemData(0)
        self.load(first) if first is not None else self.new_programme()

    # ----- loading -----------------------------------------------------------------------------------
    def refresh_chooser(self, select: Optional[int] = None) -> None:
        self.chooser.clear()
        for p in self.store.programmes(self.patient_id):
            self.chooser.addItem(p.name, p.id)
        if select is not None:
            self.chooser.setCurrentIndex(max(0, self.chooser.findData(select)))

    def set_patient(self, patient_id: Optional[int]) -> None:
        """Edit another patient's programmes: their first one, or a new one if they have none."""
        self.patient_id = patient_id
        self.refresh_chooser()
        first = self.chooser.itemData(0)
        self.load(first) if first is not None else self.new_programme()

    def _open(self, programme_id: Optional[int]) -> None:
        """Open another programme (None: a new one); unsaved changes need a second press to be dropped."""
        if self.dirty and not self._discard:
            self._discard = True
            self.chooser.setCurrentIndex(max(0, self.chooser.findData(self.programme_id)))
            return self._say(translate("ProgrammeEditor",
                                       "Unsaved changes — press Save programme, or choose again to discard them."))
        self.load(programme_id) if programme_id is not None else self.new_programme()

    def load(self, programme_id: Optional[int]) -> None:
        if programme_id is None:
            return
        self.show_programme(self.store.programme(programme_id))

    def show_programme(self, programme: Programme, dirty: bool = False) -> None:
        self.programme_id = programme.id
        self.name.setText(programme.name)
        self._notes = programme.notes
        self.lines = list(programme.prescriptions)
        self._fill_list(0)
        self.dirty, self._discard = dirty, False
        self.user_edited = False
        self._say(translate("ProgrammeEditor", "Not saved yet — press Save programme.") if dirty else "")

    def new_programme(self) -> None:
        self.show_programme(Programme(translate("ProgrammeEditor", "New programme"), (new_line(),)), dirty=True)

    def programme(self) -> Programme:
        return Programme(self.name.text().strip(), tuple(self.lines), self._notes,
                         self.programme_id, self.patient_id)

    # ----- the list ----------------------------------------------------------------------------------
    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, p in enumerate(self.lines, 1):
            item = QListWidgetItem(self._describe(i, p))
            item.setData(Qt.ItemDataRole.UserRole, i - 1)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.lines:
            self.list.setCurrentRow(min(max(0, row), len(self.lines) - 1))
            self._on_row(self.list.currentRow())
        self.form.setEnabled(bool(self.lines))
        self.remove_button.setEnabled(bool(self.lines))

    @staticmethod
    def _describe(i: int, p: Prescription) -> str:
        try:
            text = phrase_text(p.phrase())
        except CoachError:
            text = p.exercise
        limits = translate("ProgrammeEditor", " · own limits") if p.rule_overrides else ""
        return f"{i}.  {text}{limits}"

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.form.set_prescription(self.lines[row])
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.lines) - 1)

    def _on_form(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.lines):
            self.lines[row] = self.form.prescription()
            self.list.item(row).setText(self._describe(row + 1, self.lines[row]))
            self._mark_dirty()

    def add_line(self) -> None:
        self.lines.append(new_line())
        self._fill_list(len(self.lines) - 1)
        self._mark_dirty()

    def remove_line(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._fill_list(row)
            self._mark_dirty()

    def move_line(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if 0 <= row < len(self.lines) and 0 <= to < len(self.lines):
            self.lines[row], self.lines[to] = self.lines[to], self.lines[row]
            self._fill_list(to)
            self._mark_dirty()

    # ----- save, import, export ----------------------------------------------------------------------
    def save(self) -> Optional[Programme]:
        try:
            stored = self.store.save_programme(self.programme(), self.patient_id, reason="edited in Coach")
        except CoachError as exc:
            self._fail(translate("ProgrammeEditor", "Not saved: {exc}").format(exc=error_text(exc)))
            return None
        self.refresh_chooser(stored.id)
        self.show_programme(stored)
        self._say(translate("ProgrammeEditor", "Saved “{name}”.").format(name=stored.name))
        self.saved.emit(stored)
        return stored

    def import_file(self, path: str) -> Optional[Programme]:
        """Load a programme file into the editor as a new programme (saved only when Save is pressed)."""
        try:
            programme = load_programme_file(path)
        except (ProgrammeError, CoachError) as exc:
            self._fail(translate("ProgrammeEditor", "Could not import the file: {exc}").format(exc=error_text(exc)))
            return None
        self.show_programme(replace(programme, id=None, patient_id=self.patient_id), dirty=True)
        self.user_edited = True
        self._say(translate("ProgrammeEditor", "Imported “{name}” — check it, then press Save programme.").format(
            name=programme.name))
        return programme

    def export_file(self, path: str) -> bool:
        try:
            save_programme_file(self.programme().validate(), path)
        except CoachError as exc:
            self._fail(translate("ProgrammeEditor", "Could not export: {exc}").format(exc=error_text(exc)))
            return False
        self._say(translate("ProgrammeEditor", "Exported to {path}").format(path=path))
        return True

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("ProgrammeEditor", "Import a programme"), "",
                                              translate("programme_editor", FILE_FILTER))
        if path:
            self.import_file(path)

    def _ask_export(self) -> None:
        name = "".join(c if c.isalnum() else "_" for c in self.name.text().strip()) or "programme"
        path, _ = QFileDialog.getSaveFileName(self, translate("ProgrammeEditor",
                "Export the programme"), f"{name}.toml",
                                              translate("programme_editor", FILE_FILTER))
        if path:
            self.export_file(path)

    # ----- messages ----------------------------------------------------------------------------------
    def _mark_dirty(self, *_: object) -> None:
        self.dirty, self._discard = True, False
        self.user_edited = True
        self._say(translate("ProgrammeEditor", "Changed — press Save programme to keep it."))

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)

    def _fail(self, text: str) -> None:
        self._say(text)
        show_message(self, text)
