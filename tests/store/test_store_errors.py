"""A damaged, read-only, locked or full data file gives one clear CoachError — and nothing saved is lost."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from coach.errors import CoachError
from coach.store import (Store, StoreCorruptError, StoreError, StoreFullError, StoreIOError, StoreLockedError,
                         StoreReadOnlyError)
from coach.store.errors import translate


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_all_store_errors_are_coach_errors() -> None:
    for cls in (StoreError, StoreCorruptError, StoreFullError, StoreIOError, StoreLockedError, StoreReadOnlyError):
        assert issubclass(cls, CoachError)


def test_garbage_file_is_reported_as_not_a_coach_file_and_left_alone(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is a shopping list, not a database\n" * 200)
    before = digest(db_path)
    with pytest.raises(StoreCorruptError) as info:
        Store(db_path)
    msg = str(info.value)
    assert str(db_path) in msg and "not a Coach data file or is damaged" in msg and "left untouched" in msg
    assert digest(db_path) == before


def test_damaged_pages_are_reported_before_anything_is_written(db_path: Path) -> None:
    with Store(db_path) as store:
        sid = store.start_session(pain_before=3)
        for i in range(300):
            store.add_note(sid, f"note {i} " + "x" * 200)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 10 * page
    for offset in range(2 * page, 8 * page, 97):
        data[offset] = (data[offset] + 0x5A) & 0xFF
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(StoreCorruptError, match="damaged"):
        Store(db_path)
    assert digest(db_path) == before


def test_opened_read_only_reads_but_refuses_to_write(store: Store, db_path: Path) -> None:
    sid = store.start_session(pain_before=2)
    store.close()
    with Store(db_path, read_only=True) as ro:
        assert ro.session(sid).pain_before == 2
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            ro.add_note(sid, "hello")


def test_sqlite_read_only_refusal_mid_session_is_translated(store: Store) -> None:
    sid = store.start_session(pain_before=2)
    store._conn.execute("PRAGMA query_only = ON")  # SQLite itself now answers SQLITE_READONLY
    with pytest.raises(StoreReadOnlyError) as info:
        store.add_note(sid, "hello")
    assert "read-only" in str(info.value) and str(store.path) in str(info.value)
    store._conn.execute("PRAGMA query_only = OFF")
    assert store.notes_of(sid) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_file_is_reported_clearly(db_path: Path) -> None:
    Store(db_path).close()
    db_path.chmod(0o444)
    try:
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            Store(db_path)
    finally:
        db_path.chmod(0o644)


def test_read_only_file_check_without_root(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The permission check itself (tests may run as root, who can write anything)."""
    Store(db_path).close()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == db_path and mode == os.W_OK
                        else real(p, mode))
    with pytest.raises(StoreReadOnlyError, match=f"cannot write the Coach data file {db_path}: it is read-only"):
        Store(db_path)


def hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # what a second Coach window does while it saves
    other.execute("INSERT INTO patients (name, created_at) VALUES ('other window', 'now')")
    return other


def test_locked_database_waits_then_reports_clearly(store: Store, db_path: Path) -> None:
    sid = store.start_session(pain_before=2)
    other = hold_write_lock(db_path)
    try:
        t0 = time.monotonic()
        with pytest.raises(StoreLockedError) as info:
            store.add_note(sid, "while locked")
        waited = time.monotonic() - t0
        assert waited >= 0.4  # it waited for the busy timeout instead of failing at once
        msg = str(info.value)
        assert "in use by another program" in msg and "0.5 s" in msg and "Nothing already saved was changed" in msg
        assert store.session(sid).pain_before == 2  # reading still works under WAL
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.add_note(sid, "after the lock")
    assert [n.text for n in store.notes_of(sid)] == ["after the lock"]


def test_a_short_lock_is_waited_out(store: Store, db_path: Path) -> None:
    sid = store.start_session()
    other = hold_write_lock(db_path)
    timer = threading.Timer(0.15, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        store.add_note(sid, "written after waiting")
    finally:
        timer.join()
        other.close()
    assert [n.text for n in store.notes_of(sid)] == ["written after waiting"]
    assert "other window" in [p.name for p in store.patients()]


def test_full_disk_reports_clearly_and_keeps_what_was_saved(store: Store) -> None:
    sid = store.start_session(pain_before=4)
    set_id = store.begin_set(sid, "glute_bridge", target_reps=8)
    store.save_rep(set_id, 1, None, 0.0, 2.0, True)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the database cannot grow: SQLITE_FULL
    with pytest.raises(StoreFullError) as info:
        for i in range(2, 200):
            store.save_rep(set_id, i, None, float(i), i + 1.0, True, metrics={"pad": 1.0, "x" * 3000: 2.0})
    assert "is full" in str(info.value) and "Nothing already saved was changed" in str(info.value)
    saved = store.reps_of(set_id)
    assert saved[0].index == 1 and all(r.index == i + 1 for i, r in enumerate(saved))
    assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    store.save_rep(set_id, len(saved) + 1, None, 50.0, 51.0, True)  # space freed: recording goes on
    assert len(store.reps_of(set_id)) == len(saved) + 1


def test_io_and_other_sqlite_errors_become_readable_messages(tmp_path: Path) -> None:
    p = tmp_path / "coach.sqlite3"
    err = translate(sqlite3.OperationalError("disk I/O error"), p, "saving a rep")
    assert isinstance(err, StoreIOError) and "saving a rep" in str(err) and "Nothing already saved" in str(err)
    assert isinstance(translate(sqlite3.OperationalError("database or disk is full"), p, "x"), StoreFullError)
    assert isinstance(translate(sqlite3.DatabaseError("file is not a database"), p, "x"), StoreCorruptError)
    assert isinstance(translate(sqlite3.OperationalError("database is locked"), p, "x"), StoreLockedError)
    assert type(translate(sqlite3.OperationalError("unable to open database file"), p, "x")) is StoreError


def test_a_folder_in_the_way_or_an_uncreatable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the Coach data folder"):
        Store(blocker / "sub" / "coach.sqlite3")
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing.sqlite3", read_only=True)


def test_bad_values_are_refused_without_writing(store: Store) -> None:
    sid = store.start_session()
    with pytest.raises(StoreError, match="0 to 10"):
        store.record_pain(sid, "before", 11)
    with pytest.raises(StoreError, match="reason"):
        store.correct_count(store.begin_set(sid, "plank"), 3, "  ")
    assert store.session(sid).pain_before is None
