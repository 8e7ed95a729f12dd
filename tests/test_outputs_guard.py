"""Issue 14, items 1–5: outputs never destroy inputs, are all-or-nothing, are checked before work,
and every rule file given is applied."""
from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from coach import atomic
from coach.analysis import AnalysisResult, analyze_file, write_json
from coach.cli import main
from coach.errors import CoachError
from coach.pose.track import load_track, save_track
from coach.pose.track_csv import write_track_csv
from support.videos import write_avi
from support.tracks import make_track

NOT_A_VIDEO = b"not a video, but a physio's only copy"


@pytest.fixture
def track(tmp_path) -> Path:
    return save_track(make_track(60), tmp_path / "t.npz")


@pytest.fixture
def victim(tmp_path) -> Path:
    p = tmp_path / "victim.mp4"
    p.write_bytes(NOT_A_VIDEO)
    return p


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


def one_coach_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("coach: "), err
    return lines[0]


# ----- item 1: an output that is an input, or another output ---------------------------------------
@pytest.mark.parametrize("flag", ["--json", "--save-pose", "--annotate"])
def test_output_that_is_the_input_video_is_refused_and_the_video_kept(capsys, victim, flag):
    code, err = run(capsys, "analyze", victim, "--exercise", "glute_bridge", flag, victim)
    assert code == 2 and "is an input" in one_coach_line(err)
    assert victim.read_bytes() == NOT_A_VIDEO


def test_output_that_is_the_input_through_a_hard_link_is_refused(capsys, tmp_path, track):
    link = tmp_path / "same.json"
    os.link(track, link)
    before = track.read_bytes()
    code, err = run(capsys, "analyze", track, "--exercise", "plank", "--json", link)
    assert code == 2 and "is an input" in one_coach_line(err)
    assert track.read_bytes() == before


def test_export_track_csv_over_the_track_is_refused(capsys, track):
    before = track.read_bytes()
    code, err = run(capsys, "export-track", track, "--csv", track)
    assert code == 2 and "is an input" in one_coach_line(err)
    assert track.read_bytes() == before and len(load_track(track)) == 60


def test_two_outputs_with_one_name_are_refused(capsys, tmp_path, track):
    out = tmp_path / "x.csv"
    code, err = run(capsys, "analyze", track, "--exercise", "plank", "--json", out, "--csv", out)
    assert code == 2 and "same file" in one_coach_line(err)
    assert not out.exists()


def test_output_over_a_rule_file_is_refused(capsys, tmp_path, track):
    rules = tmp_path / "patient.toml"
    rules.write_text("[plank.form]\nsag_enter = -0.2\n")
    code, err = run(capsys, "analyze", track, "--exercise", "plank", "--rules", rules, "--json", rules)
    assert code == 2 and "is an input" in one_coach_line(err)
    assert "sag_enter" in rules.read_text()


# ----- item 2: the annotated video is written to a temporary sibling, then renamed ------------------
def test_interrupted_annotate_keeps_the_previous_video(tmp_path):
    video = write_avi(tmp_path / "in.avi", 20, size=(96, 64))
    out = tmp_path / "out.mp4"
    out.write_bytes(b"yesterday's good annotated video")

    def interrupt(i, n, pose, events):
        assert out.read_bytes() == b"yesterday's good annotated video"  # untouched while writing
        if i == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        analyze_file(video, "plank", annotate=out, progress=interrupt)
    assert out.read_bytes() == b"yesterday's good annotated video"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.avi", "out.mp4"]
    analyze_file(video, "plank", annotate=out)
    assert out.stat().st_size > 1000 and sorted(p.name for p in tmp_path.iterdir()) == ["in.avi", "out.mp4"]


# ----- item 3: the writer's own clean-up never hides the error; long names work --------------------
def read_only_disk(monkeypatch):
    def refuse(*a, **k):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(Path, "unlink", refuse)


def test_failed_clean_up_keeps_the_one_line_error(tmp_path, monkeypatch):
    read_only_disk(monkeypatch)
    with pytest.raises(CoachError, match="could not write .*Read-only file system"):
        with atomic.replacing(tmp_path / "x.json") as tmp:
            tmp.write_text("{}")


