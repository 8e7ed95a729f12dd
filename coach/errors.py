"""Errors that carry a message meant for a person, not a traceback.

Every stage raises a subclass of :class:`CoachError` for bad input it can
explain (missing video, malformed rule file, wrong pose-track schema). The CLI
prints ``str(error)`` as one line and exits non-zero; the GUI shows it in a
dialog, in the window's language: the message is a :class:`~coach.phrase.Phrase`
(``raise VideoError(QT_TRANSLATE_NOOP("errors", "Cannot open {path}"), path=p)``)
whose English is ``str(error)`` and whose template the GUI translates.
Anything else is a bug and is allowed to surface as one.
"""
from __future__ import annotations

from typing import Any, Callable

from coach.phrase import Phrase, Text, as_phrase


class CoachError(Exception):
    """Base for problems a user can act on; the message is one readable line."""

    def __init__(self, message: Text = "", **values: Any) -> None:
        self.phrase: Phrase = as_phrase(message, values)
        super().__init__(str(self.phrase))

    # keep the phrase (not only its English) across processes (Dask workers)
    def __reduce__(self) -> tuple[Callable[[type[CoachError], Phrase], CoachError], tuple[type[CoachError], Phrase]]:
        return (_rebuild, (type(self), self.phrase))


def _rebuild(cls: type[CoachError], phrase: Phrase) -> CoachError:
    return cls(phrase)


class VideoError(CoachError):
    """A video file or camera that cannot be opened or read."""


class RuleFileError(CoachError):
    """A rule or override file that is malformed: names the file, key and expectation."""


class PoseTrackError(CoachError):
    """A pose-track file that is not a valid ``coach.posetrack/1`` archive."""


class GuiNotInstalled(CoachError, ImportError):
    """The desktop app was asked for, but Qt (PySide6, the ``gui`` extra) is not installed.

    Also an ImportError, so code that treats the app as optional (``coach bench``'s live part) skips it.
    """


GUI_INSTALL_HINT = 'the desktop app needs Qt, which is not installed: pip install "coach[gui]"'
