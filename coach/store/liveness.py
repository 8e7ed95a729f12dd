"""Whether an unfinished session is still being recorded by another running Coach (two windows on one file).

In the data file, a session that another Coach window is recording right now
looks exactly like one whose app was killed: ``status = 'in_progress'``. Only
the second may be offered for resume — resuming (or closing) the first would
end the set that window is still recording into. So every
:class:`~coach.store.recorder.SessionRecorder` holds an OS byte-range lock on
``<data file>-live`` (byte = session id) until the session is finished. The
operating system drops a process's locks the moment it exits or is killed, so
a killed app's session is offered at once, and a running one's is not.

A lock is released when the session is finished or the store it is recorded
through is closed (a window closed mid-session leaves it to be resumed).
POSIX record locks belong to the process: sessions this process records are
never "elsewhere" (one app offers its own interrupted session as before), and
because closing *any* descriptor of the file drops all of the process's locks
on it, the descriptor stays open while this process holds a lock and is only
closed when it holds none. Where locks are unavailable (Windows, a read-only
folder, a share without locking) nothing is reported as live elsewhere — the
behaviour without this module.
"""
from __future__ import annotations

import contextlib
import errno
import os
import threading
from pathlib import Path
from typing import Optional, Protocol

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

SUFFIX = "-live"


class StoreFile(Protocol):
    """What a lock needs of a store's database (:class:`coach.store.db.Database`, which imports this module)."""

    @property
    def path(self) -> Path: ...

    @property
    def memory(self) -> bool: ...

_guard = threading.Lock()
_files: dict[str, int] = {}                # lock file -> its descriptor in this process
_held: dict[str, dict[int, set[int]]] = {}  # lock file -> session id -> the stores (id()) recording it here


def _key(db: StoreFile) -> str:
    return "" if fcntl is None or db.memory else f"{db.path.resolve()}{SUFFIX}"


def _descriptor(key: str) -> Optional[int]:
    if key not in _files:
        for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):  # a read-only store can still look
            try:
                _files[key] = os.open(key, flags, 0o644)
                break
            except OSError:
                continue
    return _files.get(key)


def _lock(fd: int, cmd: int, session_id: int) -> None:
    fcntl.lockf(fd, cmd, 1, session_id, os.SEEK_SET)


def _close_if_idle(key: str) -> None:
    """Closing the descriptor drops every lock of this process on the file: only when it holds none."""
    if not _held.get(key):
        _held.pop(key, None)
        fd = _files.pop(key, None)
        if fd is not None:
            os.close(fd)


def hold(db: StoreFile, session_id: int) -> bool:
    """Mark the session as recorded through ``db``; False if another running process records it."""
    key = _key(db)
    if not key:
        return True
    with _guard:
        holders = _held.setdefault(key, {})
        if session_id in holders:
            holders[session_id].add(id(db))
            return True
        fd = _descriptor(key)
        try:
            if fd is None:
                return True  # no lock file here: record regardless
            _lock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, session_id)
        except OSError as exc:
            return exc.errno not in (errno.EACCES, errno.EAGAIN)  # no locking on this drive: record regardless
        else:
            holders[session_id] = {id(db)}
            return True
        finally:
            _close_if_idle(key)


def _drop(key: str, session_id: int, owner: int) -> None:
    owners = _held.get(key, {}).get(session_id)
    if owners is None:
        return
    owners.discard(owner)
    if not owners:
        del _held[key][session_id]
        with contextlib.suppress(OSError):
            _lock(_files[key], fcntl.LOCK_UN, session_id)
    _close_if_idle(key)


def release(db: StoreFile, session_id: int) -> None:
    """The session is finished (it is no longer offered for resume anyway)."""
    key = _key(db)
    if key:
        with _guard:
            _drop(key, session_id, id(db))


def release_all(db: StoreFile) -> None:
    """The store is being closed: what it was recording is interrupted from now on."""
    key = _key(db)
    if key:
        with _guard:
            for session_id in list(_held.get(key, {})):
                _drop(key, session_id, id(db))


def live_elsewhere(db: StoreFile, session_id: int) -> bool:
    """True while another running process records this session (its lock is held)."""
    key = _key(db)
    if not key:
        return False
    with _guard:
        if session_id in _held.get(key, {}):
            return False
        fd = _descriptor(key)
        try:
            if fd is None:
                return False
            _lock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, session_id)
        except OSError as exc:
            return exc.errno in (errno.EACCES, errno.EAGAIN)
        else:
            with contextlib.suppress(OSError):
                _lock(fd, fcntl.LOCK_UN, session_id)  # only looked: this process does not record it
            return False
        finally:
            _close_if_idle(key)
