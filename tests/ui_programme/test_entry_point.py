"""The live window's "Programmes & history" entry opens the window on the data folder and closes with it."""
from __future__ import annotations

import shiboken6


def test_the_menu_entry_opens_one_programme_window_that_closes_with_the_live_window(qtbot, data_dir):
    from coach.live.control import Pacing
    from coach.ui.main_window import MainWindow
    from coach.ui.settings import open_settings
    from coach.ui.speech import Voice

    main = MainWindow(open_settings(), cameras=[], pacing=Pacing.ALL_FRAMES, countdown_s=0,
                      voice=Voice(speech=False, sound=False))
    qtbot.addWidget(main)
    main.show()
    assert main.programme_action.text() == "Programmes && history…"
    main.programme_action.trigger()
    w = main.programme_window
    assert w is not None and w.isVisible() and w.windowTitle() == "Coach — programmes & history"
    assert w.store.path == data_dir / "coach.sqlite3" and w.store.path.exists()
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["Today", "Programme", "History"]
    assert not w.today.start_button.isEnabled()  # no programme yet
    main.programme_action.trigger()
    assert main.programme_window is w  # raised, not opened twice
    main.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(w), timeout=2000)
