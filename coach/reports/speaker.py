"""The language a report is written in: its words, and how its numbers and dates are written.

A report's content (:mod:`coach.reports.content`, :mod:`coach.reports.session_content`)
is language-free data: English templates marked for translation
(:func:`coach.phrase.QT_TRANSLATE_NOOP`, context ``reports``), :class:`~coach.phrase.Phrase`\\ s with
their values, :class:`~coach.phrase.Num` numbers, :class:`Moment` dates, and texts from data (a fault's
name, a rule file's cue) marked with :func:`from_data` in the context the GUI already translates them in.
Every writer (HTML, PDF, plots, the review window) says it through one :class:`Speaker`.
:data:`ENGLISH`, the default, needs no Qt: the CLI's reports stay English with ISO dates. The
GUI passes one backed by its translator and locale (``coach.ui.i18n.report_speaker``), so a
German window exports a German report with decimal commas and German dates.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Union

from coach.phrase import QT_TRANSLATE_NOOP, Moment, Num, Phrase, Template, iso_date

PERCENT = QT_TRANSLATE_NOOP("numbers", "{value}%")


Shown = Union[str, Phrase, Num, Moment, None]


def from_data(context: str, text: str) -> Union[Template, str]:
    """A text from data (rule files, exercise specs) marked for translation in ``context`` where it is shown.

    lupdate cannot read such texts where they are used; ``scripts/i18n_data_strings.py``
    lists them in the same context. An empty text stays empty.
    """
    if not text:
        return text
    template = Template(text)
    template.context = context
    return template


def english_number(value: float, decimals: int = 0) -> str:
    return f"{float(value):.{decimals}f}"


english_date = iso_date  # ISO: what the CLI's reports always said


def english_day(value: date) -> str:
    """A day without its year, for a chart's axis: "3 Mar"."""
    return f"{value.day} {value:%b}"


def _english(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Speaker:
    """How a report says things: ``translate(context, text)``, ``write_number(value, decimals)``,
    ``write_date(value, with_time)``, ``write_day(date)`` (a chart's "3 Mar"); ``language`` is the
    BCP 47 tag an HTML page declares."""

    translate: Callable[[str, str], str] = _english
    write_number: Callable[[float, int], str] = english_number
    write_date: Callable[[Any, bool], str] = english_date
    write_day: Callable[[date], str] = english_day
    language: str = "en"

    def text(self, value: Shown) -> str:
        """Anything a report shows, as text: a Phrase or marked template translated, a number or date formatted,
        any other text (a file or patient name, a physio's note) as it is."""
        if value is None:
            return ""
        if isinstance(value, Phrase):
            return self._render(value)
        if isinstance(value, Num):
            return self.number(value.value, value.decimals)
        if isinstance(value, Moment):
            return self.date(value.value, value.with_time)
        context = getattr(value, "context", "")
        return self.translate(context, str(value)) if context and value else str(value)

    def number(self, value: float, decimals: int = 0) -> str:
        return self.write_number(float(value), decimals)

    def percent(self, share: float) -> str:
        """A share of 1 as a whole percentage (85% in English, 85 % in German)."""
        return self.text(Phrase.of(PERCENT, value=Num(100 * share)))

    def date(self, value: Union[date, datetime, str], with_time: bool = False) -> str:
        return self.write_date(value, with_time)

    def day(self, value: _dt.date) -> str:  # (`date` here is the method above)
        return self.write_day(value)

    def _render(self, phrase: Phrase) -> str:
        return phrase.render(self.translate, lambda n: self.number(n.value, n.decimals),
                             lambda m: self.date(m.value, m.with_time))


ENGLISH = Speaker()
