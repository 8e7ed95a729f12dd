"""Sentences from below the GUI: English by default, translatable by template, errors keep them across processes."""
from __future__ import annotations

import pickle

from coach.errors import CoachError, VideoError
from coach.phrase import QT_TRANSLATE_NOOP, Num, Phrase

GERMAN = {("errors", "Cannot open {path}: {why}"): "{path} lässt sich nicht öffnen: {why}",
          ("errors", "the file is {size} MB"): "die Datei hat {size} MB"}


def german(context: str, text: str) -> str:
    return GERMAN.get((context, text), text)


def comma(n: Num) -> str:
    return str(n).replace(".", ",")


def test_a_phrase_reads_english_and_translates_its_template_and_nested_phrases():
    why = Phrase.of(QT_TRANSLATE_NOOP("errors", "the file is {size} MB"), size=Num(1.5, 1))
    p = Phrase.of(QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {why}"), path="a.mp4", why=why)
    assert str(p) == "Cannot open a.mp4: the file is 1.5 MB"
    assert p.render(german, comma) == "a.mp4 lässt sich nicht öffnen: die Datei hat 1,5 MB"
    assert p.context == "errors"


def test_a_template_without_values_is_shown_as_written_braces_and_all():
    assert str(Phrase.of("use {braces} freely")) == "use {braces} freely"


def test_a_coach_error_reads_english_and_keeps_its_phrase_across_pickling():
    e = VideoError(QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {why}"), path="a.mp4", why="no such file")
    assert str(e) == "Cannot open a.mp4: no such file"
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is VideoError and str(back) == str(e)
    assert back.phrase.render(german, comma) == "a.mp4 lässt sich nicht öffnen: no such file"


def test_a_plain_message_still_works():
    e = CoachError("something went wrong")
    assert str(e) == "something went wrong" and e.phrase.context == ""


def test_marked_text_and_dates_inside_a_sentence_are_said_in_the_language_too():
    from coach.phrase import Moment

    words = {("errors", "saving a rep"): "Speichern einer Wiederholung",
             ("errors", "cannot save while {action} on {day}"): "beim {action} am {day} kann nichts gespeichert werden"}
    p = Phrase.of(QT_TRANSLATE_NOOP("errors", "cannot save while {action} on {day}"),
                  action=QT_TRANSLATE_NOOP("errors", "saving a rep"), day=Moment("2026-03-07T10:00", with_time=False))
    assert str(p) == "cannot save while saving a rep on 2026-03-07"
    assert p.render(lambda c, t: words.get((c, t), t), comma, lambda m: "07.03.26") == (
        "beim Speichern einer Wiederholung am 07.03.26 kann nichts gespeichert werden")
