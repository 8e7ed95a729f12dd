"""Chunked (multi-process) review gives the same reps as one process: no rep lost or doubled at an edge."""
from __future__ import annotations

from coach.analysis import analyze_file
from coach.analysis.chunks import chunk_bounds
from clips import clip_labels


def test_chunk_bounds_cover_the_file_and_respect_minimum_length():
    assert chunk_bounds(900, 30.0, 2) == [(0, 450), (450, None)]
    assert chunk_bounds(100, 30.0, 4) == [(0, None)]  # too short to split
    assert len(chunk_bounds(3000, 30.0, 8)) == 8


def test_chunked_and_single_process_analysis_agree(clip_runs):
    label = next(lab for lab in clip_labels() if lab["file"].endswith("wanshape_outdoor_side.mp4"))
    single = clip_runs.analyze(label, "glute_bridge")
    from clips import SHARED_DATA

    chunked = analyze_file(SHARED_DATA / label["file"], "glute_bridge", jobs=2).to_dict()
    assert chunked["frames"] == single["frames"]
    assert chunked["rep_count"] == single["rep_count"]
    for a, b in zip(chunked["reps"], single["reps"]):
        assert abs(a["t_start"] - b["t_start"]) < 0.1 and abs(a["t_end"] - b["t_end"]) < 0.1
        assert a["faults"] == b["faults"]
