"""Two Coach instances on one data file: separate processes recording at once, a third reading history meanwhile.

Each "instance" is its own Python process using the real store API (Store,
SessionRecorder) the way the app does: every rep, count and fault its own
committed transaction. The three processes start at the same moment on a file
that does not exist yet, so they also race to create it, migrate it and make
the default patient. Nothing may be lost or duplicated, no "database is
locked" may escape (the busy timeout makes writers take turns), and the file
must pass ``PRAGMA integrity_check`` afterwards.

Two things that did break with two instances have their own tests: windows
started together on a new data folder (SQLite's switch to WAL does not wait
for a busy file, so one of them failed with "database is locked"), and a
session that one window is still recording being offered to the other for
resume (see ``coach.store.liveness``).
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coach.store import COMPLETED, IN_PROGRESS, SessionRecorder, Store, StoreError

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60

# The children import first, then wait for the same "go" file, so they open the (not yet existing) data
# file together.
WAIT_FOR_GO = """
import sys, time
from pathlib import Path


def wait_for_go(go):
    deadline = time.monotonic() + 30
    while not go.exists():
        if time.monotonic() > deadline:
            sys.exit("never told to go")
        time.sleep(0.002)
"""

WRITER = WAIT_FOR_GO + textwrap.dedent("""
    from coach.store import SessionRecorder, Store
    from store.store_helpers import rep_events

    db, name, n_sets, n_reps = sys.argv[1], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    wait_for_go(Path(sys.argv[2]))
    deadline = time.monotonic() + 30
    store = Store(db)
    rec = SessionRecorder.start(store, pain_before=3)
    rec.add_note(f"recorded by {name}")
    while len(store.sessions(status="in_progress")) < 2:  # both started: from here on the reps interleave
        if time.monotonic() > deadline:
            sys.exit("the other instance never started its session")
        time.sleep(0.002)
    for s in range(1, n_sets + 1):
        rec.begin_set("glute_bridge", s, target_reps=n_reps)
        for i in range(1, n_reps + 1):
            rec.record(rep_events(i, 3.0 * i, good=i % 5 != 0, faults=("too_fast",)))
            time.sleep(0.001)  # a breath between reps, so the two instances take turns at the write lock
        rec.end_set("finished")
        rec.pain_check(3)
    rec.finish(pain_after=2)
    store.close()
    print(rec.session_id, flush=True)
""")

READER = WAIT_FOR_GO + textwrap.dedent("""
    import json
    from coach.store import IN_PROGRESS, Store

    db, stop = sys.argv[1], Path(sys.argv[3])
    wait_for_go(Path(sys.argv[2]))
    passes, most_live, totals = 0, 0, {}
    while not stop.exists():
        with Store(db) as store:  # each pass opens the file afresh, as a newly started window does
            live = 0
            for info in store.sessions():
                detail = store.session_detail(info.id)
                total = 0
                for s in detail.sets:
                    idx = [r.index for r in s.reps]
                    assert idx == list(range(1, len(idx) + 1)), f"reps of set {s.info.id} not a prefix: {idx}"
                    total += len(idx)
                assert total >= totals.get(info.id, 0), "a rep seen before has gone"
                totals[info.id] = total
                live += info.status == IN_PROGRESS and total > 0
            most_live = max(most_live, live)
            store.exercise_series("glute_bridge")
            store.pain_series()
            offered = store.open_sessions()  # what a window's Start would offer to resume
            assert offered == [], f"a session another instance is recording was offered for resume: {offered}"
        passes += 1
    print(json.dumps({"passes": passes, "most_live_at_once": most_live}), flush=True)
""")


def _spawn(script: str, *args: object) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)


def _reap(procs: list[subprocess.Popen]) -> None:
    """Kill whatever is still running (a failed test must not leave writers behind) and close the pipes."""
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait(timeout=10)
        for stream in (p.stdout, p.stderr):
            stream.close()


def _finish(proc: subprocess.Popen, timeout: float) -> tuple[str, str]:
    try:
        out, err = proc.communicate(timeout=max(timeout, 1.0))
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"process {proc.args[3:]} did not finish in time:\n{err[-3000:]}") from None
    assert proc.returncode == 0, f"process {proc.args[3:]} failed ({proc.returncode}):\n{err[-3000:]}"
    assert "locked" not in err.lower() and "Traceback" not in err, err[-3000:]
    return out, err


def test_two_instances_record_at_once_while_a_third_reads_history(tmp_path: Path) -> None:
    db = tmp_path / "data" / "coach.sqlite3"  # does not exist yet: all three create/migrate it together
    go, stop = tmp_path / "go", tmp_path / "stop"
    n_sets, n_reps = 3, 100
    writers = [_spawn(WRITER, db, go, name, n_sets, n_reps) for name in ("A", "B")]
    reader = _spawn(READER, db, go, stop)
    procs = [*writers, reader]
    try:
        time.sleep(1.0)  # let the interpreters start and import, then release all three at once
        t0 = time.monotonic()
        go.touch()
        deadline = t0 + TIMEOUT_S
        ids = [int(_finish(p, deadline - time.monotonic())[0].split()[0]) for p in writers]
        elapsed = time.monotonic() - t0
        stop.touch()
        seen = json.loads(_finish(reader, deadline - time.monotonic())[0])
    finally:
        _reap(procs)

    assert len(set(ids)) == 2
    assert seen["passes"] >= 3, seen
    assert seen["most_live_at_once"] == 2, f"the reader never saw both sessions recording at once ({seen})"

    raw = sqlite3.connect(db)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()
    with Store(db) as store:
        [me] = store.patients()  # created once, though three processes asked for it at the same moment
        assert me.is_default
        sessions = store.sessions()
        assert sorted(s.id for s in sessions) == sorted(ids)
        assert sorted(n.text for s in sessions for n in store.notes_of(s.id)) == ["recorded by A", "recorded by B"]
        for info in sessions:
            assert (info.status, info.pain_before, info.pain_after) == (COMPLETED, 3, 2)
            assert (info.set_count, info.rep_count) == (n_sets, n_sets * n_reps)
            detail = store.session_detail(info.id)
            assert [s.info.set_index for s in detail.sets] == list(range(1, n_sets + 1))
            for s in detail.sets:
                assert (s.info.rep_count, s.info.ended_reason) == (n_reps, "finished")
                assert [r.index for r in s.reps] == list(range(1, n_reps + 1))
                assert [r.index for r in s.reps if not r.good_form] == list(range(5, n_reps + 1, 5))
                assert len(s.faults) == n_reps // 5 and all(f.t_end is not None for f in s.faults)
            assert [p.context for p in detail.pain_ratings] == ["before"] + ["during"] * n_sets + ["after"]
        assert store.open_sessions() == []
    assert elapsed < TIMEOUT_S


OPENER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from coach.store import SessionRecorder, Store, StoreError

    base, start, rounds, interval = Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    for k in range(rounds):
        time.sleep(max(0.0, start + k * interval - time.time()))  # every instance opens round k's file together
        try:
            with Store(base / f"round{k}" / "coach.sqlite3") as store:
                SessionRecorder.start(store, pain_before=1).finish(pain_after=1)
        except StoreError as exc:
            print(f"round {k}: {exc}", flush=True)
""")


