"""After a set: what was done against the target, how it ended, and the pain rating if one was given.

Kept short and large on purpose: the patient wants "did I do it?", the physio
can read the per-rep lines below. Faults are listed in the words of the cues
the patient heard, not as rule names.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.live.recognised_set import AUTOMATIC
from coach.ui import theme
from coach.ui.counter_panel import with_unit
from coach.live.set_result import (ENDED_BY_USER, ENDED_FAILED, ENDED_FINISHED, ENDED_PAIN, ENDED_SOURCE_LOST,
                                 SetResult)
from coach.ui.i18n import (QT_TRANSLATE_NOOP, cue, exercise_text, fault_name, number, phrase_text, short_number,
                           translate)

_ENDINGS = {
    ENDED_BY_USER: QT_TRANSLATE_NOOP("summary_panel", "You ended the set."),
    ENDED_FINISHED: QT_TRANSLATE_NOOP("summary_panel", "The video ended."),
    ENDED_PAIN: QT_TRANSLATE_NOOP("summary_panel", "Stopped because it hurt."),
    ENDED_SOURCE_LOST: QT_TRANSLATE_NOOP("summary_panel", "The camera was lost; what was counted is kept."),
    ENDED_FAILED: QT_TRANSLATE_NOOP("summary_panel", "The set stopped because of a problem."),
}


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
        self.choose_button = QPushButton(translate("SummaryPanel", "Choose exercise"))
        self.choose_button.clicked.connect(self.chooseClicked)
        self.again_button = QPushButton(translate("SummaryPanel", "Another set  (Space)"))
        self.again_button.setObjectName("primary")
        self.again_button.clicked.connect(self.againClicked)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        row.addWidget(self.again_button)
        lay.addLayout(row)
        root.addWidget(card)

    def _headline_text(self, result: SetResult) -> str:
        if result.hold_s is not None:
            target = (translate("summary_panel", " of {target}").format(target=with_unit(result.target))
                      if result.target else "")
            return translate("summary_panel", "{seconds} good form{target}").format(
                seconds=with_unit(result.good_form_s or 0.0), target=target)
        # Qt's plural forms ("1 rep", "2 reps"; lupdate finds them in tr() calls, not in translate()).
        reps = self.tr("%n rep(s)", "", result.rep_count)
        sides = result.analysis.reps_by_side
        if sides:
            per = ", ".join(f"{translate('SessionDetailView', k)} {v}" for k, v in sorted(sides.items()))
            return f"{reps} ({per})"
        target = (translate("summary_panel", " of {target}").format(target=short_number(result.target))
                  if result.target else "")
        return f"{reps}{target}"

    def show_result(self, result: SetResult) -> None:
        if result.exercise == AUTOMATIC:
            self.title.setText(translate("SummaryPanel", "No exercise recognised"))
            self.headline.setText(translate("SummaryPanel", "Nothing was counted."))
        else:
            self.title.setText(translate("SummaryPanel", "{title} — set finished").format(
                title=exercise_text(result.title)))
            self.headline.setText(self._headline_text(result))
        ending = translate("summary_panel", _ENDINGS[result.ended_by]) if result.ended_by in _ENDINGS else ""
        self.ending.setText(" ".join(t for t in (ending, phrase_text(result.message)) if t))
        self.pain.setText(translate("SummaryPanel",
                "Pain rating: {pain} / 10").format(pain=result.pain) if result.pain is not None
                          else (translate("SummaryPanel",
                                  "Pain rating: skipped") if result.ended_by == ENDED_PAIN else ""))
        lines = []
        for r in result.analysis.reps[:12]:
            side = f" ({translate('SessionDetailView', r.side)})" if r.side else ""
            faults = (", ".join(fault_name(k, result.analysis.exercise) for k in r.faults)
                      or translate("SummaryPanel", "good form"))
            lines.append(translate("SummaryPanel", "Rep {index}{side}: {faults}").format(
                index=r.index, side=side, faults=faults))
        for f in result.analysis.faults[:6]:
            if result.analysis.hold is not None:
                lines.append(f"{number(f.t_start)}–{number(f.t_end)} s: {cue(f.message)}")
        self.details.setText("\n".join(lines))
