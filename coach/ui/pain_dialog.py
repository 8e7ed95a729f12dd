""""Stop — it hurts": ask how much, 0 to 10, with big buttons a person in pain can hit.

The rating is kept with the set's result for the physio. Skipping is allowed
(a person in pain should not be forced through a form), and the dialog says
what to do next in plain words.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui import theme
from coach.ui.i18n import translate


def _scale_colour(value: int) -> tuple[str, str]:
    """Background green (0) through amber to red (10), with black or white text, whichever contrasts more."""
    c = QColor.fromHsvF(max(0.0, (120 - 12 * value) / 360.0), 0.9, 0.85)
    luminance = 0.2126 * c.redF() ** 2.2 + 0.7152 * c.greenF() ** 2.2 + 0.0722 * c.blueF() ** 2.2
    return c.name(), ("#000000" if luminance > 0.18 else "#ffffff")


class PainDialog(QDialog):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PainDialog", "How much does it hurt?"))
        self.setModal(True)
        self.setStyleSheet(theme.scaled(theme.STYLE + f"QDialog {{ border: 4px solid {theme.STOP}; }}"))
        self.setFont(theme.font(theme.MEDIUM))
        self.rating: Optional[int] = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 28, 32, 28)
        lay.setSpacing(18)
        title = QLabel(translate("PainDialog", "The set is stopped. How much does it hurt right now?"))
        title.setFont(theme.font(theme.BIG, bold=True))
        title.setWordWrap(True)
        lay.addWidget(title)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            b = QPushButton(str(value))
            b.setAccessibleName(translate("PainDialog", "Pain {value} of 10").format(value=value))
            b.setFont(theme.font(theme.BIG, bold=True))
            b.setMinimumSize(92, 92)
            b.setAutoDefault(False)  # Enter must not record a rating nobody chose
            bg, fg = _scale_colour(value)
            b.setStyleSheet(theme.scaled(f"QPushButton {{ background: {bg}; color: {fg}; padding: 0; min-height: 84px; "
                            f"min-width: 84px; "
                            f"font-size: {theme.BIG}px; border: 3px solid #ffffff; border-radius: 12px; }}"
                            f"QPushButton:focus {{ border: 6px solid {theme.FOCUS}; }}"))
            b.clicked.connect(lambda _=False, v=value: self.choose(v))
            grid.addWidget(b, 0, value)
            self.buttons.append(b)
        lay.addLayout(grid)
        ends = QHBoxLayout()
        for text, align in ((translate("PainDialog", "0 = no pain"), Qt.AlignmentFlag.AlignLeft),
                            (translate("PainDialog", "10 = worst pain imaginable"), Qt.AlignmentFlag.AlignRight)):
            label = QLabel(text)
            label.setFont(theme.font(theme.MEDIUM, bold=True))
            label.setAlignment(align)
            ends.addWidget(label)
        lay.addLayout(ends)
        advice = QLabel(translate("PainDialog",
                "Rest in a comfortable position. If the pain is severe, spreads down a leg, "
                        "or does not settle, contact your physiotherapist or doctor before exercising again."))
        advice.setFont(theme.font(theme.MEDIUM))
        advice.setWordWrap(True)
        advice.setStyleSheet(f"color: {theme.MUTED};")
        lay.addWidget(advice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.skip_button = QPushButton(translate("PainDialog", "Skip"))
        self.skip_button.clicked.connect(self.reject)
        row.addWidget(self.skip_button)
        lay.addLayout(row)
        self.skip_button.setFocus()
        width = self.sizeHint().width()  # tall enough for the wrapped texts at this width (larger system fonts)
        self.resize(width, max(self.sizeHint().height(), lay.totalHeightForWidth(width)))

    def choose(self, value: int) -> None:
        if not 0 <= value <= 10:
            raise ValueError(f"pain rating is 0–10, got {value}")
        self.rating = value
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - digits type the rating directly
        text = event.text()
        if text.isdigit():
            self.choose(int(text))  # "1" then "0" cannot be typed; 10 is a click
            return
        super().keyPressEvent(event)
