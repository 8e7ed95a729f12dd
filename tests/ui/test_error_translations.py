"""Errors made below the GUI reach a German window in German, while ``str(error)`` stays the English line.

Each test raises a real error from the core (a rule file, a missing video, a pose track, the session
store, a share file) and reads it the way every dialog does, through ``i18n.error_text``, with the
German translator installed as at start-up. Numbers inside the messages are written the German way.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coach.errors import PoseTrackError, RuleFileError, VideoError
from coach.ui import i18n


def _raised(kind: type[Exception], call, *args) -> Exception:
    with pytest.raises(kind) as info:
        call(*args)
    return info.value


def test_a_rule_value_out_of_range_is_told_in_german_with_its_range_unit_and_meaning(german, tmp_path: Path):
    from coach.exercises.registry import exercise_rules, exercise_spec

    meaning = exercise_spec("plank").rule("form.sag_enter").meaning
    override = tmp_path / "limits.toml"
    override.write_text("[form]\nsag_enter = 1.0\n", encoding="utf-8")
    error = _raised(RuleFileError, exercise_rules, "plank", [override])
    assert str(error) == (f"{override}: key 'form.sag_enter' = 1.0 is out of range; expected -2 to 0 torso lengths "
                          f"({meaning})")
    german_meaning = i18n.translate("rule_meanings", meaning)
    assert german_meaning != meaning  # the limits editor's German, not English
    assert i18n.error_text(error) == (f"{override}: Der Schlüssel 'form.sag_enter' = 1.0 liegt außerhalb des "
                                      f"Bereichs; erwartet: -2 bis 0 Rumpflängen ({german_meaning})")


def test_a_fractional_end_of_a_range_gets_the_german_decimal_comma(german, tmp_path: Path):
    from coach.exercises.registry import exercise_rules

    override = tmp_path / "limits.toml"
    override.write_text("[rep]\nmin_swing = 9.0\n", encoding="utf-8")
    error = _raised(RuleFileError, exercise_rules, "cat_cow", [override])
    assert str(error) == (f"{override}: key 'rep.min_swing' = 9.0 is out of range; expected 0.05 to 2 arm lengths "
                          "(a phase begins once the head has moved this far from the other end)")
    assert i18n.error_text(error) == (f"{override}: Der Schlüssel 'rep.min_swing' = 9.0 liegt außerhalb des "
                                      "Bereichs; erwartet: 0,05 bis 2 Armlängen (eine Phase beginnt, sobald sich der "
                                      "Kopf so weit vom anderen Ende entfernt hat)")


def test_a_misspelt_key_and_a_wrong_kind_of_value_are_told_in_german(german, tmp_path: Path):
    from coach.exercises.registry import exercise_rules

    misspelt = tmp_path / "misspelt.toml"
    misspelt.write_text("[form]\nsag_entr = -0.1\n", encoding="utf-8")
    error = _raised(RuleFileError, exercise_rules, "plank", [misspelt])
    assert str(error).startswith(f"{misspelt}: unknown key 'form.sag_entr' (did you mean 'sag_enter'? known here: ")
    assert i18n.error_text(error).startswith(f"{misspelt}: unbekannter Schlüssel 'form.sag_entr' "
                                             "(meinten Sie 'sag_enter'? hier bekannt: ")
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('[form]\nsag_enter = "low"\n', encoding="utf-8")
    error = _raised(RuleFileError, exercise_rules, "plank", [wrong])
    assert str(error) == f"{wrong}: key 'form.sag_enter' must be a number, got text 'low'"
    assert i18n.error_text(error) == (f"{wrong}: Der Schlüssel 'form.sag_enter' muss eine Zahl sein, "
                                      "erhalten: Text 'low'")


def test_a_missing_video_is_told_in_german(german, tmp_path: Path):
    from coach.sources import VideoFileSource

    missing = tmp_path / "gone.mp4"
    error = _raised(VideoError, VideoFileSource, missing)
    assert str(error) == f"video not found: {missing}"
    assert i18n.error_text(error) == f"Video nicht gefunden: {missing}"


def test_a_pose_track_of_another_schema_is_told_in_german(german, tmp_path: Path):
    from coach.pose.track import load_track

    path = tmp_path / "other.npz"
    np.savez(path, schema=np.array("coach.posetrack/99"))
    error = _raised(PoseTrackError, load_track, path)
    assert str(error) == f"{path} has schema 'coach.posetrack/99'; this version of Coach reads 'coach.posetrack/1'"
    assert i18n.error_text(error) == (f"{path} hat das Schema 'coach.posetrack/99'; diese Version von Coach liest "
                                      "'coach.posetrack/1'")


def test_coachs_own_limits_in_a_pose_track_error_are_german_numbers(german, tmp_path: Path):
    from coach.pose.track import load_track

    path = tmp_path / "fast.npz"
    np.savez(path, schema=np.array("coach.posetrack/1"), t_s=np.array([0.0, 0.001]),
             image=np.zeros((2, 33, 4), np.float32), world=np.zeros((2, 33, 4), np.float32),
             frame_size=np.array([640, 480]), fps=np.array(5000.0))
    error = _raised(PoseTrackError, load_track, path)
    assert str(error) == f"{path}: 'fps' = 5000 is out of range; expected 1 to 1000 frames per second"
    assert i18n.error_text(error) == (f"{path}: 'fps' = 5000 liegt außerhalb des Bereichs; erwartet: 1 bis 1.000 "
                                      "Bilder pro Sekunde")


def test_a_store_error_says_in_german_what_the_store_was_doing(german, tmp_path: Path):
    from coach.store import Store
    from coach.store.errors import StoreReadOnlyError

    path = tmp_path / "coach.sqlite"
    Store(path).close()
    store = Store(path, read_only=True)
    try:
        error = _raised(StoreReadOnlyError, store.add_patient, "Ada")
    finally:
        store.close()
    assert str(error) == f"the Coach data file {path} was opened read-only; cannot save while adding a patient"
    assert i18n.error_text(error) == (f"die Coach-Datendatei {path} wurde schreibgeschützt geöffnet; beim Hinzufügen "
                                      "eines Patienten kann nichts gespeichert werden")


def test_a_damaged_share_file_is_refused_in_german_with_the_reason_inside(german, tmp_path: Path):
    from coach.store.share import ShareFileError
    from coach.store.share.checks import read_package

    path = tmp_path / "ada.coachshare"
    path.write_bytes(b"not a zip archive at all")
    error = _raised(ShareFileError, read_package, path)
    assert str(error) == ("ada.coachshare cannot be imported: it is damaged or incomplete (not a whole archive), "
                          "or not a Coach share file. Nothing was changed.")
    assert i18n.error_text(error) == ("ada.coachshare kann nicht importiert werden: sie ist beschädigt oder "
                                      "unvollständig (kein ganzes Archiv) oder keine Coach-Freigabedatei. Es wurde "
                                      "nichts verändert.")


def test_in_english_the_window_shows_the_english_line(tmp_path: Path, qapp):
    from coach.sources import check_video_path

    error = _raised(VideoError, check_video_path, tmp_path)
    assert i18n.error_text(error) == str(error) == f"expected a video file but {tmp_path} is a folder"


def test_a_review_job_says_what_it_is_doing_and_why_it_failed_in_german(german, qtbot, tmp_path: Path):
    from types import SimpleNamespace

    from coach.review.jobs import annotate_job
    from coach.ui.review.analysis_worker import JobRunner

    track_only = SimpleNamespace(video_path=None)  # a recording analysed from a pose track: no video to draw on
    runner = JobRunner()
    progress, failures = [], []
    runner.progressed.connect(lambda percent, text: progress.append(text))
    runner.failed.connect(lambda kind, message: failures.append(message))
    with qtbot.waitSignal(runner.idle, timeout=5000):
        assert runner.start("video", annotate_job(track_only, tmp_path / "ada.mp4"))
    assert progress == ["ada.mp4 wird geschrieben"]
    assert failures == ["ein kommentiertes Video braucht das Originalvideo; diese Aufnahme ist nur eine "
                        "Skelettaufzeichnung"]


def test_an_imports_report_line_reads_german_in_the_window_and_english_on_the_command_line(german, tmp_path: Path):
    from coach.phrase import Phrase
    from coach.pose.track import load_track
    from coach.store.share.importer import TRACK_FAILED, ImportReport

    bad = _raised(PoseTrackError, load_track, tmp_path)
    report = ImportReport(file=tmp_path / "ada.coachshare", patient_id=1, patient_name="Ada", new_patient=True,
                          sessions=3, added=2, already_here=1, notes_added=0, tracks_saved=1,
                          tracks_failed=(Phrase.of(TRACK_FAILED, session=7, set=2, why=bad.phrase),))
    assert report.line() == (f"3 sessions, 1 already here; 2 added to Ada (new patient); 1 pose track(s) saved; "
                             f"1 pose track(s) could not be saved (session 7 set 2: expected a pose track file but "
                             f"{tmp_path} is a folder) — import the file again to retry")
    assert i18n.phrase_text(report.phrase()) == (
        f"3 Einheiten, 1 bereits vorhanden; 2 zu Ada hinzugefügt (neuer Patient); 1 Skelettaufzeichnung(en) "
        f"gespeichert; 1 Skelettaufzeichnung(en) konnten nicht gespeichert werden (Einheit 7, Satz 2: eine "
        f"Skelettaufzeichnung erwartet, aber {tmp_path} ist ein Ordner) — importieren Sie die Datei erneut, um es "
        f"noch einmal zu versuchen")


def test_a_camera_that_sends_no_pictures_is_named_in_german(german, monkeypatch):
    import cv2

    from coach.sources import CameraSource

    class SilentCapture:
        """Opens, then never delivers a picture (a camera held by a video call)."""

        def __init__(self, index: int) -> None:
            self.index = index

        def isOpened(self) -> bool:  # noqa: N802 - OpenCV's name
            return True

        def set(self, *_: object) -> bool:
            return True

        def read(self) -> tuple[bool, None]:
            return False, None

        def release(self) -> None:
            pass

    monkeypatch.setattr(cv2, "VideoCapture", SilentCapture)
    camera = CameraSource(2)
    assert camera.read(0, 0.0) is None
    message = camera.no_pictures_message()
    assert str(message) == ("Camera 2 opened but sends no pictures — it may be in use by another program "
                            "(close video calls) or unplugged.")
    assert i18n.phrase_text(message) == ("Kamera 2 ist geöffnet, sendet aber keine Bilder — vielleicht nutzt ein "
                                         "anderes Programm sie (Videoanrufe schließen) oder sie ist ausgesteckt.")
