"""The PDF report: text a reader (pypdf) can extract shows the counts, rep rows and faults; the plot is an image."""
from __future__ import annotations

from .report_parsing import pdf_text

from coach.reports.pdf_report import write_pdf


def test_counts_rows_faults_and_image(tmp_path, any_result):
    text, pages, images = pdf_text(write_pdf(any_result, tmp_path / "r.pdf"))
    assert pages >= 1 and images >= 1
    if any_result["hold"] is None:
        reps = any_result["reps"]
        good = sum(r["good_form"] for r in reps)
        assert f"{len(reps)} rep{'s' if len(reps) != 1 else ''}, {good} with good form" in text
    else:
        assert "Plank held 27.0 s, good form 24.5 s (91%)" in text
    for f in any_result["faults"]:
        assert f["message"] in text


def test_bridge_table_rows(tmp_path, bridge_result):
    text, _, _ = pdf_text(write_pdf(bridge_result, tmp_path / "r.pdf"))
    for start in ("0:01.5", "0:05.0", "0:08.0"):  # each rep's start time is a row
        assert start in text
    assert "Incomplete hip extension" in text and "Too fast" in text
    assert "Body not fully in frame" in text  # the set-up warning
    assert '<b>Jo & "Ann"<i>.mp4' in text  # escaped for reportlab's markup, shown verbatim


def test_plank_hold_periods(tmp_path, plank_result):
    text, _, _ = pdf_text(write_pdf(plank_result, tmp_path / "r.pdf"))
    assert "Time in the plank" in text and "0:05.0" in text and "0:37.0" in text
    assert "Hips sagging" in text
