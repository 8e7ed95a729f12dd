"""Every visible string is translated, every translation is finished, and the window speaks German under German.

The scan and the .ts checks need no window; the window test installs the German
translator the way ``coach`` does at start-up and takes it out again afterwards,
so the other GUI tests keep their English texts.
"""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from coach.ui import i18n
from untranslated import bypasses, bypasses_in

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "coach" / "ui"
TS_FILES = sorted(i18n.TRANSLATIONS_DIR.glob("coach_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation")))
    return out


def texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms (``%n`` messages)."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


# ----- strings that bypass translation ---------------------------------------------------------------
def test_no_visible_string_in_the_gui_bypasses_translation():
    found = bypasses(UI)
    assert not found, "visible strings not wrapped in translate(...):\n" + "\n".join(map(str, found))


HANDLER = "try:\n    save()\nexcept CoachError as exc:\n    {}\n"


@pytest.mark.parametrize("source, count", [
    ('w.setText("Start the set")', 1),
    ('b = QPushButton(f"Rep {n} of {total}")', 1),
    ('box.setToolTip("Fast" if quick else "Slow")', 2),
    ('label("Pain: " + str(p))', 1),
    ('QMessageBox(icon, "Coach", "Saved the file", buttons, self)', 2),
    ('w.setText(translate("Ctx", "Start the set"))', 0),
    ('w.setText(translate("Ctx", "Rep {n}").format(n=n))', 0),
    ('w.setText(" · ")', 0),  # no words: nothing to translate
    ('log.warning("camera %s failed", name)', 0),  # developers' log lines stay English
    ('combo.addItem(translate("Ctx", "Plank"), "plank")', 0),  # the item's data is a key, not text
    # an exception's message is shown with error_text (a Coach error in the window's language), not str()
    (HANDLER.format('w.setText(str(exc))'), 1),
    (HANDLER.format('show_message(self, translate("Ctx", "Not saved: {exc}").format(exc=exc))'), 1),
    (HANDLER.format('self.last_message = f"Not saved: {exc}"'), 1),
    (HANDLER.format('self.failed.emit("%s" % exc)'), 1),
    (HANDLER.format('w.setText(error_text(exc))'), 0),
    (HANDLER.format('show_message(self, translate("Ctx", "Not saved: {exc}").format(exc=error_text(exc)))'), 0),
    (HANDLER.format('log.warning("export failed: %s", exc)'), 0),  # log lines stay English
    (HANDLER.format('print(f"coach: {exc}", file=sys.stderr)'), 0),  # the terminal's line stays English
    (HANDLER.format('w.setText(str(count))'), 0),  # not the exception
    ('w.setText(str(exc))', 0),  # a name that no handler bound is not known to be an exception
])
def test_the_scan_finds_untranslated_literals_and_only_those(source, count):
    assert len(bypasses_in(Path("snippet.py"), source)) == count


# ----- the .ts files -----------------------------------------------------------------------------------
def test_a_translation_besides_english_ships_with_its_compiled_file():
    assert TS_FILES, f"no coach_*.ts in {i18n.TRANSLATIONS_DIR}"
    for ts in TS_FILES:
        language = ts.stem.removeprefix("coach_")
        assert language in i18n.LANGUAGES, f"{ts.name}: add {language!r} to coach.ui.i18n.LANGUAGES"
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} is missing: run scripts/update_translations.sh"
        # English's own file holds only the plural forms of counts; every other language holds everything.
        least = 200 if language == i18n.SOURCE_LANGUAGE else 1000
        assert qm.stat().st_size > least, f"{qm.name} is empty: run scripts/update_translations.sh"
    assert i18n.SOURCE_LANGUAGE in {ts.stem.removeprefix("coach_") for ts in TS_FILES}, "coach_en.ts: plural forms"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_of_a_ts_file_is_finished(ts: Path):
    unfinished = [f"[{ctx}] {src!r}" for ctx, src, tr in messages(ts)
                  if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not all(texts(tr))]
    assert not unfinished, f"{ts.name} has {len(unfinished)} unfinished entries:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_every_placeholder(ts: Path):
    """``{count}`` in the English must be in the translation, or ``.format`` fills nothing (or fails)."""
    wrong = [f"[{ctx}] {src!r} → {text!r}" for ctx, src, tr in messages(ts) if tr is not None for text in texts(tr)
             if text and set(PLACEHOLDER.findall(src)) != set(PLACEHOLDER.findall(text))]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("ts", [ts for ts in TS_FILES if ts.stem != f"coach_{i18n.SOURCE_LANGUAGE}"],
                         ids=lambda p: p.name)
