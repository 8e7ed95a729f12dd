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


def test_html_report_escapes_a_patient_name_and_a_note_and_shares_the_analysis_report_page(store, tmp_path):
    from coach.reports.html_report import render_html as analysis_html
    from coach.reports.session_content import SESSION_DISCLAIMER
    from reports.report_parsing import parse_html
    from reports.sample_results import bridge

    prog = store.save_programme(Programme("Bridges", (Prescription("glute_bridge", sets=1, reps=4, rest_s=0),)))
    [sid] = record_sessions(store, prog, days=1, reps_per_set=4)
    evil_name, evil_note = "<script>alert('name')</script>", 'Hips "fine" <script>alert(1)</script> & sore'
    store.update_patient(store.default_patient().id, name=evil_name)
    store.add_note(sid, evil_note, author="<b>physio</b>")
    [out] = export_session_report(store, tmp_path / "one.html", session_ids=[sid], formats=(".html",))
    raw = out.read_text(encoding="utf-8")
    assert out.suffix == ".html" and "<script" not in raw and "<b>physio" not in raw
    assert "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;" in raw
    page = parse_html(out)
    assert f"Patient: {evil_name}" in page.all_text  # the reader sees exactly what was typed
    assert f"<b>physio</b>: {evil_note}" in page.all_text
    assert page.rows[f"sets-{sid}"][0][:4] == ["1", "Glute bridge", "4 reps", "4"]
    assert SESSION_DISCLAIMER in page.all_text
    other = analysis_html(bridge())
    style = raw[raw.index("<style>"):raw.index("</style>")]
    assert style == other[other.index("<style>"):other.index("</style>")]  # one base page for both reports
    assert raw.count("<footer>") == other.count("<footer>") == 1


def test_a_date_range_report_from_the_german_window_is_german(store, qapp, tmp_path):
    from german_language import german_translation
    from reports.report_parsing import parse_html

    from coach.ui.i18n import report_speaker

    prog = store.save_programme(Programme("Mixed", (Prescription("plank", sets=1, hold_s=30, rest_s=0),
                                                    Prescription("glute_bridge", sets=1, reps=4, rest_s=0))))
    ids = record_sessions(store, prog, days=1, reps_per_set=4, bad_rep=True)
    with german_translation(qapp, tmp_path):
        html, out = export_session_report(store, tmp_path / "range", since="2024-05-06", until="2024-05-07",
                                          formats=(".html", ".csv"), speaker=report_speaker())
        page = parse_html(html)
    text = page.all_text
    assert "Coach — Einheiten vom 06.05.24 bis 07.05.24" in text and "Einheit 1 — 06.05.24 09:00" in text
    assert "Beckenheben im Zeitverlauf" in text and "Schmerzbewertungen" in text and "vor der Einheit" in text
    sets = page.rows[f"sets-{ids[0]}"]
    assert sets[0][:4] == ["1", "Unterarmstütz", "30 s halten", "24 s gehalten, 17 s saubere Ausführung"]
    assert sets[1][1] == "Beckenheben" and sets[1][4] == "75 %" and sets[1][5] == "Hüfte nicht ganz gestreckt"
    with open(out, encoding="utf-8") as fh:   # the CSV is for programs: the same in every language
        assert next(csv.reader(fh)) == CSV_COLUMNS
