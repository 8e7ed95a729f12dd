"""What the capture and inference threads of one live stretch share: pacing, stop, pause, clock, slot.

Both loops are plain functions of a :class:`PipelineControl`, so the GUI's
QThreads and the headless runner drive exactly the same code. Stopping is a
``threading.Event`` (never a thread kill) and :meth:`PipelineControl.request_stop`
wakes every wait, so a stop takes effect within a frame.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum
from typing import Union

from coach.live.clock import PausableClock
from coach.live.frame_slot import FrameSlot
from coach.phrase import Text
from coach.sources import Frame


class Pacing(Enum):
    REALTIME = "realtime"  # video at its own speed; frames that arrive while inference is busy are dropped
    ALL_FRAMES = "all_frames"  # every frame analysed, as fast as inference goes (tests, offline review)


class WorkerState(Enum):
    """Where one pipeline (a stretch of a set between source losses) is in its life."""

    IDLE = "idle"
    STARTING = "starting"        # threads up, pose model loading
    RUNNING = "running"
    PAUSED = "paused"
    STOPPING = "stopping"        # stop requested, threads finishing
    STOPPED = "stopped"          # ended by the user
    FINISHED = "finished"        # the video file ended
    SOURCE_LOST = "source_lost"  # the camera stopped delivering
    FAILED = "failed"

    @property
    def ended(self) -> bool:
        return self in (WorkerState.STOPPED, WorkerState.FINISHED, WorkerState.SOURCE_LOST, WorkerState.FAILED)


_END_STATES = {"stopped": WorkerState.STOPPED, "finished": WorkerState.FINISHED,
               "lost": WorkerState.SOURCE_LOST, "failed": WorkerState.FAILED}


def end_state(reason: str) -> WorkerState:
    """The final state for an :class:`EndOfStream` reason (anything unknown counts as stopped)."""
    return _END_STATES.get(reason, WorkerState.STOPPED)


@dataclass(frozen=True)
class EndOfStream:
    """Put in the slot after the last frame so inference knows why the stream ended."""

    reason: str  # "finished" (file ended), "lost" (camera stopped), "failed", "stopped"
    message: Text = ""  # a Phrase or marked text: the window says it in its language


SlotItem = Union[Frame, EndOfStream]


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
