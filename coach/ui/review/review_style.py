"""Colours and a desk-sized style sheet for the review window.

The live window is read from a mat 2 m away, so its type is huge. The review
window is read by a physiotherapist at a desk, next to a table, a timeline and
a plot; the live window's sizes would leave no room for them. So this keeps the
live window's colours (green = good form, red = fault, amber = set-up) but uses
desk-sized type. Faulted reps are also hatched so colour is never the only cue.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from coach.ui import theme

BODY_PX = 16
SMALL_PX = 13
TITLE_PX = 19

GOOD = QColor(theme.GOOD)
FAULT = QColor(theme.BAD)
SETUP = QColor(theme.SETUP)
NEUTRAL = QColor("#f0f0f0")
MUTED = QColor("#9aa1ab")
GRID = QColor("#3a4048")
LANE = QColor("#23272e")
CURSOR = QColor("#ffffff")
ANGLE = QColor(theme.ACCENT)
RULE = QColor("#ff6f6f")        # a judged threshold line
REFERENCE = QColor("#b8bec7")   # a geometric reference line (180° = straight)
STAGE = QColor("#2a2f37")       # the plain background of a skeleton-only replay
# Automatic: each exercise's sets in their own colour, none of them the reps' green, red or amber.
SET_COLOURS = tuple(QColor(c) for c in ("#5b9be6", "#a77de0", "#3fb8b0", "#e08cc8", "#8fa3c8", "#c7b07a"))
OTHER = QColor("#4a505a")       # somebody in view doing none of the exercises


def set_colour(exercise: str) -> QColor:
    """The colour of an exercise's set bands: the same exercise always in the same colour."""
    from coach.exercises.registry import exercise_names

    names = exercise_names()
    return SET_COLOURS[(names.index(exercise) if exercise in names else 0) % len(SET_COLOURS)]


def font(px: int = BODY_PX, bold: bool = False) -> QFont:
    return theme.font(px, bold)


STYLE = theme.STYLE + f"""
QMainWindow#review QWidget {{ font-size: {BODY_PX}px; }}
QMainWindow#review QPushButton {{
    font-size: {BODY_PX}px; padding: 5px 12px; min-height: 30px; border-width: 2px; border-radius: 7px;
}}
QMainWindow#review QPushButton#primary {{ background: #1f7a3f; border-color: {theme.GOOD}; }}
QMainWindow#review QComboBox {{ font-size: {BODY_PX}px; padding: 3px 8px; min-height: 28px; }}
QMainWindow#review QTableWidget, QMainWindow#review QTabWidget::pane {{
    background: {theme.PANEL}; gridline-color: #3a4048; border: 1px solid #3a4048;
}}
QMainWindow#review QTableWidget {{ alternate-background-color: #22262b; selection-background-color: {theme.ACCENT};
    selection-color: #000000; }}
QMainWindow#review QHeaderView::section {{ background: #2e3440; color: {theme.TEXT}; padding: 4px;
    border: 0; border-right: 1px solid #3a4048; font-size: {SMALL_PX}px; font-weight: bold; }}
QMainWindow#review QTabBar::tab {{ background: #2e3440; color: {theme.TEXT}; padding: 6px 14px;
    border-top-left-radius: 6px; border-top-right-radius: 6px; margin-right: 2px; }}
QMainWindow#review QTabBar::tab:selected {{ background: {theme.ACCENT}; color: #000000; }}
QMainWindow#review QProgressBar {{ background: {theme.PANEL}; border: 1px solid #5a6270; border-radius: 6px;
    text-align: center; min-height: 22px; color: {theme.TEXT}; }}
QMainWindow#review QProgressBar::chunk {{ background: {theme.ACCENT}; border-radius: 5px; }}
QMainWindow#review QScrollBar:horizontal {{ background: {theme.PANEL}; height: 12px; }}
QMainWindow#review QScrollBar:vertical {{ background: {theme.PANEL}; width: 12px; }}
QMainWindow#review QScrollBar::handle {{ background: #5a6270; border-radius: 5px; min-width: 30px; min-height: 30px; }}
QMainWindow#review QScrollBar::add-line, QMainWindow#review QScrollBar::sub-line {{ width: 0; height: 0; }}
QMainWindow#review QLabel#muted {{ color: {theme.MUTED}; }}
QMainWindow#review QLabel#headline {{ font-size: {TITLE_PX}px; font-weight: bold; }}
QMainWindow#review QSlider::groove:horizontal {{ height: 8px; background: #3a4048; border-radius: 4px; }}
QMainWindow#review QSlider::handle:horizontal {{ background: {theme.ACCENT}; width: 16px; margin: -6px 0;
    border-radius: 8px; }}
"""
