"""A report that cannot be written is one clear CoachError (CLI: one `coach:` line, exit 2), and a failed
write never destroys the good report already at that path nor leaves a half-written file behind."""
from __future__ import annotations

import errno
import os

import pytest

from coach.cli import main
from coach.errors import CoachError
from coach import atomic
from coach.reports.csv_export import write_csv
from coach.reports.html_report import write_html
from coach.reports.pdf_report import write_pdf

WRITERS = [(write_html, "r.html"), (write_pdf, "r.pdf"), (write_csv, "r.csv")]


def _disk_full(*_a, **_k):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("writer, name", WRITERS)
@pytest.mark.parametrize("fail_at", ["fsync", "replace"])
def test_failed_write_keeps_the_good_file(tmp_path, monkeypatch, bridge_result, writer, name, fail_at):
    good = tmp_path / name
    good.write_bytes(b"last week's good report")
    monkeypatch.setattr(atomic.os, fail_at, _disk_full)
    with pytest.raises(CoachError) as exc:
        writer(bridge_result, good)
    msg = str(exc.value)
    assert msg == f"could not write {good}: No space left on device" and "\n" not in msg
    assert good.read_bytes() == b"last week's good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no .partial left behind


@pytest.mark.parametrize("writer, name", WRITERS)
def test_unwritable_folder(tmp_path, bridge_result, writer, name):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    with pytest.raises(CoachError, match="could not write .*Not a directory"):
        writer(bridge_result, blocker / name)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder(tmp_path, bridge_result):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(CoachError, match="Permission denied"):
            write_html(bridge_result, ro / "r.html")
    finally:
        ro.chmod(0o700)


def test_report_gets_normal_permissions(tmp_path, bridge_result):
    out = write_csv(bridge_result, tmp_path / "r.csv")
    assert out.stat().st_mode & 0o777 == 0o666 & ~atomic._UMASK


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("coach: "), err
    return err[0]


def test_cli_disk_full_keeps_old_report(tmp_path, monkeypatch, capsys, plank_track):
    old = tmp_path / "r.pdf"
    old.write_bytes(b"%PDF good")
    monkeypatch.setattr(atomic.os, "replace", _disk_full)
    code = main(["analyze", str(plank_track), "--exercise", "plank", "--quiet", "--report", str(old)])
    assert code == 2
    assert "No space left on device" in _one_line_error(capsys)
    assert old.read_bytes() == b"%PDF good"


@pytest.mark.parametrize("args, expect", [
    (["--report", "{d}/missing/r.html"], "does not exist"),
    (["--report", "{d}/r.txt"], "cannot tell the format"),
    (["--report", "{d}/r.csv"], "cannot tell the format"),
    (["--csv", "{d}/r.pdf"], "must end in .csv"),
    (["--report-dir", "{d}/plank.npz"], "--report-dir must be a folder"),
])
def test_cli_bad_output_paths(tmp_path, capsys, plank_track, args, expect):
    code = main(["analyze", str(plank_track), "--exercise", "plank", "--quiet"]
                + [a.format(d=plank_track.parent if "--report-dir" in args else tmp_path) for a in args])
    assert code == 2 and expect in _one_line_error(capsys)


def test_cli_report_needs_one_input(tmp_path, capsys, plank_track):
    code = main(["analyze", str(plank_track), str(plank_track), "--exercise", "plank", "--quiet",
                 "--report", str(tmp_path / "r.html")])
    assert code == 2 and "--report-dir" in _one_line_error(capsys)
