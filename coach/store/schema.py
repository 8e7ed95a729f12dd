"""The store's schema as an ordered list of migrations, tracked in ``PRAGMA user_version``.

Migration *n* takes a database at version *n − 1* to version *n*. Each one runs
in a single write transaction together with the ``user_version`` bump, so a
crash or a full disk part-way leaves the file at the old version, intact.
Published migrations are never edited — a change to the schema is a new step
at the end, so every older file (including one from the very first release)
upgrades along the same path. A file with a *newer* version than this code
knows is refused before anything is written to it.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Sequence, Union

from coach.phrase import QT_TRANSLATE_NOOP
from coach.store.errors import SchemaTooNewError, StoreCorruptError

# v1: recording sessions — patients, sessions, sets, reps, faults, notes.
V1 = (
    """CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        is_default INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        status TEXT NOT NULL DEFAULT 'in_progress',
        notes TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE sets (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        exercise TEXT NOT NULL,
        set_index INTEGER NOT NULL,
        target_reps INTEGER,
        target_hold_s REAL,
        side TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        rep_count INTEGER NOT NULL DEFAULT 0,
        hold_s REAL,
        good_form_s REAL,
        stopped_for_pain INTEGER NOT NULL DEFAULT 0,
        pain INTEGER CHECK (pain BETWEEN 0 AND 10),
        ended_reason TEXT)""",
    """CREATE TABLE reps (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        side TEXT,
        t_start REAL NOT NULL,
        t_end REAL NOT NULL,
        good_form INTEGER NOT NULL,
        faults TEXT NOT NULL DEFAULT '[]',
        metrics TEXT NOT NULL DEFAULT '{}',
        UNIQUE (set_id, idx))""",
    """CREATE TABLE faults (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        t_start REAL NOT NULL,
        t_end REAL,
        message TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        author TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
    "CREATE INDEX sessions_by_patient ON sessions(patient_id, started_at)",
    "CREATE INDEX sets_by_session ON sets(session_id, set_index)",
    "CREATE INDEX faults_by_set ON faults(set_id, t_start)",
)

# v2: programmes and versioned prescriptions; where a session came from; setup spans; pain ratings.
V2 = (
    """CREATE TABLE programmes (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0)""",
    # A prescription line keeps its identity (``line``) across versions; editing or accepting a
    # progression retires the current row and adds version + 1, so old sessions keep their target.
    """CREATE TABLE prescriptions (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        position INTEGER NOT NULL,
        exercise TEXT NOT NULL,
        sets INTEGER NOT NULL,
        reps INTEGER,
        hold_s REAL,
        rest_s REAL NOT NULL,
        side TEXT,
        rule_overrides TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        retired_at TEXT)""",
    "CREATE INDEX prescriptions_current ON prescriptions(programme_id, retired_at, position)",
    "ALTER TABLE sessions ADD COLUMN programme_id INTEGER REFERENCES programmes(id) ON DELETE SET NULL",
    "ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'live'",
    "ALTER TABLE sets ADD COLUMN prescription_id INTEGER REFERENCES prescriptions(id) ON DELETE SET NULL",
    "ALTER TABLE sets ADD COLUMN reps_by_side TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE sets ADD COLUMN analysis_json TEXT",
    "ALTER TABLE faults ADD COLUMN category TEXT NOT NULL DEFAULT 'form'",
    """CREATE TABLE pain_ratings (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        set_id INTEGER REFERENCES sets(id) ON DELETE SET NULL,
        context TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
        created_at TEXT NOT NULL)""",
)

# v3: the physio's audit trail of count corrections; red-flag screenings; patient notes.
V3 = (
    """CREATE TABLE count_corrections (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
        original INTEGER NOT NULL,
        corrected INTEGER NOT NULL CHECK (corrected >= 0),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        who TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL)""",
    """CREATE TABLE screenings (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
        answers TEXT NOT NULL,
        passed INTEGER NOT NULL,
        created_at TEXT NOT NULL)""",
    "ALTER TABLE patients ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
)

# v4: sharing without a cloud — a stable id given to a session when it is first shared (kept by the
# physio's copy on import, so importing the same session again adds nothing) and when it was last shared.
V4 = (
    "ALTER TABLE sessions ADD COLUMN share_id TEXT",
    "ALTER TABLE sessions ADD COLUMN shared_at TEXT",
    "CREATE UNIQUE INDEX sessions_by_share_id ON sessions(share_id) WHERE share_id IS NOT NULL",
)

# v5: a set's pose track, as its file's path relative to the data folder ("tracks/session_3_set_1.npz"), written
# in the same transaction as the set or its import: a moved or copied folder keeps its links, and two imports
# at once cannot lose one (the links were a side file, tracks/index.json, keyed by the folder's absolute path;
# coach.store.tracks adopts what it held).
V5 = (
    "ALTER TABLE sets ADD COLUMN pose_track TEXT",
)
MIGRATIONS: list[Sequence[str]] = [V1, V2, V3, V4, V5]
SCHEMA_VERSION = len(MIGRATIONS)

OUR_TABLES = {"patients", "sessions", "sets", "reps", "faults", "notes", "programmes", "prescriptions",
              "pain_ratings", "count_corrections", "screenings"}


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection, path: Union[str, Path], known: int = SCHEMA_VERSION) -> int:
    """The file's schema version; refuses newer files and SQLite files that are not Coach's."""
    version = user_version(conn)
    if version > known:
        raise SchemaTooNewError(QT_TRANSLATE_NOOP("errors", "{path} was written by a newer Coach (schema {version}); "
                                                            "this version reads up to {known}. Update Coach to open "
                                                            "it — the file was left untouched."),
                                path=str(path), version=version, known=known)
    if version == 0:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        foreign = sorted(t for t in tables - OUR_TABLES if not t.startswith("sqlite_"))
        if foreign:
            raise StoreCorruptError(QT_TRANSLATE_NOOP("errors", "{path} is an SQLite database but not a Coach data "
                                                                "file (it has tables {tables}); it was left "
                                                                "untouched. Choose another data file."),
                                    path=str(path), tables=", ".join(foreign[:5]))
    return version


def migrate(conn: sqlite3.Connection, path: Union[str, Path],
            migrations: Sequence[Sequence[str]] = MIGRATIONS) -> int:
    """Apply every missing step, one transaction each; safe if another process migrates at the same time."""
    target = len(migrations)
    check_version(conn, path, target)
    for version in range(1, target + 1):
        if user_version(conn) >= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if user_version(conn) < version:  # re-read under the write lock: another instance may have done it
                for statement in migrations[version - 1]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return user_version(conn)
