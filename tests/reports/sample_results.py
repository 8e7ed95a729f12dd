"""Synthetic results with every count known in advance, for the report tests.

Each is written as its ``coach.analysis/1`` JSON (``*_data``, what a saved file holds) and read with
``AnalysisResult.from_dict``, as a report made from a saved file is.

Three reps (one with two faults), a set-up warning, a gap in the angle series,
and a hostile video name that must come out escaped in HTML and PDF.
"""
from __future__ import annotations

import math

from coach.analysis.result import AnalysisResult

HOSTILE_NAME = '/clinic/<b>Jo & "Ann"<i>.mp4'


def _series(name: str, duration: float, fn) -> dict:
    t = [round(i * 0.1, 3) for i in range(int(duration * 10))]
    deg = [None if 0.5 <= x < 0.9 else round(fn(x), 1) for x in t]  # a gap where nobody was seen
    return {"name": name, "t_s": t, "deg": deg}


def _base(exercise: str, duration: float) -> dict:
    return {"schema": "coach.analysis/1", "video": HOSTILE_NAME, "exercise": exercise, "fps": 30.0,
            "frames": int(duration * 30), "frames_with_pose": int(duration * 30) - 12, "duration_s": duration,
            "rep_count": 0, "reps": [], "hold": None, "faults": [], "setup_warnings": [], "reps_by_side": {},
            "source_kind": "video", "rules": []}


def bridge_data() -> dict:
    r = _base("glute_bridge", 12.0)
    r["reps"] = [
        {"index": 1, "side": None, "t_start": 1.5, "t_end": 4.0, "good_form": True, "faults": [],
         "metrics": {"hip_extension_deg": 181.2, "hip_line_offset": 0.01, "top_hold_s": 1.1, "duration_s": 2.5}},
        {"index": 2, "side": None, "t_start": 5.0, "t_end": 5.9, "good_form": False,
         "faults": ["incomplete_extension", "too_fast"],
         "metrics": {"hip_extension_deg": 162.4, "hip_line_offset": -0.3, "top_hold_s": 0.2, "duration_s": 0.9}},
        {"index": 3, "side": None, "t_start": 8.0, "t_end": 10.6, "good_form": True, "faults": [],
         "metrics": {"hip_extension_deg": 179.9, "hip_line_offset": -0.02, "top_hold_s": 0.9, "duration_s": 2.6}},
    ]
    r["rep_count"] = 3
    r["faults"] = [
        {"kind": "incomplete_extension", "t_start": 5.0, "t_end": 5.9,
         "message": "Lift your hips higher — shoulders, hips and knees in one line"},
        {"kind": "too_fast", "t_start": 5.0, "t_end": 5.9, "message": "Slow down — lift and lower with control"},
    ]
    r["setup_warnings"] = [{"kind": "not_in_frame", "t_start": 0.0, "t_end": 1.2}]
    r["angle_series"] = _series("hip_extension_deg", 12.0, lambda x: 135 + 45 * max(0.0, math.sin(x)))
    return r


def plank_data() -> dict:
    r = _base("plank", 40.0)
    r["hold"] = {"total_s": 27.0, "good_form_s": 24.5, "spans": [[5.0, 20.0], [25.0, 37.0]]}
    r["faults"] = [{"kind": "hips_sagging", "t_start": 12.0, "t_end": 14.5,
                    "message": "Lift your hips — keep a straight line from shoulders to ankles"}]
    r["angle_series"] = _series("body_line_deg", 40.0, lambda x: 150 if 12 <= x < 14.5 else 172)
    return r


def bird_dog_data() -> dict:
    r = _base("bird_dog", 15.0)
    sides = ["left", "right", "left"]
    r["reps"] = [{"index": i + 1, "side": s, "t_start": 1.0 + 4 * i, "t_end": 3.5 + 4 * i, "good_form": i != 1,
                  "faults": [] if i != 1 else ["leg_not_extended"],
                  "metrics": {"elbow_deg": 176.0, "leg_extension_deg": 160.0 if i != 1 else 120.0,
                              "hip_roll_change_deg": 5.0, "duration_s": 2.5}} for i, s in enumerate(sides)]
    r["rep_count"] = 3
    r["reps_by_side"] = {"left": 2, "right": 1}
    r["faults"] = [{"kind": "leg_not_extended", "t_start": 5.0, "t_end": 7.5,
                    "message": "Straighten the back leg — push through the heel"}]
    r["angle_series"] = _series("leg_extension_deg", 15.0, lambda x: 90 + 70 * ((x % 4) > 1.5))
    return r


def cat_cow_data() -> dict:
    r = _base("cat_cow", 10.0)
    r["reps"] = [{"index": 1, "side": None, "t_start": 1.0, "t_end": 7.0, "good_form": True, "faults": [],
                  "metrics": {"head_lift_range": 0.55, "neck_torso_range_deg": 96.0, "cycle_s": 6.0}}]
    r["rep_count"] = 1
    r["angle_series"] = _series("neck_torso_deg", 10.0, lambda x: -80 + 100 * (x > 4))
    return r


def bridge() -> AnalysisResult:
    return AnalysisResult.from_dict(bridge_data())


def plank() -> AnalysisResult:
    return AnalysisResult.from_dict(plank_data())


def bird_dog() -> AnalysisResult:
    return AnalysisResult.from_dict(bird_dog_data())


def cat_cow() -> AnalysisResult:
    return AnalysisResult.from_dict(cat_cow_data())


RESULTS = {"glute_bridge": bridge, "plank": plank, "bird_dog": bird_dog, "cat_cow": cat_cow}
