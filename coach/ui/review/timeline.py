"""The recording at a glance: each rep as a segment, fault spans and set-up problems in lanes below.

A physio's first question is "where did it go wrong?"; this answers it
without playing anything. Reps are green when the form was good and red and
hatched when a fault was found (hatching so colour is not the only cue), each
numbered as in the table. Clicking a rep, fault or set-up marker jumps to its
start; clicking or dragging anywhere else jumps to that time.

A recording analysed in Automatic gets a lane of sets on top: each set a band
in its exercise's colour with its name, and the stretches where somebody was in
view doing none of the exercises greyed ("not one of your exercises"). Clicking
a set shows that set's reps, faults and plot below.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coach.review.recording import Recording, fmt_time
from coach.ui.review import review_style as style
from coach.ui.review.time_axis import TimeAxis, draw_cursor, draw_time_ticks
from coach.ui.i18n import cue, exercise_in_sentence, exercise_title, fault_name, number, translate

LANE_H = (30, 22, 22)
SET_LANE_H = 26
GAP = 5
TOP = 6


@dataclass(frozen=True)
class Segment:
    """Something drawn on the timeline that can be clicked: ``kind`` is rep, hold, fault, setup, set or other."""

    kind: str
    index: int          # position in its list (reps, faults, ..., the session's sets or other spans)
    rect: QRectF
    t_start: float
    t_end: float
    tip: str


class Timeline(QWidget):
    seekRequested = Signal(float)          # seconds
    segmentClicked = Signal(str, int)      # kind, index in its list
    setClicked = Signal(int)               # Automatic: index of the set clicked

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.recording: Optional[Recording] = None
        self.position_s = 0.0
        self.segments: list[Segment] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(TOP + sum(LANE_H) + 2 * GAP + 22)
        self.setToolTip(translate("Timeline", "Click a rep, a fault or a set-up marker to jump to it"))

    def set_recording(self, recording: Optional[Recording]) -> None:
        self.recording = recording
        self.setFixedHeight(TOP + sum(LANE_H) + 2 * GAP + 22 + (SET_LANE_H + GAP if self._has_sets else 0))
        self.update()

    @property
    def _has_sets(self) -> bool:
        return self.recording is not None and self.recording.session is not None

    def set_position(self, t_s: float) -> None:
        self.position_s = t_s
        self.update()

    # ----- geometry ---------------------------------------------------------------------------
    def axis(self) -> TimeAxis:
        return TimeAxis(self.width(), self.recording.duration_s if self.recording else 1.0)

    def set_lane(self) -> Optional[QRectF]:
        """Automatic only: the lane of sets, above the others."""
        if not self._has_sets:
            return None
        axis = self.axis()
        return QRectF(axis.x0, float(TOP), axis.x1 - axis.x0, SET_LANE_H)

    def lanes(self) -> list[QRectF]:
        """The reps (or hold), faults and set-up lanes."""
        axis, y, out = self.axis(), float(TOP + (SET_LANE_H + GAP if self._has_sets else 0)), []
        for h in LANE_H:
            out.append(QRectF(axis.x0, y, axis.x1 - axis.x0, h))
            y += h + GAP
        return out

    def _layout(self) -> list[Segment]:
        rec = self.recording
        if rec is None:
            return []
        axis, (rep_lane, fault_lane, setup_lane) = self.axis(), self.lanes()

        def rect(lane: QRectF, a: float, b: float, min_w: float = 4.0) -> QRectF:
            x0, x1 = axis.x(a), axis.x(b)
            if x1 - x0 < min_w:
                x0, x1 = (x0 + x1) / 2 - min_w / 2, (x0 + x1) / 2 + min_w / 2
            return QRectF(x0, lane.top() + 2, x1 - x0, lane.height() - 4)

        segs: list[Segment] = []
        set_lane = self.set_lane()
        if set_lane is not None and rec.session is not None:
            for i, found in enumerate(rec.session.sets):
                tip = translate("Timeline", "Set {index}: {exercise} {start}–{end}").format(
                    index=i + 1, exercise=exercise_title(found.exercise), start=fmt_time(found.start_s),
                    end=fmt_time(found.end_s))
                segs.append(Segment("set", i, rect(set_lane, found.start_s, found.end_s), found.start_s,
                                    found.end_s, tip))
            for i, o in enumerate(rec.session.other):
                tip = translate("Timeline", "{start}–{end}: not one of your exercises").format(
                    start=fmt_time(o.start_s), end=fmt_time(o.end_s))
                segs.append(Segment("other", i, rect(set_lane, o.start_s, o.end_s), o.start_s, o.end_s, tip))
        for i, r in enumerate(rec.reps):
            faults = ", ".join(fault_name(k, rec.exercise) for k in r.faults) or translate("Timeline", "good form")
            side = f", {translate('SessionDetailView', r.side)}" if r.side else ""
            tip = translate("Timeline", "Rep {index}{side}: {start}–{end} · {faults}").format(
                index=r.index, side=side, start=fmt_time(r.t_start), end=fmt_time(r.t_end), faults=faults)
            segs.append(Segment("rep", i, rect(rep_lane, r.t_start, r.t_end, 6.0), r.t_start, r.t_end, tip))
        for i, (a, b) in enumerate(rec.hold_spans):
            tip = translate("Timeline", "Holding the {exercise} {start}–{end} ({seconds} s)").format(
                exercise=exercise_in_sentence(rec.spec.title), start=fmt_time(a), end=fmt_time(b),
                seconds=number(b - a, 1))
            segs.append(Segment("hold", i, rect(rep_lane, a, b), a, b, tip))
        for i, f in enumerate(rec.faults):
            tip = f"{fault_name(f.kind, rec.exercise)} {fmt_time(f.t_start)}–{fmt_time(f.t_end)}: {cue(f.message)}"
            segs.append(Segment("fault", i, rect(fault_lane, f.t_start, f.t_end), f.t_start, f.t_end, tip))
        for i, s in enumerate(rec.setup_warnings):
            tip = translate("Timeline", "Set-up: {name} {start}–{end}").format(
                name=fault_name(s.kind), start=fmt_time(s.t_start), end=fmt_time(s.t_end))
            segs.append(Segment("setup", i, rect(setup_lane, s.t_start, s.t_end), s.t_start, s.t_end, tip))
        return segs

    def segment_at(self, pos: QPointF) -> Optional[Segment]:
        hits = [s for s in self._layout() if s.rect.adjusted(-2, -2, 2, 2).contains(pos)]
        return min(hits, key=lambda s: s.rect.width()) if hits else None  # the narrowest wins (a fault inside a rep)

    def rep_center(self, i: int) -> QPointF:
        """Where rep ``i`` (0-based) is drawn: for tests and for keyboard users' tool-tips."""
        seg = next(s for s in self._layout() if s.kind == "rep" and s.index == i)
        return seg.rect.center()

    # ----- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() != Qt.MouseButton.LeftButton or self.recording is None:
            return super().mousePressEvent(event)
        pos = event.position()
        seg = self.segment_at(pos)
        if seg is not None:
            self.segmentClicked.emit(seg.kind, seg.index)
            if seg.kind == "set":
                self.setClicked.emit(seg.index)
            self.seekRequested.emit(seg.t_start)
        elif pos.x() >= self.axis().x0 - 4:
            self.seekRequested.emit(self.axis().t(pos.x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.buttons() & Qt.MouseButton.LeftButton and self.recording is not None:
            self.seekRequested.emit(self.axis().t(event.position().x()))
        cursor = Qt.CursorShape.PointingHandCursor if self.segment_at(event.position()) else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            seg = self.segment_at(QPointF(event.pos()))
            QToolTip.showText(event.globalPos(), seg.tip if seg else self.toolTip(), self)
            return True
        return super().event(event)

    # ----- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(style.LANE).darker(130))
        lanes = self.lanes()
        rec = self.recording
        names = (translate("Timeline", "Holding") if rec is not None and rec.is_hold else translate("Timeline", "Reps"),
                 translate("Timeline", "Faults"), translate("Timeline", "Set-up"))
        p.setFont(style.font(style.SMALL_PX, bold=True))
        for lane, name in zip(lanes, names):
            p.fillRect(lane, style.LANE)
            p.setPen(style.NEUTRAL)
            p.drawText(QRectF(4, lane.top(), lane.left() - 12, lane.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        set_lane = self.set_lane()
        if set_lane is not None:
            p.fillRect(set_lane, style.LANE)
            p.setPen(style.NEUTRAL)
            p.drawText(QRectF(4, set_lane.top(), set_lane.left() - 12, set_lane.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, translate("Timeline", "Sets"))
        if rec is None:
            p.end()
            return
        axis = self.axis()
        draw_time_ticks(p, axis, lanes[0].top(), lanes[-1].bottom(), lanes[-1].bottom() + 3)
        segs = self._layout()
        if set_lane is not None and not any(s.kind == "set" for s in segs):
            p.setPen(style.MUTED)
            p.setFont(style.font(style.SMALL_PX))
            p.drawText(set_lane.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                       translate("Timeline", "no set of your exercises found"))
        for lane_no, kinds in enumerate((("rep", "hold"), ("fault",), ("setup",))):
            if not any(s.kind in kinds for s in segs):
                p.setPen(style.MUTED)
                p.setFont(style.font(style.SMALL_PX))
                p.drawText(lanes[lane_no].adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                           translate("Timeline", "none"))
        for s in segs:
            self._paint_segment(p, s)
        draw_cursor(p, axis, self.position_s, (set_lane or lanes[0]).top() - 4, lanes[-1].bottom() + 2)
        p.end()

    def _paint_set(self, p: QPainter, s: Segment) -> None:
        """A set band in its exercise's colour with its name (the one on screen outlined), or a grey other span."""
        rec = self.recording
        assert rec is not None and rec.session is not None
        if s.kind == "set":
            found = rec.session.sets[s.index]
            colour, text = style.set_colour(found.exercise), exercise_title(found.exercise)
            shown = s.index == rec.set_index
        else:
            colour, text, shown = style.OTHER, translate("Timeline", "not one of your exercises"), False
        p.setPen(QPen(style.CURSOR if shown else colour.darker(160), 3 if shown else 1))
        p.setBrush(colour)
        p.drawRoundedRect(s.rect, 4, 4)
        if s.kind == "other":
            p.setBrush(QBrush(QColor(0, 0, 0, 90), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(s.rect, 4, 4)
        p.setFont(style.font(style.SMALL_PX, bold=s.kind == "set"))
        fm = p.fontMetrics()
        room = int(s.rect.width()) - 8
        short = f"{s.index + 1}" if s.kind == "set" else ""  # a short set: its number, as in the list of sets
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
        text = elided if s.kind == "set" and len(elided) >= 5 else short if elided != text else text
        if text and fm.horizontalAdvance(text) <= room:
            p.setPen(QColor("#000000") if s.kind == "set" else style.NEUTRAL)
            p.drawText(s.rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_segment(self, p: QPainter, s: Segment) -> None:
        if s.kind in ("set", "other"):
            return self._paint_set(p, s)
        rec = self.recording
        assert rec is not None
        good = s.kind in ("rep", "hold") and (s.kind == "hold" or rec.reps[s.index].good_form)
        colour = style.GOOD if good else style.SETUP if s.kind == "setup" else style.FAULT
        p.setPen(QPen(colour.darker(160), 1))
        p.setBrush(colour)
        p.drawRoundedRect(s.rect, 4, 4)
        if not good and s.kind in ("rep", "fault"):
            p.setBrush(QBrush(QColor(0, 0, 0, 110), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(s.rect, 4, 4)
        text = ""
        if s.kind == "rep":
            r = rec.reps[s.index]
            text = str(r.index) + (f" {r.side[0].upper()}" if r.side else "")
        elif s.kind in ("fault", "setup"):
            kinds = rec.faults if s.kind == "fault" else rec.setup_warnings
            text = fault_name(kinds[s.index].kind, rec.exercise)
        if not text:
            return
        p.setFont(style.font(style.SMALL_PX + (2 if s.kind == "rep" else 0), bold=True))
        fm = p.fontMetrics()
        if fm.horizontalAdvance(text) + 6 > s.rect.width():
            text = text if s.kind == "rep" and fm.horizontalAdvance(text) <= s.rect.width() + 8 else ""
        if text:
            back = QRectF(s.rect.center().x() - fm.horizontalAdvance(text) / 2 - 3, s.rect.top() + 2,
                          fm.horizontalAdvance(text) + 6, s.rect.height() - 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(back, 3, 3)  # a solid patch under the text so hatching never crosses it
            p.setPen(QColor("#000000"))
            p.drawText(s.rect, Qt.AlignmentFlag.AlignCenter, text)
