"""Small pieces every programme screen shares: labels, the 0–10 pain scale, message boxes, extra styles.

The live window's theme styles only the controls it uses; the editor, history
and physio tools add line edits, tables, tabs and date fields, which would
otherwise be drawn with Qt's light defaults under the theme's white text
(white on white). :data:`EXTRA_STYLE` gives them the same dark, high-contrast
look. Tables use a smaller size than the patient screens: they are read at a
desk by the physio, not from the mat.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from coach.ui import theme
from coach.ui.pain_dialog import _scale_colour
from coach.ui.i18n import translate

TABLE_PX = 20  # physio tables: read at a desk

EXTRA_STYLE = f"""
QLineEdit, QPlainTextEdit, QTextEdit, QDoubleSpinBox, QDateEdit {{
    background: {theme.PANEL}; color: {theme.TEXT}; border: 2px solid #5a6270; border-radius: 8px;
    padding: 6px 10px; font-size: {theme.MEDIUM}px; min-height: 36px;
    selection-background-color: {theme.ACCENT}; selection-color: #000000;
}}
QLineEdit:focus, QPlainTextEdit:focus, QDoubleSpinBox:focus, QSpinBox:focus, QComboBox:focus, QDateEdit:focus {{
    border: 3px solid {theme.FOCUS};
}}
QTableWidget:focus {{ border: 3px solid {theme.FOCUS}; }}
QDoubleSpinBox::up-button, QDoubleSpinBox::down-button, QDateEdit::up-button, QDateEdit::down-button {{
    width: 30px;
}}
QTableWidget {{
    background: {theme.PANEL}; alternate-background-color: #252a30; color: {theme.TEXT};
    gridline-color: #3a4048; border: 2px solid #5a6270; border-radius: 8px; font-size: {TABLE_PX}px;
    selection-background-color: {theme.ACCENT}; selection-color: #000000;
}}
QHeaderView::section {{
    background: #2e3440; color: {theme.TEXT}; padding: 6px 8px; border: 0; border-right: 1px solid #3a4048;
    font-size: {TABLE_PX}px; font-weight: bold;
}}
QTabWidget::pane {{ border: 0; }}
QTabBar::tab {{
    background: #2e3440; color: {theme.MUTED}; padding: 12px 28px; margin-right: 6px; font-size: {theme.MEDIUM}px;
    font-weight: bold; border-top-left-radius: 10px; border-top-right-radius: 10px;
}}
QTabBar::tab:selected {{ background: {theme.ACCENT}; color: #000000; }}
QTabBar::tab:disabled {{ color: #6a7079; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: 0; }}
QCheckBox {{ font-size: {theme.MEDIUM}px; spacing: 10px; }}
QCheckBox::indicator {{ width: 26px; height: 26px; }}
QPushButton:checked {{ background: {theme.ACCENT}; color: #000000; border-color: #ffffff; }}
QPushButton#answerYes:checked {{ background: {theme.SETUP}; color: #000000; }}
QScrollBar:vertical, QScrollBar:horizontal {{ background: {theme.BG}; border: 0; margin: 0; }}
QScrollBar:vertical {{ width: 16px; }}
QScrollBar:horizontal {{ height: 16px; }}
QScrollBar::handle {{ background: #5a6270; border-radius: 6px; min-height: 40px; min-width: 40px; margin: 2px; }}
QScrollBar::handle:hover {{ background: {theme.ACCENT}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QFrame#advice {{ background: #3a2a00; border: 3px solid {theme.SETUP}; border-radius: 12px; }}
QFrame#suggestion {{ background: #11301f; border: 3px solid {theme.GOOD}; border-radius: 12px; }}
"""

STYLE = theme.STYLE + EXTRA_STYLE


def label(text: str = "", px: int = theme.MEDIUM, bold: bool = False, colour: Optional[str] = None,
          wrap: bool = True) -> QLabel:
    w = QLabel(text)
    w.setFont(theme.font(px, bold))
    w.setWordWrap(wrap)
    if colour:
        w.setStyleSheet(f"color: {colour};")
    return w


def page_layout(page: QWidget) -> QVBoxLayout:
    """The outer layout of a full-window page, with the margins every page shares."""
    root = QVBoxLayout(page)
    root.setContentsMargins(28, 20, 28, 16)
    return root


def heading(text: str) -> QLabel:
    """Amber section heading, as on the exercise picker."""
    return label(text, theme.MEDIUM, True, theme.SETUP)


def button(text: str, name: str = "", focus: bool = True) -> QPushButton:
    b = QPushButton(text)
    if name:
        b.setObjectName(name)
    if not focus:
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return b


def stop_button() -> QPushButton:
    """"Stop — it hurts": red, the same everywhere in a guided session."""
    b = button(translate("common", "Stop — it hurts  (H)"), "stop", focus=False)
    b.setMinimumHeight(76)
    return b


def choice_row(secondary: QPushButton, primary: QPushButton) -> QHBoxLayout:
    """The cautious choice on the left, the default one on the right — the same place on every page."""
    row = QHBoxLayout()
    row.addWidget(secondary)
    row.addStretch(1)
    row.addWidget(primary)
    return row


# Message boxes' text is otherwise much smaller than their buttons.
MESSAGE_STYLE = STYLE + f"QMessageBox QLabel {{ font-size: {theme.MEDIUM}px; }}"


def ask_unsaved_changes(parent: QWidget, what: str) -> str:
    """"save", "discard" or "cancel" for edits that would be lost by ``what`` (e.g. "switching patient")."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("common", "Coach"),
                      translate("common", "The programme has changes that are not saved. "
                                "Save them before {what}?").format(what=what),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setStyleSheet(theme.scaled(MESSAGE_STYLE))
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    return "discard" if answer == QMessageBox.StandardButton.Discard else "cancel"


def show_message(parent: QWidget, text: str, warning: bool = True) -> QMessageBox:
    """Non-blocking message box: a modal exec() would stall timers, live sets and tests."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, translate("common", "Coach"), text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setStyleSheet(theme.scaled(MESSAGE_STYLE))
    box.open()
    return box


class PainScale(QWidget):
    """Eleven big buttons, 0 (green) to 10 (red), with the ends labelled in words."""

    chosen = Signal(int)

    def __init__(self, size: int = 76, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            b = QPushButton(str(value))
            b.setAccessibleName(translate("PainDialog", "Pain {value} of 10").format(value=value))
            bg, fg = _scale_colour(value)
            b.setStyleSheet(theme.scaled(
                f"QPushButton {{ background: {bg}; color: {fg}; padding: 0; min-height: {size}px; "
                f"min-width: {size}px; font-size: {theme.LARGE}px; border: 3px solid #ffffff; "
                f"border-radius: 12px; }} QPushButton:focus {{ border: 6px solid {theme.FOCUS}; }}"))
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            grid.addWidget(b, 0, value)
            self.buttons.append(b)
        # The words sit under the ends of the scale they explain.
        grid.addWidget(label(translate("PainScale",
                "0 = no pain"), theme.MEDIUM, True, wrap=False), 1, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(label(translate("PainScale",
                "10 = worst pain imaginable"), theme.MEDIUM, True, wrap=False), 1, 5, 1, 6,
                       Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(11, 1)

    def choose(self, value: int) -> None:
        self.buttons[value].click()
