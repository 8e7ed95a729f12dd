"""Whole-session recordings: recognising each exercise and splitting the recording into sets.

Synthetic side-view sessions (bridge reps, standing about, a plank) check the rules;
``test_session_clips.py`` checks them on real clips.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from coach.analysis.recognition import Activity, CutDetector, ExerciseRecognizer, kept_at_cut
from coach.analysis.run import _analyze_track
from coach.analysis.session import SessionAnalysis, find_set_spans, split_track
from coach.errors import CoachError, RuleFileError
from coach.exercises import events as ev
from coach.exercises.registry import create_analyzer, overrides_by_exercise, recognisable_exercise_names
from coach.pose.track import PoseTrackRecorder, save_track
from synthetic import BRIDGE_REST, PLANK, QUADRUPED, STANDING, bridge_pose, bridge_rep, frame, timeline

BRIDGES = [(2.0, BRIDGE_REST)] + bridge_rep() * 3
PLANK_HOLD_S = 12.0


def track_of(segments):
    rec = PoseTrackRecorder(fps=30.0, source="synthetic")
    for t, pose in timeline(segments):
        rec.add(frame(t, pose))
    return rec.track()


@pytest.fixture(scope="module")
def session_track():
    """Three bridges, 12 s standing about, a 12 s plank, 5 s standing."""
    return track_of(BRIDGES + [(12.0, STANDING), (PLANK_HOLD_S, PLANK), (5.0, STANDING)])


def test_only_exercises_that_opt_in_are_recognised():
    names = recognisable_exercise_names()
    assert set(names) == {"plank", "glute_bridge", "bird_dog", "cat_cow"}  # not the tests' knee-raise plug-in


def test_a_session_splits_into_its_sets_in_order(session_track):
    s = split_track(session_track, "synthetic")
    assert [f.exercise for f in s.sets] == ["glute_bridge", "plank"]
    bridge, plank = s.sets
    assert bridge.result.rep_count == 3
    assert plank.result.hold_s == pytest.approx(PLANK_HOLD_S, abs=1.0)
    plank_start = 2.0 + 3 * sum(d for d, _ in bridge_rep()) + 12.0
    assert bridge.end_s < plank_start < plank.end_s
    assert all(bridge.start_s <= r.t_start and r.t_end <= bridge.end_s for r in bridge.result.reps)  # recording time
    # Standing about between the sets is said to be none of the exercises, never counted.
    assert any(o.start_s < plank_start - 5.0 and o.end_s > bridge.end_s for o in s.other)


def test_each_set_counts_what_its_exercise_gives_on_the_same_stretch(session_track):
    for found in split_track(session_track, "synthetic").sets:
        idx = np.flatnonzero((session_track.t_s >= found.start_s) & (session_track.t_s <= found.end_s))
        alone = _analyze_track(create_analyzer(found.exercise), session_track.take(idx), "x", "pose_track", None)
        assert (alone.rep_count, alone.hold_s) == (found.result.rep_count, found.result.hold_s)


def test_nobody_exercising_is_no_set():
    s = split_track(track_of([(20.0, STANDING)]), "standing")
    assert s.sets == () and len(s.other) == 1 and s.other[0].end_s - s.other[0].start_s > 19.0


class _Watch:
    """The two claims ``find_set_spans`` reads, for a stretch two exercises both counted in."""

    def __init__(self, work: dict[str, list[Activity]], held_s: dict[str, float], cuts_s=()) -> None:
        self.analyzers = dict.fromkeys(work)
        self.work, self.held_s, self.cuts_s = work, held_s, list(cuts_s)

    def cut_between(self, start_s, end_s):
        return any(start_s < c <= end_s for c in self.cuts_s)

    def activities(self, name):
        return self.work[name]

    def longest_out_of_position_s(self, name, start_s, end_s):
        return 0.0

    def claim_s(self, name, start_s, end_s):
        return self.held_s[name]



@pytest.mark.parametrize("plank_s, sets", [(2.5, []), (5.0, ["plank"])])
def test_passing_through_a_plank_is_no_plank_set(plank_s, sets):
    """A plank held under 3 s is passing through it (the top of a push-up before the first one goes
    down, a yoga flow): said as none of the exercises. Five seconds is a short plank set all the same."""
    s = split_track(track_of([(5.0, STANDING), (plank_s, PLANK), (5.0, STANDING)]), "passing")
    assert [f.exercise for f in s.sets] == sets
    if not sets:
        assert s.other

def test_where_two_exercises_claim_a_stretch_the_longer_held_start_position_wins():
    work = {"plank": [Activity("plank", 2.0, 12.0, 0)], "bird_dog": [Activity("bird_dog", 5.0, 7.0, 1)],
            "cat_cow": [Activity("cat_cow", 30.0, 34.0, 1)]}
    spans = find_set_spans(_Watch(work, {"plank": 10.0, "bird_dog": 3.0, "cat_cow": 4.0}))
    assert spans == [("plank", 2.0, 12.0), ("cat_cow", 30.0, 34.0)]
    spans = find_set_spans(_Watch(work, {"plank": 1.0, "bird_dog": 3.0, "cat_cow": 4.0}))
    assert [s[0] for s in spans] == ["bird_dog", "cat_cow"]


def test_work_after_leaving_the_start_position_is_another_set():
    class Left(_Watch):
        def longest_out_of_position_s(self, name, start_s, end_s):
            return 5.0

    work = {"cat_cow": [Activity("cat_cow", 0.0, 4.0, 1), Activity("cat_cow", 9.0, 13.0, 1)]}
    assert len(find_set_spans(_Watch(work, {"cat_cow": 8.0}))) == 1
    assert len(find_set_spans(Left(work, {"cat_cow": 8.0}))) == 2
    # A picture cut between them: one set only if the work resumed at once (an edited video of one set).
    assert len(find_set_spans(_Watch(work, {"cat_cow": 8.0}, cuts_s=[6.0]))) == 2
    resumed = {"cat_cow": [Activity("cat_cow", 0.0, 4.0, 1), Activity("cat_cow", 6.0, 10.0, 1)]}
    assert len(find_set_spans(_Watch(resumed, {"cat_cow": 8.0}, cuts_s=[5.0]))) == 1


def test_at_a_cut_a_rep_mostly_before_it_is_kept_and_one_mostly_after_it_dropped():
    cut = 6.0 + 2 / 30  # a frame time, kept to the full float; rep records keep milliseconds
    counted = [Activity("bird_dog", 1.2, 2.033, 1), Activity("bird_dog", 3.4, round(cut, 3), 1),
               Activity("bird_dog", 4.0, 7.0, 1),  # two thirds before the cut: this shot's, ends at the cut
               Activity("bird_dog", 5.5, 7.5, 1),  # mostly after: the next shot's
               Activity("bird_dog", 6.5, 7.5, 1),  # counted after the cut
               Activity("plank", 4.0, 9.0, 0)]
    kept = kept_at_cut(counted, cut)
    assert [(a.start_s, a.reps) for a in kept] == [(1.2, 1), (3.4, 1), (4.0, 1), (4.0, 0)]
    assert kept[2].end_s == kept[3].end_s == cut  # a rep kept, and a hold, end at the cut


def test_a_picture_cut_is_a_jump_or_a_sudden_change_of_size_that_stays():
    detector = CutDetector()
    lift = [detector.update(frame(i / 30, bridge_pose(360 - i))) for i in range(30)]  # a brisk lift: no cut
    away = shifted_all(BRIDGE_REST, 160)
    slipped = [detector.update(frame(1.0 + i / 30, away if i < 5 else BRIDGE_REST)) for i in range(20)]
    assert not any(lift + slipped)  # the tracker jumped for a moment and came back
    moved_for_good = [detector.update(frame(2.0 + i / 30, away)) for i in range(30)]
    assert [c for c in moved_for_good if c is not None] == [pytest.approx(2.0)]
    smaller = {k: (320 + (x - 320) * 0.4, 240 + (y - 240) * 0.4) for k, (x, y) in away.items()}
    assert [c for c in (detector.update(frame(3.0 + i / 30, smaller)) for i in range(30)) if c] == [pytest.approx(3.0)]
    assert detector.update(frame(9.0, BRIDGE_REST)) is None  # after a long gap nothing is compared
    # The tracker glides to the new shot's person over a few frames: still one cut.
    glide = [detector.update(frame(9.033 + i / 30, shifted_all(BRIDGE_REST, min(i, 4) * 30))) for i in range(25)]
    assert len([c for c in glide if c is not None]) == 1


def test_a_picture_cut_is_also_a_sudden_turn_from_side_on_to_facing_the_camera():
    """Two clips joined: the same place and size, but side-on, then the trunk's full width at once."""
    facing = {k: (x + 110, y) for k, (x, y) in QUADRUPED.items()}  # the far side 110 px off: the trunk's width

    def turned(share: float):
        return {k: (x + (fx - x) * share, y) for (k, (x, y)), (fx, _) in zip(QUADRUPED.items(), facing.values())}

    joined = CutDetector()
    at_once = [joined.update(frame(i / 30, QUADRUPED, QUADRUPED if i < 30 else facing)) for i in range(60)]
    assert [c for c in at_once if c is not None] == [pytest.approx(1.0)]
    rolling = CutDetector()  # a person turning to face the camera takes a second or more: no cut
    slow = [rolling.update(frame(i / 30, QUADRUPED, turned(min(1.0, max(0.0, (i - 30) / 45))))) for i in range(120)]
    assert not any(slow)


