"""The capture half of the live pipeline: read frames from a video file or a camera, on its own thread.

Capture is separate from inference so that a slow pose estimate never stalls
the camera (whose driver buffer would then serve stale frames): capture puts
each frame into a :class:`~coach.ui.frame_slot.FrameSlot` and moves on.
A video file is paced to real time against a clock that stops while the set
is paused, or fed losslessly as fast as inference takes it (tests, review).
A camera that returns no frame ``lost_after`` times in a row is reported as
lost; the waits between retries use the stop event, so stopping is immediate.
A camera that has not sent a single picture ``first_frame_s`` after capture
began is reported differently: it opened but never worked (on Linux, a webcam
held by a video call opens fine and then fails every read), which is not the
same advice as "unplugged mid-set".
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Optional, Protocol, Union

from PySide6.QtCore import QObject, Signal, Slot

from coach.errors import CoachError
from coach.sources import Frame, VideoFileSource
from coach.ui.frame_slot import FrameSlot


class Pacing(Enum):
    REALTIME = "realtime"  # video at its own speed; frames that arrive while inference is busy are dropped
    ALL_FRAMES = "all_frames"  # every frame analysed, as fast as inference goes (tests, offline review)


# How long a camera may take to send its first picture. Webcams need up to about a second after
# streaming starts (auto-exposure); a busy one never sends. Read when a worker is made, so tests
# can shorten it.
FIRST_FRAME_TIMEOUT_S = 3.0

CAMERA_STOPPED_MESSAGE = "The camera stopped sending pictures (unplugged, or taken by another program)."
CAMERA_SILENT_MESSAGE = ("The camera opened but sends no pictures — it may be in use by another program "
                         "(close video calls) or unplugged.")


def camera_silent_message(camera: object) -> str:
    """The camera's own words for "opened, but no picture ever came" (naming it), or the generic ones."""
    describe = getattr(camera, "no_pictures_message", None)
    return describe() if callable(describe) else CAMERA_SILENT_MESSAGE


class CameraLike(Protocol):
    """What :class:`coach.sources.CameraSource` offers; tests pass fakes with the same two methods."""

    def read(self, index: int, t_s: float) -> Optional[Frame]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class EndOfStream:
    """Put in the slot after the last frame so inference knows why the stream ended."""

    reason: str  # "finished" (file ended), "lost" (camera stopped), "failed", "stopped"
    message: str = ""


SlotItem = Union[Frame, EndOfStream]


