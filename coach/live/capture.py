"""The capture half of the live pipeline: read frames from a video file or a camera into the slot.

Capture is separate from inference so that a slow pose estimate never stalls
the camera (whose driver buffer would then serve stale frames): capture puts
each frame into a :class:`~coach.live.frame_slot.FrameSlot` and moves on.
A video file is paced to real time against a clock that stops while the set
is paused, or fed losslessly as fast as inference takes it (tests, review).
A camera that returns no frame ``lost_after`` times in a row is reported as
lost; the waits between retries use the stop event, so stopping is immediate.
A camera that has not sent a single picture ``first_frame_s`` after capture
began is reported differently: it opened but never worked (on Linux, a webcam
held by a video call opens fine and then fails every read), which is not the
same advice as "unplugged mid-set".

:class:`CaptureLoop` is a plain object whose :meth:`~CaptureLoop.run` blocks
until the stream ends; the GUI runs it in a QThread, the headless runner in a
``threading.Thread``.
"""
from __future__ import annotations

from typing import Callable, Optional, Protocol, Union

from coach.errors import CoachError
from coach.live.control import EndOfStream, Pacing, PipelineControl
from coach.phrase import QT_TRANSLATE_NOOP, Num, Phrase, Text
from coach.sources import Frame, VideoFileSource

# How long a camera may take to send its first picture. Webcams need up to about a second after
# streaming starts (auto-exposure); a busy one never sends. Read when a loop is made, so tests
# can shorten it.
FIRST_FRAME_TIMEOUT_S = 3.0

CAMERA_STOPPED_MESSAGE = QT_TRANSLATE_NOOP(
    "messages", "The camera stopped sending pictures (unplugged, or taken by another program).")
CAMERA_SILENT_MESSAGE = QT_TRANSLATE_NOOP("messages", "The camera opened but sends no pictures — it may be in use "
                                                      "by another program (close video calls) or unplugged.")


def camera_silent_message(camera: object) -> Text:
    """The camera's own words for "opened, but no picture ever came" (naming it), or the generic ones."""
    describe = getattr(camera, "no_pictures_message", None)
    return describe() if callable(describe) else CAMERA_SILENT_MESSAGE


class CameraLike(Protocol):
    """What :class:`coach.sources.CameraSource` offers; tests pass fakes with the same two methods."""

    def read(self, index: int, t_s: float) -> Optional[Frame]: ...

    def close(self) -> None: ...


def _ignore(_message: Text) -> None:
    pass


class CaptureLoop:
    """Reads the source until it ends, is lost, or stop is set; always closes it and ends the stream."""

    def __init__(self, source: Union[VideoFileSource, CameraLike], control: PipelineControl, pacing: Pacing,
                 t_offset: float = 0.0, lost_after: int = 30, retry_s: float = 0.05,
                 first_frame_s: Optional[float] = None,
                 on_source_lost: Callable[[Text], None] = _ignore) -> None:
        self._source = source
        self._control = control
        self._pacing = pacing
        self._t_offset = t_offset
        self._lost_after = lost_after
        self._retry_s = retry_s
        self._first_frame_s = FIRST_FRAME_TIMEOUT_S if first_frame_s is None else first_frame_s
        self._on_source_lost = on_source_lost

    def run(self) -> EndOfStream:
        """Blocks until the stream is over; the :class:`EndOfStream` is also handed to inference."""
        end = EndOfStream("stopped")
        try:
            # Frames read while the model loads would only be dropped, and real-time pacing would rush.
            self._control.ready.wait()
            if self._control.stop.is_set():
                return end
            self._control.clock.restart()
            if isinstance(self._source, VideoFileSource):
                end = self._run_file(self._source)
            else:
                end = self._run_camera(self._source)
        except CoachError as exc:
            end = EndOfStream("failed", exc.phrase)
        except Exception as exc:  # a bug, but the set's counts must survive it
            end = EndOfStream("failed", Phrase.of(QT_TRANSLATE_NOOP("messages", "reading frames failed: {why}"),
                                                  why=repr(exc)))
        finally:
            try:
                self._source.close()
            finally:
                self._control.slot.put_wait(end, timeout=2.0)
        return end

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
        message: Text = ""
        if source.stopped_early_at_s is not None:
            message = Phrase.of(QT_TRANSLATE_NOOP("messages", "The video could not be read past {seconds} s."),
                                seconds=Num(source.stopped_early_at_s, 1))
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
                        self._on_source_lost(message)
                        return EndOfStream("lost", message)
                elif misses >= self._lost_after:
                    self._on_source_lost(CAMERA_STOPPED_MESSAGE)
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
