"""The patient bar: add a patient, switch whose programmes and history show; "Not now" remembered on reopening."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from coach.programme import Prescription, Programme

from .sessions import record_sessions


def _programme(store, reps: int = 3, sets: int = 2):
    return store.save_programme(Programme("Stage 1", (Prescription("glute_bridge", sets=sets, reps=reps,
                                                                   rest_s=30),)))


def _ask(monkeypatch, name: str, ok: bool = True) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (name, ok)))


def test_a_new_patient_starts_empty_and_the_home_patient_keeps_their_own(qtbot, make_window, store, monkeypatch):
    prog = _programme(store)
    record_sessions(store, prog, days=2, reps_per_set=3)
    home = store.default_patient()
    w = make_window()
    w.tabs.setCurrentWidget(w.history)
    bar = w.patient_bar
    assert bar.combo.count() == 1 and bar.combo.currentData() == home.id
    assert w.today.chooser.count() == 1 and w.history.list.rowCount() == 2

    _ask(monkeypatch, "  Alex Smith ")
    bar.add_button.click()
    alex = next(p for p in store.patients() if p.name == "Alex Smith")
    assert [bar.combo.itemData(i) for i in range(bar.combo.count())] == [home.id, alex.id]  # home first
    assert w.patient_id == alex.id and bar.combo.currentData() == alex.id
    assert w.today.chooser.count() == 0 and not w.today.start_button.isEnabled()
    assert w.editor.chooser.count() == 0 and w.editor.programme_id is None
    assert w.history.list.rowCount() == 0 and w.history.exercise.count() == 0 and w.history.empty.isVisible()

    w.editor.name.setText("Alex stage 1")
    saved = w.editor.save()
    assert saved is not None and store.programme(saved.id).patient_id == alex.id
    assert [p.name for p in store.programmes(alex.id)] == ["Alex stage 1"]
    assert [p.name for p in store.programmes(home.id)] == ["Stage 1"]
    assert w.today.chooser.count() == 1 and w.today.chooser.currentText() == "Alex stage 1"

    bar.combo.setCurrentIndex(bar.combo.findData(home.id))
    assert w.patient_id == home.id
    assert w.history.list.rowCount() == 2 and w.history.exercise.currentData() == "glute_bridge"
    assert w.today.chooser.count() == 1 and w.today.chooser.currentText() == "Stage 1"
    assert [w.editor.chooser.itemText(i) for i in range(w.editor.chooser.count())] == ["Stage 1"]


def test_an_empty_or_duplicate_name_is_refused(qtbot, make_window, store, monkeypatch):
    store.add_patient("Alex")
    w = make_window()
    before = [p.id for p in store.patients()]
    _ask(monkeypatch, "  alex ")
    w.patient_bar.add_button.click()
    assert "already a patient called" in w.patient_bar.last_message
    _ask(monkeypatch, "   ")
    w.patient_bar.add_button.click()
    assert "needs a name" in w.patient_bar.last_message
    _ask(monkeypatch, "Sam", ok=False)  # cancelled
    w.patient_bar.add_button.click()
    assert [p.id for p in store.patients()] == before and w.patient_id == store.default_patient().id
    assert w.patient_bar.combo.count() == 2


def test_the_patient_bar_is_locked_while_a_guided_session_runs(qtbot, make_window, store):
    _programme(store)
    w = make_window()
    assert w.patient_bar.isEnabled()
    w._lock(True)
    assert not w.patient_bar.isEnabled() and not w.tabs.isTabEnabled(1)
    w._lock(False)
    assert w.patient_bar.isEnabled()


def test_not_now_stays_dismissed_after_reopening_the_window(qtbot, make_window, store):
    prog = _programme(store, reps=8, sets=1)
    record_sessions(store, prog, days=3, reps_per_set=8, pain=(3, 2))
    w = make_window()
    assert len(w.today.suggestions.cards) == 1
    w.today.suggestions.cards[0].dismiss_button.click()
    assert w.today.suggestions.cards == []
    w.close()
    w2 = make_window()
    assert w2.today.suggestions.cards == [], "Not now is remembered across reopenings"
    assert store.programme(prog.id).prescriptions[0].reps == 8, "dismissing changes nothing"


def _edit_name(qtbot, w, text: str) -> None:
    w.tabs.setCurrentWidget(w.editor)
    w.editor.name.selectAll()
    qtbot.keyClicks(w.editor.name, text)  # typed, as a physio would: marks the programme changed
    assert w.editor.dirty and w.editor.user_edited


def test_switching_patient_with_unsaved_edits_asks_first(qtbot, make_window, store, unsaved_edits_answer):
    _programme(store)
    home = store.default_patient()
    alex = store.add_patient("Alex")
    w = make_window()
    w.patient_bar.fill(home.id)
    assert not w.editor.user_edited, "loading a programme is not an edit"
    bar = w.patient_bar

    # Cancel: stay with the home patient, edits untouched.
    w.ask_unsaved = lambda _p, what: unsaved_edits_answer.append(what) or "cancel"
    _edit_name(qtbot, w, "Stage 1 gentler")
    bar.combo.setCurrentIndex(bar.combo.findData(alex.id))
    assert unsaved_edits_answer == ["switching patient"]
    assert w.patient_id == home.id and bar.combo.currentData() == home.id
    assert w.editor.name.text() == "Stage 1 gentler" and w.editor.dirty

    # Save: the edit is stored for the home patient, then Alex is shown.
    w.ask_unsaved = lambda _p, what: "save"
    bar.combo.setCurrentIndex(bar.combo.findData(alex.id))
    assert w.patient_id == alex.id
    assert [p.name for p in store.programmes(home.id)] == ["Stage 1 gentler"]

    # Alex has no programme: the blank template is not "work", so switching back asks nothing.
    w.ask_unsaved = lambda _p, what: pytest.fail("asked about a blank template")
    bar.combo.setCurrentIndex(bar.combo.findData(home.id))
    assert w.patient_id == home.id

    # Discard: switched, nothing stored.
    w.ask_unsaved = lambda _p, what: "discard"
    _edit_name(qtbot, w, "Thrown away")
    bar.combo.setCurrentIndex(bar.combo.findData(alex.id))
    assert w.patient_id == alex.id
    assert [p.name for p in store.programmes(home.id)] == ["Stage 1 gentler"]


def test_closing_with_unsaved_edits_can_be_cancelled_or_saved(qtbot, make_window, store):
    _programme(store)
    w = make_window()
    w.ask_unsaved = lambda _p, what: "cancel"
    _edit_name(qtbot, w, "Stage 1 stronger")
    w.tabs.setCurrentWidget(w.today_stack)
    assert not w.close() and w.isVisible()
    assert w.tabs.currentWidget() is w.editor  # shown where the unsaved work is
    w.ask_unsaved = lambda _p, what: "save"
    assert w.close()
    assert [p.name for p in store.programmes(store.default_patient().id)] == ["Stage 1 stronger"]
