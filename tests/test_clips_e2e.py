"""End-to-end: the real pipeline (`coach analyze`) on every real clip, checked against labels.json.

The clips are read from ../shared/data and never committed. Tolerances are the
project's: rep counts inside the labelled acceptable range, plank hold within
±1.5 s, the labelled hip sag found (±1 s), and no reps or good-form plank time
when a distractor is analysed as one of our exercises.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from clips import ROOT, clip_labels

REP_EXERCISES = ("glute_bridge", "bird_dog", "cat_cow")
PLANK_LIKE = {"push_up", "plank", "side_plank", "kneeling_plank"}
LABELS = clip_labels()
OURS = [lab for lab in LABELS if lab["exercise"] in REP_EXERCISES + ("plank",)]
DISTRACTORS = [lab for lab in LABELS if lab["exercise"] not in REP_EXERCISES + ("plank",)]


# Clips Coach does not yet count right, with why: each is an open gap, strict so a fix is noticed.
KNOWN_GAPS: dict[str, str] = {}


def ids(labels):
    return [lab["file"].split("/")[-1] for lab in labels]


def rep_cases() -> list:
    labels = [lab for lab in OURS if lab["exercise"] != "plank"]
    return [pytest.param(lab, id=name, marks=[pytest.mark.xfail(reason=KNOWN_GAPS[name], strict=True)]
                         if name in KNOWN_GAPS else []) for lab, name in zip(labels, ids(labels))]


@pytest.mark.parametrize("label", rep_cases())
def test_rep_count_matches_label(clip_runs, label):
    result = clip_runs.analyze(label, label["exercise"])
    lo, hi = label.get("reps_acceptable") or [label["reps"], label["reps"]]
    assert lo <= result["rep_count"] <= hi, result["reps"]
    assert result["schema"] == "coach.analysis/1" and result["hold"] is None
    assert len(result["reps"]) >= result["rep_count"] - 1
    if label["exercise"] == "bird_dog":
        assert all(r["side"] in ("left", "right") for r in result["reps"])


@pytest.mark.parametrize("label", [lab for lab in OURS if lab["exercise"] == "plank"],
                         ids=ids([lab for lab in OURS if lab["exercise"] == "plank"]))
def test_plank_hold_and_faults_match_label(clip_runs, label):
    result = clip_runs.analyze(label, "plank")
    hold = result["hold"]
    assert hold["total_s"] == pytest.approx(label["hold_s"], abs=1.5)
    assert result["reps"] == [] and result["rep_count"] == 0
    fault_s = sum(f["t_end"] - f["t_start"] for f in label["faults"])
    assert hold["good_form_s"] == pytest.approx(label["hold_s"] - fault_s, abs=1.5)
    for want in label["faults"]:
        assert any(f["kind"] == want["kind"] and f["t_start"] - 1 <= want["t_end"] and want["t_start"] <= f["t_end"] + 1
                   for f in result["faults"]), (want, result["faults"])


@pytest.mark.parametrize("label", DISTRACTORS, ids=ids(DISTRACTORS))
def test_distractors_are_not_counted(clip_runs, label):
    for exercise in REP_EXERCISES:
        result = clip_runs.analyze(label, exercise)
        assert result["rep_count"] == 0, (exercise, result["reps"])
    if label["exercise"] not in PLANK_LIKE:
        assert clip_runs.analyze(label, "plank")["hold"]["good_form_s"] == 0


@pytest.mark.parametrize("exercise", ["plank", "glute_bridge", "bird_dog", "cat_cow"])
def test_track_gives_the_same_result_as_its_video(clip_runs, exercise, tmp_path):
    label = next(lab for lab in OURS if lab["exercise"] == exercise)
    from_video = clip_runs.analyze(label, exercise)
    track = clip_runs.track(label)
    out = tmp_path / "t.json"
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(track), "--exercise", exercise,
                           "--json", str(out), "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    from_track = json.loads(out.read_text())
    strip = lambda r: {k: v for k, v in r.items() if k not in ("video", "source_kind")}  # noqa: E731
    assert strip(from_track) == strip(from_video)
