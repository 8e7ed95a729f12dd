"""What a German user reads of the programme, progression, guided-session and share-export sentences.

The core writes them in English (``str``) for the command line and files; under the German
translator the window shows them in German with the locale's decimal comma.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from coach.live.guided_runner import rise_advice
from coach.programme import Prescription, ProgrammeFileError, loads_programme
from coach.programme.progression import LineOutcome, check_progression
from coach.store.models import SessionInfo
from coach.store.share.export import ExportPlan, PreparedShare


def _outcome(day: int, share: float) -> LineOutcome:
    return LineOutcome(session_id=day, started_at=f"2024-05-0{day}T10:00:00", prescription_id=7, sets_prescribed=2,
                       sets_done=2, sets_met=2, good_form_share=share, pain_before=3, pain_after=3,
                       stopped_for_pain=False)


def _session(day: int) -> SessionInfo:
    return SessionInfo(day, 1, None, f"2024-05-0{day}T10:00:00", None, 3, 2, "completed", "camera", "", 2, 12)


def test_prescription_lines_read_german_with_a_decimal_comma(german):
    from coach.ui.i18n import phrase_text

    hold = Prescription("plank", sets=2, hold_s=12.5, rest_s=30)
    assert hold.describe() == "Plank: 2 × 12.5 s hold, rest 30 s"  # the CLI's English is unchanged
    assert phrase_text(hold.phrase()) == "Unterarmstütz: 2 × 12,5 s halten, Pause 30 s"
    assert phrase_text(Prescription("bird_dog", sets=1, reps=6).phrase()) == (
        "Bird-Dog: 1 × 6 Wiederholungen je Seite, Pause 60 s")
    assert phrase_text(Prescription("glute_bridge", sets=3, reps=1, rest_s=0).phrase()) == (
        "Beckenheben: 3 × 1 Wiederholung, Pause 0 s")


def test_progression_reasons_read_german(german):
    from coach.ui.i18n import phrase_text

    plank = Prescription("plank", sets=2, hold_s=12.5, id=7, line=1)
    ready = check_progression(plank, [_outcome(d, 0.9) for d in (6, 7, 8)])
    assert ready.ready and ready.suggestion is not None
    assert "hold for 17.5 s instead of 12.5 s" in str(ready.why)
    assert phrase_text(ready.why) == ("Ziel in den letzten 3 Einheiten mit sauberer Ausführung erreicht, ohne stärkere "
                                      "Schmerzen — nächster Schritt: 17,5 s statt 12,5 s halten")
    assert phrase_text(ready.suggestion.phrase()) == ("Unterarmstütz: 2 × 12,5 s halten, Pause 60 s → "
                                                      "Unterarmstütz: 2 × 17,5 s halten, Pause 60 s")
    not_yet = check_progression(plank, [_outcome(6, 0.9), _outcome(7, 0.75), _outcome(8, 0.9)])
    assert phrase_text(not_yet.why) == ("die Ausführung braucht noch Übung (75 % saubere Ausführung am 2024-05-07; "
                                        "80 % gewünscht)")


def test_the_pain_rise_advice_reads_german(german):
    from coach.ui.i18n import phrase_text

    advice = rise_advice(2, 5, 2)
    assert advice is not None and str(advice).startswith("Your pain is 5/10, up from 2/10")
    assert phrase_text(advice).startswith("Ihre Schmerzen: 5/10, zu Beginn 2/10. Wir empfehlen, heute "
                                          "aufzuhören")


def test_share_export_lines_read_german_with_the_size_in_german(german, tmp_path: Path):
    from coach.ui.i18n import phrase_text

    plan = ExportPlan(1, "Ann", None, (_session(6), _session(7)), 1, None, 4, 24)
    prepared = PreparedShare(plan, tmp_path / "x.coachshare", 1536, 1)
    assert prepared.describe()[-1] == "size: 1.5 KB"
    assert [phrase_text(p) for p in prepared.phrases()] == [
        "2 Einheiten von Ann, 2024-05-06 bis 2024-05-07",
        "4 Sätze, 24 Wiederholungen, mit Fehlern, Schmerzbewertungen und Notizen",
        "1 Skelettaufzeichnung (das Skelett jedes Satzes; kein Video)",
        "1 nicht abgeschlossene Einheit nicht enthalten (erst beenden oder schließen)",
        "eine Übersichtsseite, die jeder öffnen kann (summary.html)",
        "Größe: 1,5 KB"]
    nothing = ExportPlan(1, "Ann", None, (), 0, "2024-05-08T09:00:00", 0, 0)
    assert phrase_text(nothing.phrases()[0]) == ("Keine Einheiten zum Teilen: nichts Neues seit dem letzten Teilen "
                                                 "(2024-05-08).")


def test_a_programme_file_error_reads_german(german):
    from coach.ui.i18n import error_text

    text = 'format = "coach.programme/1"\nname = "A"\n[[prescription]]\nexercise = "plank"\nhold_s = 0.5\n'
    with pytest.raises(ProgrammeFileError) as caught:
        loads_programme(text, "a.toml")
    assert str(caught.value) == ("a.toml: prescription 1 (plank): key 'hold_s' = 0.5 is out of range; "
                                 "expected 1 to 900")
    assert error_text(caught.value) == ("a.toml: Programmzeile 1 (plank): Schlüssel 'hold_s' = 0.5 liegt außerhalb "
                                        "des Bereichs; erwartet 1 bis 900")


def test_a_live_end_message_reads_german(german):
    from coach.phrase import QT_TRANSLATE_NOOP, Num, Phrase
    from coach.live.capture import CAMERA_STOPPED_MESSAGE
    from coach.ui.i18n import phrase_text

    # the same template capture.py writes when a video cannot be read to its end
    early = Phrase.of(QT_TRANSLATE_NOOP("messages", "The video could not be read past {seconds} s."),
                      seconds=Num(12.4, 1))
    assert str(early) == "The video could not be read past 12.4 s."
    assert phrase_text(early) == "Das Video konnte nach 12,4 s nicht weiter gelesen werden."
    assert phrase_text(CAMERA_STOPPED_MESSAGE).startswith("Die Kamera sendet keine Bilder mehr")