def test_a_picture_cut_is_also_most_of_each_change_at_once():
    """Two clips joined: somebody else a little aside, a little bigger and turned a little — together a new shot."""
    def seen(pose, dx, k, width):
        out = {p: (320 + (x - 320) * k + dx, 240 + (y - 240) * k) for p, (x, y) in pose.items()}
        far = {p: (x + width, y) for p, (x, y) in out.items()}
        return out, far

    first = seen(QUADRUPED, 0, 1.0, 15)
    nearly_all = seen(QUADRUPED, 55, 1.45, 100)  # ~0.1 of the picture aside, 1.45x the size, ~3x the width share
    joined = CutDetector()
    cuts = [joined.update(frame(i / 30, *(first if i < 30 else nearly_all))) for i in range(60)]
    assert [c for c in cuts if c is not None] == [pytest.approx(1.0)]
    only_moved = seen(QUADRUPED, 55, 1.0, 15)  # the same shift alone is somebody shuffling on the mat
    shuffled = CutDetector()
    assert not any(shuffled.update(frame(i / 30, *(first if i < 30 else only_moved))) for i in range(60))


def shifted_all(pose, dx):
    return {k: (x + dx, y) for k, (x, y) in pose.items()}


def test_session_json_round_trips_and_bad_json_is_one_error(session_track):
    s = split_track(session_track, "synthetic")
    d = json.loads(json.dumps(s.to_dict()))
    assert d["schema"] == "coach.session_analysis/1" and [x["exercise"] for x in d["sets"]] == ["glute_bridge", "plank"]
    every = {"start_s", "end_s", "rep_count", "hold", "reps", "faults", "setup_warnings", "judged_s"}
    assert every <= set(d["sets"][0])
    assert SessionAnalysis.from_dict(d).to_dict() == d
    for bad in ({"schema": "coach.analysis/1"}, [], {"schema": "coach.session_analysis/1", "sets": [{"x": 1}]}):
        with pytest.raises(CoachError):
            SessionAnalysis.from_dict(bad)