@pytest.mark.parametrize("argv", [
    ["export-track", "{track}", "--csv", "{out}.csv"],
    ["analyze", "{track}", "--exercise", "plank", "--quiet", "--json", "{out}.json"],
    ["analyze", "{track}", "--exercise", "plank", "--quiet", "--csv", "{out}.csv"],
])
def test_read_only_disk_is_one_coach_line_not_a_traceback(capsys, tmp_path, track, monkeypatch, argv):
    argv = [a.format(track=track, out=tmp_path / "out") for a in argv]
    read_only_disk(monkeypatch)
    code, err = run(capsys, *argv)
    assert code == 2 and "Read-only file system" in one_coach_line(err)


def test_save_pose_on_read_only_disk_is_one_error(tmp_path, monkeypatch):
    read_only_disk(monkeypatch)
    with pytest.raises(CoachError, match="Read-only file system"):
        save_track(make_track(), tmp_path / "t.npz")


def test_long_but_valid_output_names_are_written(tmp_path):
    stem = "p" * 250  # 255 bytes with the suffix: the most a file name may have
    result = AnalysisResult("v", "plank", 30.0, 1, 1, 1.0, 0, [], None, [], [])
    write_json(result, tmp_path / f"{stem}.json")
    save_track(make_track(), tmp_path / f"{stem[:-1]}.npz")
    write_track_csv(make_track(), tmp_path / f"{stem[:-1]}.csv")
    assert json.loads((tmp_path / f"{stem}.json").read_text())["exercise"] == "plank"
    assert len(load_track(tmp_path / f"{stem[:-1]}.npz")) == 10
    assert len(list(tmp_path.iterdir())) == 3


def test_a_long_but_valid_report_name_is_written(tmp_path):
    from coach.atomic import write_text_atomic

    target = tmp_path / ("r" * 250 + ".html")  # 255 bytes
    write_text_atomic(target, "<p>report</p>")
    assert target.read_text() == "<p>report</p>"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind


# ----- item 4: every output is checked before the analysis starts ----------------------------------
@pytest.mark.parametrize("flag, name, expect", [
    ("--json", "missing/r.json", "does not exist"),
    ("--json", ".", "is a folder"),
    ("--save-pose", "missing/t.npz", "does not exist"),
    ("--save-pose", "t.json", "must end in .npz"),
    ("--annotate", "missing/a.mp4", "does not exist"),
    ("--annotate", "a.json", "must end in"),
])
def test_bad_output_fails_before_the_video_is_opened(capsys, tmp_path, victim, flag, name, expect):
    # The input is not a video: if the analysis ran first, the error would be about the video.
    code, err = run(capsys, "analyze", victim, "--exercise", "plank", flag, tmp_path / name)
    line = one_coach_line(err)
    assert code == 2 and expect in line and "cannot open" not in line


def test_bad_rule_file_fails_before_a_batch_starts(capsys, tmp_path, track):
    bad = tmp_path / "r.toml"
    bad.write_text("[plank.form]\nsag_enter = 'x'\n")
    code, err = run(capsys, "analyze", tmp_path, "--exercise", "plank", "--rules", bad)
    assert code == 2 and "sag_enter" in one_coach_line(err) and "skipped" not in err


# ----- item 5: a global --rules is applied together with the subcommand's ---------------------------
def test_global_rules_are_applied_with_the_subcommands(capsys, tmp_path, track):
    first = tmp_path / "a.toml"
    first.write_text("[plank.form]\nsag_enter = -0.3\n")
    second = tmp_path / "b.toml"
    second.write_text("[plank.faults]\nmin_duration_s = 0.5\n")
    out = tmp_path / "r.json"
    code, _ = run(capsys, "--rules", first, "analyze", track, "--exercise", "plank", "--rules", second,
                  "--json", out, "--quiet")
    assert code == 0
    assert json.loads(out.read_text())["rules"][1:] == [str(first), str(second)]
