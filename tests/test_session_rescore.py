"""Re-judging one set of a split recording: the same stretch, the same count, the patient's new limits."""
from __future__ import annotations

from coach.analysis.session import rescore_set, split_track
from support.tracks import make_session_track


def test_a_set_judged_again_with_the_same_limits_is_the_same_set():
    track = make_session_track()
    session = split_track(track, "home.npz")
    assert session.sets
    for found in session.sets:
        assert rescore_set(track, found) == found


def test_a_set_judged_again_with_stricter_limits_keeps_its_stretch_and_count(tmp_path):
    track = make_session_track()
    bridges = next(s for s in split_track(track, "home.npz").sets if s.exercise == "glute_bridge")
    assert bridges.result.reps and all(r.good_form for r in bridges.result.reps)
    strict = tmp_path / "patient.toml"
    strict.write_text("[glute_bridge.form]\nmin_rep_s = 8.0\n", encoding="utf-8")
    again = rescore_set(track, bridges, [strict])
    assert (again.start_s, again.end_s, again.exercise) == (bridges.start_s, bridges.end_s, "glute_bridge")
    assert again.result.rep_count == bridges.result.rep_count
    assert not any(r.good_form for r in again.result.reps)
    assert again.result.rules[-1] == str(strict)
