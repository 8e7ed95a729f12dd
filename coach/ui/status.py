"""The status line for the physio: processed fps, dropped frames, inference time, voice.

It answers "is this machine keeping up?" at a glance: low fps or many drops
mean the counts may lag, which matters more than any single number.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from coach.live.inference import PipelineStats
from coach.ui.i18n import number, translate


class StatusLine(QStatusBar):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.fps = QLabel(translate("StatusLine", "— fps"))
        self.dropped = QLabel(translate("StatusLine", "dropped 0"))
        self.inference = QLabel(translate("StatusLine", "inference — ms"))
        self.voice = QLabel("")
        self.message = QLabel("")
        self.addWidget(self.message, 1)
        for label in (self.fps, self.dropped, self.inference, self.voice):
            self.addPermanentWidget(label)

    def show_stats(self, stats: Optional[PipelineStats]) -> None:
        if stats is None or stats.processed == 0:
            self.fps.setText(translate("StatusLine", "— fps"))
            self.inference.setText(translate("StatusLine", "inference — ms"))
            self.dropped.setText(translate("StatusLine", "dropped {value}").format(value=stats.dropped if stats else 0))
            return
        self.fps.setText(translate("StatusLine", "{fps} fps").format(fps=number(stats.fps, 1)))
        self.dropped.setText(translate("StatusLine", "dropped {dropped}").format(dropped=stats.dropped))
        self.inference.setText(translate("StatusLine",
                "inference {inference_ms} ms").format(inference_ms=number(stats.inference_ms, 0)))

    def set_voice(self, text: str) -> None:
        self.voice.setText(text)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