def test_instances_started_together_on_a_new_data_folder_all_open_it(tmp_path: Path) -> None:
    """First run, several windows at once: all create, migrate and switch the new file to WAL without an error.

    SQLite refuses the switch to WAL at once (no busy wait) while another connection has the new
    file open; before the store retried it, about one round in five failed with "database is locked".
    """
    n_procs, rounds, interval = 6, 20, 0.15
    start = time.time() + 2.0  # after every interpreter has started and imported the store
    procs = [_spawn(OPENER, tmp_path, start, rounds, interval) for _ in range(n_procs)]
    try:
        outs = [_finish(p, start + rounds * interval + TIMEOUT_S - time.time())[0] for p in procs]
    finally:
        _reap(procs)
    errors = "".join(outs)
    assert errors == "", errors
    for k in range(rounds):
        raw = sqlite3.connect(tmp_path / f"round{k}" / "coach.sqlite3")
        try:
            assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            assert raw.execute("SELECT COUNT(*) FROM patients").fetchone() == (1,)
            assert raw.execute("SELECT COUNT(*), MIN(status), MAX(status) FROM sessions").fetchone() == (
                n_procs, COMPLETED, COMPLETED)
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            raw.close()


HOLDER = textwrap.dedent("""
    import sys, time
    from coach.store import SessionRecorder, Store
    from store.store_helpers import rep_events

    store = Store(sys.argv[1])
    rec = SessionRecorder.start(store, pain_before=4)
    set_id = rec.begin_set("glute_bridge", target_reps=1000)
    print("set", rec.session_id, set_id, flush=True)
    deadline = time.monotonic() + 60
    i = 0
    while time.monotonic() < deadline:  # recording until killed, like a window in the middle of a set
        i += 1
        rec.record(rep_events(i, 3.0 * i))
        print("rep", i, flush=True)
        time.sleep(0.01)
""")


def _next_rep(proc: subprocess.Popen) -> int:
    line = proc.stdout.readline()
    assert line.startswith("rep "), f"{line!r} {proc.poll()}"
    return int(line.split()[1])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_session_another_instance_is_recording_is_offered_for_resume_only_once_that_instance_is_gone(
        tmp_path: Path) -> None:
    db = tmp_path / "coach.sqlite3"
    holder = _spawn(HOLDER, db)
    try:
        header = holder.stdout.readline().split()
        assert header[:1] == ["set"], holder.stderr.read()
        session_id, set_id = int(header[1]), int(header[2])
        while _next_rep(holder) < 3:
            pass
        with Store(db) as store:  # a second window on the same file, while the first records
            [live] = store.sessions(status=IN_PROGRESS)
            assert live.id == session_id
            assert store.open_sessions() == [], "offered to resume a session another window is recording"
            with pytest.raises(StoreError, match="still being recorded in another Coach window"):
                SessionRecorder.resume(store, session_id)
            assert store.set_info(set_id).ended_at is None, "the refused resume left the running set alone"
            seen = len(store.reps_of(set_id))
            while _next_rep(holder) < seen + 3:  # and the first window records on, undisturbed
                pass

            os.kill(holder.pid, signal.SIGKILL)  # that window is killed: now its session is interrupted
            holder.wait(timeout=10)
            done = len(store.reps_of(set_id))
            [offered] = store.open_sessions()
            assert offered.id == session_id and offered.pain_before == 4
            rec = SessionRecorder.resume(store, session_id)
            info = store.set_info(set_id)
            assert (info.ended_reason, info.reps_recorded) == ("interrupted", done) and done >= seen + 3
            rec.finish(pain_after=2)
            assert store.open_sessions() == [] and store.session(session_id).status == COMPLETED
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        holder.stdout.close()
        holder.stderr.close()
    assert holder.returncode == -signal.SIGKILL
