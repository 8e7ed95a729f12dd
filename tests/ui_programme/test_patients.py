"""The patient bar: add a patient, switch whose programmes and history show; "Not now" remembered on reopening."""
from __future__ import annotations

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
