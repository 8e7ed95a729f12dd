"""The two share dialogs on real stores, and an imported set replayed and re-scored in the review window."""
from __future__ import annotations

from datetime import date

import pytest
import shiboken6

from coach.live.set_tracks import SetTracks
from coach.store import StoreError
from coach.ui.programme.session_detail import SessionDetailView
from coach.ui.review import ReviewWindow
from coach.ui.share import ShareExportDialog, ShareImportDialog
from share.share_helpers import add_bridge_session, add_guided_session, store_in
from wall_clock import FakeClock

JOB_TIMEOUT_MS = 60000


def _patient_file(qtbot, tmp_path):
    """The patient's side: the dialog lists what the file holds and its size, then saves exactly that file."""
    clock = FakeClock()
    patient = store_in(tmp_path / "patient", clock)
    add_bridge_session(patient, tmp_path, clock)
    add_guided_session(patient, clock)
    dialog = ShareExportDialog(patient, SetTracks(patient))
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.contents.text().splitlines()
    assert shown[0] == "•  2 sessions of Me, 2024-05-06 to 2024-05-07"
    assert "•  1 pose track (the skeleton of each set; no video)" in shown and shown[-1].startswith("•  size: ")
    size = dialog.prepared.size
    dialog.name.setText("Ann Example")
    assert dialog.save_to(str(tmp_path / "for_physio"))
    saved = tmp_path / "for_physio.coachshare"
    assert dialog.saved_path == saved and abs(saved.stat().st_size - size) < 64  # the name is the only change
    assert dialog.last_message.startswith("Saved for_physio.coachshare (")
    # Shared now: the default choice has nothing new, a date brings them back.
    again = ShareExportDialog(patient, SetTracks(patient))
    qtbot.addWidget(again)
    assert again.contents.text().startswith("No sessions to share: nothing new since the last share")
    assert not again.save_button.isEnabled()
    again.from_date.setChecked(True)
    again.since.setDate(date(2024, 5, 7))
    assert again.contents.text().splitlines()[0] == "•  1 session of Me, 2024-05-07 to 2024-05-07"
    again.reject()
    patient.close()
    return saved


def test_share_dialogs_round_trip_and_the_imported_set_replays_and_rescores(qtbot, tmp_path, store):
    saved = _patient_file(qtbot, tmp_path)
    shelf = SetTracks(store)
    dialog = ShareImportDialog(store, shelf, str(saved))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.contents.text().splitlines() == [
        "•  for_physio.coachshare: 2 sessions of Ann Example", "•  2024-05-06 to 2024-05-07, 3 sets, 1 pose tracks "
        "(no video)", "•  none of them here yet"]
    assert dialog.patient.currentText() == "Ann Example"
    with qtbot.waitSignal(dialog.imported, timeout=2000):
        report = dialog.import_into(dialog.patient.currentText())
    assert dialog.last_message == "2 sessions, 0 already here; 2 added to Ann Example (new patient); " \
                                  "1 pose track(s) saved"
    assert dialog.result_label.text().splitlines()[0] == "2 sessions, 0 already here;"
    second = ShareImportDialog(store, shelf, str(saved))
    qtbot.addWidget(second)
    assert second.contents.text().splitlines()[-1] == "•  2 of them already here"
    second.import_into("Ann Example")
    assert second.last_message == "2 sessions, 2 already here"

    # The physio opens the imported session: the set with a track replays in the review window.
    view = SessionDetailView(store, "physio")
    qtbot.addWidget(view)
    view.show()
    first = store.sessions(report.patient_id)[0]
    view.show_session(first.id)
    assert view.sets.item(0, 6).text().endswith(".npz") and view.replay_button.isEnabled()
    window = view.review_window = ReviewWindow(view.window())  # made here so the test can wait on its signal
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.jobFinished, timeout=JOB_TIMEOUT_MS) as done:
        assert view.replay_selected() is window
    assert tuple(done.args) == ("analyse", "ok"), window.last_error
    rec = window.recording
    assert rec.result.rep_count == store.sets_of(first.id)[0].rep_count == 3
    assert all(r.good_form for r in rec.reps)
    strict = tmp_path / "strict.toml"
    strict.write_text("[glute_bridge.form]\nmin_top_hold_s = 3.0\n", encoding="utf-8")
    assert window.set_limits_file(str(strict))
    with qtbot.waitSignal(window.jobFinished, timeout=JOB_TIMEOUT_MS) as done:
        assert window.rescore()
    assert tuple(done.args) == ("rescore", "ok")
    assert window.recording.track is rec.track
    assert all("no_hold_at_top" in r.faults for r in window.recording.reps[:-1])
    window.close()


def test_the_share_menu_opens_both_dialogs_on_the_data_folder(qtbot, data_dir, tmp_path):
    from coach.live.control import Pacing
    from coach.ui.main_window import MainWindow
    from coach.ui.settings import open_settings
    from coach.ui.share.entry import open_share_export, open_share_import
    from coach.ui.speech import Voice

    saved = _patient_file(qtbot, tmp_path)
    main = MainWindow(open_settings(), cameras=[], pacing=Pacing.ALL_FRAMES, countdown_s=0,
                      voice=Voice(speech=False, sound=False))
    qtbot.addWidget(main)
    main.show()
    menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "Share")
    assert [a.text() for a in menu.actions()] == ["Share with my physio…", "Import a patient's sessions…"]
    export = open_share_export(main)
    assert export.isVisible() and export.store.path == data_dir / "coach.sqlite3"
    assert export.contents.text().startswith("No sessions to share")  # a new data folder has none
    export.reject()
    dialog = open_share_import(main, str(saved))
    assert dialog.import_into("Ann").added == 2
    store = dialog.store
    dialog.accept()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)
    with pytest.raises(StoreError):  # the dialog closed its store
        store.sessions()
    main.close()
