"""The cue scheduler alone: cooldown, priority, one utterance at a time (no Qt involved)."""
from __future__ import annotations

from coach.live.cue_scheduler import CuePriority, CueScheduler

LIFT = "Lift your hips higher"


def test_same_cue_is_not_repeated_within_the_cooldown():
    s = CueScheduler(cooldown_s=8.0, min_gap_s=0.0)
    assert s.offer(LIFT, CuePriority.FORM, 0.0)
    assert s.next(0.0, busy=False).text == LIFT
    for t in (1.0, 2.0, 7.9):  # the fault is still there every frame: stay quiet
        assert not s.offer(LIFT, CuePriority.FORM, t)
        assert s.next(t, busy=False) is None
    assert s.offer(LIFT, CuePriority.FORM, 8.1)  # still wrong after the cooldown: remind once
    assert s.next(8.1, busy=False).text == LIFT


def test_counts_are_exempt_from_the_cooldown_but_not_from_one_at_a_time():
    s = CueScheduler(cooldown_s=8.0, min_gap_s=0.0)
    s.offer("3", CuePriority.COUNT, 0.0)
    assert s.next(0.0, busy=False).text == "3"
    s.offer("3", CuePriority.COUNT, 1.0)  # e.g. the same number after a reset: still news
    assert s.next(1.0, busy=True) is None  # the voice is speaking: wait
    assert s.next(1.2, busy=False).text == "3"


def test_higher_priority_goes_first_and_newer_replaces_older_of_the_same_priority():
    s = CueScheduler(min_gap_s=0.0)
    s.offer("Pause at the top", CuePriority.FORM, 0.0)
    s.offer(LIFT, CuePriority.FORM, 0.1)  # stale advice is useless: the newer form cue wins
    s.offer("2", CuePriority.COUNT, 0.2)
    s.offer("Move back so your feet are in view", CuePriority.SETUP, 0.3)
    said = [s.next(t, busy=False) for t in (0.4, 1.4, 3.5)]
    assert [u.text for u in said if u] == ["Move back so your feet are in view", "2"]  # FORM cue expired
    s2 = CueScheduler(min_gap_s=0.0, max_wait_s=10.0)
    s2.offer("Pause at the top", CuePriority.FORM, 0.0)
    s2.offer(LIFT, CuePriority.FORM, 0.1)
    s2.offer("2", CuePriority.COUNT, 0.2)
    assert [s2.next(t, busy=False).text for t in (0.3, 0.4)] == ["2", LIFT]
    assert s2.next(0.5, busy=False) is None


def test_one_at_a_time_and_a_gap_between_utterances():
    s = CueScheduler(min_gap_s=0.6)
    s.offer("1", CuePriority.COUNT, 0.0)
    s.offer(LIFT, CuePriority.FORM, 0.0)
    assert s.next(0.0, busy=False).text == "1"
    assert s.next(0.1, busy=False) is None  # a breath between two utterances
    assert s.next(0.7, busy=True) is None   # still speaking "1"
    assert s.next(0.8, busy=False).text == LIFT


def test_waiting_cues_expire_and_can_be_withdrawn():
    s = CueScheduler(max_wait_s=3.0, min_gap_s=0.0)
    s.offer("I can't see you", CuePriority.SETUP, 0.0)
    assert s.next(3.5, busy=False) is None  # waited too long behind a busy voice: no longer relevant
    s.offer("Turn side-on", CuePriority.SETUP, 4.0)
    s.withdraw(CuePriority.SETUP)  # fixed before it was said
    assert s.next(4.1, busy=False) is None
    assert not s.offer("   ", CuePriority.FORM, 5.0)
    assert s.pending == []


def test_clear_forgets_the_cooldown_for_a_new_set():
    s = CueScheduler(min_gap_s=0.0)
    s.offer(LIFT, CuePriority.FORM, 0.0)
    s.next(0.0, busy=False)
    s.clear()
    assert s.offer(LIFT, CuePriority.FORM, 1.0)
