"""The command line facing names, pipes, dates, store rows, terminals, addresses and recordings from elsewhere
(issue 27, items 4, 6, 9, 10, 13–18): one line each, never a traceback, nothing lost."""
from __future__ import annotations

import errno
import gc
import http.server
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from clips import ROOT
from coach.cli import main
from coach.live.set_tracks import SetTracks
from coach.pose.track import load_track
from coach.store.share import export_share
from share.share_helpers import add_bridge_session, add_guided_session, store_in, write_bridge_track
from wall_clock import FakeClock

LONG = "x" * 300


def _err_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("coach: ") and "Traceback" not in err, err
    return err.strip()


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A data folder with a bridge session (and its track) and a guided session."""
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "unused"))
    clock = FakeClock()
    store = store_in(tmp_path / "data", clock)
    add_bridge_session(store, tmp_path, clock)
    add_guided_session(store, clock)
    store.close()
    return tmp_path / "data"


# ----- item 4: names over the file system's limit ---------------------------------------------------
@pytest.mark.parametrize("argv, flag", [
    (["analyze", "{track}", "--exercise", "glute_bridge", "--json", f"{LONG}.json"], "--json"),
    (["analyze", "{track}", "--exercise", "glute_bridge", "--csv", f"{LONG}.csv"], "--csv"),
    (["analyze", "{track}", "--exercise", "glute_bridge", "--report", f"{LONG}.html"], "--report"),
    (["analyze", "{track}", "--exercise", "glute_bridge", "--summary", f"{LONG}.csv"], "--summary"),
    (["analyze", "{track}", "--exercise", "glute_bridge", "--save-pose", f"{LONG}.npz"], "--save-pose"),
    (["analyze", "{track}", "--exercise", "glute_bridge", "--annotate", f"{LONG}.mp4"], "--annotate"),
    (["analyze", f"{LONG}.npz", "--exercise", "glute_bridge"], "input"),
    (["analyze", "{track}", "--exercise", "glute_bridge", "--rules", f"{LONG}.toml"], "--rules"),
    (["share", "import", f"{LONG}.coachshare"], "share file"),
    (["--data-dir", LONG, "sessions"], "--data-dir"),
])
def test_a_name_over_the_file_systems_limit_is_one_line(tmp_path, capsys, monkeypatch, argv, flag):
    monkeypatch.chdir(tmp_path)
    track = write_bridge_track(tmp_path / "t.npz", reps=1)
    assert main([a.replace("{track}", str(track)) for a in argv]) == 2
    assert _err_line(capsys).startswith(f"coach: {flag}: the name xxxx")


def test_any_other_os_error_is_one_line(tmp_path, capsys, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "/somewhere/x.csv")

    monkeypatch.setattr("coach.pose.track_csv.write_track_csv", full)
    assert main(["export-track", str(write_bridge_track(tmp_path / "t.npz", reps=1)), "--csv", "x.csv"]) == 2
    assert _err_line(capsys) == "coach: /somewhere/x.csv: No space left on device"


# ----- item 6: --scheduler --------------------------------------------------------------------------
@pytest.mark.parametrize("address, words", [
    ("tls://127.0.0.1:8786", "over tcp:// only, not tls://"),
    ("ucx://127.0.0.1:8786", "over tcp:// only, not ucx://"),
    ("", "--scheduler is empty"),
    ("   ", "--scheduler is empty"),
    ("tcp://", "is not a Dask scheduler address"),
])
def test_scheduler_addresses_dask_does_not_take_are_one_line(tmp_path, capsys, address, words):
    track = write_bridge_track(tmp_path / "t.npz", reps=1)
    assert main(["analyze", str(track), str(track), "--exercise", "glute_bridge", "--scheduler", address]) == 2
    assert words in _err_line(capsys)


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def test_a_port_that_answers_but_is_not_dask_is_refused_within_the_time_out(tmp_path, capsys, monkeypatch):
    """Loopback only: an HTTP server, and a server that accepts and never says a word."""
    monkeypatch.setattr("coach.analysis.cluster.CONNECT_TIMEOUT_S", 1)
    monkeypatch.setattr("coach.analysis.cluster.HANDSHAKE_TIMEOUT_S", 1)
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Quiet)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    track = write_bridge_track(tmp_path / "t.npz", reps=1)
    try:
        for port in (httpd.server_address[1], silent.getsockname()[1]):
            start = time.monotonic()
            code = main(["analyze", str(track), str(track), "--exercise", "glute_bridge",
                         "--scheduler", f"tcp://127.0.0.1:{port}"])
            assert code == 2 and time.monotonic() - start < 8
            line = _err_line(capsys)
            assert f"127.0.0.1:{port}" in line
    finally:
        httpd.shutdown()
        silent.close()


# ----- items 9, 10, 16: share export's name and date, and store rows of the wrong type ---------------
def test_a_name_coach_would_refuse_is_refused_before_anything_is_written(data_dir, tmp_path, capsys):
    out = tmp_path / "week"
    assert main(["share", "export", "--data-dir", str(data_dir), "--out", str(out), "--name", "N" * 201]) == 2
    assert "at most 200" in _err_line(capsys)
    assert not out.with_suffix(".coachshare").exists()
    assert main(["share", "export", "--data-dir", str(data_dir), "--out", str(out), "--name", "N" * 200]) == 0


def test_a_date_at_the_start_of_the_calendar_shares_everything(data_dir, tmp_path, capsys):
    assert main(["share", "export", "--data-dir", str(data_dir), "--out", str(tmp_path / "all"),
                 "--since", "0001-01-01"]) == 0
    assert "2 sessions of" in capsys.readouterr().out


@pytest.mark.parametrize("sql, words", [
    ("UPDATE sets SET rep_count = 'abc'", None),
    ("UPDATE sessions SET started_at = 'garbage'", "Invalid isoformat string"),
    ("UPDATE sessions SET started_at = 5", "Invalid isoformat string"),
    ("UPDATE sets SET hold_s = 'x'", None),
])
def test_store_rows_of_the_wrong_type_are_one_line(data_dir, tmp_path, capsys, sql, words):
    conn = sqlite3.connect(data_dir / "coach.sqlite3")
    conn.execute(sql)
    conn.commit()
    conn.close()
    out = tmp_path / "week"
    for argv in (["sessions"], ["share", "export", "--out", str(out), "--since", "2000-01-01"]):
        assert main([*argv, "--data-dir", str(data_dir)]) == 2
        line = _err_line(capsys)
        assert ("holds a value Coach cannot use" in line or "cannot be shared" in line) and \
            (words is None or words in line)
    assert not out.with_suffix(".coachshare").exists()


# ----- item 13: a full disk while an imported track is saved -----------------------------------------
def test_a_full_disk_while_saving_a_track_is_one_line_and_a_failing_status(data_dir, tmp_path, capsys, monkeypatch):
    with __import__("coach.store", fromlist=["Store"]).Store(data_dir / "coach.sqlite3") as store:
        share = export_share(store, tmp_path / "week", shelf=SetTracks(store)).path
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    real_open = open

    def no_space(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        if "w" in mode and str(file).endswith(".npz"):
            fh.close()
            raise OSError(errno.ENOSPC, "No space left on device")
        return fh

    monkeypatch.setattr("builtins.open", no_space)
    code = main(["share", "import", str(share), "--data-dir", str(tmp_path / "physio")])
    monkeypatch.undo()
    gc.collect()
    out = capsys.readouterr()
    assert code == 1 and "1 pose track(s) could not be saved" in out.out and "No space left" in out.out
    assert unraisable == [] and "Traceback" not in out.err


def test_numpys_writer_would_leave_its_archive_open_on_a_full_disk(tmp_path, monkeypatch):
    """The track writer closes its archive itself: no ZipFile.__del__ traceback after a failed write."""
    from coach.errors import PoseTrackError
    from coach.pose import track as track_module

    track = load_track(write_bridge_track(tmp_path / "t.npz", reps=1))
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    calls = []

    def full(fp, array, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fp, array, **kwargs)

    real = np.lib.format.write_array
    monkeypatch.setattr(np.lib.format, "write_array", full)
    with pytest.raises(PoseTrackError, match="No space left on device"):
        track_module.save_track(track, tmp_path / "out.npz")
    gc.collect()
    assert unraisable == [] and not list(tmp_path.glob("out*"))


# ----- item 14: a reader that goes away --------------------------------------------------------------
def test_a_closed_pipe_ends_quietly(data_dir):
    proc = subprocess.run(f"{sys.executable} -m coach.cli sessions --data-dir '{data_dir}' | head -1", shell=True,
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stdout.startswith("Date") and proc.stdout.count("\n") == 1
    assert proc.stderr == ""


def test_a_broken_pipe_in_main_is_not_a_traceback(data_dir, capsys, monkeypatch):
    def gone(*args, **kwargs):
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr("coach.store.share.format_table", gone)
    monkeypatch.setattr(os, "dup2", lambda *a: None)  # pytest's captured stdout stays as it is
    assert main(["sessions", "--data-dir", str(data_dir)]) == 141
    assert capsys.readouterr().err == ""


# ----- item 15: terminal escape codes from a share file -----------------------------------------------
def test_escape_codes_in_a_patients_name_are_shown_not_obeyed(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "unused"))
    clock = FakeClock()
    patient = store_in(tmp_path / "patient", clock)
    add_guided_session(patient, clock)
    evil = "Ann\x1b]0;pwned\x07\x1b[2J\u202eX"
    share = export_share(patient, tmp_path / "week", shelf=SetTracks(patient), patient_name=evil).path
    patient.close()
    assert main(["share", "import", str(share), "--data-dir", str(tmp_path / "physio")]) == 0
    assert main(["sessions", "--data-dir", str(tmp_path / "physio")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert out.count("Ann\\x1b]0;pwned\\x07\\x1b[2J\\u202eX") == 2


# ----- item 17: the smaller ones ----------------------------------------------------------------------
def test_a_refused_import_creates_no_data_folder(tmp_path, capsys):
    bad = tmp_path / "bad.coachshare"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert main(["share", "import", str(bad), "--data-dir", str(tmp_path / "physio")]) == 2
    _err_line(capsys)
    assert not (tmp_path / "physio").exists()


def test_sessions_reads_a_read_only_store(data_dir, capsys, monkeypatch):
    """Item 17: `coach sessions` refused a data file it may not write. (The tests may run as root, who can write
    any file, so "may not write" is what os.access says, as Coach asks it.)"""
    real_access = os.access
    data_file = str(data_dir / "coach.sqlite3")
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if (str(p) == data_file and mode & os.W_OK)
                        else real_access(p, mode, *a, **k))
    assert main(["sessions", "--data-dir", str(data_dir)]) == 0
    assert "glute bridge" in capsys.readouterr().out


def test_an_empty_file_or_a_folder_is_not_a_store(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "coach.sqlite3").write_bytes(b"")
    assert main(["sessions", "--data-dir", str(empty)]) == 2
    assert "is empty" in _err_line(capsys)
    assert (empty / "coach.sqlite3").stat().st_size == 0
    folder = tmp_path / "folder"
    (folder / "coach.sqlite3").mkdir(parents=True)
    assert main(["sessions", "--data-dir", str(folder)]) == 2
    assert "is a folder" in _err_line(capsys)


@pytest.mark.parametrize("command", [["sessions"], ["export-track", "t.npz", "--csv", "t.csv"]])
def test_the_global_rules_are_not_silently_ignored(data_dir, tmp_path, capsys, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    write_bridge_track(tmp_path / "t.npz", reps=1)
    assert main(["--rules", "nonexistent.toml", "--data-dir", str(data_dir), *command]) == 2
    assert "--rules applies to analyze" in _err_line(capsys)


def test_one_rep_is_one_rep(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "unused"))
    clock = FakeClock()
    store = store_in(tmp_path / "d", clock)
    add_bridge_session(store, tmp_path, clock, reps=1)
    store.close()
    assert main(["sessions", "--data-dir", str(tmp_path / "d")]) == 0
    out = capsys.readouterr().out
    assert "1 rep " in out + " " and "1 reps" not in out


# ----- item 18: a recording whose first frame has a negative timestamp ------------------------------
class _EditListCapture:
    """A phone video's edit list as OpenCV reports it: every timestamp 33 ms early, the first one negative."""

    def __init__(self, cap) -> None:
        self._cap = cap

    def get(self, prop: int) -> float:
        value = self._cap.get(prop)
        return value - 1000 / 30 if prop == cv2.CAP_PROP_POS_MSEC else value

    def __getattr__(self, name: str):
        return getattr(self._cap, name)


