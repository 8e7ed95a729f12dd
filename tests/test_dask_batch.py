"""Issue 16: batch review on a real Dask cluster (a local scheduler and two worker processes).

Results equal a one-process run; a worker killed mid-task changes nothing (its task runs again
elsewhere, every result is written once); a second run skips what is done, keyed on content and
rules; Ctrl-C leaves no worker process behind. Synthetic pose tracks keep it fast.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import psutil
import pytest

from coach.analysis import batch
from coach.analysis.batch import analyze_many
from coach.pose.track import PoseTrack, save_track
from synthetic import BRIDGE_REST, BRIDGE_TOP_HIP_Y, frame, moved, timeline

distributed = pytest.importorskip("distributed")


def bridge_pose(hip_y: float) -> dict:
    return moved(BRIDGE_REST, hip=(300, hip_y))


def bridge_track(reps: int, top_hip_y: float = BRIDGE_TOP_HIP_Y) -> PoseTrack:
    """``reps`` bridges (a lower ``top_hip_y`` than the default still counts; a higher one is a fault)."""
    rep = [(0.7, lambda u: bridge_pose(360 + (top_hip_y - 360) * u)), (1.0, bridge_pose(top_hip_y)),
           (1.2, lambda u: bridge_pose(top_hip_y + (360 - top_hip_y) * u)), (1.5, bridge_pose(360))]
    frames = [frame(t, pose) for t, pose in timeline([(1.0, bridge_pose(360))] + rep * reps)]
    return PoseTrack(t_s=np.array([f.t_s for f in frames]), image=np.stack([f.image for f in frames]),
                     world=np.stack([f.world for f in frames]), frame_size=(640, 480), fps=30.0, source="synthetic")


def write_inputs(folder: Path, reps: list[int]) -> list[Path]:
    folder.mkdir()
    paths, made = [], {}
    for i, n in enumerate(reps):
        p = folder / f"t{i}.npz"
        key = (n, BRIDGE_TOP_HIP_Y if i % 2 == 0 else 330.0)
        if key not in made:
            made[key] = bridge_track(*key)
        save_track(made[key], p)
        paths.append(p)
    return paths


def results(folder: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}


def own_processes() -> list[psutil.Process]:
    """Child processes that are alive, less multiprocessing's resource tracker (one per interpreter, by design)."""
    alive = []
    for p in psutil.Process().children(recursive=True):
        try:
            if p.status() != psutil.STATUS_ZOMBIE and "resource_tracker" not in " ".join(p.cmdline()):
                alive.append(p)
        except psutil.NoSuchProcess:
            pass
    return alive


@pytest.fixture
def cluster():
    from distributed import LocalCluster

    before = {p.pid for p in own_processes()}
    c = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    yield c
    c.close()
    deadline = time.monotonic() + 10
    while {p.pid for p in own_processes()} - before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not {p.pid for p in own_processes()} - before, "worker processes left behind"


def count_writes(monkeypatch) -> dict[str, int]:
    writes: dict[str, int] = {}
    real = batch._write_outputs

    def counted(item, outcome, rules_key):
        writes[item.video.name] = writes.get(item.video.name, 0) + 1
        return real(item, outcome, rules_key)

    monkeypatch.setattr(batch, "_write_outputs", counted)
    return writes


def test_cluster_results_equal_one_process_and_a_second_run_skips(tmp_path, cluster, monkeypatch, capsys):
    inputs = write_inputs(tmp_path / "in", [3, 2, 4, 1])
    assert analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "one"), quiet=True) == 0
    writes = count_writes(monkeypatch)
    code = analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "dask"), quiet=True,
                        scheduler=cluster.scheduler_address, summary_csv=str(tmp_path / "s.csv"))
    assert code == 0 and writes == {p.name: 1 for p in inputs}
    one, dask = results(tmp_path / "one"), results(tmp_path / "dask")
    assert one == dask and len(dask) == 4
    assert [d["rep_count"] for d in dask.values()] == [3, 2, 4, 1]
    rows = list(csv.DictReader((tmp_path / "s.csv").open()))
    assert [r["file"] for r in rows] == [str(p) for p in inputs]
    assert [int(r["reps"]) for r in rows] == [3, 2, 4, 1] and all(r["error"] == "" for r in rows)

    # Same command again: nothing is analysed, nothing rewritten, the summary still covers every input.
    writes.clear()
    stamps = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "dask").iterdir()}
    (tmp_path / "s.csv").unlink()
    capsys.readouterr()
    assert analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "dask"), quiet=True,
                        scheduler=cluster.scheduler_address, summary_csv=str(tmp_path / "s.csv")) == 0
    assert writes == {} and "4 of 4 inputs already analysed" in capsys.readouterr().err
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "dask").iterdir()} == stamps
    assert [int(r["reps"]) for r in csv.DictReader((tmp_path / "s.csv").open())] == [3, 2, 4, 1]

    # New content in one input, same times and name: only that one runs. New rules: all run.
    t1 = inputs[1].stat()
    save_track(bridge_track(5), inputs[1])
    os.utime(inputs[1], ns=(t1.st_atime_ns, t1.st_mtime_ns))
    analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "dask"), quiet=True,
                 scheduler=cluster.scheduler_address)
    assert writes == {"t1.npz": 1} and results(tmp_path / "dask")["t1.json"]["rep_count"] == 5
    writes.clear()
    rules = tmp_path / "r.toml"
    rules.write_text("[glute_bridge.form]\nmin_top_hold_s = 2.0\n")  # the 1 s holds are now too short
    assert analyze_many(inputs, "glute_bridge", [str(rules)], json_dir=str(tmp_path / "dask"), quiet=True,
                        scheduler=cluster.scheduler_address) == 0
    assert writes == {p.name: 1 for p in inputs}
    assert all(not r["good_form"] for d in results(tmp_path / "dask").values() for r in d["reps"])


