"""Widgets on their own: what the counter and the summary show for a given state or result."""
from __future__ import annotations

from coach.exercises.events import AnalyzerState


def test_bird_dog_counter_shows_each_side_against_the_target(qtbot):
    from coach.ui.counter_panel import CounterPanel

    panel = CounterPanel()
    qtbot.addWidget(panel)
    panel.configure("reps", 2, per_side=True)
    assert panel.caption.text() == "Reps each side" and panel.shown_value == "0·0"
    panel.show_state(AnalyzerState(t_s=5, exercise="bird_dog", rep_count=3, reps_by_side={"left": 2, "right": 1}))
    assert panel.shown_value == "2·1" and panel.detail.text() == "left arm · right arm"
    assert panel.target_label.text() == "of 2" and panel.progress.value() == 500  # the weaker side counts


def test_plank_counter_shows_good_form_seconds_and_turns_green_at_the_target(qtbot):
    from coach.ui.counter_panel import CounterPanel

    panel = CounterPanel()
    qtbot.addWidget(panel)
    panel.configure("hold", 30, per_side=False)
    panel.show_state(AnalyzerState(t_s=40, exercise="plank", hold_s=75.0, good_form_s=62.0, in_position=True))
    assert panel.shown_value == "1:02" and panel.target_label.text() == "of 30 s"
    assert panel.detail.text() == "Holding 1:15" and panel.progress.value() == 1000
    assert "#3ddc84" in panel.value.styleSheet()
