"""The end of a guided session: what was done against the programme, pain before and after, what next.

The patient wants "did I do it, and is my back OK?": one line per exercise
(sets done of planned, reps or hold, good-form share), the pain change, and any
advice the runner gave in its own words. Progression suggestions follow, to
accept or dismiss — they are never applied without a press.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from coach.programme import SessionSummary
from coach.ui import theme
from coach.ui.programme.common import button, heading, label, page_layout
from coach.ui.programme.suggestions import SuggestionsPanel
from coach.ui.i18n import QT_TRANSLATE_NOOP, exercise_text, percent, phrase_text, short_number, translate

STATUS_TEXT = {"completed": QT_TRANSLATE_NOOP("SessionSummaryPage", "Session finished — well done."),
               "stopped_for_pain": QT_TRANSLATE_NOOP("SessionSummaryPage", "Session stopped because it hurt.")}


def exercise_line(e) -> str:
    from coach.exercises.registry import analyzer_class

    title = exercise_text(analyzer_class(e.prescription.exercise).title) or e.prescription.exercise
    done = translate("session_summary", "{done} of {planned} sets").format(done=e.sets_done, planned=e.sets_planned)
    amount = (translate("session_summary", "{seconds} s held").format(seconds=short_number(e.hold_s))
              if e.hold_s is not None else translate("session_summary", "{count} reps").format(count=e.reps))
    form = (translate("session_summary", ", {share} good form").format(share=percent(e.good_form_share))
            if e.good_form_share is not None else "")
    met = (translate("session_summary", " — target met in {sets_met}").format(sets_met=e.sets_met)
           if e.sets_done else "")
    return f"{title}: {done}, {amount}{form}{met}"


def pain_line(s: SessionSummary) -> str:
    if s.pain_before is None or s.pain_after is None:
        return ""
    change = s.pain_change or 0
    how = (translate("session_summary", "no change") if change == 0
           else translate("session_summary", "{change} lower").format(change=abs(change)) if change < 0
           else translate("session_summary", "{change} higher").format(change=change))
    return translate("session_summary", "Pain: {before}/10 before, {after}/10 after ({how}).").format(
        before=s.pain_before, after=s.pain_after, how=how)


class SessionSummaryPage(QWidget):
    doneClicked = Signal()

    def __init__(self, store, who: str = "", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = page_layout(self)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(0, 0, 12, 0)
        lay.setSpacing(12)
        card = QFrame()
        card.setObjectName("card")
        c = QVBoxLayout(card)
        c.setContentsMargins(28, 20, 28, 20)
        self.status = label("", theme.BIG, True)
        self.pain = label("", theme.LARGE, True, theme.SETUP)
        self.lines = label("", theme.LARGE)
        for w in (self.status, self.pain, self.lines):
            c.addWidget(w)
        self.messages = QFrame()
        self.messages.setObjectName("advice")
        m = QVBoxLayout(self.messages)
        self.message_text = label("", theme.MEDIUM, True)
        m.addWidget(self.message_text)
        c.addWidget(self.messages)
        lay.addWidget(card)
        lay.addWidget(heading(translate("SessionSummaryPage", "Your programme")))
        self.suggestions = SuggestionsPanel(store, who)
        lay.addWidget(self.suggestions)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        root.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_button = button(translate("SessionSummaryPage", "Done"), "primary")
        self.done_button.clicked.connect(self.doneClicked)
        row.addWidget(self.done_button)
        root.addLayout(row)

    def show_summary(self, summary: SessionSummary, programme_id: Optional[int]) -> None:
        self.status.setText(STATUS_TEXT.get(summary.status, summary.status.replace("_", " ")))
        self.pain.setText(pain_line(summary))
        self.lines.setText("\n".join(exercise_line(e) for e in summary.exercises))
        self.message_text.setText("\n\n".join(phrase_text(m) for m in summary.messages))
        self.messages.setVisible(bool(summary.messages))
        self.suggestions.show_programme(programme_id)
