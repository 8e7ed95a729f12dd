"""``coach share export|import`` and ``coach sessions``: the same round trip from the command line."""
from __future__ import annotations

import json

from coach.cli import main

from .share_helpers import add_bridge_session, add_guided_session, store_in


def test_share_commands_round_trip_and_list(tmp_path, clock, capsys, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "unused"))  # main() sets it; restored after the test
    patient = store_in(tmp_path / "patient", clock)
    add_bridge_session(patient, tmp_path, clock)
    add_guided_session(patient, clock)
    patient.close()
    out = tmp_path / "week"
    assert main(["share", "export", "--data-dir", str(tmp_path / "patient"), "--out", str(out),
                 "--name", "Ann"]) == 0
    printed = capsys.readouterr().out
    assert "2 sessions of Ann, 2024-05-06 to 2024-05-07" in printed and "1 pose track (" in printed
    assert f"wrote {out}.coachshare" in printed
    physio = ["--data-dir", str(tmp_path / "physio")]
    for expected in ("2 sessions, 0 already here; 2 added to Ann (new patient); 1 pose track(s) saved",
                     "2 sessions, 2 already here"):
        assert main(["share", "import", f"{out}.coachshare", *physio]) == 0
        assert capsys.readouterr().out.strip() == expected
    assert main(["sessions", *physio, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["patient"], r["exercise"], r["reps"], r["pain_before"], r["pain_after"], r["source"]) for r in rows] \
        == [("Ann", "glute_bridge", 3, 3, 2, "imported"), ("Ann", "glute_bridge", 5, 4, 5, "imported")]
    assert (rows[1]["good_reps_share"], rows[1]["good_hold_share"]) == (0.75, None)
    assert main(["sessions", "--data-dir", str(tmp_path / "patient")]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["Date", "Patient", "Exercise", "Reps/hold", "Good", "form", "Pain", "Source"]
    assert [line.split()[-1] for line in table[1:]] == ["analysed", "live"]
    # Nothing new to share, a bad date, a missing data folder: one line each, exit 2.
    assert main(["share", "export", "--data-dir", str(tmp_path / "patient"), "--out", str(tmp_path / "b")]) == 2
    assert main(["share", "export", "--data-dir", str(tmp_path / "patient"), "--out", "x", "--since", "May"]) == 2
    assert main(["sessions", "--data-dir", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ["coach: No sessions to share: nothing new since the last share (" + err[0][-12:-2] + ").",
                   "coach: --since must be a date like 2024-05-06, got 'May'",
                   f"coach: no Coach data in {tmp_path / 'nowhere'} (coach.sqlite3 is missing); give the folder "
                   f"with --data-dir to list"]
    assert not (tmp_path / "b.coachshare").exists() and not (tmp_path / "nowhere").exists()
