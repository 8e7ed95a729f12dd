"""English texts from below the GUI, kept translatable without Qt.

The core may not import Qt, yet what it says — error messages, headlines, a
programme's targets, advice after pain — reaches the window, which must say it
in the person's language. A :class:`Phrase` keeps the English template and its
values apart: ``str()`` gives the English sentence (the CLI, logs, machine
files), and the GUI translates the template in its context and fills in the
values, numbers written the locale's way (``coach.ui.i18n.phrase_text``).

Templates are marked with :func:`QT_TRANSLATE_NOOP` where they are written, so
``pyside6-lupdate`` (run by ``scripts/update_translations.sh`` over ``coach/``)
finds them; the marker returns a :class:`Template`, a ``str`` that remembers its
context, so the call site names the context once.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Mapping, Optional, Union


class Template(str):
    """English text with ``{name}`` slots, and the translation context it was marked in."""

    context: str = ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; it is translated where it is shown, not here."""
    template = Template(text)
    template.context = context
    return template


@dataclass(frozen=True)
class Num:
    """A number shown to a person: the GUI writes it with the locale's decimal separator."""

    value: float
    decimals: int = 0

    def __str__(self) -> str:
        return f"{float(self.value):.{self.decimals}f}"


def iso_date(value: Union[date, datetime, str], with_time: bool = False) -> str:
    """ISO (2026-03-01, or 2026-03-01 14:05): read the same everywhere, and what the CLI always said."""
    if isinstance(value, str):
        return value[:16].replace("T", " ") if with_time else value[:10]
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")
    return value.isoformat()


@dataclass(frozen=True)
class Moment:
    """A date (``with_time``: and time) shown to a person: ISO in English, the locale's short form in the GUI."""

    value: Union[date, datetime, str]
    with_time: bool = True

    def __str__(self) -> str:
        return iso_date(self.value, self.with_time)


Translate = Callable[[str, str], str]
WriteNumber = Callable[[Num], str]
WriteDate = Callable[[Moment], str]


@dataclass(frozen=True)
class Phrase:
    """A sentence to show: its template (translated by the GUI) and the values for its slots.

    A value may itself be a :class:`Phrase` (a fault's name inside an advice), a marked :class:`Template`
    (translated in its own context), a :class:`Num` or a :class:`Moment`.
    A template without values is shown as it is (braces included); with values it is ``str.format``-ed.
    """

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, template: str, **values: Any) -> "Phrase":
        return cls(template, tuple(values.items()))

    @property
    def context(self) -> str:
        return getattr(self.template, "context", "")

    def render(self, translate: Translate, number: WriteNumber, write_date: Optional[WriteDate] = None) -> str:
        """The sentence in the language ``translate`` speaks, numbers written by ``number``, dates by
        ``write_date`` (ISO without it)."""
        text = translate(self.context, str(self.template)) if self.context else str(self.template)
        if not self.values:
            return text
        return text.format(**{name: render_value(value, translate, number, write_date) for name, value in self.values})

    def __str__(self) -> str:
        return self.render(lambda _context, text: text, str)


def render_value(value: Any, translate: Translate, number: WriteNumber, write_date: Optional[WriteDate] = None) -> Any:
    if isinstance(value, Phrase):
        return value.render(translate, number, write_date)
    if isinstance(value, Num):
        return number(value)
    if isinstance(value, Moment):
        return write_date(value) if write_date is not None else str(value)
    if isinstance(value, Template) and value.context and value:  # marked text (a word, a place) inside the sentence
        return translate(value.context, str(value))
    return value


Text = Union[str, Phrase]


def as_phrase(text: Text, values: Mapping[str, Any] | None = None) -> Phrase:
    """``text`` as a Phrase: a Phrase as it is, a (marked or plain) string with ``values`` filled in."""
    if isinstance(text, Phrase):
        return text
    return Phrase(text, tuple((values or {}).items()))
