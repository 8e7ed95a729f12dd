"""The one line the patient must act on, in large text across the bottom of the live view.

Exactly one message shows at a time, in a fixed order of importance: setup
guidance (amber: nothing is counted until it is fixed), then the current form
cue (red), then praise or "get into position". The colour band and a word
label ("SET-UP", "FIX", "GOOD") carry the meaning together, so it is not
colour alone.
"""
from __future__ import annotations

from enum import Enum
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from coach.exercises.events import AnalyzerState
from coach.ui import theme
from coach.ui.i18n import QT_TRANSLATE_NOOP, cue, translate


class BannerKind(Enum):
    IDLE = "idle"
    SETUP = "setup"
    CUE = "cue"
    GOOD = "good"
    WAITING = "waiting"   # in view, not yet in the starting position
    NOTICE = "notice"     # camera lost, video ended, paused: said by the window, not the analyzer


_STYLE = {
    BannerKind.IDLE: ("#2e3440", theme.TEXT, ""),
    BannerKind.SETUP: (theme.SETUP, "#000000", QT_TRANSLATE_NOOP("CueBanner", "SET-UP")),
    BannerKind.CUE: ("#b3141b", "#ffffff", QT_TRANSLATE_NOOP("CueBanner", "FIX")),
    BannerKind.GOOD: ("#145c2e", "#ffffff", QT_TRANSLATE_NOOP("CueBanner", "GOOD")),
    BannerKind.WAITING: ("#2e3440", "#ffffff", QT_TRANSLATE_NOOP("CueBanner", "READY?")),
    BannerKind.NOTICE: (theme.ACCENT, "#000000", QT_TRANSLATE_NOOP("CueBanner", "NOTE")),
}


class CueBanner(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("cueBanner")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 14)
        lay.setSpacing(20)
        self.tag = QLabel("")
        self.tag.setFont(theme.font(theme.MEDIUM, bold=True))
        self.tag.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tag.setMinimumWidth(120)
        self.tag.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)  # the cue wraps, the tag not
        self.text = QLabel("")
        self.text.setFont(theme.font(theme.BIG, bold=True))
        self.text.setWordWrap(True)
        self.text.setMinimumHeight(2 * theme.BIG + 16)
        self.text.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.tag)
        lay.addWidget(self.text, 1)
        self.kind = BannerKind.IDLE
        self.show_message(BannerKind.IDLE, "")

    def show_message(self, kind: BannerKind, text: str) -> None:
        if kind is self.kind and text == self.text.text():
            return
        self.kind = kind
        bg, fg, tag = _STYLE[kind]
        self.setStyleSheet(f"QWidget#cueBanner {{ background: {bg}; border-radius: 12px; }}"
                           f"QLabel {{ color: {fg}; }}")
        self.tag.setText(translate("CueBanner", tag) if tag else "")
        self.tag.setStyleSheet(f"color: {bg}; background: {fg}; border-radius: 8px; padding: 6px 10px;"
                               if tag else "")
        self.text.setText(text)

    def show_state(self, state: AnalyzerState, mode: str) -> None:
        """Pick the message for this analyzer state (setup beats cue beats praise)."""
        if state.setup_message:
            self.show_message(BannerKind.SETUP, cue(state.setup_message))
        elif state.cue:
            self.show_message(BannerKind.CUE, cue(state.cue))
        elif state.in_position:
            self.show_message(BannerKind.GOOD, translate("CueBanner", "Good form — keep going") if mode == "hold"
                              else translate("CueBanner", "Good — keep going"))
        else:
            self.show_message(BannerKind.WAITING, translate("CueBanner", "Get into the starting position"))