def test_the_rule_files_cues_and_texts_are_in_the_ts_file(ts: Path):
    """lupdate cannot read TOML: scripts/i18n_data_strings.py must have fed the cues in (the update step)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from i18n_data_strings import data_strings
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    have = {(ctx, src) for ctx, src, _ in messages(ts)}
    wanted = data_strings()
    assert any(ctx == "cues" for ctx, _ in wanted) and any(ctx == "exercises" for ctx, _ in wanted)
    missing = [f"[{ctx}] {src!r}" for ctx, src in wanted if (ctx, src) not in have]
    assert not missing, "run scripts/update_translations.sh and translate:\n" + "\n".join(missing)


# ----- choosing the language ---------------------------------------------------------------------------
@pytest.mark.parametrize("setting, system, expected", [
    ("", QLocale("de_AT"), "de"),     # follows the system
    ("", QLocale("fr_FR"), "en"),     # a language without a translation falls back to English
    ("en", QLocale("de_DE"), "en"),   # the setting overrides the system
    ("de", QLocale("en_GB"), "de"),
    ("xx", QLocale("de_DE"), "de"),   # an unknown setting is reported and the system followed
])
def test_the_language_follows_the_system_unless_a_setting_overrides_it(setting, system, expected):
    assert i18n.choose_language(setting, system) == expected


def test_the_german_translation_installs_and_formats_numbers_and_dates_the_german_way(german):
    language, translators = german
    assert language == "de" and len(translators) == 2  # Coach's own and Qt's (standard buttons, dialogs)
    assert i18n.number(1.5, 1) == "1,5" and i18n.short_number(0.15) == "0,15"
    assert i18n.percent(0.85) == "85 %"
    assert i18n.date_text("2026-03-07") == "07.03.26"
    assert i18n.cue("Turn side-on to the camera") == "Drehen Sie sich seitlich zur Kamera"
    assert i18n.fault_name("hips_sagging") == "Hüfte hängt durch"
    assert i18n.exercise_text("Glute bridge") == "Beckenheben"


def counts_said(make_window) -> list[str]:
    from coach.ui.summary_panel import SummaryPanel

    panel = SummaryPanel()
    w = make_window()
    return [panel.tr("%n rep(s)", "", n) for n in (1, 2)] + [w.tr("Your %n rep(s) are kept.", "", n) for n in (1, 3)]


def test_counts_are_said_with_the_languages_plural_forms(make_window):
    assert counts_said(make_window) == ["1 rep", "2 reps", "Your 1 rep is kept.", "Your 3 reps are kept."]


def test_counts_are_said_with_german_plural_forms(german, make_window):
    assert counts_said(make_window) == ["1 Wiederholung", "2 Wiederholungen", "Ihre 1 Wiederholung bleibt erhalten.",
                                        "Ihre 3 Wiederholungen bleiben erhalten."]


def test_english_numbers_keep_the_point():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        assert i18n.number(1.5, 1) == "1.5" and i18n.percent(0.85) == "85%"
    finally:
        QLocale.setDefault(before)


def test_the_main_window_speaks_german_under_the_german_translator(german, make_window):
    w = make_window()
    assert w.windowTitle() == "Coach — saubere Übungsausführung"
    assert w.setup.start_button.text() == "Start  (Leertaste)"
    assert w.setup.title.text() in {"Bird-Dog", "Katze-Kuh", "Beckenheben", "Unterarmstütz"}
    menus = [a.text() for a in w.menuBar().actions()]
    assert "Aufnahme auswerten…" in menus and "Teilen" in menus and "Sprache" in menus
    w.setup.select_exercise("plank")
    assert w.setup.target_unit.text() == "Sekunden saubere Ausführung"
    w.grab().save(str(Path(w.memory.settings.fileName()).with_name("window_de.png")))


def test_spoken_cues_are_said_in_the_window_language(german):
    from coach.exercises import events as ev
    from coach.live.cue_scheduler import CueScheduler
    from coach.live.spoken_cues import SpokenCues
    from coach.ui.i18n import phrase_text
    from coach.ui.speech import Voice

    voice = Voice(speech=False, sound=False)
    now = [0.0]
    cues = SpokenCues(voice, CueScheduler(), phrase_text, clock=lambda: now[0])
    cues.start_set("reps", 1)
    cues.on_events([ev.Event(kind=ev.FAULT_BEGAN, t_s=0.0, message="Lift your hips higher — shoulders, hips and "
                                                                   "knees in one line")])
    for _ in range(5):
        now[0] += 1.0
        cues.tick()
    said = [text for kind, text in voice.history if kind == "say"]
    assert said and said[0] == "Heben Sie das Becken höher — Schultern, Hüfte und Knie in einer Linie"


def test_the_language_menu_keeps_the_choice_for_the_next_start(make_window):
    w = make_window()
    assert w.language_actions[""].isChecked()  # nothing chosen yet: the system's language
    w.language_actions["de"].trigger()
    assert i18n.language_setting(w.memory.settings) == "de"
    assert w.language_actions["de"].isChecked() and not w.language_actions[""].isChecked()
    assert "started again" in w.status.message.text()


def test_english_text_keeps_the_systems_own_date_and_number_formats(qapp, tmp_path):
    """A system Coach has no translation for (or the C locale) shows English text in its own formats."""
    before = QLocale()
    settings = QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)
    try:
        language, _ = i18n.install_language(qapp, settings, system=QLocale("C"))
        assert language == "en" and i18n.date_text("2024-05-08") == "2024-05-08"
        language, _ = i18n.install_language(qapp, settings, system=QLocale("ja_JP"))
        assert language == "en" and QLocale().name() == "ja_JP"
        settings.setValue(i18n.KEY_LANGUAGE, "en")  # chosen, not followed: English's own formats
        i18n.install_language(qapp, settings, system=QLocale("ja_JP"))
        assert QLocale().name() == "en_US"
    finally:
        QLocale.setDefault(before)


def test_every_built_in_exercise_speaks_german_and_a_plug_in_without_a_translation_keeps_its_english(german):
    from coach.exercises.registry import builtin_exercise_names, exercise_names, exercise_spec

    for name in builtin_exercise_names():
        spec = exercise_spec(name)
        assert i18n.exercise_text(spec.title) != spec.title, name
        assert i18n.exercise_text(spec.angle_label) != spec.angle_label, name
        untranslated = [label for kind, label in spec.faults.items() if i18n.fault_name(kind, name) == label]
        assert not untranslated, name
    plug_ins = sorted(set(exercise_names()) - set(builtin_exercise_names()))
    assert plug_ins == ["knee_raise"]  # the tests' plug-in package (scripts/setup.sh installs it)
    knee = exercise_spec("knee_raise")
    assert i18n.exercise_text(knee.title) == knee.title == "Standing knee raise"
    assert i18n.exercise_text(knee.angle_label) == knee.angle_label
