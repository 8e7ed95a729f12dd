"""The live part of ``coach bench``: a 30 fps paced source through the GUI's threaded live pipeline.

A fake camera hands out 640×480 frames at 30 fps (sleeping on the capture
thread, as a real camera driver blocks), the :class:`LivePipeline` estimates
pose and analyses on its own QThreads, and a render timer on the GUI thread
paints the newest result into an offscreen :class:`VideoView` — the same path
a patient's session takes. Latency is capture time → the render tick that
first shows that frame's analysis (cue, counter and skeleton). Only the Qt
wiring is here; the camera and the figures are :mod:`coach.live.bench`.

Run as ``python -m coach.ui.bench_live CLIP --seconds N --json OUT`` it is a
live set's memory figure: a fresh process with nothing else in it (``coach
bench`` itself holds hundreds of decoded frames), fed by a camera stand-in that
decodes as it goes, as a webcam does.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Optional, Sequence


def run_live_bench(clip: Path, seconds: float = 10.0, exercise: str = "glute_bridge",
                   streaming: bool = False) -> dict:
    """``streaming``: a live set as the app runs one, for memory figures — the clip decoded while the set
    runs (not 150 frames held decoded) and every pose frame kept in the set's track, as the window does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from PySide6.QtCore import QEventLoop, QTimer

    from coach.exercises.registry import create_analyzer
    from coach.live.bench import LiveBenchProbe, PacedFakeCamera, StreamingClipCamera, live_frames
    from coach.live.control import Pacing
    from coach.live.taps import PoseTap
    from coach.pose.track import PoseTrackRecorder
    from coach.ui.app import make_application
    from coach.ui.live_worker import LivePipeline
    from coach.ui.video_view import VideoView

    app = make_application()
    camera = StreamingClipCamera(clip) if streaming else PacedFakeCamera(live_frames(clip))
    probe = LiveBenchProbe(camera)
    analyzer = create_analyzer(exercise)
    track = PoseTrackRecorder(30.0, str(clip)) if streaming else None
    pipeline = LivePipeline(camera, PoseTap(analyzer, track) if track is not None else analyzer,  # type: ignore[arg-type]
                            pacing=Pacing.REALTIME)
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
    stopper.timeout.connect(probe.finish)
    stopper.timeout.connect(pipeline.stop)
    started = time.perf_counter()
    stopper.start(int(seconds * 1000) + 3000)  # + model start-up
    loop.exec()
    timer.stop()
    pipeline.wait()
    figures = probe.summary(pipeline.stats(), started)
    if track is not None:
        figures["track_frames"] = len(track)
    view.close()
    app.processEvents()
    return figures


def main(argv: Optional[Sequence[str]] = None) -> int:
    """A live set alone in this process, for ``seconds``; its figures (peak and sampled RSS) as JSON."""
    p = argparse.ArgumentParser(prog="python -m coach.ui.bench_live")
    p.add_argument("clip")
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--exercise", default="glute_bridge")
    p.add_argument("--json", required=True)
    args = p.parse_args(argv)
    from coach.quiet import quiet_libraries

    quiet_libraries()
    figures = run_live_bench(Path(args.clip), seconds=args.seconds, exercise=args.exercise, streaming=True)
    Path(args.json).write_text(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
