"""The key angle over time, with reps shaded, their boundaries, the rule thresholds and a moving cursor.

Drawn with QPainter rather than matplotlib so the cursor can follow playback
at 60 Hz without re-rendering a figure. What is drawn matches the report's
plot: the same angle, the same colours, and only the threshold lines that
:mod:`coach.exercises.spec` says really are in this angle's degrees (a
bridge is judged by hip height in torso lengths, so it gets the 180° "straight
line" reference, not an invented degree limit). The tool-tip carries the
report's note on what the line is and how form was judged.
"""
from __future__ import annotations

import math
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.exercises.spec import RefLine
from coach.review.recording import Recording, fmt_time
from coach.ui.review import review_style as style
from coach.ui.review.time_axis import TimeAxis, draw_cursor, draw_time_ticks
from coach.ui.i18n import exercise_text, number, report_speaker, translate

TITLE_H = 24
BOTTOM = 22


def _nice_step(span: float, target_lines: int = 4) -> float:
    raw = max(span / target_lines, 1e-6)
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)


class AnglePlot(QWidget):
    seekRequested = Signal(float)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.recording: Optional[Recording] = None
        self.position_s = 0.0
        self.ref_lines: list[RefLine] = []
        self._points: list[tuple[float, Optional[float]]] = []
        self._range = (0.0, 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)

    def set_recording(self, rec: Optional[Recording]) -> None:
        self.recording = rec
        self.ref_lines, self._points = [], []
        if rec is not None:
            content = rec.content
            self.ref_lines = list(content.ref_lines)
            series = rec.result.angle_series
            self._points = list(zip(series.t_s, series.deg)) if series is not None else []
            say = report_speaker().text
            tip = "\n\n".join(x for x in (say(content.plot_note), say(content.rules_note)) if x)
            self.setToolTip("\n".join(_wrap(tip, 90)))
        values = [d for _, d in self._points if d is not None] + [r.deg for r in self.ref_lines if r.deg is not None]
        if values:
            lo, hi = min(values), max(values)
            pad = max(4.0, 0.08 * (hi - lo))
            top = pad * (1.0 if rec is not None and rec.is_hold else 2.6)  # room for the rep numbers above the curve
            self._range = (lo - pad, hi + top)
        self.update()

    def set_position(self, t_s: float) -> None:
        self.position_s = t_s
        self.update()

    # ----- geometry ---------------------------------------------------------------------------
    def axis(self) -> TimeAxis:
        return TimeAxis(self.width(), self.recording.duration_s if self.recording else 1.0)

    def plot_rect(self) -> QRectF:
        axis = self.axis()
        return QRectF(axis.x0, TITLE_H, axis.x1 - axis.x0, max(10, self.height() - TITLE_H - BOTTOM))

    def deg_y(self, deg: float) -> float:  # (not y(): that is QWidget's)
        r, (lo, hi) = self.plot_rect(), self._range
        return r.bottom() - (deg - lo) / max(hi - lo, 1e-6) * r.height()

    # ----- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton and self.recording is not None:
            self.seekRequested.emit(self.axis().t(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.buttons() & Qt.MouseButton.LeftButton and self.recording is not None:
            self.seekRequested.emit(self.axis().t(event.position().x()))

    # ----- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(style.LANE).darker(130))
        rec = self.recording
        rect = self.plot_rect()
        p.fillRect(rect, style.LANE)
        if rec is None:
            p.end()
            return
        axis = self.axis()
        self._paint_spans(p, rec, axis, rect)
        self._paint_y_grid(p, rect)
        draw_time_ticks(p, axis, rect.top(), rect.bottom(), rect.bottom() + 3)
        self._paint_ref_lines(p, rect)
        if any(d is not None for _, d in self._points):
            self._paint_series(p, axis)
        else:
            p.setPen(style.MUTED)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                       translate("AnglePlot", "No angle was measured in this recording"))
        draw_cursor(p, axis, self.position_s, rect.top(), rect.bottom())
        self._paint_title(p, rec, rect)
        p.end()

    def _paint_spans(self, p: QPainter, rec: Recording, axis: TimeAxis, rect: QRectF) -> None:
        def band(a: float, b: float, colour: QColor, alpha: int, hatch: bool) -> None:
            r = QRectF(axis.x(a), rect.top(), max(2.0, axis.x(b) - axis.x(a)), rect.height())
            c = QColor(colour)
            c.setAlpha(alpha)
            p.fillRect(r, c)
            if hatch:
                p.fillRect(r, QBrush(QColor(colour.red(), colour.green(), colour.blue(), 120),
                                     Qt.BrushStyle.BDiagPattern))

        if rec.is_hold:
            for a, b in rec.hold_spans:
                band(a, b, style.GOOD, 45, False)
            for f in rec.faults:
                band(f.t_start, f.t_end, style.FAULT, 60, True)
            return
        p.setFont(style.font(style.SMALL_PX, bold=True))
        for r in rec.reps:
            good = r.good_form
            band(r.t_start, r.t_end, style.GOOD if good else style.FAULT, 45 if good else 55, not good)
            p.setPen(QPen(QColor("#8a939e"), 1, Qt.PenStyle.DashLine))
            for t in (r.t_start, r.t_end):
                p.drawLine(QPointF(axis.x(t), rect.top()), QPointF(axis.x(t), rect.bottom()))
            p.setPen(style.GOOD if good else style.FAULT)
            label = str(r.index) + (f" {r.side[0].upper()}" if r.side else "")
            mid = (axis.x(r.t_start) + axis.x(r.t_end)) / 2
            p.drawText(QRectF(mid - 20, rect.top() + 2, 40, 16), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_y_grid(self, p: QPainter, rect: QRectF) -> None:
        lo, hi = self._range
        step = _nice_step(hi - lo)
        p.setFont(style.font(style.SMALL_PX))
        v = math.ceil(lo / step) * step
        while v <= hi:
            y = self.deg_y(v)
            p.setPen(QPen(style.GRID, 1))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(style.MUTED)
            p.drawText(QRectF(0, y - 9, rect.left() - 8, 18),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{v:g}°")
            v += step

    def _paint_ref_lines(self, p: QPainter, rect: QRectF) -> None:
        """Each line is tagged with its degrees in the right margin; the legend under the plot says what it means
        (a label on the plot itself would cover the curve exactly where it matters, at the threshold)."""
        p.setFont(style.font(style.SMALL_PX, bold=True))
        for ref in self.ref_lines:
            if ref.deg is None:  # never: a report's lines are resolved to this patient's degrees
                continue
            colour = style.RULE if ref.kind == "rule" else style.REFERENCE
            y = self.deg_y(ref.deg)
            p.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine if ref.kind == "rule" else Qt.PenStyle.DotLine))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(colour)
            p.drawText(QRectF(rect.right() + 3, y - 9, self.width() - rect.right() - 3, 18),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{ref.deg:g}°")

    def _paint_series(self, p: QPainter, axis: TimeAxis) -> None:
        path = QPainterPath()
        pen_down = False
        for t, d in self._points:
            if d is None:
                pen_down = False
                continue
            pt = QPointF(axis.x(t), self.deg_y(d))
            if pen_down:
                path.lineTo(pt)
            else:
                path.moveTo(pt)
                pen_down = True
        p.setPen(QPen(style.ANGLE, 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

    def _paint_title(self, p: QPainter, rec: Recording, rect: QRectF) -> None:
        p.setFont(style.font(style.SMALL_PX + 1, bold=True))
        p.setPen(style.ANGLE)
        p.drawText(QRectF(rect.left(), 2, rect.width() * 0.65, TITLE_H - 4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, exercise_text(rec.spec.angle_label))
        deg = rec.angle_at(self.position_s)
        now = translate("AnglePlot", "{angle} at {time}").format(
            angle=f"{number(deg)}°" if deg is not None else "—", time=fmt_time(self.position_s))
        p.setPen(style.NEUTRAL)
        p.drawText(QRectF(rect.left(), 2, rect.width(), TITLE_H - 4),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, now)


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return [line for para in text.split("\n") for line in (textwrap.wrap(para, width) or [""])]
