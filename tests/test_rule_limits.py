"""Issue 14, items 6 and 8: a patient's file that changes nothing, or sets limits that switch a check
off or make no sense, is refused when it is read — not accepted, and not found mid-set."""
from __future__ import annotations

import pytest

from coach.errors import CoachError, RuleFileError
from coach.exercises.registry import create_analyzer, exercise_rules
from coach.programme.model import ProgrammeError, validate_overrides


def rules_file(tmp_path, text: str, name: str = "patient.toml", encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_text(text, encoding=encoding)
    return p


# ----- item 6: a file that changes nothing for the chosen exercise ----------------------------------
@pytest.mark.parametrize("text, expect", [
    ("[glute_bridg.form]\nmin_rep_s = 10\n", "did you mean 'glute_bridge'"),
    ("[glute_bridg.form]\nmin_rep_s = 10\n[plank.form]\nsag_enter = -0.2\n", "'glute_bridg' is not an exercise"),
    ("[plank.form]\nsag_enter = -0.2\n", "changes nothing for glute_bridge"),
    ("[glute_bridge]\n", "changes nothing"),
    ("", "empty"),
    ("# only a comment\n", "empty"),
])
def test_file_that_changes_nothing_for_the_exercise_is_an_error(tmp_path, text, expect):
    p = rules_file(tmp_path, text)
    with pytest.raises(RuleFileError, match=expect):
        create_analyzer("glute_bridge", [p])


def test_file_for_several_exercises_applies_to_each(tmp_path):
    p = rules_file(tmp_path, "[glute_bridge.form]\nmin_rep_s = 3\n[plank.form]\nsag_enter = -0.2\n")
    assert exercise_rules("glute_bridge", [p]).num("form.min_rep_s") == 3
    assert exercise_rules("plank", [p]).num("form.sag_enter") == -0.2


# ----- item 8: ranges checked when the file is read -------------------------------------------------
@pytest.mark.parametrize("exercise, text, expect", [
    ("plank", "[plank.form]\nsag_enter = -1e9\n", "sag_enter"),
    ("plank", "[plank.form]\npike_enter = 1e9\n", "pike_enter"),
    ("glute_bridge", "[glute_bridge.rep]\nlift_enter_deg = 1000\n", "lift_enter_deg"),
    ("bird_dog", "[bird_dog.rep]\nleg_lowered_height = -1e6\n", "leg_lowered_height"),
    ("cat_cow", "[cat_cow.rep]\ncat_enter = -50\n", "cat_enter"),
    ("plank", "[plank.exercise]\nmode = \"reps\"\n", "exercise.mode"),
    ("plank", "[plank.exercise]\ntarget = -5\n", "exercise.target"),
    ("glute_bridge", "[glute_bridge.exercise]\ntarget = 100000\n", "exercise.target"),
    ("plank", "[plank.cues]\nhips_sagging = \"\"\n", "hips_sagging"),
    ("glute_bridge", "[glute_bridge.cues]\ntoo_fast = \"   \"\n", "too_fast"),
])
def test_limits_that_switch_a_check_off_are_refused_on_reading(tmp_path, exercise, text, expect):
    p = rules_file(tmp_path, text)
    with pytest.raises(RuleFileError, match=expect):
        create_analyzer(exercise, [p])


def test_empty_cue_in_a_programme_is_refused():
    with pytest.raises(ProgrammeError, match="hips_sagging"):
        validate_overrides("plank", {"cues": {"hips_sagging": ""}}, "programme")


def test_utf8_file_with_a_byte_order_mark_is_read(tmp_path):
    p = rules_file(tmp_path, "[plank.form]\nsag_enter = -0.2\n", encoding="utf-8-sig")
    assert p.read_bytes().startswith(b"\xef\xbb\xbf")
    assert exercise_rules("plank", [p]).num("form.sag_enter") == -0.2


def test_file_that_is_not_utf8_says_so(tmp_path):
    p = tmp_path / "latin1.toml"
    p.write_bytes("[plank.cues]\nhips_sagging = \"Hüften\"\n".encode("latin-1"))
    with pytest.raises(CoachError, match="cannot read rule file"):
        exercise_rules("plank", [p])
