"""Schema versions and migrations: from empty, from a hand-built v1 file, from every older version; newer refused."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from coach.store import SCHEMA_VERSION, SchemaTooNewError, Store, StoreCorruptError, default_db_path
from coach.store import schema

# The v1 schema exactly as the first release wrote it — typed out by hand, not taken from the code,
# so that an edit to a published migration is caught here.
V1_BY_HAND = """
CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL);
CREATE TABLE sessions (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL, ended_at TEXT, pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10), status TEXT NOT NULL DEFAULT 'in_progress',
    notes TEXT NOT NULL DEFAULT '');
CREATE TABLE sets (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    exercise TEXT NOT NULL, set_index INTEGER NOT NULL, target_reps INTEGER, target_hold_s REAL, side TEXT,
    started_at TEXT NOT NULL, ended_at TEXT, rep_count INTEGER NOT NULL DEFAULT 0, hold_s REAL, good_form_s REAL,
    stopped_for_pain INTEGER NOT NULL DEFAULT 0, pain INTEGER CHECK (pain BETWEEN 0 AND 10), ended_reason TEXT);
CREATE TABLE reps (id INTEGER PRIMARY KEY, set_id INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, side TEXT, t_start REAL NOT NULL, t_end REAL NOT NULL, good_form INTEGER NOT NULL,
    faults TEXT NOT NULL DEFAULT '[]', metrics TEXT NOT NULL DEFAULT '{}', UNIQUE (set_id, idx));
