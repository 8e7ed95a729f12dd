"""The big number: reps against the target (per side for bird-dog) or good-form hold time (plank).

It is the one thing a patient checks between efforts, so it is the largest
text in the window (the key angle is drawn on the video, beside the body it
measures, not here). For holds it shows good-form seconds (what the programme
asks for), with the total hold underneath, because time spent sagging should
not count toward the goal.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from coach.exercises.events import AnalyzerState
from coach.ui import theme
from coach.ui.i18n import short_number, translate

def format_seconds(s: float) -> str:
    s = max(0.0, s)
    return f"{int(s // 60)}:{int(s % 60):02d}" if s >= 60 else f"{s:.0f}"


def with_unit(s: float) -> str:
    """``45 s`` or ``1:15`` (minutes need no unit)."""
    return format_seconds(s) if s >= 60 else f"{format_seconds(s)} s"


class CounterPanel(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.mode = "reps"
        self.target: float = 10
        self.per_side = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.setSpacing(4)
        self.caption = QLabel(translate("CounterPanel", "Reps"))
        self.caption.setFont(theme.font(theme.LARGE, bold=True))
        self.caption.setStyleSheet(f"color: {theme.MUTED};")
        self.caption.setWordWrap(True)  # a longer caption in another language takes two lines, not the cut
        self.value = QLabel("0")
        self.value.setFont(theme.font(theme.HUGE, bold=True))
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setMinimumHeight(int(theme.HUGE * 0.6))  # shrinks with a short window (see resizeEvent)
        self.target_label = QLabel("")
        self.target_label.setFont(theme.font(theme.LARGE, bold=True))
        self.target_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(22)
        self.progress.setStyleSheet(
            f"QProgressBar {{ background: #2e3440; border: none; border-radius: 11px; }}"
            f"QProgressBar::chunk {{ background: {theme.GOOD}; border-radius: 11px; }}")
        self.detail = QLabel("")
        self.detail.setFont(theme.font(theme.MEDIUM, bold=True))
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        lay.addStretch(1)
        for w in (self.caption, self.value, self.target_label, self.progress, self.detail):
            lay.addWidget(w)
        lay.addStretch(2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """A short window shrinks the big number instead of letting it cover "of 10" beneath it."""
        others = sum(w.sizeHint().height() + 4 for w in (self.caption, self.target_label, self.progress, self.detail)
                     if not w.isHidden())
        room = event.size().height() - others - 24
        px = max(int(theme.HUGE * 0.5), min(theme.HUGE, int(room / 1.2)))
        if self.value.font().pixelSize() != px:
            self.value.setFont(theme.font(px, bold=True))
        super().resizeEvent(event)

    def configure(self, mode: str, target: float, per_side: bool) -> None:
        self.mode, self.target, self.per_side = mode, target, per_side
        self.caption.setText(translate("CounterPanel",
                "Good-form hold") if mode == "hold" else (translate("CounterPanel",
                        "Reps each side") if per_side else translate("CounterPanel", "Reps")))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setRange(0, 1000)
        self.show_state(None)

    def show_state(self, state: Optional[AnalyzerState]) -> None:
        if self.mode == "hold":
            good = (state.good_form_s or 0.0) if state else 0.0
            total = (state.hold_s or 0.0) if state else 0.0
            self.value.setText(format_seconds(good))
            self.target_label.setText(translate("CounterPanel", "of {value}").format(value=with_unit(self.target))
                                      if self.target else "")
            self.detail.setText(translate("CounterPanel",
                    "Holding {value}").format(value=with_unit(total)) if state and state.in_position
                                else translate("CounterPanel", "Not holding") if state else "")
            done = good
        else:
            count = state.rep_count if state else 0
            sides = dict(state.reps_by_side) if state else {}
            if self.per_side:
                left, right = sides.get("left", 0), sides.get("right", 0)
                self.value.setText(f"{left}·{right}")
                self.detail.setText(translate("CounterPanel", "left arm · right arm"))
                done = min(left, right)
            else:
                self.value.setText(str(count))
                self.detail.setText("")
                done = count
            self.target_label.setText(translate("CounterPanel", "of {target}").format(target=short_number(self.target))
                                      if self.target else "")  # Automatic, before the exercise is known
        self.progress.setValue(int(1000 * min(1.0, done / self.target)) if self.target else 0)
        reached = bool(self.target) and done >= self.target
        self.value.setStyleSheet(f"color: {theme.GOOD if reached else theme.TEXT};")

    @property
    def shown_value(self) -> str:
        return self.value.text()
