"""Colours, type sizes and the style sheet: readable from a mat on the floor 2 m away.

A patient mid-exercise glances at the screen from across the room, often in a
dim living room, so everything that matters is big, bold and high-contrast:
white on near-black, with colour used for meaning (green = good, red =
fix this, amber = set-up needed) and never as the only carrier of meaning.
Sizes are pixels so screenshots and tests are predictable across DPI settings.
"""
from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QGuiApplication

BG = "#101214"
PANEL = "#1c1f23"
TEXT = "#ffffff"
MUTED = "#c8ccd2"  # still 12:1 on BG: secondary text must stay readable
GOOD = "#3ddc84"
BAD = "#ff4d4d"
SETUP = "#ffb000"
ACCENT = "#4da3ff"
FOCUS = "#ffd400"  # the keyboard focus: yellow, unlike hover (blue) and every colour that carries meaning
STOP = "#d11a1a"

GOOD_Q = QColor(GOOD)
BAD_Q = QColor(BAD)
NEUTRAL_Q = QColor("#f0f0f0")
SETUP_Q = QColor(SETUP)

# Pixel sizes.
HUGE = 180     # the rep count / hold seconds
BIG = 44       # cue text, countdown labels
LARGE = 32     # titles, setup guidance details
MEDIUM = 26    # buttons, body text
SMALL = 20     # status bar: for the physio, not the patient


# The sizes above are designed for this system font size; a person who set a larger one gets the
# body text larger in proportion (never smaller: the sizes are what a mat 2 m away needs). Text that
# is already BIG or larger (cues, the count) is made for reading across a room and stays as it is.
REFERENCE_POINT_SIZE = 10.0
_PX_SIZE = re.compile(r"\b(font-size|min-height|min-width):\s*(\d+)px")


def text_scale() -> float:
    """The system font size against :data:`REFERENCE_POINT_SIZE` (1.5 for a 15 pt system font), at least 1."""
    app = QGuiApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QGuiApplication) else -1.0
    return max(1.0, size / REFERENCE_POINT_SIZE) if size > 0 else 1.0


def text_px(px: int, scale: float) -> int:
    """A text size grown by ``scale`` up to BIG; sizes of BIG and above are left as they are."""
    return px if px >= BIG else min(round(px * scale), BIG)


def scaled(css: str) -> str:
    """A style sheet with its text sizes (and the heights and widths that hold text) grown by :func:`text_scale`."""
    scale = text_scale()
    if scale == 1.0:
        return css

    def grow(m: re.Match) -> str:
        px = int(m.group(2))
        return f"{m.group(1)}: {text_px(px, scale) if m.group(1) == 'font-size' else round(px * scale)}px"
    return _PX_SIZE.sub(grow, css)


def font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(text_px(px, text_scale()))
    f.setBold(bold)
    return f


STYLE = f"""
QMainWindow, QDialog, QStackedWidget, QMessageBox {{ background: {BG}; }}
QWidget {{ color: {TEXT}; }}
QLabel {{ background: transparent; }}
QPushButton {{
    background: #2e3440; color: {TEXT}; border: 3px solid #5a6270; border-radius: 10px;
    padding: 12px 22px; font-size: {MEDIUM}px; font-weight: bold; min-height: 44px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 4px solid {FOCUS}; }}
QPushButton:disabled {{ color: #8a9099; border-color: #3a4048; }}
QPushButton#primary {{ background: #1f7a3f; border-color: {GOOD}; }}
QPushButton#primary:disabled {{ background: #2e3440; border-color: #3a4048; color: #8a9099; }}
QPushButton#compact {{ padding: 4px 14px; min-height: 64px; }}
QPushButton#stop {{ background: {STOP}; border-color: #ff9a9a; font-size: {LARGE}px; }}
QPushButton#stop:hover {{ background: #f02222; }}
QComboBox, QSpinBox {{
    background: {PANEL}; color: {TEXT}; border: 2px solid #5a6270; border-radius: 8px;
    padding: 8px 12px; font-size: {MEDIUM}px; min-height: 40px;
}}
QSpinBox::up-button, QSpinBox::down-button {{ width: 34px; }}
QComboBox::drop-down {{ width: 40px; }}
QComboBox QAbstractItemView {{ background: {PANEL}; color: {TEXT}; selection-background-color: {ACCENT}; }}
QListWidget {{
    background: {PANEL}; border: 2px solid #5a6270; border-radius: 10px; font-size: {LARGE}px; padding: 6px;
}}
QListWidget::item {{ padding: 16px 12px; border-radius: 8px; }}
QListWidget::item:selected {{ background: {ACCENT}; color: #000000; }}
QComboBox:focus, QSpinBox:focus, QListWidget:focus, QSlider:focus {{ border: 3px solid {FOCUS}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS}; border-radius: 6px; padding: 2px; }}
QStatusBar {{ background: {PANEL}; color: {MUTED}; font-size: {SMALL}px; }}
QStatusBar QLabel {{ color: {MUTED}; font-size: {SMALL}px; padding: 0 12px; }}
QFrame#card {{ background: {PANEL}; border-radius: 14px; }}
QScrollArea, QScrollArea > QWidget#qt_scrollarea_viewport {{ background: transparent; border: 0; }}
QFrame#emptyState {{ background: {PANEL}; border: 3px dashed {SETUP}; border-radius: 14px; }}
"""
