"""Recorded sessions for the history, physio and progression tests, made headlessly and fast.

They go through the real ProgrammeRunner and SessionRecorder with analyzer-like
events (no video), on a store clock that the helper moves day by day.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from coach.exercises import events as ev
from coach.exercises.events import Event, RepRecord
from coach.programme import SetOutcome
from coach.live.guided_runner import Phase, ProgrammeRunner

DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data"
# A safety screening with no red flag (the cancer question left unanswered, as a person may).
NO_FLAGS = {"bladder_bowel": False, "saddle_numbness": False, "leg_weakness": False, "fall_accident": False,
            "weight_loss": False, "fever_unwell": False, "cancer_history": None}


class DayClock:
    def __init__(self, start: datetime = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t


def rep_events(index: int, t0: float, faults: tuple[str, ...] = ()) -> list[Event]:
    rep = RepRecord(index=index, side=None, t_start=t0, t_end=t0 + 2.0, good_form=not faults, faults=faults,
                    metrics={"hip_extension_deg": 172.0})
    out = [Event(ev.REP_COUNTED, t0 + 0.5, count=index), Event(ev.REP_COMPLETED, t0 + 2.0, count=index, rep=rep)]
    for kind in faults:
        out += [Event(ev.FAULT_BEGAN, t0 + 2.0, name=kind, message=f"cue for {kind}"),
                Event(ev.FAULT_ENDED, t0 + 2.2, name=kind)]
    return out


def record_sessions(store, programme, days: int, reps_per_set: int, pain=(3, 2), bad_rep: bool = False) -> list[int]:
    """One finished session a day: ``reps_per_set`` reps a set (the first faulty if ``bad_rep``), or a hold."""
    clock = store.clock if isinstance(store.clock, DayClock) else DayClock()
    store.clock = clock
    ids = []
    for _ in range(days):
        r = ProgrammeRunner(store.programme(programme.id), store=store)
        r.set_pain_before(pain[0])
        now = 0.0
        while r.plan is not None:
            if r.phase is not Phase.SET_ACTIVE:
                r.start_set(now)
            p = r.plan.prescription
            if p.mode == "hold":  # a plank: hold time saved as it grows, short and sagging on "bad" days
                held = float(p.hold_s) * (0.8 if bad_rep else 1.0)
                good_s = held * (0.7 if bad_rep else 0.95)
                r.recorder.update_hold(held, good_s, force=True)
                r.set_finished(SetOutcome(p.exercise, hold_s=held, good_form_s=good_s), now + 20)
            else:
                good = 0
                for i in range(1, reps_per_set + 1):
                    faults = ("incomplete_extension",) if bad_rep and i == 1 else ()
                    good += not faults
                    r.record(rep_events(i, 3.0 * i, faults))
                r.set_finished(SetOutcome(p.exercise, rep_count=reps_per_set, good_reps=good,
                                          reps_judged=reps_per_set), now + 20)
            now += 100
            if r.phase is Phase.REST:
                r.skip_rest(now)
        r.set_pain_after(pain[1])
        ids.append(r.recorder.session_id)
        clock.t += timedelta(days=1)
    return ids
