"""The live pipeline's hand-off slot and pausable clock, with no Qt: newest wins, lossless mode, pauses."""
from __future__ import annotations

import threading
import time

from coach.live.clock import PausableClock
from coach.live.frame_slot import FrameSlot


def test_slot_newest_wins_and_counts_drops():
    slot: FrameSlot[int] = FrameSlot()
    assert slot.put(1) and slot.put(2) and slot.put(3)
    assert slot.dropped == 2
    assert slot.take(timeout=0) == 3
    assert slot.take(timeout=0.01) is None


def test_slot_put_wait_is_lossless_and_close_wakes_everyone():
    slot: FrameSlot[int] = FrameSlot()
    got: list[int] = []

    def consumer() -> None:
        while (item := slot.take()) is not None:
            got.append(item)
            time.sleep(0.002)

    t = threading.Thread(target=consumer)
    t.start()
    for i in range(50):
        assert slot.put_wait(i, timeout=2)
    time.sleep(0.05)
    slot.close()
    t.join(2)
    assert not t.is_alive() and got == list(range(50)) and slot.dropped == 0
    assert not slot.put(99) and not slot.put_wait(99)


def test_pausable_clock_stands_still_while_paused():
    now = [10.0]
    clock = PausableClock(lambda: now[0])
    now[0] = 12.0
    clock.pause()
    now[0] = 20.0
    assert clock.elapsed() == 2.0
    clock.resume()
    now[0] = 21.0
    assert clock.elapsed() == 3.0
