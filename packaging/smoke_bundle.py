"""Smoke test of a built bundle (``dist/coach``), run by ``scripts/bundle.sh`` — not part of the test suite.

A bundle that misses MediaPipe's ``.tflite``/``.binarypb`` files, the rule files or a Qt
plug-in starts and then fails on the first frame, so this runs the bundled executable
itself, with no Python environment on its path:

1. ``coach analyze`` on labelled development clips must print the labelled rep count;
2. the window opens offscreen on a clip as a live set, analyses it to the end (the set
   is in the session store with the pose found in its frames), and closes cleanly on
   Ctrl-C (SIGINT: the window's own close path) with exit code 0 and no traceback;
3. every Qt library a bundled Qt plug-in links against is in the bundle (the spec drops
   unused plug-ins and libraries; this catches one dropped too many).

It also prints the bundle's size and start-up times for the README. Clips come from
``../shared/data`` (never from the repository); without them steps 1 and 2 are skipped
and said so.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
# (clip, exercise): a bridge and a cat-cow, short enough for a busy two-core machine.
ANALYZE_CLIPS = (("videos/glute_bridge/pexels_band_bridge_side.mp4", "glute_bridge"),
                 ("videos/cat_cow/renewyou_side.mp4", "cat_cow"))
WINDOW_CLIP = ("videos/glute_bridge/pexels_band_bridge_side.mp4", "glute_bridge")
WINDOW_DEADLINE_S = 120.0


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def bundle_env(home: Path) -> dict:
    """No Python of ours on the path, offscreen Qt, and a throw-away home for settings and the store."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    return env


def labelled_reps(clip: str) -> int:
    labels = json.loads((DATA / "labels.json").read_text())
    [entry] = [e for e in labels if e["file"] == clip]
    return int(entry["reps"])


def check_analyze(exe: Path, env: dict, failures: list[str]) -> None:
    for clip, exercise in ANALYZE_CLIPS:
        want = labelled_reps(clip)
        t0 = time.perf_counter()
        proc = subprocess.run([str(exe), "analyze", str(DATA / clip), "--exercise", exercise],
                              capture_output=True, text=True, env=env, timeout=600)
        took = time.perf_counter() - t0
        got = re.search(r"^\s*reps (\d+)", proc.stdout, re.MULTILINE)
        if proc.returncode != 0 or got is None or int(got.group(1)) != want:
            failures.append(f"analyze {clip}: exit {proc.returncode}, want {want} reps\n{proc.stdout}{proc.stderr}")
            continue
        print(f"  ok  coach analyze {Path(clip).name} --exercise {exercise}: {got.group(1)} reps "
              f"(labelled {want}) in {took:.1f} s")


def finished_set(db: Path) -> tuple | None:
    """The live set's (ended_reason, analysis JSON) once it has ended; None before."""
    if not db.exists():
        return None
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1.0) as con:
            row = con.execute("SELECT ended_reason, analysis_json FROM sets ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return row if row is not None and row[0] else None


def has_session(db: Path) -> bool:
    if not db.exists():
        return False
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1.0) as con:
            return con.execute("SELECT count(*) FROM sessions").fetchone()[0] > 0
    except sqlite3.Error:
        return False


def check_window(exe: Path, env: dict, home: Path, failures: list[str]) -> None:
    clip, exercise = WINDOW_CLIP
    data_dir = home / "store"
    db = data_dir / "coach.sqlite3"
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(exe), "--data-dir", str(data_dir), "--source", str(DATA / clip),
                             "--exercise", exercise], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    started_s = None
    row = None
    try:
        while time.perf_counter() - t0 < WINDOW_DEADLINE_S and proc.poll() is None:
            if started_s is None and has_session(db):
                started_s = time.perf_counter() - t0
            row = finished_set(db)
            if row is not None:
                break
            time.sleep(0.2)
    finally:
        alive = proc.poll() is None
        if alive:
            proc.send_signal(signal.SIGINT)  # what Ctrl-C does: the window closes through closeEvent
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            failures.append("window: did not close within 30 s of Ctrl-C")
            return
    if not alive:
        failures.append(f"window: exited by itself (code {proc.returncode}) before the set ended\n{out}{err}")
        return
    if row is None:
        failures.append(f"window: the set did not end within {WINDOW_DEADLINE_S:.0f} s\n{out}{err}")
        return
    analysis = json.loads(row[1] or "{}")
    with_pose = int(analysis.get("frames_with_pose", 0))
    problems = []
    if row[0] != "finished":
        problems.append(f"set ended as {row[0]!r}, not 'finished'")
    if with_pose == 0:
        problems.append("no frame had a pose (model files missing?)")
    if proc.returncode != 0:
        problems.append(f"exit code {proc.returncode} after Ctrl-C")
    if "Traceback" in err:
        problems.append("a traceback on stderr")
    if problems:
        failures.append("window: " + "; ".join(problems) + f"\n{out}{err}")
        return
    print(f"  ok  window on {Path(clip).name}: set started {started_s or float('nan'):.1f} s after launch, "
          f"ended 'finished' with a pose in {with_pose}/{analysis.get('frames')} frames and "
          f"{analysis.get('rep_count')} reps; closed cleanly on Ctrl-C")


def check_qt_links(bundle: Path, failures: list[str]) -> None:
    """Every libQt6* that a bundled plug-in or Qt library needs is bundled too (readelf, when present)."""
    qt = bundle / "_internal" / "PySide6" / "Qt"
    present = {p.name for p in (qt / "lib").glob("libQt6*")} | {p.name for p in (bundle / "_internal").glob("libQt6*")}
    missing = []
    for so in list((qt / "plugins").rglob("*.so")) + list((qt / "lib").glob("libQt6*")):
        try:
            dyn = subprocess.run(["readelf", "-d", str(so)], capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            print("  --  readelf not available: Qt library links not checked")
            return
        for need in re.findall(r"\[(libQt6[^\]]+)\]", dyn):
            if need not in present:
                missing.append(f"{so.relative_to(bundle)} needs {need}")
    if missing:
        failures.append("Qt libraries dropped but still needed:\n  " + "\n  ".join(missing))
    else:
        print("  ok  every Qt library the bundled Qt plug-ins link against is bundled")


def start_up_s(exe: Path, env: dict) -> float:
    """``coach --help``: the bundle unpacking nothing (one folder), Python and the command line starting."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "--help"], capture_output=True, env=env, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "coach"), help="the bundle folder")
    args = p.parse_args()
    bundle = Path(args.bundle).resolve()
    exe = bundle / ("coach.exe" if sys.platform == "win32" else "coach")
    if not exe.exists():
        print(f"smoke test: no bundle at {exe}", file=sys.stderr)
        return 2
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="coach-smoke-") as tmp:
        home = Path(tmp)
        env = bundle_env(home)
        print(f"bundle {bundle}: {folder_mb(bundle):.0f} MB; `coach --help` starts in {start_up_s(exe, env):.2f} s")
        check_qt_links(bundle, failures)
        if (DATA / "labels.json").exists():
            check_analyze(exe, env, failures)
            check_window(exe, env, home, failures)
        else:
            print(f"  --  {DATA} is absent: the clip checks are skipped")
    for f in failures:
        print(f"FAIL {f}", file=sys.stderr)
    print("smoke test " + ("FAILED" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
