"""The live part of ``coach bench``: a 30 fps paced source through the GUI's threaded live pipeline.

A fake camera hands out 640×480 frames at 30 fps (sleeping on the capture
thread, as a real camera driver blocks), the :class:`LivePipeline` estimates
pose and analyses on its own QThreads, and a render timer on the GUI thread
paints the newest result into an offscreen :class:`VideoView` — the same path
a patient's session takes. Latency is capture time → the render tick that
first shows that frame's analysis (cue, counter and skeleton). Only the Qt
wiring is here; the camera and the figures are :mod:`coach.live.bench`.
"""
from __future__ import annotations

import os
import time
from pathlib import Path


def run_live_bench(clip: Path, seconds: float = 10.0, exercise: str = "glute_bridge") -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from PySide6.QtCore import QEventLoop, QTimer

    from coach.exercises.registry import create_analyzer
    from coach.live.bench import LiveBenchProbe, PacedFakeCamera, live_frames
    from coach.live.control import Pacing
    from coach.ui.app import make_application
    from coach.ui.live_worker import LivePipeline
    from coach.ui.video_view import VideoView

    app = make_application()
    camera = PacedFakeCamera(live_frames(clip))
    probe = LiveBenchProbe(camera)
    pipeline = LivePipeline(camera, create_analyzer(exercise), pacing=Pacing.REALTIME)
    view = VideoView()
    view.resize(960, 720)
    view.show()

    def render() -> None:
        result = pipeline.latest()
        if result is None or not probe.is_new(result):
            return
        view.show_frame(result.frame.image, result.pose, result.state)
        view.repaint()  # paint now, as the screen would, so painting cost is part of the measurement
        probe.shown_now(result)

    timer = QTimer()
    timer.setInterval(8)
    timer.timeout.connect(render)
    loop = QEventLoop()
    pipeline.ended.connect(lambda *_: loop.quit())
    pipeline.start()
    timer.start()
    stopper = QTimer()
    stopper.setSingleShot(True)
    stopper.timeout.connect(pipeline.stop)
    started = time.perf_counter()
    stopper.start(int(seconds * 1000) + 3000)  # + model start-up
    loop.exec()
    timer.stop()
    pipeline.wait()
    figures = probe.summary(pipeline.stats(), started)
    view.close()
    app.processEvents()
    return figures
