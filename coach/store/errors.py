"""Errors of the session store, each with a message a person can act on.

SQLite reports problems as terse codes ("database is locked", "disk I/O
error"). The GUI shows ``str(error)`` in a dialog, so every failure is
translated here into one readable line that names the file and says what to
do — and, for writes, that what was already saved is intact (every write is a
transaction, so a failed one leaves the file as it was).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Union

from coach.errors import CoachError


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


_SAFE = "Nothing already saved was changed."


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


def translate(exc: sqlite3.Error, path: Union[str, Path], action: str, timeout_s: float = 0.0) -> StoreError:
    """Turn a sqlite3 exception raised while ``action`` (e.g. "saving a rep") into a StoreError."""
    code = _code(exc)
    where = f"the Coach data file {path}"
    if code in ("BUSY", "LOCKED"):
        return StoreLockedError(f"{where} is in use by another program (another Coach window?) and stayed locked "
                                f"for {timeout_s:g} s while {action}; close the other program and try again. {_SAFE}")
    if code == "READONLY":
        return StoreReadOnlyError(f"cannot write {where} while {action}: the file or its folder is read-only. "
                                  f"Check its permissions or choose another data folder (COACH_DATA_DIR).")
    if code in ("NOTADB", "CORRUPT"):
        return StoreCorruptError(f"{where} is not a Coach data file or is damaged ({exc}); it was left untouched. "
                                 f"Restore a backup or choose another data folder (COACH_DATA_DIR).")
    if code == "FULL":
        return StoreFullError(f"the disk holding {where} is full while {action}; free some space and try again. "
                              f"{_SAFE}")
    if code == "IOERR":
        return StoreIOError(f"the disk reported an error while {action} ({where}: {exc}); check the drive "
                            f"or network share. {_SAFE}")
    if code in ("CANTOPEN", "PERM", "AUTH"):
        return StoreError(f"cannot open {where}: {exc}. Check that the folder exists and is writable.")
    return StoreError(f"{where}: {exc} while {action}")
