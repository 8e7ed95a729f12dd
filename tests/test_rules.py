"""Rule files: defaults load, overrides apply, and every malformed file names file, key and expectation."""
from __future__ import annotations

import pytest

from coach.errors import RuleFileError
from coach.exercises.registry import (builtin_exercise_names, create_analyzer, exercise_names, exercise_rules,
                                     exercise_spec)


def test_every_exercise_has_a_loadable_rule_file():
    assert builtin_exercise_names() == ["bird_dog", "cat_cow", "glute_bridge", "plank"]
    for name in exercise_names():  # the built-ins and any installed plug-in (the tests' knee raise)
        a = create_analyzer(name)
        assert a.rules.text("exercise.description") and a.rules.text("exercise.placement")


def test_override_changes_a_threshold(tmp_path):
    f = tmp_path / "patient.toml"
    f.write_text("[glute_bridge.form]\ntop_line_min = -0.3\n[plank.form]\nsag_enter = -0.3\n")
    a = create_analyzer("glute_bridge", [f])
    assert a.top_line_min == -0.3
    assert create_analyzer("plank", [f])._sag.on == -0.3


def test_override_without_exercise_table(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text("[rep]\nmin_phase_s = 0.8\n")
    assert exercise_rules("cat_cow", [f]).num("rep.min_phase_s") == 0.8


@pytest.mark.parametrize("text, expect", [
    ("[plank.form]\nsag_entr = -0.2\n", "unknown key 'form.sag_entr'"),
    ("[plank.form]\nsag_enter = 'low'\n", "key 'form.sag_enter' must be a number"),
    ("[plank.form\nsag_enter = 1\n", "not valid TOML"),
    ("[plank.position]\nmin_knee_deg = 400\n", "'position.min_knee_deg' = 400"),
    ("[plank.form]\nsag_enter = -0.05\n", "must be below"),
])
def test_malformed_override_names_file_key_and_expectation(tmp_path, text, expect):
    f = tmp_path / "bad.toml"
    f.write_text(text)
    with pytest.raises(RuleFileError) as err:
        create_analyzer("plank", [f])
    assert str(f) in str(err.value) and expect in str(err.value)


def test_missing_override_file(tmp_path):
    with pytest.raises(RuleFileError, match="not found"):
        exercise_rules("plank", [tmp_path / "nope.toml"])


# ---------------------------------------------------------------- property-based: any override file
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from coach.exercises.rules import rule_file_path  # noqa: E402

_KEYS = ["form.sag_enter", "form.sag_exit", "position.min_knee_deg", "position.enter_s", "faults.min_duration_s",
         "setup.min_visibility", "cues.hips_sagging", "exercise.title", "smoothing.beta", "bogus.key", "form.nope"]
_VALUES = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**6, 10**6), st.booleans(),
                    st.text(max_size=20), st.lists(st.integers(), max_size=3))


def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return "nan" if v != v else ("inf" if v == float("inf") else ("-inf" if v == float("-inf") else repr(v)))
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list):
        return "[" + ", ".join(str(x) for x in v) + "]"
    return str(v)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=4), st.binary(max_size=40))
def test_any_override_loads_or_fails_with_a_rule_file_error(tmp_path_factory, values, garbage):
    folder = tmp_path_factory.mktemp("prop")
    text = "\n".join(f"[plank.{k.split('.')[0]}]\n{k.split('.')[1]} = {_toml_value(v)}" for k, v in values.items())
    for content in (text.encode(), garbage, text.encode() + garbage):
        f = folder / "o.toml"
        f.write_bytes(content)
        try:
            a = create_analyzer("plank", [f])
        except RuleFileError as exc:
            assert str(f) in str(exc) or str(rule_file_path(exercise_spec("plank"))) in str(exc)
        else:
            assert a.min_knee_deg == a.min_knee_deg  # loaded values are real numbers, never NaN


def test_a_rule_file_whose_mode_disagrees_with_the_spec_is_refused(tmp_path):
    from dataclasses import replace

    from coach.errors import RuleFileError
    from coach.exercises.rules import load_rules

    spec = exercise_spec("plank")
    assert load_rules(spec).text("exercise.mode") == "hold"
    wrong = tmp_path / "plank.toml"
    wrong.write_text(rule_file_path(spec).read_text(encoding="utf-8").replace('mode = "hold"', 'mode = "reps"'),
                     encoding="utf-8")
    with pytest.raises(RuleFileError, match="exercise.mode is 'reps', but plank is counted as 'hold'"):
        load_rules(replace(spec, rule_file=wrong))
