"""The camera picture with the skeleton drawn over it, plus the countdown and pause overlays.

Drawing happens here with QPainter at the widget's size (not into the frame
with OpenCV) so lines stay crisp and thick at any window size. Bones touching
a joint the analyzer marks bad are red, bones between watched joints green,
the rest light grey; colour is doubled by width (bad bones are thicker) for
people who cannot tell red from green. Before the first frame the view says
what it is waiting for instead of showing a black box.
"""
from __future__ import annotations

from typing import Optional

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.exercises.events import AnalyzerState
from coach.pose.landmarks import SKELETON_EDGES, PoseFrame
from coach.ui import theme
from coach.ui.i18n import number, translate

MIN_VISIBILITY = 0.3


def bgr_to_qimage(bgr: np.ndarray) -> QImage:
    """An owned RGB QImage: the numpy buffer may be reused or freed as soon as this returns."""
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, rgb.strides[0], QImage.Format.Format_RGB888).copy()


class VideoView(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self._image: Optional[QImage] = None
        self._pose: Optional[PoseFrame] = None
        self._state: Optional[AnalyzerState] = None
        self.overlay_text = ""      # big centred text: countdown number, "Paused"
        self.overlay_detail = ""    # smaller line under it
        self.placeholder = translate("VideoView", "Waiting for the camera…")

    # ----- what to show -----------------------------------------------------------------------
    def show_frame(self, bgr: np.ndarray, pose: Optional[PoseFrame], state: Optional[AnalyzerState]) -> None:
        self._image = bgr_to_qimage(bgr)
        self._pose, self._state = pose, state
        self.update()

    def set_overlay(self, text: str, detail: str = "") -> None:
        self.overlay_text, self.overlay_detail = text, detail
        self.update()

    def clear(self, placeholder: str = translate("VideoView", "Waiting for the camera…")) -> None:
        self._image, self._pose, self._state = None, None, None
        self.placeholder = placeholder
        self.update()

    @property
    def has_frame(self) -> bool:
        return self._image is not None

    @property
    def drawn_skeleton(self) -> bool:
        """Whether the last paint has a person to draw (for tests and the status line)."""
        return self._pose is not None and self._pose.image is not None

    # ----- painting ---------------------------------------------------------------------------
    def _target_rect(self) -> QRectF:
        if self._image is None:
            return QRectF(self.rect())
        iw, ih = self._image.width(), self._image.height()
        scale = min(self.width() / iw, self.height() / ih)
        w, h = iw * scale, ih * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#000000"))
        if self._image is None:
            if not self.overlay_text:
                self._paint_placeholder(p)
        else:
            target = self._target_rect()
            p.drawImage(target, self._image)
            if self._pose is not None and self._pose.image is not None:
                self._paint_skeleton(p, target)
            self._paint_angle(p, target)
        if self.overlay_text:
            self._paint_overlay(p)
        p.end()

    def _paint_placeholder(self, p: QPainter) -> None:
        p.setPen(QColor(theme.MUTED))
        p.setFont(theme.font(theme.LARGE, bold=True))
        p.drawText(self.rect().adjusted(30, 30, -30, -30), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                   self.placeholder)

    def _paint_skeleton(self, p: QPainter, target: QRectF) -> None:
        assert self._pose is not None and self._pose.image is not None
        lm = self._pose.image
        pts = [QPointF(target.x() + float(x) * target.width(), target.y() + float(y) * target.height())
               for x, y in lm[:, :2]]
        vis = lm[:, 3]
        bad = set(self._state.bad_joints) if self._state else set()
        watched = set(self._state.watched_joints) if self._state else set()
        width = max(4.0, target.width() / 160)
        for a, b in SKELETON_EDGES:
            if vis[a] < MIN_VISIBILITY or vis[b] < MIN_VISIBILITY:
                continue
            if a in bad or b in bad:
                colour, w = theme.BAD_Q, width * 1.6
            elif a in watched and b in watched:
                colour, w = theme.GOOD_Q, width
            else:
                colour, w = theme.NEUTRAL_Q, width * 0.7
            p.setPen(QPen(QColor(0, 0, 0, 170), w + 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(pts[a], pts[b])
            p.setPen(QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(pts[a], pts[b])
        radius = width * 1.1
        for i, pt in enumerate(pts):
            if i < 11 or vis[i] < MIN_VISIBILITY:
                continue
            colour = theme.BAD_Q if i in bad else (theme.GOOD_Q if i in watched else theme.NEUTRAL_Q)
            p.setPen(QPen(QColor("#000000"), 2))
            p.setBrush(colour)
            p.drawEllipse(pt, radius * (1.5 if i in bad else 1.0), radius * (1.5 if i in bad else 1.0))

    @property
    def angle_text(self) -> str:
        """The key angle as drawn, e.g. ``Hip extension 172°``; empty when it is not measured."""
        s = self._state
        if s is None or s.key_angle_deg is None:
            return ""
        return f"{angle_label(s.key_angle_name)} {number(s.key_angle_deg)}°"

    def _paint_angle(self, p: QPainter, target: QRectF) -> None:
        s = self._state
        text = self.angle_text
        if s is None or not text:
            return
        p.setFont(theme.font(theme.LARGE, bold=True))
        box = p.fontMetrics().boundingRect(text).adjusted(-14, -8, 14, 8)
        box.moveTopLeft(target.topLeft().toPoint() + QPointF(12, 12).toPoint())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 190))
        p.drawRoundedRect(box, 8, 8)
        p.setPen(theme.BAD_Q if s.bad_joints else QColor(theme.TEXT))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_overlay(self, p: QPainter) -> None:
        p.fillRect(self.rect(), QColor(0, 0, 0, 150))
        p.setPen(QColor(theme.TEXT))
        size = min(220, max(60, self.height() // 3))
        p.setFont(theme.font(size, bold=True))
        upper = self.rect().adjusted(0, 0, 0, -self.height() // 5)
        p.drawText(upper, Qt.AlignmentFlag.AlignCenter, self.overlay_text)
        if self.overlay_detail:
            p.setFont(theme.font(theme.LARGE, bold=True))
            lower = self.rect().adjusted(40, self.height() // 2 + size // 3, -40, -20)
            p.drawText(lower, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                       self.overlay_detail)


def angle_label(key_angle_name: str) -> str:
    """``hip_extension_deg`` → ``Hip extension``."""
    words = key_angle_name.removesuffix("_deg").replace("_", " ").strip()
    return translate("angles", words[:1].upper() + words[1:]) if words else translate("angles", "Angle")
