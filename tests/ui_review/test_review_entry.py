"""The way in: Ctrl+O (or the menu bar's "Review a recording…") in the main window opens the review window."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .review_helpers import run_job


def test_ctrl_o_opens_the_review_and_closing_the_main_window_closes_it(qtbot, tmp_path, monkeypatch, bridge_track):
    settings_path = str(tmp_path / "coach-settings.ini")
    monkeypatch.setenv("COACH_SETTINGS", settings_path)
    from coach.ui.main_window import MainWindow
    from coach.ui.review import ReviewWindow
    from coach.ui.settings import open_settings
    from coach.ui.speech import Voice

    main = MainWindow(open_settings(settings_path), cameras=[], countdown_s=0, voice=Voice(speech=False, sound=False))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=2000)
    assert main.review_action.text() == "Review a recording…"
    qtbot.keyClick(main, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.review_window is not None and main.review_window.isVisible(), timeout=2000)
    review = main.review_window
    assert isinstance(review, ReviewWindow)
    assert main.open_review() is review  # one review window at a time

    assert run_job(qtbot, review, lambda: review.open_recording(str(bridge_track.track), "glute_bridge")) == \
        ("analyse", "ok")
    main.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(review), timeout=3000)  # closed and deleted with its worker
