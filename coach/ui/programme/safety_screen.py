"""The red-flag questions before the first guided session, and the page shown when one is answered "yes".

The questions, their wording and the verdict all come from
:mod:`coach.programme.safety` — this widget only asks and shows. Every question
needs an explicit Yes or No (nothing is pre-selected, so a person cannot click
through), except the one the guidance marks optional. A "yes" never names a
condition: the page says to talk to a clinician first, and the session does
not start.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from coach.programme.safety import (ADVICE, CLEAR_MESSAGE, INCOMPLETE_MESSAGE, INTRO, QUESTIONS, URGENT_ADVICE,
                                     Question)
from coach.ui import theme
from coach.ui.programme.common import button, label
from coach.ui.i18n import translate



def safety_text(text: str) -> str:
    """The safety module's message in the window's language: it is made of these fixed sentences."""
    for english in (ADVICE, URGENT_ADVICE, CLEAR_MESSAGE, INCOMPLETE_MESSAGE):
        text = text.replace(english, translate("safety", english))
    return text

class _QuestionRow(QFrame):
    """One question with Yes / No buttons; ``answer`` is True, False or None (not answered)."""

    def __init__(self, q: Question) -> None:
        super().__init__()
        self.setObjectName("card")
        self.key = q.key
        lay = QHBoxLayout(self)
        lay.setContentsMargins(18, 12, 18, 12)
        lay.setSpacing(16)
        lay.addWidget(label(translate("safety", q.text), theme.MEDIUM), 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.yes = button(translate("_QuestionRow", "Yes"), "answerYes")
        self.no = button(translate("_QuestionRow", "No"))
        for b in (self.yes, self.no):
            b.setCheckable(True)
            b.setMinimumWidth(110)
            self.group.addButton(b)
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)

    @property
    def answer(self) -> Optional[bool]:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_answer(self, value: Optional[bool]) -> None:
        if value is None:
            self.group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.group.setExclusive(True)
        else:
            (self.yes if value else self.no).setChecked(True)


class SafetyScreen(QWidget):
    """Emits ``submitted`` with ``{question key: True/False/None}``; the caller judges with ``screen()``."""

    submitted = Signal(dict)
    cancelled = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 16)
        root.setSpacing(12)
        root.addWidget(label(translate("SafetyScreen", "A few safety questions"), theme.BIG, True))
        root.addWidget(label(translate("safety", INTRO), theme.MEDIUM, colour=theme.MUTED))
        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(0, 0, 12, 0)
        col.setSpacing(10)
        self.rows = [_QuestionRow(q) for q in QUESTIONS]
        for row in self.rows:
            col.addWidget(row)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        root.addWidget(scroll, 1)
        self.message = label("", theme.MEDIUM, True, theme.SETUP)
        root.addWidget(self.message)
        buttons = QHBoxLayout()
        self.back_button = button(translate("SafetyScreen", "Back"))
        self.back_button.clicked.connect(self.cancelled)
        self.continue_button = button(translate("SafetyScreen", "Continue"), "primary")
        self.continue_button.clicked.connect(lambda: self.submitted.emit(self.answers()))
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        root.addLayout(buttons)

    def answers(self) -> dict[str, Optional[bool]]:
        return {row.key: row.answer for row in self.rows}

    def answer(self, key: str, value: Optional[bool]) -> None:
        next(r for r in self.rows if r.key == key).set_answer(value)

    def show_incomplete(self, text: str) -> None:
        self.message.setText(safety_text(text))

    def reset(self) -> None:
        for row in self.rows:
            row.set_answer(None)
        self.message.setText("")


class NotAdvisedPage(QWidget):
    """A red flag was answered: the advice, in the safety module's words, and no way into the session."""

    backClicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(40, 32, 40, 32)
        card = QFrame()
        card.setObjectName("advice")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(32, 28, 32, 28)
        lay.setSpacing(18)
        lay.addWidget(label(translate("NotAdvisedPage", "Please talk to a clinician first"), theme.BIG, True))
        self.advice = label("", theme.LARGE)
        lay.addWidget(self.advice)
        lay.addWidget(label(translate("NotAdvisedPage",
                "Your answers are saved so your physiotherapist can see them. When a clinician has "
                            "said exercise is right for you, you can answer the questions again."), theme.MEDIUM,
                            colour=theme.MUTED))
        lay.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = button(translate("NotAdvisedPage", "Back to the programme"))
        self.back_button.clicked.connect(self.backClicked)
        row.addWidget(self.back_button)
        lay.addLayout(row)
        root.addWidget(card)

    def show_advice(self, text: str) -> None:
        self.advice.setText(safety_text(text))
