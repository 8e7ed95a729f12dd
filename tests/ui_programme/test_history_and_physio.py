"""History charts and drill-down, the physio's count correction (audit trail), notes, reports, progression."""
from __future__ import annotations

import csv
from datetime import date

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from coach.programme import Prescription, Programme

from .sessions import record_sessions


def _programme(store, reps: int = 3, sets: int = 2):
    return store.save_programme(Programme("Stage 1", (Prescription("glute_bridge", sets=sets, reps=reps,
                                                                   rest_s=30),)))


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_history_lists_sessions_draws_charts_and_drills_down(qtbot, make_window, store):
    prog = _programme(store)
    ids = record_sessions(store, prog, days=3, reps_per_set=3, bad_rep=True)
    w = make_window()
    w.tabs.setCurrentWidget(w.history)
    h = w.history
    assert h.list.rowCount() == 3 and h.session_ids == list(reversed(ids))  # newest first
    assert h.list.item(0, 0).text().startswith("2024-05-08") and h.list.item(0, 4).text() == "6"
    assert h.list.item(0, 5).text() == "3 → 2"
    assert h.exercise.currentData() == "glute_bridge"
    assert [p.reps_done for p in h.chart_points] == [6, 6, 6] and h.chart.pixmap().width() >= 600
    h.period.setCurrentIndex(h.period.findData("week"))
    assert len(h.chart_points) == 1 and h.chart_points[0].reps_prescribed == 18
    assert h.chart_points[0].good_form_share == 12 / 18

    h.list.cellDoubleClicked.emit(2, 0)  # the oldest session
    d = h.detail
    assert h.stack.currentWidget() is d and d.session_id == ids[0]
    assert "Stage 1" in d.header.text() and "completed" in d.header.text() and "pain 3→2" in d.header.text()
    assert d.sets.rowCount() == 2
    assert [d.sets.item(0, c).text() for c in range(6)] == ["1", "Glute bridge", "3 reps", "3", "67%", "finished"]
    assert d.reps.rowCount() == 3 and d.reps.item(0, 3).text() != "Good" and d.reps.item(1, 3).text() == "Good"
    assert d.faults.rowCount() == 1 and d.faults.item(0, 3).text() == "cue for incomplete_extension"
    d.back_button.click()
    assert h.stack.currentIndex() == 0


def test_a_count_correction_keeps_the_original_and_the_report_shows_both(qtbot, make_window, store, tmp_path,
                                                                          monkeypatch):
    prog = _programme(store)
    [sid] = record_sessions(store, prog, days=1, reps_per_set=3)
    w = make_window()
    w.tabs.setCurrentWidget(w.history)
    w.history.open_session(sid)
    d = w.history.detail
    d.sets.selectRow(0)
    d.correct_button.click()
    dialog = d.dialog
    assert not dialog.save_button.isEnabled(), "a correction needs a reason"
    dialog.count.setValue(2)
    dialog.reason.setText("one lift was partial on the video")
    dialog.who.setText("Dr Kim")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    set_id = store.sets_of(sid)[0].id
    [c] = store.corrections(set_id)
    assert (c.original, c.corrected, c.reason, c.who) == (3, 2, "one lift was partial on the video", "Dr Kim")
    s = store.set_info(set_id)
    assert (s.rep_count, s.recorded_rep_count) == (2, 3)
    assert d.sets.item(0, 3).text() == "2 (corrected from 3)"
    assert "3 → 2 by Dr Kim — one lift was partial on the video" in d.audit.text()

    d.note_button.click()
    d.dialog.text.setPlainText("Good control today; progress next week.")
    d.dialog.save_button.click()
    assert [n.text for n in store.notes_of(sid)] == ["Good control today; progress next week."]
    assert "Dr Kim: Good control today" in d.notes.text()  # the name is remembered

    out = tmp_path / "kim_report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    d.export_button.click()
    assert "kim_report.pdf and kim_report.csv" in d.last_message
    text = _pdf_text(out)
    for needle in ("2 (corrected from 3)", "one lift was partial on the video", "Dr Kim", "audit trail",
                   "Good control today", "Stage 1"):
        assert needle in text, needle
    rows = list(csv.DictReader(open(tmp_path / "kim_report.csv", encoding="utf-8")))
    assert [(r["set_index"], r["rep_count"], r["recorded_rep_count"], r["corrected"]) for r in rows] == [
        ("1", "2", "3", "yes"), ("2", "3", "3", "no")]
    assert rows[0]["correction_reason"] == "one lift was partial on the video" and rows[0]["corrected_by"] == "Dr Kim"


def test_a_date_range_report_has_the_sessions_in_range_and_the_charts(qtbot, make_window, store, tmp_path):
    prog = _programme(store)
    record_sessions(store, prog, days=4, reps_per_set=3)
    w = make_window()
    written = w.history.export_range(date(2024, 5, 7), date(2024, 5, 8), str(tmp_path / "range.pdf"))
    assert [p.name for p in written] == ["range.pdf", "range.csv"]
    text = _pdf_text(tmp_path / "range.pdf")
    assert "sessions 2024-05-07 to 2024-05-08" in text and "Glute bridge over time" in text
    assert "2024-05-06" not in text and "2024-05-09" not in text
    images = sum(len(page.images) for page in PdfReader(str(tmp_path / "range.pdf")).pages)
    assert images == 1  # one exercise: one chart
    rows = list(csv.DictReader(open(tmp_path / "range.csv", encoding="utf-8")))
    assert len(rows) == 4 and {r["session_started_at"][:10] for r in rows} == {"2024-05-07", "2024-05-08"}


def test_a_progression_is_suggested_and_only_applied_when_accepted(qtbot, make_window, store):
    prog = _programme(store, reps=8, sets=1)
    record_sessions(store, prog, days=3, reps_per_set=8, pain=(3, 2))
    w = make_window()
    panel = w.today.suggestions
    assert len(panel.cards) == 1
    card = panel.cards[0]
    assert "10 reps instead of 8" in str(card.suggestion.reason)
    assert "Glute bridge: 1 × 10 reps" in card.suggestion.describe()
    assert store.programme(prog.id).prescriptions[0].reps == 8, "nothing changes until someone accepts"
    w2 = make_window()  # still offered next time until someone decides ("Not now" is in test_patients)
    w2.today.suggestions.cards[0].accept_button.click()
    now = store.programme(prog.id).prescriptions[0]
    assert (now.reps, now.version) == (10, 2)
    versions = store.prescription_versions(prog.id, now.line)
    assert versions[-1].reason.startswith("progression accepted")
    assert "1 × 10 reps" in w2.today.lines.text() and w2.today.suggestions.cards == []
    assert "not yet" in w2.today.suggestions.waiting.text()  # the new level starts its own count of sessions