def test_a_negative_first_timestamp_is_normalised_where_frames_are_read(tmp_path, capsys, monkeypatch):
    import coach.sources as sources

    video = tmp_path / "phone.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (160, 120))
    for i in range(15):
        writer.write(np.full((120, 160, 3), 40 + i, np.uint8))
    writer.release()
    real = sources.open_video_capture
    monkeypatch.setattr(sources, "open_video_capture", lambda p: _EditListCapture(real(p)))
    with sources.VideoFileSource(video) as src:
        times = [f.t_s for f in src]
    assert times[0] == 0.0 and all(b > a for a, b in zip(times, times[1:]))
    with sources.VideoFileSource(video, start_frame=5) as src:  # a chunk of a parallel review agrees
        assert [f.t_s for f in src] == pytest.approx(times[5:])
    out = tmp_path / "phone.npz"
    assert main(["analyze", str(video), "--exercise", "glute_bridge", "--save-pose", str(out), "--json",
                 str(tmp_path / "phone.json"), "--quiet"]) == 0, capsys.readouterr().err
    track = load_track(out)
    assert track.t_s[0] == 0.0 and track.t_s.tolist() == pytest.approx(times)
    assert json.loads((tmp_path / "phone.json").read_text())["duration_s"] == pytest.approx(times[-1], abs=0.04)


def test_a_file_that_is_no_archive_is_not_called_pickled_data(tmp_path, capsys):
    """Item 17: "( is not a readable pose track (…): Cannot load file containing pickled data"."""
    odd = tmp_path / "("
    odd.write_text("not a track")
    assert main(["export-track", str(odd), "--csv", str(tmp_path / "o.csv")]) == 2
    line = _err_line(capsys)
    assert "not a zip archive" in line and "pickle" not in line


def test_sigterm_during_annotate_leaves_no_partial_file(tmp_path):
    """Item 17: SIGTERM is handled like Ctrl-C: the half-written video is removed, the status says so."""
    import signal

    video = tmp_path / "long.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (320, 240))
    for i in range(600):
        writer.write(np.full((240, 320, 3), i % 200, np.uint8))
    writer.release()
    out = tmp_path / "annotated.mp4"
    proc = subprocess.Popen([sys.executable, "-m", "coach.cli", "analyze", str(video), "--exercise", "glute_bridge",
                             "--annotate", str(out), "--quiet"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not [p for p in tmp_path.iterdir() if p.name.startswith("annotated") or ".annotated" in p.name] \
            and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "finished before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and err.strip().endswith("coach: terminated"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.avi"]