class PausableClock:
    """Seconds since start, not counting paused time: pacing and camera timestamps both stand still."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._lock = threading.Lock()
        self._start = now()
        self._paused_at: Optional[float] = None
        self._paused_total = 0.0

    def elapsed(self) -> float:
        with self._lock:
            end = self._paused_at if self._paused_at is not None else self._now()
            return end - self._start - self._paused_total

    def restart(self) -> None:
        """Zero the clock (when the pose model has loaded), keeping a pause that is in force."""
        with self._lock:
            self._start = self._now()
            self._paused_total = 0.0
            if self._paused_at is not None:
                self._paused_at = self._start

    def pause(self) -> None:
        with self._lock:
            if self._paused_at is None:
                self._paused_at = self._now()

    def resume(self) -> None:
        with self._lock:
            if self._paused_at is not None:
                self._paused_total += self._now() - self._paused_at
                self._paused_at = None


class PipelineControl:
    """Shared by both threads: stop event, run gate (cleared while paused), clock and slot."""

    def __init__(self) -> None:
        self.ready = threading.Event()  # set by inference once the model is loaded: capture waits for it
        self.stop = threading.Event()
        self.gate = threading.Event()
        self.gate.set()
        self.clock = PausableClock()
        self.slot: FrameSlot[SlotItem] = FrameSlot()

    def pause(self) -> None:
        self.gate.clear()
        self.clock.pause()

    def resume(self) -> None:
        self.clock.resume()
        self.gate.set()

    def request_stop(self) -> None:
        self.stop.set()
        self.ready.set()
        self.gate.set()  # wake a paused capture loop so it sees the stop
        self.slot.close()

    def wait_while_paused(self) -> bool:
        """Block until resumed or stopped (both set the gate); True if the loop should go on."""
        self.gate.wait()
        return not self.stop.is_set()


class CaptureWorker(QObject):
    """Lives in its own QThread; :meth:`run` loops until the source ends, is lost, or stop is set."""

    sourceLost = Signal(str)
    done = Signal()

    def __init__(self, source: Union[VideoFileSource, CameraLike], control: PipelineControl, pacing: Pacing,
                 t_offset: float = 0.0, lost_after: int = 30, retry_s: float = 0.05,
                 first_frame_s: Optional[float] = None) -> None:
        super().__init__()
        self._source = source
        self._control = control
        self._pacing = pacing
        self._t_offset = t_offset
        self._lost_after = lost_after
        self._retry_s = retry_s
        self._first_frame_s = FIRST_FRAME_TIMEOUT_S if first_frame_s is None else first_frame_s

    @Slot()
    def run(self) -> None:
        end = EndOfStream("stopped")
        try:
            # Frames read while the model loads would only be dropped, and real-time pacing would rush.
            self._control.ready.wait()
            if self._control.stop.is_set():
                return
            self._control.clock.restart()
            if isinstance(self._source, VideoFileSource):
                end = self._run_file(self._source)
            else:
                end = self._run_camera(self._source)
        except CoachError as exc:
            end = EndOfStream("failed", str(exc))
        except Exception as exc:  # a bug, but the set's counts must survive it
            end = EndOfStream("failed", f"reading frames failed: {exc!r}")
        finally:
            try:
                self._source.close()
            finally:
                self._control.slot.put_wait(end, timeout=2.0)
                self.done.emit()

    def _hand_off(self, frame: Frame) -> bool:
        slot = self._control.slot
        if self._pacing is Pacing.ALL_FRAMES:
            return slot.put_wait(frame)
        return slot.put(frame)

    def _run_file(self, source: VideoFileSource) -> EndOfStream:
        ctl = self._control
        t_first: Optional[float] = None
        for frame in source:
            if not ctl.wait_while_paused():
                return EndOfStream("stopped")
            if t_first is None:
                t_first = frame.t_s
            if self._pacing is Pacing.REALTIME and not self._wait_until(frame.t_s - t_first):
                return EndOfStream("stopped")
            shifted = Frame(index=frame.index, t_s=frame.t_s + self._t_offset, image=frame.image)
            if not self._hand_off(shifted):
                return EndOfStream("stopped")
        if ctl.stop.is_set():
            return EndOfStream("stopped")
        message = ""
        if source.stopped_early_at_s is not None:
            message = f"The video could not be read past {source.stopped_early_at_s:.1f} s."
        return EndOfStream("finished", message)

    def _wait_until(self, due_s: float) -> bool:
        """Sleep on the stop event until playback time reaches ``due_s``; False if stopped."""
        ctl = self._control
        while True:
            delay = due_s - ctl.clock.elapsed()
            if delay <= 0:
                return not ctl.stop.is_set()
            if ctl.stop.wait(delay):
                return False
            if not ctl.wait_while_paused():
                return False

    def _run_camera(self, camera: CameraLike) -> EndOfStream:
        ctl = self._control
        misses, index, last_t = 0, 0, -1.0
        delivered = False  # any picture at all since capture began (paused ones count: the camera works)
        while ctl.wait_while_paused():
            t_s = max(self._t_offset + ctl.clock.elapsed(), last_t + 1e-4)
            frame = camera.read(index, t_s)
            if frame is None:
                misses += 1
                if not delivered:
                    # Never a picture: give a warming-up camera its first seconds (the clock skips pauses),
                    # then say it opened but does not work, rather than "stopped".
                    if ctl.clock.elapsed() >= self._first_frame_s and not ctl.stop.is_set():
                        message = camera_silent_message(camera)
                        self.sourceLost.emit(message)
                        return EndOfStream("lost", message)
                elif misses >= self._lost_after:
                    self.sourceLost.emit(CAMERA_STOPPED_MESSAGE)
                    return EndOfStream("lost", CAMERA_STOPPED_MESSAGE)
                if ctl.stop.wait(self._retry_s):
                    break
                continue
            misses = 0
            delivered = True
            if not ctl.gate.is_set():
                continue  # paused while the driver was delivering: this frame belongs to no set
            last_t = frame.t_s
            index += 1
            if not self._hand_off(frame):
                break
        return EndOfStream("stopped")
