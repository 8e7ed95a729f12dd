"""The good-form share is one computation (coach.exercises.form_metrics) wherever it is shown; reps and
hold seconds are different units and are never added into one ratio."""
from __future__ import annotations

import pytest

from coach.exercises.form_metrics import FormTally, good_form_share, pooled_share, split_shares
from coach.programme.outcome import SetOutcome
from coach.store import SessionRecorder, Store
from coach.store.models import COMPLETED
from coach.store.share import format_table, session_rows

from store.store_helpers import rep_events


def _session_with_reps_and_a_hold(store: Store) -> int:
    """3 good bridge reps of 4, then a plank held 40 s with 10 s of good form."""
    rec = SessionRecorder.start(store)
    rec.begin_set("glute_bridge", target_reps=4)
    for i in range(4):
        rec.record(rep_events(i + 1, 3.0 * i, good=i != 2, faults=("too_fast",)))
    rec.end_set("finished")
    rec.begin_set("plank", target_hold_s=30)
    rec.update_hold(40.0, 10.0, force=True)
    rec.end_set("finished")
    rec.finish(COMPLETED)
    return rec.session_id


def test_the_session_listing_reports_reps_and_hold_seconds_separately(store: Store) -> None:
    _session_with_reps_and_a_hold(store)
    (row,) = session_rows(store)
    # One mixed ratio would be (3 + 10) / (4 + 40) = 30 %: neither the reps' 75 % nor the hold's 25 %.
    assert (row.good_reps_share, row.good_hold_share) == (0.75, 0.25)
    assert "75% of reps + 25% of hold time" in format_table([row])


def test_every_record_of_a_set_gives_the_same_share(store: Store) -> None:
    sid = _session_with_reps_and_a_hold(store)
    bridge, plank = store.sets_of(sid)
    assert (bridge.good_form_share, plank.good_form_share) == (0.75, 0.25)
    outcome = SetOutcome("glute_bridge", rep_count=4, good_reps=3, reps_judged=4)
    assert outcome.good_form_share == bridge.good_form_share == good_form_share(bridge)
    assert split_shares([bridge], [plank]) == (0.75, 0.25)


def test_pooling_sets_adds_reps_to_reps_and_seconds_to_seconds() -> None:
    sets = [SetOutcome("plank", hold_s=20.0, good_form_s=20.0), SetOutcome("plank", hold_s=60.0, good_form_s=20.0)]
    assert pooled_share(sets) == pytest.approx(0.5)  # 40 s of 80 s, not the mean of 100 % and 33 %
    reps = [SetOutcome("glute_bridge", good_reps=1, reps_judged=1), SetOutcome("glute_bridge", good_reps=1,
                                                                               reps_judged=3)]
    assert pooled_share(reps) == pytest.approx(0.5)
    assert FormTally.of([]).share is None and pooled_share([SetOutcome("plank", hold_s=0.0)]) is None
    # good-form time never exceeds the hold, even from a rounded file
    assert good_form_share(SetOutcome("plank", hold_s=10.0, good_form_s=10.04)) == 1.0
