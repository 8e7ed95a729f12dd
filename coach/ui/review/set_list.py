"""Automatic: the sets found in a recording, one line each, in time order; choosing one shows it.

The timeline's set bands say where the sets are; this list says what each one
was in words ("2  Plank 0:15–0:33 · held 10.7 s …") and can be read and chosen
with the keyboard. Stretches where somebody was in view doing none of the
exercises are listed greyed between them, and cannot be chosen.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from coach.analysis.session import OtherSpan
from coach.reports.content import build_content
from coach.review.recording import Recording, fmt_time
from coach.ui.review import review_style as style
from coach.ui.i18n import exercise_title, report_speaker, translate

ROWS_SHOWN = 5


class SetList(QListWidget):
    setChosen = Signal(int)   # index of the set in the session

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("QListWidget::item { padding: 2px 6px; }")  # a desk list, not the live window's
        # One line a set, cut at the edge ("…") rather than scrolled sideways; the whole line is its tool-tip.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setAccessibleName(translate("SetList", "Sets found"))
        self.setToolTip(translate("SetList", "The sets Coach found in the recording: choose one to see it"))
        self.itemClicked.connect(self._on_item)
        self.itemActivated.connect(self._on_item)
        self.setVisible(False)

    def set_recording(self, rec: Optional[Recording]) -> None:
        self.blockSignals(True)
        self.clear()
        session = rec.session if rec is not None else None
        self.setVisible(session is not None)
        if session is not None:
            rows: list[tuple[float, int, Optional[OtherSpan]]] = [(f.start_s, i, None)
                                                                   for i, f in enumerate(session.sets)]
            rows += [(o.start_s, -1, o) for o in session.other]
            for _, i, other in sorted(rows, key=lambda r: r[0]):
                if other is not None:
                    item = QListWidgetItem(translate("SetList", "{start}–{end} · not one of your exercises").format(
                        start=fmt_time(other.start_s), end=fmt_time(other.end_s)))
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setForeground(style.MUTED)
                else:
                    found = session.sets[i]
                    item = QListWidgetItem(translate("SetList", "{index}  {exercise} {start}–{end} · {result}").format(
                        index=i + 1, exercise=exercise_title(found.exercise), start=fmt_time(found.start_s),
                        end=fmt_time(found.end_s),
                        result=report_speaker().text(build_content(found.result).headline)))
                    item.setForeground(style.set_colour(found.exercise))
                    item.setData(Qt.ItemDataRole.UserRole, i)
                item.setToolTip(item.text())
                self.addItem(item)
                if other is None and i == rec.set_index:  # type: ignore[union-attr]
                    self.setCurrentItem(item)
            if not session.sets:
                self.addItem(translate("SetList", "No set of your exercises was found in this recording."))
            row_h = max(self.sizeHintForRow(0), 20)
            self.setFixedHeight(row_h * min(max(self.count(), 1), ROWS_SHOWN) + 2 * self.frameWidth() + 4)
        self.blockSignals(False)

    def row_of_set(self, index: int) -> int:
        """The list row that shows set ``index`` (other spans sit between the sets)."""
        return next(r for r in range(self.count()) if self.item(r).data(Qt.ItemDataRole.UserRole) == index)

    def _on_item(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self.setChosen.emit(index)
