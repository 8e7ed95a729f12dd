"""The shared time axis of the timeline and the angle plot, so a rep sits at the same x in both.

Both widgets stack under the player at the same width; with the same margins
a physio can run an eye straight down from a rep on the timeline to its curve.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from coach.ui.review import review_style as style
from coach.ui.i18n import short_number

LEFT = 92     # room for lane names / degree labels
RIGHT = 46    # room for the threshold lines' degree tags
NICE_STEPS = (0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600)


class TimeAxis:
    def __init__(self, width: int, duration_s: float) -> None:
        self.x0 = float(LEFT)
        self.x1 = float(max(LEFT + 10, width - RIGHT))
        self.duration = max(duration_s, 1e-3)

    def x(self, t: float) -> float:
        return self.x0 + (self.x1 - self.x0) * min(max(t, 0.0), self.duration) / self.duration

    def t(self, x: float) -> float:
        return min(max((x - self.x0) / (self.x1 - self.x0) * self.duration, 0.0), self.duration)

    def ticks(self, min_px: float = 70.0) -> list[float]:
        span = self.x1 - self.x0
        step = next((s for s in NICE_STEPS if span * s / self.duration >= min_px), NICE_STEPS[-1])
        return [k * step for k in range(int(math.floor(self.duration / step)) + 1)]


def tick_label(t: float, duration: float) -> str:
    if duration > 90:
        return f"{int(t // 60)}:{int(t % 60):02d}"
    return f"{short_number(t)} s"


def draw_time_ticks(p: QPainter, axis: TimeAxis, top: float, bottom: float, label_y: float) -> None:
    """Faint vertical grid lines from ``top`` to ``bottom`` and labels under them."""
    p.setFont(style.font(style.SMALL_PX))
    for t in axis.ticks():
        x = axis.x(t)
        p.setPen(QPen(style.GRID, 1))
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
        p.setPen(style.MUTED)
        p.drawText(QRectF(x - 40, label_y, 80, 16), Qt.AlignmentFlag.AlignCenter, tick_label(t, axis.duration))


def draw_cursor(p: QPainter, axis: TimeAxis, t: float, top: float, bottom: float) -> None:
    x = axis.x(t)
    p.setPen(QPen(style.CURSOR, 2))
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
