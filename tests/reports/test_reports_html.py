"""The HTML report parses, says the right counts, lists every rep and fault, embeds its plot and escapes text."""
from __future__ import annotations

import base64
from dataclasses import replace

from .report_parsing import parse_html
from .sample_results import bird_dog

from coach.reports.html_report import write_html


def test_counts_rows_faults_and_plot(tmp_path, any_result):
    out = write_html(any_result, tmp_path / "r.html")
    page = parse_html(out)
    text = page.all_text
    reps, faults = any_result.reps, any_result.faults
    if any_result.hold is None:
        good = sum(r.good_form for r in reps)
        assert f"{len(reps)} rep{'s' if len(reps) != 1 else ''}, {good} with good form" in text
        assert len(page.rows["reps"]) == len(reps)
        for row, rep in zip(page.rows["reps"], reps):
            assert row[0] == str(rep.index)
            assert (row[-1] == "Good") == rep.good_form
    else:
        assert "Plank held 27.0 s, good form 24.5 s (91%)" in text
        assert len(page.rows["reps"]) == len(any_result.hold.spans)
    assert len(page.rows.get("faults", [])) == len(faults)
    for row, f in zip(page.rows.get("faults", []), faults):
        assert f.message in row
    if not faults:
        assert "No faults were found." in text
    assert len(page.rows.get("setup", [])) == len(any_result.setup_warnings)
    plots = [img for img in page.images if img.get("id") == "angle-plot"]
    assert len(plots) == 1
    src = plots[0]["src"]
    assert src.startswith("data:image/png;base64,")
    assert base64.b64decode(src.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"


def test_bridge_rep_table_content(tmp_path, bridge_result):
    page = parse_html(write_html(bridge_result, tmp_path / "r.html"))
    rows = page.rows["reps"]
    assert rows[1][:4] == ["2", "0:05.0", "0.9", "162"]
    assert rows[1][-1] == "Incomplete hip extension; Too fast"
    assert [r[2] for r in page.rows["faults"]] == ["Incomplete hip extension", "Too fast"]
    assert page.rows["setup"][0][:3] == ["0:00.0", "0:01.2", "Body not fully in frame"]
    summary = dict((r[0], r[1]) for r in page.rows["summary"])
    assert summary["Reps"] == "3" and summary["Good form"] == "2 of 3 reps (67%)"
    assert summary["Exercise"] == "Glute bridge" and summary["Video length"] == "0:12.0 (12.0 s)"


def test_bird_dog_per_side_counts(tmp_path):
    page = parse_html(write_html(bird_dog(), tmp_path / "r.html"))
    summary = dict((r[0], r[1]) for r in page.rows["summary"])
    assert summary["Reps by side (raised arm)"] == "left 2, right 1"
    assert [r[1] for r in page.rows["reps"]] == ["left", "right", "left"]


def test_text_is_escaped(tmp_path, bridge_result):
    out = write_html(bridge_result, tmp_path / "r.html")
    raw = out.read_text(encoding="utf-8")
    assert "<b>Jo" not in raw and "&lt;b&gt;Jo &amp; &#34;Ann&#34;&lt;i&gt;.mp4" in raw  # MarkupSafe spells " as &#34;
    page = parse_html(out)
    assert '<b>Jo & "Ann"<i>.mp4' in page.all_text  # the parser gives the name back exactly


def test_self_contained(tmp_path, plank_result):
    raw = write_html(plank_result, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in raw and "http://" not in raw.replace("http://www.w3.org", "")
    assert "https://" not in raw


def test_result_without_angle_series_still_renders(tmp_path, bridge_result):
    page = parse_html(write_html(replace(bridge_result, angle_series=None), tmp_path / "r.html"))
    assert len(page.rows["reps"]) == 3 and any(i.get("id") == "angle-plot" for i in page.images)