def test_rule_files_go_to_the_exercises_they_name(tmp_path):
    named = tmp_path / "patient.toml"
    named.write_text("[plank.position]\nmin_knee_deg = 140.0\n[glute_bridge.setup]\nmin_visibility = 0.6\n")
    assert overrides_by_exercise([named]) == {"plank": [named], "glute_bridge": [named]}
    unnamed = tmp_path / "form.toml"
    unnamed.write_text("[position]\nmin_knee_deg = 140.0\n")
    with pytest.raises(RuleFileError, match="name the exercise"):
        overrides_by_exercise([unnamed])
    misspelt = tmp_path / "misspelt.toml"
    misspelt.write_text("[plnk.position]\nmin_knee_deg = 140.0\n")
    with pytest.raises(RuleFileError, match="'plnk' is not an exercise .*did you mean 'plank'"):
        overrides_by_exercise([misspelt])


def test_live_recognition_names_the_exercise_at_its_first_rep_and_keeps_that_rep():
    rec = ExerciseRecognizer()
    counted = []
    for t, pose in timeline([(3.0, STANDING)] + BRIDGES):
        events = rec.update(frame(t, pose))
        counted += [e for e in events if e.kind == ev.REP_COUNTED]
        if rec.recognised is not None and not counted:
            pytest.fail("recognised before any rep was counted")
    assert rec.recognised is not None and rec.recognised.exercise == "glute_bridge"
    assert rec.analyzer.rep_count == 3 and [e.count for e in counted] == [1, 2, 3]
    assert rec.recognised.t_s > 5.0  # not while standing


