"""The session report module on its own: CSV columns, hold sets, pain-stopped sets, and a clean failure."""
from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader

from coach.errors import CoachError
from coach.programme import Prescription, Programme
from coach.reports.session_report import CSV_COLUMNS, export_session_report

from .sessions import record_sessions


def test_csv_and_pdf_cover_holds_and_the_csv_has_fixed_columns(store, tmp_path):
    prog = store.save_programme(Programme("Mixed", (Prescription("plank", sets=1, hold_s=30, rest_s=0),
                                                    Prescription("glute_bridge", sets=1, reps=4, rest_s=0))))
    [sid] = record_sessions(store, prog, days=1, reps_per_set=4, bad_rep=True)
    pdf, out = export_session_report(store, tmp_path / "one", session_ids=[sid])
    with open(out, encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames == CSV_COLUMNS
    plank, bridge = rows
    assert (plank["exercise"], plank["target_hold_s"], plank["hold_s"], plank["good_form_s"]) == (
        "plank", "30.0", "24.0", "16.8")
    assert (bridge["rep_count"], bridge["good_reps"], bridge["faults"]) == ("4", "3", "incomplete_extension")
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "30 s hold" in text and "24 s held, 17 s good form" in text and "Incomplete hip extension" in text


def test_a_missing_folder_is_one_clear_error_and_nothing_is_written(store, tmp_path):
    with pytest.raises(CoachError, match="folder .* does not exist"):
        export_session_report(store, tmp_path / "nope" / "r.pdf", since="2024-01-01")
    assert not (tmp_path / "nope").exists()
