"""One real clip through `coach analyze` with every export flag: each file opens and agrees with the JSON.

The glute-bridge clip is 6.7 s with 2 reps; it lives in ../shared/data and these
tests skip cleanly when that folder is absent.
"""
from __future__ import annotations

import json

from .report_parsing import parse_html, pdf_text, read_csv


def test_json(real_run):
    data = json.loads(real_run["paths"]["json"].read_text(encoding="utf-8"))
    assert data["schema"] == "coach.analysis/1" and data["rep_count"] == 2
    assert data["angle_series"]["name"] == "hip_extension_deg"


def test_html(real_run):
    data = json.loads(real_run["paths"]["json"].read_text(encoding="utf-8"))
    page = parse_html(real_run["paths"]["html"])
    assert f"{data['rep_count']} reps" in page.all_text
    assert len(page.rows["reps"]) == data["rep_count"]
    assert [r[1] for r in page.rows["reps"]] == [f"0:{r['t_start']:04.1f}" for r in data["reps"]]
    assert len(page.rows.get("faults", [])) == len(data["faults"])
    assert any(i.get("src", "").startswith("data:image/png;base64,") for i in page.images)
    assert "pexels_band_bridge_side.mp4" in page.title


def test_pdf(real_run):
    data = json.loads(real_run["paths"]["json"].read_text(encoding="utf-8"))
    text, pages, images = pdf_text(real_run["paths"]["pdf"])
    assert pages >= 1 and images >= 1
    assert f"{data['rep_count']} reps" in text and "Peak hip extension" in text
    for r in data["reps"]:
        assert f"0:{r['t_start']:04.1f}" in text


def test_csv(real_run):
    data = json.loads(real_run["paths"]["json"].read_text(encoding="utf-8"))
    cols, rows = read_csv(real_run["paths"]["csv"])
    assert len(rows) == data["rep_count"] and "hip_extension_deg" in cols
    assert [float(r["t_start_s"]) for r in rows] == [r["t_start"] for r in data["reps"]]


def test_annotated_video_frame_count(real_run):
    import cv2

    data = json.loads(real_run["paths"]["json"].read_text(encoding="utf-8"))
    cap = cv2.VideoCapture(str(real_run["paths"]["mp4"]))
    assert cap.isOpened()
    n = 0
    while cap.read()[0]:
        n += 1
    cap.release()
    assert n == data["frames"] == 167
