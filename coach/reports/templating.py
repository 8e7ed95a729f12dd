"""Report HTML from Jinja2 templates kept in the package, with autoescaping always on.

Every piece of text in a report can come from a person (a video's file name, a
patient's name, a physio's note, a cue in a rule file), so nothing is pasted
into markup by hand: the templates lay the page out, and Jinja escapes every
value. Words are said through the report's :class:`~coach.reports.speaker.Speaker`, so a page is
in one language throughout. Both the one-analysis report and the session report extend
``base.html.j2``, so they share one page, one style sheet and one footer.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from coach import __version__
from coach.reports import wording
from coach.reports.speaker import Speaker

if TYPE_CHECKING:
    from jinja2 import Environment


@lru_cache(maxsize=1)
def _environment() -> "Environment":
    """Built once per process (jinja2 compiles each template on first use and caches it)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("coach.reports", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals["version"] = __version__
    env.globals["W"] = wording
    return env


def render(template: str, speaker: Speaker, **context: Any) -> str:
    """``template`` (a file in ``coach/reports/templates``) rendered with ``context``, every value escaped.

    The template says every word through ``t`` (``speaker.text``: phrases, numbers and dates in the
    speaker's language), tables through ``shown`` (``Table.shown``); ``W`` is :mod:`coach.reports.wording`.
    """
    return _environment().get_template(template).render(t=speaker.text, shown=lambda table: table.shown(speaker),
                                                        lang=speaker.language, **context)
