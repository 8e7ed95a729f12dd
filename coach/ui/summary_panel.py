"""After a set: what was done against the target, how it ended, and the pain rating if one was given.

Kept short and large on purpose: the patient wants "did I do it?", the physio
can read the per-rep lines below. Faults are listed in the words of the cues
the patient heard, not as rule names.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui import theme
from coach.ui.counter_panel import with_unit
from coach.live.set_result import (ENDED_BY_USER, ENDED_FAILED, ENDED_FINISHED, ENDED_PAIN, ENDED_SOURCE_LOST,
                                 SetResult)

_ENDINGS = {
    ENDED_BY_USER: "You ended the set.",
    ENDED_FINISHED: "The video ended.",
    ENDED_PAIN: "Stopped because it hurt.",
    ENDED_SOURCE_LOST: "The camera was lost; what was counted is kept.",
    ENDED_FAILED: "The set stopped because of a problem.",
}


def reps_text(n: int) -> str:
    return "1 rep" if n == 1 else f"{n} reps"


def headline(result: SetResult) -> str:
    if result.hold_s is not None:
        target = f" of {with_unit(result.target)}" if result.target else ""
        return f"{with_unit(result.good_form_s or 0.0)} good form{target}"
    sides = result.analysis.reps_by_side
    if sides:
        per = ", ".join(f"{k} {v}" for k, v in sorted(sides.items()))
        return f"{reps_text(result.rep_count)} ({per})"
    target = f" of {result.target:g}" if result.target else ""
    return f"{reps_text(result.rep_count)}{target}"


class SummaryPanel(QWidget):
    againClicked = Signal()
    chooseClicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(40, 32, 40, 32)
        card = QFrame()
        card.setObjectName("card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(32, 28, 32, 28)
        lay.setSpacing(14)
        self.title = QLabel("")
        self.title.setFont(theme.font(theme.LARGE, bold=True))
        self.title.setStyleSheet(f"color: {theme.MUTED};")
        self.headline = QLabel("")
        self.headline.setFont(theme.font(72, bold=True))
        self.headline.setWordWrap(True)
        self.ending = QLabel("")
        self.ending.setFont(theme.font(theme.LARGE, bold=True))
        self.ending.setWordWrap(True)
        self.pain = QLabel("")
        self.pain.setFont(theme.font(theme.LARGE, bold=True))
        self.pain.setStyleSheet(f"color: {theme.SETUP};")
        self.details = QLabel("")
        self.details.setFont(theme.font(theme.MEDIUM))
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        for w in (self.title, self.headline, self.ending, self.pain, self.details):
            lay.addWidget(w)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.choose_button = QPushButton("Choose exercise")
        self.choose_button.clicked.connect(self.chooseClicked)
        self.again_button = QPushButton("Another set  (Space)")
        self.again_button.setObjectName("primary")
        self.again_button.clicked.connect(self.againClicked)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        row.addWidget(self.again_button)
        lay.addLayout(row)
        root.addWidget(card)

    def show_result(self, result: SetResult) -> None:
        self.title.setText(f"{result.title} — set finished")
        self.headline.setText(headline(result))
        ending = _ENDINGS.get(result.ended_by, "")
        self.ending.setText(" ".join(t for t in (ending, result.message) if t))
        self.pain.setText(f"Pain rating: {result.pain} / 10" if result.pain is not None
                          else ("Pain rating: skipped" if result.ended_by == ENDED_PAIN else ""))
        lines = []
        for r in result.analysis.reps[:12]:
            side = f" ({r.side})" if r.side else ""
            faults = ", ".join(r.faults).replace("_", " ") or "good form"
            lines.append(f"Rep {r.index}{side}: {faults}")
        for f in result.analysis.faults[:6]:
            if result.analysis.hold is not None:
                lines.append(f"{f.t_start:.0f}–{f.t_end:.0f} s: {f.message}")
        self.details.setText("\n".join(lines))
