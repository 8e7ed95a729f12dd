"""The angle plot renders to PNG and SVG from the ≤10 Hz series, draws only honest thresholds, and the
report path never imports Qt nor switches matplotlib's global backend."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from .sample_results import RESULTS

from coach.analysis.result import AngleSeries
from coach.reports.content import build_content
from coach.reports.plot import angle_plot


def test_png_and_svg(any_result):
    assert angle_plot(any_result)[:8] == b"\x89PNG\r\n\x1a\n"
    svg = angle_plot(any_result, fmt="svg")
    assert b"<svg" in svg[:400]


def test_empty_series_and_no_reps(bridge_result):
    empty = replace(bridge_result, angle_series=AngleSeries("hip_extension_deg"), reps=(), faults=())
    assert angle_plot(empty)[:4] == b"\x89PNG"


@pytest.mark.parametrize("exercise, lines", [
    ("plank", [180.0, 130.0]),          # straight-line reference + position.min_body_line_deg
    ("glute_bridge", [180.0]),          # judged by hip offset, so only the 180° line reference
    ("bird_dog", [140.0]),              # form.min_knee_deg, in the plotted knee angle
    ("cat_cow", []),                    # judged on head height, not on this angle
])
def test_threshold_lines_per_exercise(exercise, lines):
    c = build_content(RESULTS[exercise]())
    assert [r.deg for r in c.ref_lines] == lines
    assert c.plot_note and str(c.rules_note) == "Rules: defaults"


def test_overrides_move_the_threshold(tmp_path, plank_result):
    override = tmp_path / "patient.toml"
    override.write_text("[plank.position]\nmin_body_line_deg = 120.0\n")
    c = build_content(plank_result, rules_overrides=[override])
    assert 120.0 in [r.deg for r in c.ref_lines] and "patient.toml" in str(c.rules_note)
    recorded = replace(plank_result, rules=("defaults.toml", str(override)))  # as recorded by the analysis
    assert 120.0 in [r.deg for r in build_content(recorded).ref_lines]
    moved = replace(plank_result, rules=("defaults.toml", str(tmp_path / "moved.toml")))  # since moved away
    c = build_content(moved)
    note = str(c.rules_note)
    assert 130.0 in [r.deg for r in c.ref_lines] and "moved.toml" in note and "not found" in note


def test_no_qt_and_no_global_backend_change(tmp_path):
    # rcParams is read raw: matplotlib.get_backend() would itself resolve the backend and import pyplot.
    code = textwrap.dedent(f"""
        import sys, matplotlib
        before = dict.__getitem__(matplotlib.rcParams, "backend")
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from sample_results import bridge, plank
        from coach.reports import export_report
        for i, r in enumerate((bridge(), plank())):
            for ext in ("html", "pdf", "csv", "json"):
                export_report(r, {str(tmp_path)!r} + f"/r{{i}}.{{ext}}")
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6"))
        assert not qt, qt
        assert "matplotlib.pyplot" not in sys.modules
        assert dict.__getitem__(matplotlib.rcParams, "backend") == before
        print("ok")
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr
