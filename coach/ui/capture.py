"""The capture thread of the GUI's live pipeline: :class:`coach.live.capture.CaptureLoop` in a QObject.

All the reading, pacing and loss detection is the core's; this wrapper only
turns "the camera was lost" and "capture is done" into signals so the worker
can live in a QThread.
"""
from __future__ import annotations

from typing import Optional, Union

from PySide6.QtCore import QObject, Signal, Slot

from coach.live.capture import CameraLike, CaptureLoop
from coach.live.control import Pacing, PipelineControl
from coach.sources import VideoFileSource


class CaptureWorker(QObject):
    """Lives in its own QThread; :meth:`run` loops until the source ends, is lost, or stop is set."""

    sourceLost = Signal(object)  # Text: kept whole for phrase_text
    done = Signal()

    def __init__(self, source: Union[VideoFileSource, CameraLike], control: PipelineControl, pacing: Pacing,
                 t_offset: float = 0.0, lost_after: int = 30, retry_s: float = 0.05,
                 first_frame_s: Optional[float] = None) -> None:
        super().__init__()
        self._loop = CaptureLoop(source, control, pacing, t_offset, lost_after, retry_s, first_frame_s,
                                 on_source_lost=self.sourceLost.emit)

    @Slot()
    def run(self) -> None:
        try:
            self._loop.run()
        finally:
            self.done.emit()
