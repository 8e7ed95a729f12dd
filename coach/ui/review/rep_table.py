"""The rep table (and the fault and set-up lists) beside the player; picking a row jumps to it.

The rows are the report's own tables (:func:`coach.reports.content.build_content`),
said in the window's language (:func:`coach.ui.i18n.report_speaker`), so the window
shows exactly what the PDF a physio files will say: rep number,
side, start, duration, the peak key angle and the exercise's other measures,
and the faults in words. Rows with a fault are red, and the row under the
playback position is highlighted so the table follows the video.
"""
from __future__ import annotations

import textwrap
from typing import Optional

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget, QWidget

from coach.reports.content import DURATION, ShownTable, Table
from coach.review.recording import Recording
from coach.ui.review import review_style as style
from coach.ui.i18n import report_speaker, translate

CURRENT_ROW = QColor("#24466b")
HEADER_WRAP = 10    # narrow, multi-line headings keep more columns in view
MAX_COLUMN_PX = 150


def _header_lines(title: str) -> list[str]:
    """A heading in narrow lines, never splitting a word (German headings have long ones)."""
    return textwrap.wrap(title, HEADER_WRAP, break_long_words=False) or [title]


def _text(item: Optional[QTableWidgetItem]) -> str:
    """A cell's text; Qt types every cell Optional, and this table fills them all."""
    return item.text() if item is not None else ""


def form_first(table: Table) -> Table:
    """The verdict column moved next to the times: it is what a physio reads first, so it must never scroll away."""
    if DURATION not in table.header or len(table.header) < 2:
        return table
    at = table.header.index(DURATION) + 1
    order = list(range(at)) + [len(table.header) - 1] + list(range(at, len(table.header) - 1))
    return Table([table.header[i] for i in order], [[row[i] for i in order] for row in table.rows], list(table.bad))


