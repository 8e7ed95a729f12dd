"""Errors of the session store, each with a message a person can act on.

SQLite reports problems as terse codes ("database is locked", "disk I/O
error"). The GUI shows the error in a dialog (in the window's language), so every failure is
translated here into one readable line that names the file and says what to
do — and, for writes, that what was already saved is intact (every write is a
transaction, so a failed one leaves the file as it was).
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Union

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Num, Text


class StoreError(CoachError):
    """The session store cannot be opened, read or written."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer Coach; it is left untouched."""


class StoreLockedError(StoreError):
    """Another program held the data file's write lock for longer than the busy timeout."""


class StoreReadOnlyError(StoreError):
    """The data file (or its folder) cannot be written."""


class StoreCorruptError(StoreError):
    """The file is not a Coach data file, or it is damaged."""


class StoreFullError(StoreError):
    """The disk (or the database's size limit) is full."""


class StoreIOError(StoreError):
    """The operating system reported an I/O error (failing disk, unplugged drive, network share gone)."""


class NotFoundError(StoreError):
    """A patient, programme, session or set id that is not in the store."""


def _code(exc: sqlite3.Error) -> str:
    """The SQLite error name (3.11+ carries it) or a guess from the message on older Pythons."""
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        return str(name).split("_")[1] if name.startswith("SQLITE_") else str(name)
    text = str(exc).lower()
    for needle, code in (("locked", "BUSY"), ("busy", "BUSY"), ("readonly", "READONLY"),
                         ("read-only", "READONLY"), ("not a database", "NOTADB"), ("malformed", "CORRUPT"),
                         ("disk is full", "FULL"), ("disk i/o", "IOERR"), ("unable to open", "CANTOPEN")):
        if needle in text:
            return code
    return "ERROR"


def translate(exc: sqlite3.Error, path: Union[str, Path], action: Text, timeout_s: float = 0.0) -> StoreError:
    """Turn a sqlite3 exception raised while ``action`` (e.g. "saving a rep") into a StoreError.

    ``action`` is best marked for translation (``QT_TRANSLATE_NOOP("errors", "saving a rep")``) so the
    GUI can say the whole message in its language; SQLite's own text stays as SQLite wrote it.
    """
    code = _code(exc)
    values = dict(path=str(path), action=action, why=str(exc))
    if code in ("BUSY", "LOCKED"):
        return StoreLockedError(QT_TRANSLATE_NOOP(
            "errors", "the Coach data file {path} is in use by another program (another Coach window?) and stayed "
                      "locked for {seconds} s while {action}; close the other program and try again. Nothing "
                      "already saved was changed."), seconds=_seconds(timeout_s), **values)
    if code == "READONLY":
        return StoreReadOnlyError(QT_TRANSLATE_NOOP(
            "errors", "cannot write the Coach data file {path} while {action}: the file or its folder is read-only. "
                      "Check its permissions or choose another data folder (COACH_DATA_DIR)."), **values)
    if code in ("NOTADB", "CORRUPT"):
        return StoreCorruptError(QT_TRANSLATE_NOOP(
            "errors", "the Coach data file {path} is not a Coach data file or is damaged ({why}); it was left "
                      "untouched. Restore a backup or choose another data folder (COACH_DATA_DIR)."), **values)
    if code == "FULL":
        return StoreFullError(QT_TRANSLATE_NOOP(
            "errors", "the disk holding the Coach data file {path} is full while {action}; free some space and try "
                      "again. Nothing already saved was changed."), **values)
    if code == "IOERR":
        return StoreIOError(QT_TRANSLATE_NOOP(
            "errors", "the disk reported an error while {action} (the Coach data file {path}: {why}); check the "
                      "drive or network share. Nothing already saved was changed."), **values)
    if code in ("CANTOPEN", "PERM", "AUTH"):
        return StoreError(QT_TRANSLATE_NOOP(
            "errors", "cannot open the Coach data file {path}: {why}. Check that the folder exists and is "
                      "writable."), **values)
    return StoreError(QT_TRANSLATE_NOOP("errors", "the Coach data file {path}: {why} while {action}"), **values)


def _seconds(value: float) -> Num:
    """A time in seconds written as before (``:g``: 5, 0.5), as a number the GUI writes the locale's way."""
    written = f"{value:g}"
    return Num(value, len(written.partition(".")[2]) if "e" not in written else 3)


@contextmanager
def readable_rows(path: Union[str, Path], action: Text) -> Iterator[None]:
    """Rows of the wrong type (a hand-edited file, or a bug in another program) are one StoreCorruptError line.

    SQLite keeps whatever type a value was written with, so a ``rep_count`` of ``'abc'`` or a start time of
    ``'garbage'`` surfaces as a TypeError or ValueError wherever it is first used; reading is left untouched."""
    try:
        yield
    except (TypeError, ValueError, KeyError, IndexError, OverflowError) as exc:
        raise StoreCorruptError(QT_TRANSLATE_NOOP("errors", "the Coach data file {path} holds a value Coach cannot "
                                                            "use while {action} ({why}); it was left untouched"),
                                path=str(path), action=action, why=str(exc)[:160]) from None
