"""The status line for the physio: processed fps, dropped frames, inference time, voice.

It answers "is this machine keeping up?" at a glance: low fps or many drops
mean the counts may lag, which matters more than any single number.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from coach.live.inference import PipelineStats


class StatusLine(QStatusBar):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.fps = QLabel("— fps")
        self.dropped = QLabel("dropped 0")
        self.inference = QLabel("inference — ms")
        self.voice = QLabel("")
        self.message = QLabel("")
        self.addWidget(self.message, 1)
        for label in (self.fps, self.dropped, self.inference, self.voice):
            self.addPermanentWidget(label)

    def show_stats(self, stats: Optional[PipelineStats]) -> None:
        if stats is None or stats.processed == 0:
            self.fps.setText("— fps")
            self.inference.setText("inference — ms")
            self.dropped.setText(f"dropped {stats.dropped if stats else 0}")
            return
        self.fps.setText(f"{stats.fps:.1f} fps")
        self.dropped.setText(f"dropped {stats.dropped}")
        self.inference.setText(f"inference {stats.inference_ms:.0f} ms")

    def set_voice(self, text: str) -> None:
        self.voice.setText(text)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
