"""Programme files: round trip, clear errors for malformed ones, and nothing but ProgrammeFileError on garbage."""
from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.errors import CoachError
from coach.programme import (Prescription, Programme, ProgrammeError, ProgrammeFileError, dumps_programme,
                             load_programme_file, loads_programme, make_analyzer, rules_for, save_programme_file)


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_round_trip(programme: Programme, tmp_path: Path, suffix: str) -> None:
    path = save_programme_file(programme, tmp_path / f"stage1{suffix}")
    assert not list(tmp_path.glob("*.partial"))
    back = load_programme_file(path)
    assert back == programme
    assert back.prescriptions[0].rule_overrides == {"form": {"top_line_min": -0.2}}


def test_text_with_quotes_and_unicode_survives(tmp_path: Path) -> None:
    prog = Programme('Ann\'s "stage 2" — ½ bridges\nline two', (Prescription("cat_cow", reps=6, note="tab\there"),))
    assert loads_programme(dumps_programme(prog)) == prog


def test_overrides_reach_the_analyzer(programme: Programme) -> None:
    bridge = programme.prescriptions[0]
    assert rules_for(bridge).num("form.top_line_min") == -0.2
    assert make_analyzer(bridge).rules.num("form.top_line_min") == -0.2
    assert make_analyzer(programme.prescriptions[1]).mode == "hold"


def good_text() -> str:
    return ('format = "coach.programme/1"\nname = "P"\n\n[[prescription]]\nexercise = "glute_bridge"\n'
            'sets = 2\nreps = 8\nrest_s = 30\n')


@pytest.mark.parametrize("edit, expected", [
    (lambda t: t.replace('format = "coach.programme/1"', 'format = "x"'), "key 'format' must be 'coach.programme/1'"),
    (lambda t: t.replace("glute_bridge", "glute_brigde"), "key 'exercise' must be one of bird_dog, cat_cow"),
    (lambda t: t.replace("reps = 8", "reps = \"8\""), "key 'reps' must be a whole number"),
    (lambda t: t.replace("reps = 8", "reps = 8.5"), "key 'reps' must be a whole number"),
    (lambda t: t.replace("reps = 8", "reps = 0"), "key 'reps' = 0 is out of range; expected 1 to 200"),
    (lambda t: t.replace("reps = 8", "hold_s = 8"), "counted in reps — give 'reps', not 'hold_s'"),
    (lambda t: t.replace("glute_bridge", "plank"), "plank is a hold — give 'hold_s'"),
    (lambda t: t.replace("sets = 2", "sets = 2\nrepz = 3"), "unknown key 'repz'"),
    (lambda t: t.replace("sets = 2", "sets = true"), "key 'sets' must be a whole number"),
    (lambda t: t + 'side = "left"\n', "key 'side' only applies to bird_dog"),
    (lambda t: t + '[prescription.rules.form]\ntop_line_minn = -0.2\n', "unknown key 'form.top_line_minn'"),
    (lambda t: t + '[prescription.rules.form]\ntop_line_min = "low"\n', "key 'form.top_line_min' must be a number"),
    (lambda t: t + '[prescription.rules.form]\nmin_rep_s = 99\n', "'form.min_rep_s' = 99 is out of range"),
    (lambda t: t + '[prescription.rules.rep]\nlift_exit_deg = 20.0\n', "must be below 'rep.lift_enter_deg'"),
    (lambda t: t + '[prescription.rules.form]\ntop_line_min = nan\n', "must be a finite number"),
    (lambda t: t + '[prescription.rules.exercise]\nmode = "hold"\n', "'exercise.mode' cannot be overridden"),
    (lambda t: t.replace("[[prescription]]", "[prescription]"), "expected one or more [[prescription]] tables"),
    (lambda t: t + "name = ", "not valid TOML"),
    (lambda t: t + "name = 3", "prescription 1: unknown key 'name'"),
])
def test_malformed_files_name_file_key_and_expectation(tmp_path: Path, edit, expected: str) -> None:
    path = tmp_path / "prog.toml"
    path.write_text(edit(good_text()), encoding="utf-8")
    with pytest.raises(ProgrammeFileError) as info:
        load_programme_file(path)
    assert expected in str(info.value)
    assert str(info.value).startswith(str(path))


def test_missing_folder_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeFileError, match="not found"):
        load_programme_file(tmp_path / "nope.toml")
    with pytest.raises(ProgrammeFileError, match="is a folder"):
        load_programme_file(tmp_path)
    (tmp_path / "b.toml").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProgrammeFileError, match="not a text file"):
        load_programme_file(tmp_path / "b.toml")


def test_editor_validation_uses_the_same_messages() -> None:
    with pytest.raises(ProgrammeError, match="at least one prescription"):
        Programme("Empty").validate()
    with pytest.raises(ProgrammeError, match="key 'side' must be one of alternate, left, right"):
        Prescription("bird_dog", reps=5, side="both").validate()
    assert not issubclass(ProgrammeError, ProgrammeFileError) and issubclass(ProgrammeFileError, CoachError)


def expect_clean(raw, as_json: bool = False) -> None:
    try:
        loads_programme(raw, "fuzz", as_json=as_json)
    except ProgrammeFileError as exc:
        assert str(exc).startswith("fuzz")


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_only_raise_the_clean_error(raw: bytes) -> None:
    expect_clean(raw)
    expect_clean(raw, as_json=True)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 3), st.text(string.printable, max_size=12)),
                min_size=1, max_size=6))
def test_mutated_valid_files_only_raise_the_clean_error(edits) -> None:
    text = dumps_programme(Programme("P", (
        Prescription("glute_bridge", sets=2, reps=8, rule_overrides={"form": {"top_line_min": -0.2}}),
        Prescription("plank", hold_s=20), Prescription("bird_dog", reps=5, side="left"))))
    for pos, op, chunk in edits:
        pos %= len(text) + 1
        if op == 0:
            text = text[:pos] + chunk + text[pos:]
        elif op == 1:
            text = text[:pos] + text[pos + len(chunk) + 1:]
        elif op == 2:
            text = text[:pos] + chunk + text[pos + len(chunk):]
        else:
            text = text[:pos] + text[pos:][::-1]
    expect_clean(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=True) |
    st.sampled_from(["glute_bridge", "plank", "bird_dog", "cat_cow", "left", "alternate", "coach.programme/1", ""]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["format", "name", "notes", "prescription", "exercise", "sets", "reps", "hold_s", "rest_s",
                         "side", "note", "rules", "form", "rep", "top_line_min", "min_rep_s", "exercise.mode", "x"]),
        children, max_size=6),
    max_leaves=25)


@FUZZ
@given(st.dictionaries(st.sampled_from(["format", "name", "notes", "prescription"]), json_values, max_size=4),
       st.booleans())
def test_random_structures_only_raise_the_clean_error(data: dict, keep_format: bool) -> None:
    if keep_format:
        data["format"] = "coach.programme/1"
    expect_clean(json.dumps(data), as_json=True)
