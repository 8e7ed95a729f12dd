"""`coach analyze` export flags: --report (html and/or pdf), --csv, and --report-dir for several inputs."""
from __future__ import annotations

import json
import os
import shutil

from .report_parsing import parse_html, pdf_text, read_csv

from coach.cli import main


def test_single_input_writes_every_export(tmp_path, plank_track):
    out = {k: tmp_path / f"r.{k}" for k in ("json", "html", "pdf", "csv")}
    code = main(["analyze", str(plank_track), "--exercise", "plank", "--json", str(out["json"]),
                 "--report", str(out["html"]), "--report", str(out["pdf"]), "--csv", str(out["csv"])])
    assert code == 0
    data = json.loads(out["json"].read_text())
    hold = data["hold"]
    assert f"Plank held {hold['total_s']:.1f} s" in parse_html(out["html"]).all_text
    assert f"Plank held {hold['total_s']:.1f} s" in pdf_text(out["pdf"])[0]
    assert len(read_csv(out["csv"])[1]) == len(hold["spans"]) >= 1


def test_report_dir_for_several_inputs(tmp_path, plank_track, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a", "b"):
        shutil.copy(plank_track, inputs / f"{name}.npz")
    (inputs / "c.npz").write_bytes(b"not a pose track")
    jdir = tmp_path / "json"
    jdir.mkdir()
    stale = jdir / "c.json"  # from an earlier run: must not become a report of c this time
    stale.write_text(json.dumps({"video": str(inputs / "c.npz")}))
    os.utime(stale, (0, 0))
    reports = tmp_path / "reports"
    code = main(["analyze", str(inputs), "--exercise", "plank", "--quiet", "--json", str(jdir),
                 "--report-dir", str(reports)])
    err = capsys.readouterr().err
    assert code == 1 and "c.npz" in err  # the bad file is reported and skipped, the rest finish
    assert sorted(p.name for p in reports.iterdir()) == ["a.html", "b.html"]
    assert "Plank held" in parse_html(reports / "a.html").all_text


def test_report_dir_without_json(tmp_path, plank_track):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a", "b"):
        shutil.copy(plank_track, inputs / f"{name}.npz")
    reports = tmp_path / "reports"
    assert main(["analyze", str(inputs / "a.npz"), str(inputs / "b.npz"), "--exercise", "plank", "--quiet",
                 "--report-dir", str(reports)]) == 0
    assert sorted(p.name for p in reports.iterdir()) == ["a.html", "b.html"]


def test_report_dir_for_one_input(tmp_path, plank_track):
    reports = tmp_path / "reports"
    assert main(["analyze", str(plank_track), "--exercise", "plank", "--quiet", "--report-dir", str(reports)]) == 0
    assert [p.name for p in reports.iterdir()] == ["plank.html"]
