"""Rule and programme files from elsewhere (issue 27, items 12 and 17): nesting, huge integers and long cues are
refused on reading with one line naming the file, never a RecursionError or ValueError traceback."""
from __future__ import annotations

import pytest

from coach.cli import main
from coach.errors import RuleFileError
from coach.exercises.registry import exercise_rules
from coach.programme.fileio import loads_programme
from coach.programme.model import ProgrammeFileError
from coach.untrusted import TreeLimits, UntrustedFileError, check_tree, loads_json, loads_toml


@pytest.mark.parametrize("text, expect", [
    ("[glute_bridge.form]\nmin_rep_s = " + "[" * 5000 + "]" * 5000 + "\n", "nested more than 8 levels deep"),
    ("[glute_bridge.form]\nmin_rep_s = " + "9" * 5000 + "\n", "holds a value Coach cannot read"),
    ("[glute_bridge.form]\nmin_rep_s = " + "9" * 4000 + "\n", "holds an integer beyond"),
    ('[glute_bridge.cues]\ntoo_fast = "' + "slow " * 200_000 + '"\n', "too large for a rule file"),
    ('[glute_bridge.cues]\ntoo_fast = "' + "slow " * 200 + '"\n', r"holds a text of 1000 characters \(at most 500\)"),
])
def test_rule_files_beyond_any_real_one_are_refused_in_one_line(tmp_path, text, expect):
    p = tmp_path / "patient.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match=expect) as info:
        exercise_rules("glute_bridge", [p])
    assert str(info.value).startswith(str(p)) and "\n" not in str(info.value)


def test_a_deep_rule_file_is_one_line_from_the_command_line(tmp_path, capsys):
    p = tmp_path / "deep.toml"
    p.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    track = tmp_path / "missing.npz"
    assert main(["analyze", str(track), "--exercise", "glute_bridge", "--rules", str(p)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_fractional_target_of_reps_is_refused(tmp_path):
    """Item 17: `target = 2.5` reps was accepted."""
    p = tmp_path / "patient.toml"
    p.write_text("[glute_bridge.exercise]\ntarget = 2.5\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="'exercise.target' must be a whole number of reps, got 2.5"):
        exercise_rules("glute_bridge", [p])


@pytest.mark.parametrize("as_json, raw, expect", [
    (True, "[" * 100_000 + "]" * 100_000, "nested more than 8 levels deep"),
    (True, '{"format": ' + "9" * 5000 + "}", "not valid JSON"),
    (False, "format = " + "9" * 5000, "holds a value Coach cannot read"),
    (False, "format = " + "[" * 3000 + "]" * 3000, "nested more than 8 levels deep"),
])
def test_programme_files_beyond_any_real_one_are_refused(as_json, raw, expect):
    with pytest.raises(ProgrammeFileError, match=expect):
        loads_programme(raw, "p.toml", as_json=as_json)


def test_the_tree_walk_bounds_depth_text_integers_and_items_without_recursion():
    deep: list = []
    for _ in range(100_000):  # deeper than Python's recursion limit: the walk must not recurse
        deep = [deep]
    limits = TreeLimits(max_depth=4, max_text_chars=3, max_int=10, max_items=5)
    for tree, expect in ((deep, "nested more than 4"), ({"long": 1}, "text of 4 characters"),
                         ([11], "integer beyond"), ([1] * 5, "more than 5 values")):
        with pytest.raises(UntrustedFileError, match=expect):
            check_tree(tree, limits)
    check_tree({"a": [1, 2, {"b": "ok"}]}, TreeLimits(max_depth=3, max_text_chars=3, max_int=10, max_items=6))
    assert loads_json(b'{"a": [1]}') == {"a": [1]} and loads_toml("a = [1]") == {"a": [1]}
    with pytest.raises(UntrustedFileError, match="not readable JSON"):
        loads_json(b"\xff")
