"""The physio's small dialogs: correct a count (with a reason), add a note, pick a date range.

They only collect values; the caller writes them through the store
(``correct_count`` keeps the original as an audit trail). A correction cannot
be saved without a reason, because the reason is what makes a changed number
trustworthy in the clinical record. Dialogs are opened with ``open()`` (not a
blocking ``exec()``) so the window and the tests keep running.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from coach.ui import theme
from coach.ui.programme.common import STYLE, label


class _Dialog(QDialog):
    def __init__(self, title: str, parent: Optional[QWidget]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setStyleSheet(STYLE)
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
        super().__init__("Correct the count", parent)
        self.lay.addWidget(label(what, theme.LARGE, True))
        was = f"Counted by Coach: {recorded}" + (f" · now shown: {current}" if current != recorded else "")
        self.lay.addWidget(label(was, theme.MEDIUM, colour=theme.MUTED))
        form = QFormLayout()
        self.count = QSpinBox()
        self.count.setRange(0, 1000)
        self.count.setValue(current)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("e.g. two reps were partial lifts seen on the video")
        self.reason.setMinimumWidth(520)
        self.who = QLineEdit(who)
        self.who.setPlaceholderText("your name")
        form.addRow(label("Correct count", wrap=False), self.count)
        form.addRow(label("Reason", wrap=False), self.reason)
        form.addRow(label("By", wrap=False), self.who)
        self.lay.addLayout(form)
        self.lay.addWidget(label("The original count is kept and shown with the reason in every report.",
                                 theme.SMALL, colour=theme.MUTED))
        self.lay.addWidget(self.buttons)
        self.save_button.setText("Save correction")
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.reason.text().strip()))

    def values(self) -> tuple[int, str, str]:
        return self.count.value(), self.reason.text().strip(), self.who.text().strip()


class NoteDialog(_Dialog):
    def __init__(self, who: str = "", parent: Optional[QWidget] = None) -> None:
        super().__init__("Add a note", parent)
        self.lay.addWidget(label("Note for this session", theme.LARGE, True))
        self.text = QPlainTextEdit()
        self.text.setMinimumSize(560, 160)
        self.who = QLineEdit(who)
        self.who.setPlaceholderText("your name")
        self.lay.addWidget(self.text)
        form = QFormLayout()
        form.addRow(label("By", wrap=False), self.who)
        self.lay.addLayout(form)
        self.lay.addWidget(self.buttons)
        self.text.textChanged.connect(lambda: self.save_button.setEnabled(bool(self.text.toPlainText().strip())))
        self.save_button.setEnabled(False)

    def values(self) -> tuple[str, str]:
        return self.text.toPlainText().strip(), self.who.text().strip()


class DateRangeDialog(_Dialog):
    """From and to (inclusive, whole days) for a date-range report."""

    def __init__(self, first: date, last: date, parent: Optional[QWidget] = None) -> None:
        super().__init__("Report for a date range", parent)
        self.lay.addWidget(label("Sessions from … to … (both days included)", theme.LARGE, True))
        form = QFormLayout()
        self.since, self.until = QDateEdit(QDate(first)), QDateEdit(QDate(last))
        for w in (self.since, self.until):
            w.setCalendarPopup(True)
            w.setDisplayFormat("d MMM yyyy")
        form.addRow(label("From", wrap=False), self.since)
        form.addRow(label("To", wrap=False), self.until)
        self.lay.addLayout(form)
        self.lay.addWidget(self.buttons)
        self.save_button.setText("Choose file…")

    def values(self) -> tuple[date, date]:
        return self.since.date().toPython(), self.until.date().toPython()