def test_a_worker_killed_mid_task_changes_nothing(tmp_path, cluster, monkeypatch):
    from distributed import Client

    inputs = write_inputs(tmp_path / "in", [20, 15, 20, 15])
    assert analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "one"), quiet=True) == 0
    writes = count_writes(monkeypatch)
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        with Client(cluster.scheduler_address, set_as_default=False) as watcher:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                busy = [w for w, keys in watcher.processing().items() if any("coach-review" in str(k) for k in keys)]
                if busy:
                    pid = watcher.run(os.getpid, workers=busy[:1])[busy[0]]
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                    return
                time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    code = analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "dask"), quiet=True,
                        scheduler=cluster.scheduler_address)
    killer.join()
    assert killed, "no worker was busy to be killed"
    with Client(cluster.scheduler_address, set_as_default=False) as c:
        assert killed[0] not in c.run(os.getpid).values()  # it really died (its nanny started a new one)
    assert code == 0 and writes == {p.name: 1 for p in inputs}
    assert results(tmp_path / "dask") == results(tmp_path / "one")
    assert not list((tmp_path / "dask").glob(".*partial*"))


def test_failed_input_is_one_line_and_the_rest_finish(tmp_path, cluster):
    inputs = write_inputs(tmp_path / "in", [2, 1])
    bad = tmp_path / "in" / "bad.npz"
    bad.write_text("not a track")
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(tmp_path / "in"), "--exercise",
                           "glute_bridge", "--scheduler", cluster.scheduler_address, "--json", str(tmp_path / "out"),
                           "--summary", str(tmp_path / "s.csv"), "--save-pose", str(tmp_path / "pose"), "--quiet"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("coach: skipped")]
    assert len(lines) == 1 and "bad.npz" in lines[0]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["t0.json", "t1.json"]
    assert sorted(p.name for p in (tmp_path / "pose").iterdir()) == ["t0.npz", "t1.npz"]
    rows = {Path(r["file"]).name: r for r in csv.DictReader((tmp_path / "s.csv").open())}
    assert rows["bad.npz"]["error"] and rows["t0.npz"]["reps"] == "2" and rows["t1.npz"]["error"] == ""
    assert inputs[0].read_bytes() == (tmp_path / "pose" / "t0.npz").read_bytes()


def test_ctrl_c_from_the_terminal_leaves_no_worker_and_no_summary(tmp_path):
    """The terminal sends SIGINT to the whole process group: workers ignore it, the coach process stops them."""
    write_inputs(tmp_path / "in", [20] * 6)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "coach.cli", "analyze", str(tmp_path / "in"), "--exercise",
                             "glute_bridge", "--jobs", "2", "--json", str(out), "--summary", str(tmp_path / "s.csv"),
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert len(workers) >= 2
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "coach: interrupted" in err and "Traceback" not in err
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"worker processes left behind: {alive}"
    assert not (tmp_path / "s.csv").exists()
    assert not list(out.glob(".*partial*"))


def test_one_file_does_not_load_dask(tmp_path):
    """``coach analyze one.npz`` pays nothing for the cluster machinery."""
    save_track(bridge_track(1), tmp_path / "one.npz")
    code = ("import sys\nfrom coach.cli import main\n"
            f"assert main(['analyze', {str(tmp_path / 'one.npz')!r}, '--exercise', 'glute_bridge', '--quiet']) == 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'tqdm')))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_save_pose_of_a_video_in_a_batch_is_its_skeleton(tmp_path):
    """The worker sends the pose track back as bytes; this process writes it (one process here: same task)."""
    from coach.pose.track import load_track
    from support.videos import write_avi

    inputs = write_inputs(tmp_path / "in", [1])
    write_avi(tmp_path / "in" / "c.avi", 15)
    code = analyze_many([*inputs, tmp_path / "in" / "c.avi"], "plank", [], json_dir=str(tmp_path / "out"),
                        pose_dir=str(tmp_path / "pose"), quiet=True)
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "pose").iterdir()) == ["c.npz", "t0.npz"]
    track = load_track(tmp_path / "pose" / "c.npz")
    assert len(track) == 15 == json.loads((tmp_path / "out" / "c.json").read_text())["frames"]


def test_a_malformed_scheduler_address_is_one_line(tmp_path):
    write_inputs(tmp_path / "in", [1, 1])
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "analyze", str(tmp_path / "in"), "--exercise",
                           "glute_bridge", "--scheduler", "notanaddress", "--quiet"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()] and "tcp://host:8786" in proc.stderr


def test_new_default_limits_in_a_newer_coach_analyse_again(tmp_path, monkeypatch):
    """The exercise's own rule file is part of the key: an upgrade that changes a default is not skipped."""
    from coach.exercises.registry import exercise_spec
    from coach.exercises.rules import rule_file_path

    inputs = write_inputs(tmp_path / "in", [2])
    defaults = tmp_path / "glute_bridge.toml"
    defaults.write_bytes(rule_file_path(exercise_spec("glute_bridge")).read_bytes())
    monkeypatch.setattr(batch, "rule_file_path", lambda exercise: defaults)
    writes = count_writes(monkeypatch)
    analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "out"), quiet=True)
    analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "out"), quiet=True)
    assert writes == {"t0.npz": 1}  # the second run skipped it
    defaults.write_text(defaults.read_text() + "\n# a newer version's file\n")
    analyze_many(inputs, "glute_bridge", [], json_dir=str(tmp_path / "out"), quiet=True)
    assert writes == {"t0.npz": 2}