CREATE TABLE faults (id INTEGER PRIMARY KEY, set_id INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, t_start REAL NOT NULL, t_end REAL, message TEXT NOT NULL DEFAULT '');
CREATE TABLE notes (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    author TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX sessions_by_patient ON sessions(patient_id, started_at);
CREATE INDEX sets_by_session ON sets(session_id, set_index);
CREATE INDEX faults_by_set ON faults(set_id, t_start);
INSERT INTO patients VALUES (1, 'Me', 1, '2023-01-02T10:00:00+00:00');
INSERT INTO sessions VALUES (1, 1, '2023-01-02T10:00:00+00:00', '2023-01-02T10:20:00+00:00', 4, 3, 'completed', '');
INSERT INTO sets VALUES (1, 1, 'glute_bridge', 1, 8, NULL, NULL, '2023-01-02T10:01:00+00:00',
    '2023-01-02T10:03:00+00:00', 2, NULL, NULL, 0, NULL, 'finished');
INSERT INTO reps VALUES (1, 1, 1, NULL, 1.0, 3.0, 1, '[]', '{"hip_extension_deg": 171.0}');
INSERT INTO reps VALUES (2, 1, 2, NULL, 4.0, 5.0, 0, '["too_fast"]', '{}');
INSERT INTO faults VALUES (1, 1, 'too_fast', 4.0, 5.0, 'Slow down');
INSERT INTO notes VALUES (1, 1, 'physio', 'Good start', '2023-01-02T10:25:00+00:00');
INSERT INTO sessions VALUES (2, 1, '2023-01-03T10:00:00+00:00', NULL, 5, NULL, 'in_progress', '');
PRAGMA user_version = 1;
"""


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_v1_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(V1_BY_HAND)
    conn.close()


def test_new_file_gets_the_latest_schema_wal_and_foreign_keys(store: Store) -> None:
    assert store.schema_version == SCHEMA_VERSION
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 500
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert schema.OUR_TABLES <= tables


def test_hand_built_v1_file_is_migrated_with_its_data(db_path: Path, clock) -> None:
    make_v1_file(db_path)
    with Store(db_path, clock=clock) as store:
        assert store.schema_version == SCHEMA_VERSION
        detail = store.session_detail(1)
        assert detail.info.pain_before == 4 and detail.info.pain_after == 3 and detail.info.source == "live"
        (s,) = detail.sets
        assert s.info.rep_count == 2 and s.info.good_reps == 1 and s.info.reps_by_side == {}
        assert [r.metrics for r in s.reps] == [{"hip_extension_deg": 171.0}, {}]
        assert [(f.kind, f.category) for f in s.faults] == [("too_fast", "form")]
        assert [n.text for n in detail.notes] == ["Good start"]
        assert [x.id for x in store.open_sessions()] == [2]
        # and the v2/v3 features work on it
        store.correct_count(1, 3, "one rep was hidden by a chair", who="physio")
        assert store.set_info(1).rep_count == 3 and store.set_info(1).recorded_rep_count == 2
        assert store.patient(1).notes == ""


@pytest.mark.parametrize("start_version", range(0, SCHEMA_VERSION))
def test_migrates_from_every_older_version(db_path: Path, start_version: int) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    schema.migrate(conn, db_path, schema.MIGRATIONS[:start_version])
    assert schema.user_version(conn) == start_version
    if start_version >= 1:
        conn.execute("INSERT INTO patients (name, is_default, created_at) VALUES ('Me', 1, '2024-01-01T00:00:00')")
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        me = store.default_patient()
        assert me.id == 1 or start_version == 0
        sid = store.start_session(pain_before=2)
        assert store.session(sid).patient_id == me.id


def test_migrating_twice_and_from_two_windows_is_harmless(db_path: Path) -> None:
    with Store(db_path) as a, Store(db_path) as b:
        assert a.default_patient().id == b.default_patient().id
        assert a.schema_version == b.schema_version == SCHEMA_VERSION


def test_a_failing_migration_leaves_the_file_at_its_old_version(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    broken = list(schema.MIGRATIONS) + [("CREATE TABLE extra (a INTEGER)", "THIS IS NOT SQL")]
    with pytest.raises(sqlite3.Error):
        schema.migrate(conn, db_path, broken)
    assert schema.user_version(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None
    conn.close()


def test_a_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    with Store(db_path) as store:
        store.start_session(pain_before=1)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, so bytes can be compared
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 4}")
    conn.close()
    before = file_digest(db_path)
    for read_only in (False, True):
        with pytest.raises(SchemaTooNewError) as info:
            Store(db_path, read_only=read_only)
        assert f"was written by a newer Coach (schema {SCHEMA_VERSION + 4}); this version reads up to " \
               f"{SCHEMA_VERSION}" in str(info.value)
        assert str(db_path) in str(info.value)
    assert file_digest(db_path) == before
    assert not Path(str(db_path) + "-wal").exists()


def test_an_sqlite_file_of_another_program_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = file_digest(db_path)
    with pytest.raises(StoreCorruptError, match="not a Coach data file.*invoices"):
        Store(db_path)
    assert file_digest(db_path) == before


def test_default_location_env_var_and_explicit_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("COACH_DATA_DIR", raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda app, appauthor=None: str(tmp_path / "user" / app))
    assert default_db_path() == tmp_path / "user" / "coach" / "coach.sqlite3"
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "clinic"))
    assert default_db_path() == tmp_path / "clinic" / "coach.sqlite3"
    assert default_db_path(tmp_path / "x.db") == tmp_path / "x.db"
    assert default_db_path(tmp_path) == tmp_path / "coach.sqlite3"  # a folder gets the usual file name
    with Store() as store:
        assert store.path == tmp_path / "clinic" / "coach.sqlite3"
    assert (tmp_path / "clinic" / "coach.sqlite3").exists()


def test_a_throw_away_in_memory_store_touches_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with Store(":memory:") as store:
        assert store.schema_version == SCHEMA_VERSION
        store.start_session(pain_before=1)
        assert len(store.sessions()) == 1
    assert list(tmp_path.iterdir()) == []


def test_the_core_never_imports_qt_or_the_pose_model(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys, coach.store, coach.programme; s = coach.store.Store(sys.argv[1]); s.default_patient(); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'mediapipe', 'cv2') "
            "or m.startswith('coach.ui')]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "c.sqlite3")], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
