"""Event builders shared by the store tests (a module of its own: every conftest is named "conftest")."""
from __future__ import annotations

from coach.exercises import events as ev
from coach.exercises.events import Event, RepRecord


def rep_events(index: int, t0: float, good: bool = True, side=None, faults=()) -> list[Event]:
    """What an analyzer emits for one rep: counted while rising, completed when lowered (with its faults)."""
    faults = tuple(faults) if not good else ()
    rep = RepRecord(index=index, side=side, t_start=t0, t_end=t0 + 2.0, good_form=not faults, faults=faults,
                    metrics={"hip_extension_deg": 172.0})
    out = [Event(ev.REP_COUNTED, t0 + 0.5, side=side, count=index),
           Event(ev.REP_COMPLETED, t0 + 2.0, side=side, count=index, rep=rep)]
    for kind in faults:
        out += [Event(ev.FAULT_BEGAN, t0 + 2.0, name=kind, message=f"cue for {kind}"),
                Event(ev.FAULT_ENDED, t0 + 2.0, name=kind)]
    return out
