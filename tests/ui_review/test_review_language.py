"""The review window shows the report's headline, summary, rules note and tables in the window's language."""
from __future__ import annotations

from german_language import german_translation

from .review_helpers import run_job


def test_the_review_window_says_the_report_in_german(qtbot, qapp, review, bridge_track, tmp_path):
    with german_translation(qapp, tmp_path):
        window = review()
        kind, outcome = run_job(qtbot, window,
                                lambda: window.open_recording(str(bridge_track.track), "glute_bridge"))
        assert (kind, outcome) == ("analyse", "ok"), window.last_error
        assert window.headline.text() == "Beckenheben: 2 Wiederholungen, 2 sauber ausgeführt"
        header = window.tabs.reps.header_labels()
        assert header[:4] == ["Wdh.", "Beginn", "Dauer (s)", "Ausführung"]
        durations = [row[2] for row in window.tabs.reps.rows()]
        assert all("," in d and "." not in d for d in durations)   # 2,4 — a decimal comma
        details = window.details.text()
        assert "Videolänge" in details and "Grenzwerte" in details and "Standard" in details
        assert "Rules" not in details and "Video length" not in details
        if window.tabs.setup.rows():
            assert window.tabs.setup.header_labels()[2] == "Problem" and "Hinweis" in window.tabs.setup.header_labels()
        window.grab().save(str(tmp_path / "review_de.png"))
