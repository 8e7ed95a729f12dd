"""Issue 15, items 1 and 2: the limits editor takes ranges, units and words from the exercise's spec.

Before, the editor guessed its own ranges (0–30 s where the analyzer allows 0–60, 0–180° where it
allows 0–90) and showed a hip offset as "−0.12 torso lengths". Now every box accepts exactly what
the analyzer accepts, and a distance on the body reads as a share of the trunk length with its
direction in words, while the rule file keeps the analyzer's unit.
"""
from __future__ import annotations

import pytest

from coach.exercises.registry import exercise_names, exercise_spec
from coach.programme.model import validate_overrides
from coach.ui.programme.rule_overrides import OverridesEditor


@pytest.fixture
def editor(qtbot):
    ed = OverridesEditor()
    qtbot.addWidget(ed)
    return ed


@pytest.mark.parametrize("exercise", exercise_names())
def test_every_box_accepts_exactly_the_analyzers_range(editor, exercise):
    editor.set_overrides(exercise, {})
    limits = exercise_spec(exercise).limits()
    assert limits, f"{exercise} offers no per-patient limits"
    for rule in limits:
        box = editor.value_box(rule.key)
        assert (box.minimum(), box.maximum()) == rule.shown_range()
        written = sorted(rule.from_shown(v) for v in (box.minimum(), box.maximum()))
        assert written == [rule.lo, rule.hi]  # both ends of the box are the analyzer's own ends
    validate_overrides(exercise, editor.overrides(), "test")


def test_ranges_the_editor_used_to_guess_are_the_analyzers(editor):
    editor.set_overrides("glute_bridge", {})
    assert editor.value_box("form.min_rep_s").maximum() == 60  # was 30
    editor.set_overrides("bird_dog", {})
    assert editor.value_box("form.max_hip_roll_deg").maximum() == 90  # was 180


def test_hip_offsets_read_as_a_share_of_the_trunk_and_are_written_in_torso_lengths(editor):
    editor.set_overrides("plank", {})
    sag, pike = editor.value_box("form.sag_enter"), editor.value_box("form.pike_enter")
    assert (sag.value(), sag.suffix(), pike.value(), pike.suffix()) == (15, " %", 15, " %")
    names = [w.text() for w in editor.name_labels()]
    assert "Hip sag allowed before “hips sagging” (% of trunk length below the line)" in names
    assert editor.overrides() == {}  # the defaults, shown as whole percentages, are not overrides
    sag.setValue(20)
    assert editor.overrides() == {"form": {"sag_enter": -0.2}}
    editor.set_overrides("glute_bridge", {"form": {"top_line_min": -0.05}})
    assert editor.value_box("form.top_line_min").value() == 5
