"""The programme editor: add, edit, reorder, save (versioned), reload, per-patient limits, import and export."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from coach.programme import Prescription, Programme, load_programme_file


def _editor(make_window):
    w = make_window()
    w.tabs.setCurrentWidget(w.editor)
    return w, w.editor


def test_a_new_programme_is_built_saved_and_reloaded(qtbot, make_window, store):
    w, ed = _editor(make_window)
    assert ed.programme_id is None and ed.dirty  # an empty store starts a new programme with one line
    ed.name.setText("Stage 1 — settle the pain")
    ed.name.textEdited.emit("Stage 1 — settle the pain")
    form = ed.form
    form.exercise.setCurrentIndex(form.exercise.findData("glute_bridge"))
    form.sets.setValue(3)
    form.reps.setValue(10)
    form.rest.setValue(40)
    form.overrides.value_box("form.top_line_min").setValue(20)  # a lower bridge is fine for now: 20 % below
    ed.add_button.click()
    form.exercise.setCurrentIndex(form.exercise.findData("plank"))
    assert form.hold.isVisibleTo(form) and not form.reps.isVisibleTo(form)
    form.hold.setValue(25)
    ed.add_button.click()
    form.exercise.setCurrentIndex(form.exercise.findData("bird_dog"))
    assert form.side.isVisibleTo(form)
    form.side.setCurrentIndex(form.side.findData("left"))
    form.note.setText("Slow and steady")
    assert ed.list.count() == 3 and "Plank: 2 × 25 s hold" in ed.list.item(1).text()
    ed.up_button.click()  # bird-dog before plank
    assert ed.list.item(1).text().startswith("2.  Bird-dog: 2 × 8 reps (left arm)")
    ed.save_button.click()
    assert "Saved" in ed.last_message and not ed.dirty

    stored = store.programmes()[0]
    assert stored.name == "Stage 1 — settle the pain"
    bridge, dog, plank = stored.prescriptions
    assert (bridge.exercise, bridge.sets, bridge.reps, bridge.rest_s) == ("glute_bridge", 3, 10, 40.0)
    assert bridge.rule_overrides == {"form": {"top_line_min": -0.2}}
    assert (dog.exercise, dog.side, dog.note) == ("bird_dog", "left", "Slow and steady")
    assert (plank.exercise, plank.hold_s, plank.reps) == ("plank", 25.0, None)
    assert w.today.programme_id() == stored.id and "Stage 1" in w.today.lines.text()

    # A fresh editor shows what was stored, limits included.
    again = make_window().editor
    assert again.programme_id == stored.id and again.list.count() == 3
    assert again.form.overrides.value_box("form.top_line_min").value() == 20  # % of trunk length below the line
    assert again.form.overrides.overrides() == {"form": {"top_line_min": -0.2}}
    assert "own limits" in again.list.item(0).text()


def test_an_edit_is_a_new_version_and_a_removed_line_is_retired(qtbot, make_window, store):
    prog = store.save_programme(Programme("P", (Prescription("glute_bridge", sets=2, reps=8, rest_s=45),
                                                Prescription("plank", sets=1, hold_s=20, rest_s=30))))
    _, ed = _editor(make_window)
    assert ed.programme_id == prog.id
    ed.list.setCurrentRow(0)
    ed.form.reps.setValue(10)
    ed.list.setCurrentRow(1)
    ed.remove_button.click()
    ed.save_button.click()
    now = store.programme(prog.id)
    assert [p.exercise for p in now.prescriptions] == ["glute_bridge"] and now.prescriptions[0].reps == 10
    versions = store.prescription_versions(prog.id, now.prescriptions[0].line)
    assert [(v.prescription.reps, v.retired_at is None) for v in versions] == [(8, False), (10, True)]


def test_a_value_the_programme_refuses_is_a_message_not_a_save(qtbot, make_window, store):
    _, ed = _editor(make_window)
    ed.name.setText("   ")
    ed.save_button.click()
    assert "Not saved" in ed.last_message and "name" in ed.last_message
    assert store.programmes() == []
    ed.name.setText("Crossed limits")
    ed.form.exercise.setCurrentIndex(ed.form.exercise.findData("plank"))
    ed.form.overrides.value_box("form.sag_enter").setValue(5)  # 5 % sag: inside its own exit band (10 %), crossed
    ed.save_button.click()
    assert "Not saved" in ed.last_message and "sag" in ed.last_message
    assert store.programmes() == []


def test_export_then_import_round_trip_and_a_bad_file_is_explained(qtbot, make_window, store, tmp_path,
                                                                   monkeypatch):
    store.save_programme(Programme("From the clinic", (
        Prescription("cat_cow", sets=2, reps=6, rest_s=20, rule_overrides={"form": {"min_range": 0.3}}),)))
    _, ed = _editor(make_window)
    out = tmp_path / "handout.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    ed.export_button.click()
    assert load_programme_file(out).prescriptions[0].rule_overrides == {"form": {"min_range": 0.3}}

    bad = tmp_path / "bad.toml"
    bad.write_text('format = "coach.programme/1"\nname = "x"\n[[prescription]]\nexercise = "glute_bridge"\n'
                   'reps = 8\nhold_s = 10\n')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    ed.import_button.click()
    assert ed.last_message.startswith("Could not import the file:")
    assert "bad.toml" in ed.last_message and "hold_s" in ed.last_message
    assert ed.name.text() == "From the clinic"  # what was shown is untouched

    not_toml = tmp_path / "notes.toml"
    not_toml.write_text("this is not [a programme")
    assert ed.import_file(str(not_toml)) is None and "not valid TOML" in ed.last_message

    assert ed.import_file(str(out)) is not None
    assert ed.programme_id is None and ed.dirty and "Save programme" in ed.last_message
    ed.save_button.click()
    names = [p.name for p in store.programmes()]
    assert names == ["From the clinic", "From the clinic"]  # imported as a programme of its own
    assert Path(out).exists()


def test_unsaved_changes_are_not_dropped_by_a_single_click(qtbot, make_window, store):
    a = store.save_programme(Programme("A", (Prescription("glute_bridge", sets=2, reps=8),)))
    store.save_programme(Programme("B", (Prescription("plank", sets=1, hold_s=20),)))
    _, ed = _editor(make_window)
    assert ed.programme_id == a.id
    ed.form.reps.setValue(12)
    ed.new_button.click()
    assert ed.programme_id == a.id and ed.lines[0].reps == 12 and "Unsaved changes" in ed.last_message
    ed.new_button.click()  # the second press discards
    assert ed.programme_id is None and store.programme(a.id).prescriptions[0].reps == 8
