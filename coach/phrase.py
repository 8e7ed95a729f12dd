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
from typing import Any, Callable, Mapping, Union


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


Translate = Callable[[str, str], str]
WriteNumber = Callable[[Num], str]


@dataclass(frozen=True)
class Phrase:
    """A sentence to show: its template (translated by the GUI) and the values for its slots.

    A value may itself be a :class:`Phrase` (a fault's name inside an advice) or a :class:`Num`.
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

    def render(self, translate: Translate, number: WriteNumber) -> str:
        """The sentence in the language ``translate`` speaks, numbers written by ``number``."""
        text = translate(self.context, str(self.template)) if self.context else str(self.template)
        if not self.values:
            return text
        return text.format(**{name: render_value(value, translate, number) for name, value in self.values})

    def __str__(self) -> str:
        return self.render(lambda _context, text: text, str)


def render_value(value: Any, translate: Translate, number: WriteNumber) -> Any:
    if isinstance(value, Phrase):
        return value.render(translate, number)
    if isinstance(value, Num):
        return number(value)
    return value


Text = Union[str, Phrase]


def as_phrase(text: Text, values: Mapping[str, Any] | None = None) -> Phrase:
    """``text`` as a Phrase: a Phrase as it is, a (marked or plain) string with ``values`` filled in."""
    if isinstance(text, Phrase):
        return text
    return Phrase(text, tuple((values or {}).items()))