def _coach(*args):
    return subprocess.run([sys.executable, "-m", "coach.cli", *args], capture_output=True, text=True, timeout=300)


def test_analyze_without_exercise_splits_a_track(tmp_path, session_track):
    track = tmp_path / "session.npz"
    save_track(session_track, track)
    out, summary = tmp_path / "out.json", tmp_path / "summary.csv"
    proc = _coach("analyze", str(track), "--json", str(out), "--summary", str(summary), "--report",
                  str(tmp_path / "r.html"))
    assert proc.returncode == 0, proc.stderr
    assert "2 set(s) found" in proc.stdout and "glute_bridge: reps 3" in proc.stdout
    assert "not one of your exercises" in proc.stdout
    assert [s["exercise"] for s in json.loads(out.read_text())["sets"]] == ["glute_bridge", "plank"]
    rows = summary.read_text().splitlines()
    assert rows[0].startswith("file,set,start_s,end_s,exercise") and len(rows) == 3
    html = (tmp_path / "r.html").read_text()
    assert "Glute bridge" in html and "Plank" in html
    # --exercise still analyses the whole recording as that one exercise.
    proc = _coach("analyze", str(track), "--exercise", "glute_bridge", "--json", str(out), "--quiet")
    assert proc.returncode == 0 and json.loads(out.read_text())["rep_count"] == 3


def test_analyze_without_exercise_splits_every_recording_of_a_folder(tmp_path, session_track):
    folder = tmp_path / "in"
    folder.mkdir()
    save_track(session_track, folder / "monday.npz")
    save_track(track_of(BRIDGES), folder / "tuesday.npz")
    json_dir, reports, summary = tmp_path / "json", tmp_path / "reports", tmp_path / "summary.csv"
    proc = _coach("analyze", str(folder), "--json", str(json_dir), "--report-dir", str(reports), "--summary",
                  str(summary))
    assert proc.returncode == 0, proc.stderr
    assert "monday.npz: 2 set(s) found" in proc.stdout and "tuesday.npz: 1 set(s) found" in proc.stdout
    monday = json.loads((json_dir / "monday.json").read_text())
    assert monday["schema"] == "coach.session_analysis/1" and len(monday["sets"]) == 2
    assert sorted(p.name for p in reports.iterdir()) == ["monday.html", "tuesday.html"]
    rows = summary.read_text().splitlines()[1:]
    assert [r.split(",")[1] for r in rows] == ["1", "2", "1"]  # one row per set, numbered per recording
    again = _coach("analyze", str(folder), "--json", str(json_dir), "--quiet")
    assert again.returncode == 0 and "2 of 2 inputs already analysed" in again.stderr


@pytest.mark.parametrize("extra, expect", [
    (["--annotate", "x.mp4"], "--annotate draws one exercise"),
    (["--rules", "RULES"], "name the exercise"),
])
def test_analyze_without_exercise_refuses_what_it_cannot_do_in_one_line(tmp_path, session_track, extra, expect):
    track = tmp_path / "session.npz"
    save_track(session_track, track)
    (tmp_path / "form.toml").write_text("[position]\nmin_knee_deg = 140.0\n")
    extra = [str(track) if a == "SECOND" else str(tmp_path / "form.toml") if a == "RULES" else a for a in extra]
    proc = _coach("analyze", str(track), *extra)
    assert proc.returncode != 0 and expect in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not Path("x.mp4").exists()
