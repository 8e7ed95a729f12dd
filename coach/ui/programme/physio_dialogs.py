"""The physio's small dialogs: correct a count (with a reason), add a note, pick a date range.

They only collect values; the caller writes them through the store
(``correct_count`` keeps the original as an audit trail). A correction cannot
be saved without a reason, because the reason is what makes a changed number
trustworthy in the clinical record. Dialogs are opened with ``open()`` (not a
blocking ``exec()``) so the window and the tests keep running.
"""
from __future__ import annotations

from datetime import date
from typing import Optional, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from coach.ui import theme
from coach.ui.programme.common import STYLE, label
from coach.ui.i18n import translate


class _Dialog(QDialog):
    def __init__(self, title: str, parent: Optional[QWidget]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setStyleSheet(theme.scaled(STYLE))
        self.setFont(theme.font(theme.MEDIUM))
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(28, 24, 28, 20)
        self.lay.setSpacing(12)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)


class CorrectCountDialog(_Dialog):
    """New count + reason (required) + who; the recorded count stays in the record."""

    def __init__(self, what: str, current: int, recorded: int, who: str = "",
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(translate("CorrectCountDialog", "Correct the count"), parent)
        self.lay.addWidget(label(what, theme.LARGE, True))
        was = translate("CorrectCountDialog", "Counted by Coach: {recorded}").format(recorded=recorded)
        if current != recorded:
            was += translate("CorrectCountDialog", " · now shown: {current}").format(current=current)
        self.lay.addWidget(label(was, theme.MEDIUM, colour=theme.MUTED))
        form = QFormLayout()
        self.count = QSpinBox()
        self.count.setAccessibleName(translate("CorrectCountDialog", "Correct count"))
        self.count.setRange(0, 1000)
        self.count.setValue(current)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("CorrectCountDialog",
                "e.g. two reps were partial lifts seen on the video"))
        self.reason.setMinimumWidth(520)
        self.who = QLineEdit(who)
        self.who.setPlaceholderText(translate("CorrectCountDialog", "your name"))
        form.addRow(label(translate("CorrectCountDialog", "Correct count"), wrap=False), self.count)
        form.addRow(label(translate("CorrectCountDialog", "Reason"), wrap=False), self.reason)
        form.addRow(label(translate("CorrectCountDialog", "By"), wrap=False), self.who)
        self.lay.addLayout(form)
        self.lay.addWidget(label(translate("CorrectCountDialog",
                "The original count is kept and shown with the reason in every report."),
                                 theme.SMALL, colour=theme.MUTED))
        self.lay.addWidget(self.buttons)
        self.save_button.setText(translate("CorrectCountDialog", "Save correction"))
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.reason.text().strip()))

    def values(self) -> tuple[int, str, str]:
        return self.count.value(), self.reason.text().strip(), self.who.text().strip()


class NoteDialog(_Dialog):
    def __init__(self, who: str = "", parent: Optional[QWidget] = None) -> None:
        super().__init__(translate("NoteDialog", "Add a note"), parent)
        self.lay.addWidget(label(translate("NoteDialog", "Note for this session"), theme.LARGE, True))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(translate("NoteDialog", "Note for this session"))
        self.text.setMinimumSize(560, 160)
        self.who = QLineEdit(who)
        self.who.setPlaceholderText(translate("NoteDialog", "your name"))
        self.lay.addWidget(self.text)
        form = QFormLayout()
        form.addRow(label(translate("NoteDialog", "By"), wrap=False), self.who)
        self.lay.addLayout(form)
        self.lay.addWidget(self.buttons)
        self.text.textChanged.connect(lambda: self.save_button.setEnabled(bool(self.text.toPlainText().strip())))
        self.save_button.setEnabled(False)

    def values(self) -> tuple[str, str]:
        return self.text.toPlainText().strip(), self.who.text().strip()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateRangeDialog(_Dialog):
    """From and to (inclusive, whole days) for a date-range report."""

    def __init__(self, first: date, last: date, parent: Optional[QWidget] = None) -> None:
        super().__init__(translate("DateRangeDialog", "Report for a date range"), parent)
        self.lay.addWidget(label(translate("DateRangeDialog",
                "Sessions from … to … (both days included)"), theme.LARGE, True))
        form = QFormLayout()
        self.since, self.until = QDateEdit(_qdate(first)), QDateEdit(_qdate(last))
        for w in (self.since, self.until):
            w.setCalendarPopup(True)
            w.setDisplayFormat("d MMM yyyy")
        form.addRow(label(translate("DateRangeDialog", "From"), wrap=False), self.since)
        form.addRow(label(translate("DateRangeDialog", "To"), wrap=False), self.until)
        self.lay.addLayout(form)
        self.lay.addWidget(self.buttons)
        self.save_button.setText(translate("DateRangeDialog", "Choose file…"))

    def values(self) -> tuple[date, date]:
        # QDate.toPython() gives a datetime.date; PySide6's stubs say object.
        return cast(date, self.since.date().toPython()), cast(date, self.until.date().toPython())