class ReviewTable(QTableWidget):
    """A read-only table whose rows each stand for a time span of the recording."""

    seekRequested = Signal(float)

    def __init__(self, empty_text: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.spans: list[tuple[float, float]] = []
        self._current = -1
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.itemSelectionChanged.connect(self._on_selection)
        self.cellClicked.connect(lambda row, _col: self._seek_row(row))  # re-clicking the selected row jumps again

    def set_table(self, table: Optional[ShownTable], spans: list[tuple[float, float]], key_col: int = -1,
                  key_colour: Optional[QColor] = None) -> None:
        """Show ``table``; column ``key_col`` is coloured ``key_colour``, or green/red by the row's fault flag."""
        self.blockSignals(True)
        self.clear()
        self._current = -1
        self.spans = list(spans)
        if table is None or not table.rows:
            self.setColumnCount(1)
            self.setRowCount(1)
            self.setHorizontalHeaderLabels([""])
            item = QTableWidgetItem(self.empty_text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setForeground(QBrush(style.MUTED))
            self.setItem(0, 0, item)
            self.spans = []
            self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.blockSignals(False)
            return
        ncol = len(table.header)
        key = key_col % ncol
        self.setColumnCount(ncol)
        self.setRowCount(len(table.rows))
        self.setHorizontalHeaderLabels(["\n".join(_header_lines(h)) for h in table.header])
        for r, row in enumerate(table.rows):
            bad = table.bad[r] if r < len(table.bad) else False
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                wide = len(text) > 12
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter |
                                      (Qt.AlignmentFlag.AlignLeft if wide else Qt.AlignmentFlag.AlignCenter))
                if c == key:
                    item.setForeground(QBrush(key_colour or (style.FAULT if bad else style.GOOD)))
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns(table)
        self.resizeRowsToContents()
        self.blockSignals(False)

    def _fit_columns(self, table: ShownTable) -> None:
        """Widths from the text as drawn (Qt's own sizing over-estimates styled headers), capped so long texts
        (fault names, advice) wrap instead of pushing the other columns out of view."""
        cell, head = QFontMetrics(style.font(style.BODY_PX)), QFontMetrics(style.font(style.SMALL_PX, bold=True))
        for c, title in enumerate(table.header):
            lines = _header_lines(title)
            wide = max([head.horizontalAdvance(x) for x in lines] + [cell.horizontalAdvance(r[c]) for r in table.rows])
            self.setColumnWidth(c, min(wide + 16, MAX_COLUMN_PX))

    def rows(self) -> list[list[str]]:
        """The cell texts (empty when the table only shows its "none" line)."""
        if not self.spans:
            return []
        return [[_text(self.item(r, c)) for c in range(self.columnCount())] for r in range(self.rowCount())]

    def header_labels(self) -> list[str]:
        return [_text(self.horizontalHeaderItem(c)).replace("\n", " ") for c in range(self.columnCount())]

    def follow(self, t_s: float) -> None:
        """Highlight the row whose span contains ``t_s`` (playback position), without selecting it."""
        row = next((i for i, (a, b) in enumerate(self.spans) if a <= t_s <= b), -1)
        if row == self._current:
            return
        for r, colour in ((self._current, None), (row, CURRENT_ROW)):
            if 0 <= r < self.rowCount():
                for c in range(self.columnCount()):
                    item = self.item(r, c)
                    if item is not None:
                        item.setBackground(QBrush(colour) if colour is not None else QBrush())
        self._current = row
        first = self.item(row, 0) if row >= 0 else None
        if first is not None:
            self.scrollToItem(first)

    @Slot()
    def _on_selection(self) -> None:
        rows = {i.row() for i in self.selectedItems()}
        if len(rows) == 1:
            self._seek_row(rows.pop())

    def _seek_row(self, row: int) -> None:
        if 0 <= row < len(self.spans):
            self.seekRequested.emit(self.spans[row][0])


class ResultTabs(QTabWidget):
    """Reps (or hold periods), faults and set-up problems, one tab each, with counts in the tab names."""

    seekRequested = Signal(float)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.reps = ReviewTable(translate("ResultTabs", "No reps were counted."))
        self.faults = ReviewTable(translate("ResultTabs", "No faults were found."))
        self.setup = ReviewTable(translate("ResultTabs", "No set-up problems: the person was clearly in view."))
        for table, name in ((self.reps, translate("ResultTabs", "Reps")),
                            (self.faults, translate("ResultTabs", "Faults")),
                            (self.setup, translate("ResultTabs", "Set-up"))):
            self.addTab(table, name)
            table.seekRequested.connect(self.seekRequested)

    def set_recording(self, rec: Optional[Recording]) -> None:
        if rec is None:
            for t in (self.reps, self.faults, self.setup):
                t.set_table(None, [])
            return
        content = rec.content
        speaker = report_speaker()
        ordered = form_first(content.table)
        key = ordered.header.index(content.table.header[-1]) if ordered.header else -1
        table = ordered.shown(speaker)
        if rec.is_hold:
            self.reps.set_table(table, rec.hold_spans, key)
            self.setTabText(0, translate("ResultTabs", "Hold periods ({count})").format(count=len(rec.hold_spans)))
        else:
            self.reps.set_table(table, [(r.t_start, r.t_end) for r in rec.reps], key)
            self.setTabText(0, translate("ResultTabs", "Reps ({count})").format(count=len(rec.reps)))
        self.faults.set_table(content.faults.shown(speaker), [(f.t_start, f.t_end) for f in rec.faults], 2,
                              style.FAULT)
        self.setTabText(1, translate("ResultTabs", "Faults ({count})").format(count=len(rec.faults)))
        self.setup.set_table(content.setup.shown(speaker), [(s.t_start, s.t_end) for s in rec.setup_warnings], 2,
                             style.SETUP)
        self.setTabText(2, translate("ResultTabs", "Set-up ({count})").format(count=len(rec.setup_warnings)))

    def follow(self, t_s: float) -> None:
        for t in (self.reps, self.faults, self.setup):
            t.follow(t_s)
