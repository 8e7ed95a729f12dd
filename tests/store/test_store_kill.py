"""A process killed (SIGKILL) mid-session leaves every completed rep readable and the session offered for resume."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coach.store import SessionRecorder, Store

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    from coach.exercises import events as ev
    from coach.exercises.events import Event, RepRecord
    from coach.store import SessionRecorder, Store

    store = Store(sys.argv[1])
    rec = SessionRecorder.start(store, pain_before=4)
    set_id = rec.begin_set("glute_bridge", target_reps=10000)
    print("set", rec.session_id, set_id, flush=True)
    i = 0
    while True:  # as fast as it can, so the kill lands in the middle of a write
        i += 1
        t0 = i * 3.0
        rec.record([Event(ev.REP_COUNTED, t0 + 0.5, count=i)])
        bad = i % 3 == 0
        rep = RepRecord(i, None, t0, t0 + 2.0, not bad, ("too_fast",) if bad else (),
                        {"hip_extension_deg": 170.0 + i % 5})
        events = [Event(ev.REP_COMPLETED, t0 + 2.0, count=i, rep=rep)]
        if bad:
            events += [Event(ev.FAULT_BEGAN, t0 + 2.0, name="too_fast", message="Slow down"),
                       Event(ev.FAULT_ENDED, t0 + 2.0, name="too_fast")]
        rec.record(events)
        print("rep", i, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", [7, 40])
def test_sigkill_mid_session_loses_nothing_completed(tmp_path: Path, kill_after: int) -> None:
    db = tmp_path / "coach.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    try:
        header = proc.stdout.readline().split()
        assert header and header[0] == "set", proc.stderr.read()
        session_id, set_id = int(header[1]), int(header[2])
        last = 0
        while last < kill_after:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            last = int(line.split()[1])
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    with Store(db) as store:
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (offered,) = store.open_sessions()
        assert offered.id == session_id and offered.pain_before == 4
        reps = store.reps_of(set_id)
        done = len(reps)
        assert done >= last  # every rep reported as done before the kill is there
        assert [r.index for r in reps] == list(range(1, done + 1))  # and none is half-written
        assert all(r.metrics["hip_extension_deg"] >= 170.0 for r in reps)
        assert [r.index for r in reps if not r.good_form] == [i for i in range(1, done + 1) if i % 3 == 0]
        info = store.set_info(set_id)
        assert info.rep_count in (done, done + 1)  # at most the rep in progress is missing its record
        assert info.ended_at is None
        faults = store.faults_of(set_id)
        assert len([f for f in faults if f.t_end is not None]) >= done // 3
        # the restarted app resumes it
        rec = SessionRecorder.resume(store, session_id)
        assert store.set_info(set_id).ended_reason == "interrupted"
        rec.begin_set("glute_bridge", target_reps=8)
        rec.finish(pain_after=3)
        assert store.open_sessions() == []
        assert store.session(session_id).rep_count == info.rep_count
