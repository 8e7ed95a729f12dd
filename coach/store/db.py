"""The connection to the data file: opening safely, migrating, and writing in transactions.

Opening reads the schema version *before* changing anything, so a newer or
foreign file is refused untouched, and a damaged one is reported rather than
"repaired". Then WAL mode (readers never block the recorder), foreign keys,
``synchronous=FULL`` (a committed rep survives a power cut) and a busy timeout
(two Coach windows on one file take turns instead of crashing). Every write
goes through :meth:`Database.write`, one ``BEGIN IMMEDIATE`` transaction that
either commits whole or leaves the file as it was.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence, TypeVar, Union, cast

from coach.phrase import QT_TRANSLATE_NOOP, Text
from coach.store import liveness, schema
from coach.store.errors import StoreCorruptError, StoreError, StoreReadOnlyError, _code, translate
from coach.store.paths import default_db_path

Clock = Callable[[], datetime]
_Db = TypeVar("_Db", bound="Database")  # `with Store() as store` gives a Store
MEMORY = ":memory:"  # a throw-away store (GUI tests, demos): nothing touches the disk
# What the store was doing when SQLite failed, for the error message (see coach.store.errors.translate).
OPENING = QT_TRANSLATE_NOOP("errors", "opening it")
READING = QT_TRANSLATE_NOOP("errors", "reading it")


def local_now() -> datetime:
    return datetime.now().astimezone()


def new_row_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made (typeshed types ``lastrowid`` Optional: it is None before any INSERT)."""
    return cast(int, cursor.lastrowid)


class Database:
    """One open data file. Thread-safe: one connection guarded by a lock (writes are tiny and rare)."""

    def __init__(self, path: Optional[Union[str, os.PathLike[str]]] = None, *, read_only: bool = False,
                 busy_timeout_s: float = 5.0, clock: Optional[Clock] = None, check: bool = True) -> None:
        self.memory = os.fspath(path) == MEMORY if path is not None else False
        self.path = Path(MEMORY) if self.memory else default_db_path(path)
        self.read_only = read_only
        self.busy_timeout_s = busy_timeout_s
        self.clock: Clock = clock or local_now
        self._lock = threading.RLock()
        self._depth = 0
        self._conn = self._open(check)

    # ----- opening ----------------------------------------------------------------------------
    def _open(self, check: bool) -> sqlite3.Connection:
        p = self.path
        if self.memory:
            return self._configure(sqlite3.connect(MEMORY, isolation_level=None, check_same_thread=False), check)
        if p.is_dir():
            raise StoreError(QT_TRANSLATE_NOOP("errors", "the Coach data file {path} is a folder; give a file name "
                                                         "or the folder that holds it"), path=str(p))
        if self.read_only and not p.exists():
            raise StoreError(QT_TRANSLATE_NOOP("errors", "the Coach data file {path} does not exist"), path=str(p))
        if not self.read_only:
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(QT_TRANSLATE_NOOP("errors", "cannot create the Coach data folder {path}: {why}"),
                                 path=str(p.parent), why=str(exc.strerror or exc)) from None
            if p.exists() and not os.access(p, os.W_OK):
                raise StoreReadOnlyError(QT_TRANSLATE_NOOP("errors", "cannot write the Coach data file {path}: it is "
                                                                     "read-only. Check its permissions or choose "
                                                                     "another data folder (COACH_DATA_DIR)."),
                                         path=str(p))
        mode = "ro" if self.read_only else "rwc"
        uri = f"{p.resolve().as_uri()}?mode={mode}"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=self.busy_timeout_s, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise translate(exc, p, OPENING, self.busy_timeout_s) from None
        return self._configure(conn, check)

    def _configure(self, conn: sqlite3.Connection, check: bool) -> sqlite3.Connection:
        p = self.path
        conn.row_factory = sqlite3.Row
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
            version = schema.check_version(conn, p)
            if check and version > 0:
                bad = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
                if bad != ["ok"]:
                    raise StoreCorruptError(QT_TRANSLATE_NOOP("errors", "the Coach data file {path} is damaged "
                                                                        "({why}); it was left untouched. Restore a "
                                                                        "backup or choose another data folder."),
                                            path=str(p), why="; ".join(bad))
            conn.execute("PRAGMA foreign_keys = ON")
            if self.read_only:
                if version < schema.SCHEMA_VERSION:
                    raise StoreError(QT_TRANSLATE_NOOP("errors", "the Coach data file {path} is from an older Coach "
                                                                 "(schema {version}); open it once for writing to "
                                                                 "upgrade it to schema {current}"),
                                     path=str(p), version=version, current=schema.SCHEMA_VERSION)
            else:
                self._use_wal(conn)
                conn.execute("PRAGMA synchronous = FULL")
                schema.migrate(conn, p)
        except sqlite3.Error as exc:
            conn.close()
            raise translate(exc, p, OPENING, self.busy_timeout_s) from None
        except BaseException:
            conn.close()
            raise
        return conn

    def _use_wal(self, conn: sqlite3.Connection) -> None:
        """Switch a new file to WAL, waiting out another instance opening it at the same moment.

        SQLite fails the switch at once with SQLITE_BUSY, without calling the busy handler, while
        another connection has the file open in the old journal mode (two windows started together
        on a fresh data folder). Once the file is in WAL the pragma is a no-op and never waits.
        """
        deadline = time.monotonic() + self.busy_timeout_s
        pause = 0.002
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL").fetchall()
                return
            except sqlite3.OperationalError as exc:
                if _code(exc) not in ("BUSY", "LOCKED") or time.monotonic() >= deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.05)

    def close(self) -> None:
        with self._lock:
            liveness.release_all(self)  # sessions recorded through this store are interrupted from now on
            self._conn.close()

    def __enter__(self: _Db) -> _Db:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema.user_version(self._conn)

    def now(self) -> str:
        """The current local time as ISO 8601 with its UTC offset (so days group the way the person lived them)."""
        return self.clock().isoformat(timespec="seconds")

    # ----- reading and writing ----------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = (), action: Text = READING) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise translate(exc, self.path, action, self.busy_timeout_s) from None

    def query_one(self, sql: str, params: Sequence[Any] = (), action: Text = READING) -> Optional[sqlite3.Row]:
        rows = self.query(sql, params, action)
        return rows[0] if rows else None

    def query_row(self, sql: str, params: Sequence[Any] = (), action: Text = READING) -> sqlite3.Row:
        """The row of a query that always has one: an aggregate, or a row this store has just written."""
        row = self.query_one(sql, params, action)
        assert row is not None, sql
        return row

    @contextmanager
    def write(self, action: Text) -> Iterator[sqlite3.Connection]:
        """One transaction: commits on success, rolls back on any error (nested calls join the outer one)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            if self.read_only:
                raise StoreReadOnlyError(QT_TRANSLATE_NOOP("errors", "the Coach data file {path} was opened "
                                                                     "read-only; cannot save while {action}"),
                                         path=str(self.path), action=action)
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate(exc, self.path, action, self.busy_timeout_s) from None
            self._depth = 1
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise translate(exc, self.path, action, self.busy_timeout_s) from None
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0

    def _rollback(self) -> None:
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the connection is unusable; SQLite rolls back the journal on the next open
