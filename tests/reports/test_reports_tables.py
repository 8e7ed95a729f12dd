"""CSV and JSON exports read back to the same numbers; export_report picks the writer by suffix."""
from __future__ import annotations

import json
from dataclasses import FrozenInstanceError

import pytest
from .report_parsing import parse_html, pdf_text, read_csv

from coach.analysis.result import AnalysisResult
from coach.errors import CoachError
from coach.reports import export_report
from coach.reports.csv_export import FAULT_COLUMNS, HOLD_COLUMNS, REP_COLUMNS, write_csv, write_faults_csv


def test_rep_csv(tmp_path, bridge_result):
    cols, rows = read_csv(write_csv(bridge_result, tmp_path / "r.csv"))
    assert len(rows) == bridge_result.rep_count == 3
    assert cols[:len(REP_COLUMNS)] == REP_COLUMNS
    assert cols[len(REP_COLUMNS):] == ["hip_extension_deg", "hip_line_offset", "top_hold_s"]
    assert len(set(cols)) == len(cols)  # the metric duration_s is not a second duration_s column
    second = rows[1]
    assert second["rep"] == "2" and second["good_form"] == "no"
    assert second["faults"] == "incomplete_extension;too_fast"
    assert float(second["t_start_s"]) == 5.0 and float(second["duration_s"]) == pytest.approx(0.9)
    assert float(second["hip_extension_deg"]) == 162.4


def test_csv_sides_and_every_exercise(tmp_path, any_result):
    cols, rows = read_csv(write_csv(any_result, tmp_path / "r.csv"))
    if any_result.hold is not None:
        assert cols == HOLD_COLUMNS and len(rows) == len(any_result.hold.spans)
        assert rows[0]["faults"] == "hips_sagging" and float(rows[0]["fault_s"]) == 2.5
        assert rows[1]["faults"] == ""
    else:
        assert len(rows) == len(any_result.reps)
        assert [r["side"] for r in rows] == [r.side or "" for r in any_result.reps]


def test_faults_csv(tmp_path, bridge_result):
    cols, rows = read_csv(write_faults_csv(bridge_result, tmp_path / "f.csv"))
    assert cols == FAULT_COLUMNS and len(rows) == 2
    assert rows[0]["message"] == bridge_result.faults[0].message  # UTF-8 dash survives


def test_json_round_trip(tmp_path, any_result):
    out = export_report(any_result, tmp_path / "r.json")
    assert AnalysisResult.from_dict(json.loads(out.read_text(encoding="utf-8"))) == any_result


def test_json_from_analysis_result_equals_to_json(tmp_path, plank_track):
    from coach.analysis import analyze_file

    result = analyze_file(plank_track, "plank")
    out = export_report(result, tmp_path / "r.json")
    assert json.loads(out.read_text(encoding="utf-8")) == result.to_dict()
    assert result.to_dict()["hold"]["total_s"] > 0


def test_a_result_is_complete_when_built_and_never_patched(plank_track):
    from coach.analysis import analyze_file

    cancelled = analyze_file(plank_track, "plank", progress=lambda i, n, pose, events: i < 30)
    assert cancelled.cancelled and cancelled.angle_series is not None and cancelled.source_kind == "pose_track"
    assert cancelled.angle_series.t_s[-1] < 1.1 and isinstance(cancelled.reps, tuple)  # the first 31 frames
    with pytest.raises(FrozenInstanceError):
        cancelled.cancelled = False  # type: ignore[misc]
    assert AnalysisResult.from_dict(cancelled.to_dict()).to_dict() == cancelled.to_dict()


@pytest.mark.parametrize("suffix", [".html", ".htm", ".pdf", ".csv", ".json"])
def test_export_by_suffix(tmp_path, bridge_result, suffix):
    out = export_report(bridge_result, tmp_path / f"r{suffix.upper()}")
    if suffix in (".html", ".htm"):
        assert len(parse_html(out).rows["reps"]) == 3
    elif suffix == ".pdf":
        assert "3 reps, 2 with good form" in pdf_text(out)[0]
    elif suffix == ".csv":
        assert len(read_csv(out)[1]) == 3
    else:
        assert json.loads(out.read_text())["rep_count"] == 3


def test_unknown_suffix(tmp_path, bridge_result):
    with pytest.raises(CoachError, match="cannot tell the format"):
        export_report(bridge_result, tmp_path / "r.docx")
    assert not list(tmp_path.iterdir())
