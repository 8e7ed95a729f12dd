"""Reports exported from the window are in the window's language; the command line's stay English.

The German translator is installed as at start-up (the ``german`` fixture); the
results are the report tests' synthetic ones, whose every count is known.
"""
from __future__ import annotations

import re

from reports.report_parsing import parse_html, pdf_text
from reports.sample_results import bird_dog, bridge, plank

from coach.reports.content import build_content
from coach.reports.export import export_report
from coach.ui.i18n import report_speaker


def test_a_german_html_report_has_german_headings_headline_numbers_and_dates(german, tmp_path):
    out = export_report(bridge(), tmp_path / "bridge.html", speaker=report_speaker())
    page = out.read_text(encoding="utf-8")
    text = parse_html(out).all_text
    assert '<html lang="de">' in page
    assert "Beckenheben — Auswertung der Übung" in text
    assert "3 Wiederholungen, 2 sauber ausgeführt" in text
    for heading in ("Zusammenfassung", "Fehler", "Aufbau-Probleme",
                    "Hüftstreckung, Schulter–Hüfte–Knie im Zeitverlauf"):
        assert f">{heading}</h2>" in page, heading
    assert "<th scope=\"col\">Dauer (s)</th>" in page and "<th scope=\"col\">Ausführung</th>" in page
    assert "<td class=\"num\">2,5</td>" in page            # the first rep's duration, with a decimal comma
    assert "<td class=\"num\">+0,01</td>" in page          # a signed measure keeps its sign
    assert "2 von 3 Wiederholungen (67 %)" in text
    assert "Hüfte nicht ganz gestreckt; Zu schnell" in text   # fault names as the window says them
    assert re.search(r"Bericht erstellt am \d\d\.\d\d\.\d\d \d\d:\d\d", text)  # German short date and time
    assert "Grenzwerte: Standard" in text and "Seite 1" not in text
    assert "Glute bridge" not in text and "report made" not in text   # the footer too
    assert "Winkel sind Schätzungen aus einer Kamera" in text


def test_a_german_hold_report_and_its_pdf(german, tmp_path):
    html = export_report(plank(), tmp_path / "plank.html", speaker=report_speaker())
    text = parse_html(html).all_text
    assert "Unterarmstütz 27,0 s gehalten, saubere Ausführung 24,5 s (91 %)" in text
    assert "Zeit im Unterarmstütz" in text and "Hüfte hängt durch 0:12.0–0:14.5" in text
    lines = [report_speaker().text(line.label) for line in build_content(plank()).ref_lines]
    assert "130°: darunter zählt es nicht als Unterarmstütz (Hüfte hoch oder kniend)" in lines  # in the plot's legend
    assert "(durchhängend unter -0,15, zu hoch über 0,15)" in text      # the plot note quotes the rules in German

    pdf = export_report(plank(), tmp_path / "plank.pdf", speaker=report_speaker())
    words, pages, images = pdf_text(pdf)
    assert "Unterarmstütz 27,0 s gehalten" in words and "Zusammenfassung" in words and "Seite 1" in words
    assert "24,5 s von 27,0 s (91 %)" in words and images == 1


def test_per_side_words_are_german_too(german, tmp_path):
    text = parse_html(export_report(bird_dog(), tmp_path / "bd.html", speaker=report_speaker())).all_text
    assert "Wiederholungen je Seite (gehobener Arm)" in text and "links 2, rechts 1" in text


def test_the_command_lines_report_stays_english_with_the_german_window_open(german, tmp_path):
    text = parse_html(export_report(bridge(), tmp_path / "cli.html")).all_text
    assert "3 reps, 2 with good form" in text and "2 of 3 reps (67%)" in text
    assert re.search(r"report made \d{4}-\d\d-\d\d \d\d:\d\d", text)


def test_a_sets_count_and_target_in_the_session_view_are_german(german):
    from types import SimpleNamespace

    from coach.reports.session_content import count_text, target_text

    say = report_speaker().text
    hold = SimpleNamespace(is_hold=True, hold_s=24.4, good_form_s=16.8, corrected=False, target_hold_s=22.5,
                           target_reps=None)
    corrected = SimpleNamespace(is_hold=False, corrected=True, rep_count=7, recorded_rep_count=8, target_hold_s=None,
                                target_reps=None)
    assert say(count_text(hold)) == "24 s gehalten, 17 s saubere Ausführung"
    assert say(target_text(hold)) == "22,5 s halten"
    assert say(count_text(corrected)) == "7 (korrigiert von 8)" and say(target_text(corrected)) == "–"
    assert str(count_text(corrected)) == "7 (corrected from 8)" and str(target_text(hold)) == "22.5 s hold"
    reps = SimpleNamespace(exercise="bird_dog", side="alternate", target_hold_s=None, target_reps=4)
    assert say(target_text(reps)) == "4 Wiederholungen je Seite" and str(target_text(reps)) == "4 reps each side"


def test_a_report_path_error_reads_german_in_the_window_and_english_on_the_command_line(german, tmp_path):
    import pytest

    from coach.errors import CoachError
    from coach.reports.export import check_report_path
    from coach.ui.i18n import error_text

    with pytest.raises(CoachError) as caught:
        check_report_path(tmp_path / "report.txt")
    assert str(caught.value).endswith("it must end in .html, .htm, .pdf, .csv or .json")
    assert error_text(caught.value).endswith("er muss auf .html, .htm, .pdf, .csv oder .json enden")
