"""One frame of a recording: the video picture (or a plain stage) with the analysed skeleton over it.

Drawn with QPainter at the widget's size, like the live view, so lines stay
crisp. The skeleton's colour says what the analysis made of this moment: green
inside a good-form rep (or hold), red and thicker while a fault is active,
light grey otherwise; a caption in the corner says the same in words (rep
number, fault name, set-up problem, key angle), so nothing relies on colour.
A pose track without video is drawn on a plain stage of the original frame's
shape, with a faint grid so movement is easy to follow.
"""
from __future__ import annotations

from typing import Optional

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.pose.landmarks import SKELETON_EDGES
from coach.ui.review import review_style as style
from coach.ui.i18n import translate

MIN_VISIBILITY = 0.3
Caption = list[tuple[str, QColor]]


def bgr_to_qimage(bgr: np.ndarray) -> QImage:
    """An owned copy: the decoder reuses its buffers."""
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, rgb.strides[0], QImage.Format.Format_RGB888).copy()


class PlayerCanvas(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.image: Optional[QImage] = None
        self.landmarks: Optional[np.ndarray] = None
        self.frame_size: tuple[int, int] = (16, 9)
        self.tone = "neutral"          # "good", "fault" or "neutral"
        self.caption: Caption = []
        self.corner = ""               # time, bottom right
        self.note = ""                 # centred, e.g. "Nobody seen in this frame"
        self.placeholder = translate("PlayerCanvas", "Open a video or a pose track to review it")
        self.paints = 0

    def show_frame(self, image: Optional[np.ndarray], landmarks: Optional[np.ndarray], frame_size: tuple[int, int],
                   tone: str, caption: Caption, corner: str, note: str = "") -> None:
        self.image = bgr_to_qimage(image) if image is not None else None
        self.landmarks, self.frame_size = landmarks, frame_size
        self.tone, self.caption, self.corner, self.note = tone, caption, corner, note
        self.placeholder = ""
        self.update()

    def clear(self, placeholder: str) -> None:
        self.image, self.landmarks, self.caption, self.corner, self.note = None, None, [], "", ""
        self.placeholder = placeholder
        self.update()

    @property
    def drawn_skeleton(self) -> bool:
        return self.landmarks is not None

    def target_rect(self) -> QRectF:
        w, h = (self.image.width(), self.image.height()) if self.image is not None else self.frame_size
        w, h = max(1, w), max(1, h)
        scale = min(self.width() / w, self.height() / h)
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2, w * scale, h * scale)

    # ----- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        self.paints += 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#000000"))
        if self.placeholder:
            p.setPen(style.MUTED)
            p.setFont(style.font(style.TITLE_PX, bold=True))
            p.drawText(self.rect().adjusted(20, 20, -20, -20),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            p.end()
            return
        target = self.target_rect()
        if self.image is not None:
            p.drawImage(target, self.image)
        else:
            self._paint_stage(p, target)
        if self.landmarks is not None:
            self._paint_skeleton(p, target)
        self._paint_caption(p, target)
        p.end()

    def _paint_stage(self, p: QPainter, target: QRectF) -> None:
        p.fillRect(target, style.STAGE)
        p.setPen(QPen(QColor("#343a43"), 1))
        for k in range(1, 10):
            x = target.left() + target.width() * k / 10
            y = target.top() + target.height() * k / 10
            p.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()))
            p.drawLine(QPointF(target.left(), y), QPointF(target.right(), y))
        p.setPen(style.MUTED)
        p.setFont(style.font(style.SMALL_PX))
        p.drawText(target.adjusted(8, 0, -8, -6), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                   translate("PlayerCanvas", "Skeleton replay (pose track — no video kept)"))

    def _paint_skeleton(self, p: QPainter, target: QRectF) -> None:
        lm = self.landmarks
        assert lm is not None
        pts = [QPointF(target.x() + float(x) * target.width(), target.y() + float(y) * target.height())
               for x, y in np.nan_to_num(lm[:, :2], nan=-1.0)]
        vis = np.nan_to_num(lm[:, 3], nan=0.0)
        colour = {"good": style.GOOD, "fault": style.FAULT}.get(self.tone, style.NEUTRAL)
        width = max(3.0, target.width() / 170) * (1.4 if self.tone == "fault" else 1.0)
        for a, b in SKELETON_EDGES:
            if vis[a] < MIN_VISIBILITY or vis[b] < MIN_VISIBILITY:
                continue
            p.setPen(QPen(QColor(0, 0, 0, 170), width + 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(pts[a], pts[b])
            p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(pts[a], pts[b])
        p.setPen(QPen(QColor("#000000"), 2))
        p.setBrush(colour)
        for i, pt in enumerate(pts):
            if i >= 11 and vis[i] >= MIN_VISIBILITY:
                p.drawEllipse(pt, width * 1.1, width * 1.1)
        if vis[0] >= MIN_VISIBILITY and self.image is None:  # no picture: mark the head so the body reads at once
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(colour, width * 0.8))
            p.drawEllipse(pts[0], width * 3.2, width * 3.2)

    def _paint_caption(self, p: QPainter, target: QRectF) -> None:
        p.setFont(style.font(style.BODY_PX + 2, bold=True))
        fm = p.fontMetrics()
        if self.caption:
            w = max(fm.horizontalAdvance(text) for text, _ in self.caption) + 24
            h = fm.height() * len(self.caption) + 14
            box = QRectF(target.left() + 10, target.top() + 10, min(w, target.width() - 20), h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 190))
            p.drawRoundedRect(box, 8, 8)
            y = box.top() + 7
            for text, colour in self.caption:
                p.setPen(colour)
                p.drawText(QRectF(box.left() + 12, y, box.width() - 20, fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                y += fm.height()
        if self.corner:
            w = fm.horizontalAdvance(self.corner) + 20
            box = QRectF(target.right() - w - 10, target.bottom() - fm.height() - 18, w, fm.height() + 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 190))
            p.drawRoundedRect(box, 6, 6)
            p.setPen(style.NEUTRAL)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self.corner)
        if self.note:
            p.setPen(style.MUTED)
            p.drawText(target, Qt.AlignmentFlag.AlignCenter, self.note)
