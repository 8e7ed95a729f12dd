r"""Which language the window speaks, and the helpers every widget uses to speak it.

Visible strings are English in the source and go through Qt's translation
(:func:`translate`, with a context per class or module) so a physio abroad
reads them in their language. The language follows the system locale unless
the person chose one in the Language menu (kept in the settings). Texts that
come from below the GUI — the rule files' cues and exercise titles, the
exercises' set-up notices — are English data; they are translated here, at the
GUI edge, in the contexts ``cues`` and ``exercises``
(``scripts/update_translations.sh`` extracts them for the ``.ts`` files).
Sentences the core makes with values in them (error messages, headlines,
targets, advice) arrive as Phrases (:mod:`coach.phrase`), marked where they
are written, and are put in the window's language by :func:`phrase_text`.
A count in a sentence uses Qt's plural forms (``self.tr("%n rep(s)", "", n)``:
lupdate finds plural forms in ``tr`` calls only), never a hand-picked
``n == 1``: languages count differently, and English gets its own small
translation of just those forms (``coach_en.ts``).
Numbers and dates are written with the chosen locale's separators. Reports and
the review window's report content are said through :func:`report_speaker`,
the same words, numbers and dates in the window's language.
"""
from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import Optional, Union

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QSettings, QTranslator

from coach.phrase import Phrase, Text, as_phrase
from coach.reports.speaker import Speaker

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
# Languages with a complete translation, by ISO 639-1 code, each named in its own language.
LANGUAGES = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"
KEY_LANGUAGE = "choices/language"  # "" or absent: follow the system

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for extraction where it is defined (e.g. a module constant); translate it where shown."""
    return text


def language_setting(settings: QSettings) -> str:
    """The language the person chose ("" = follow the system)."""
    value = settings.value(KEY_LANGUAGE)
    return str(value) if value else ""


def choose_language(setting: str, system: Optional[QLocale] = None) -> str:
    """The language to show: the setting when it names a shipped language, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    if setting:
        log.warning("language %r in the settings is not available (%s); following the system",
                    setting, ", ".join(LANGUAGES))
    system = system if system is not None else QLocale.system()
    code = QLocale.languageToCode(system.language())
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def install_language(app: QCoreApplication, settings: QSettings,
                     system: Optional[QLocale] = None) -> tuple[str, list[QTranslator]]:
    """Install Coach's and Qt's own translators for the chosen language and make its locale the default.

    Returns the language and the translators (keep them: Python would free them and Qt would
    fall back to English).
    """
    system = system if system is not None else QLocale.system()
    setting = language_setting(settings)
    language = choose_language(setting, system)
    # The system's own locale keeps its regional formats (de_AT, fr_CH), and so does a system whose language
    # Coach has no translation for (its texts fall back to English, its dates and numbers stay the system's);
    # a language chosen in the settings gets its main locale.
    same = QLocale.languageToCode(system.language()) == language
    follows_system = not setting and (same or language == SOURCE_LANGUAGE)
    QLocale.setDefault(system if follows_system else QLocale(language))
    # English has a translation too, of its plural forms only ("%n rep(s)" → "1 rep", "2 reps"); Qt's own
    # texts are English already.
    files = [(f"coach_{language}", str(TRANSLATIONS_DIR))]
    if language != SOURCE_LANGUAGE:
        files.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    installed = []
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("coach"):
            log.warning("no translation %s.qm in %s; the window stays in English", name, folder)
    return language, installed


def cue(text: str) -> str:
    """A cue or set-up message from the rule files or the exercises, in the window's language."""
    return translate("cues", text) if text else text


def exercise_text(text: str) -> str:
    """An exercise's title, description or placement from its rule file, in the window's language."""
    return translate("exercises", text) if text else text


def exercise_title(name: str) -> str:
    """An exercise's title by its name ("glute_bridge" → "Glute bridge"), in the window's language."""
    from coach.exercises.registry import spec_for

    return exercise_text(spec_for(name).title) or name.replace("_", " ").capitalize()


def exercise_in_sentence(title: str) -> str:
    """An exercise's name inside a sentence ("Holding the plank"): lower case in English, as translated otherwise."""
    shown = exercise_text(title)
    return shown.lower() if shown == title else shown


def fault_name(kind: str, exercise: str = "") -> str:
    """A fault or set-up code's readable name (from the exercise's spec), in the window's language."""
    from coach.exercises.registry import fault_label

    return translate("faults", fault_label(kind, exercise))


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's decimal separator (1,5 in German), rounded to ``decimals``."""
    return QLocale().toString(float(value), "f", decimals)


def percent(share: float) -> str:
    """A share of 1 as a whole percentage, written the locale's way (85% in English, 85 % in German)."""
    return translate("numbers", "{value}%").format(value=number(100 * share))


def phrase_text(text: Text) -> str:
    """A sentence from below the GUI in the window's language, its numbers and dates written the locale's way."""
    return as_phrase(text).render(translate, lambda n: number(n.value, n.decimals),
                                  lambda m: date_text(m.value, m.with_time))


def error_text(error: BaseException) -> str:
    """An error's message for a dialog: a Coach error in the window's language, anything else as it reads."""
    found = getattr(error, "phrase", None)
    return phrase_text(found) if isinstance(found, Phrase) else str(error)


def short_number(value: float) -> str:
    """``value`` as short as it can be written exactly (0,15; 2; 1,5), with the locale's separators."""
    return QLocale().toString(float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def date_text(value: Union[str, date, datetime], with_time: bool = False) -> str:
    """A date (ISO text, date or datetime) in the locale's short form; text that is not a date is kept."""
    if isinstance(value, str):
        text = value
        try:
            value = datetime.fromisoformat(text) if with_time or "T" in text else date.fromisoformat(text[:10])
        except ValueError:
            return text
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale at all (LANG=C): ISO, which everyone reads
        return value.strftime("%Y-%m-%d %H:%M" if with_time and isinstance(value, datetime) else "%Y-%m-%d")
    fmt = QLocale.FormatType.ShortFormat
    if isinstance(value, datetime):
        if with_time:
            # PySide6 converts a datetime to QDateTime; its stubs leave that overload out.
            return locale.toString(QDateTime(value), fmt)  # type: ignore[call-overload]
        value = value.date()
    return locale.toString(QDate(value.year, value.month, value.day), fmt)


def day_text(value: date) -> str:
    """A day without its year, for a chart's axis ("1 Mar", "1. März"): the pattern is translated with the words."""
    pattern = translate("reports", "d MMM")  # Qt date pattern: day, abbreviated month name
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def report_speaker() -> Speaker:
    """Reports (HTML, PDF, charts) and the review's report content in the window's language and locale.

    Safe on a worker thread: Qt's translate and a default QLocale may be read from any thread.
    """
    return Speaker(translate=translate, write_number=number, write_date=date_text, write_day=day_text,
                   language=QLocale().bcp47Name() or "en")
