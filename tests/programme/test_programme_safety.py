"""Red-flag screening: any yes → see a clinician and do not start; no diagnosis in the words."""
from __future__ import annotations

import re

import pytest

from coach.programme.safety import (CLEAR, INCOMPLETE, QUESTIONS, SEE_CLINICIAN, ADVICE, URGENT_ADVICE, needs_screening,
                                    screen)

ALL_NO = {q.key: False for q in QUESTIONS}


def test_the_questions_cover_the_red_flags() -> None:
    assert [q.key for q in QUESTIONS] == ["bladder_bowel", "saddle_numbness", "leg_weakness", "fall_accident",
                                          "weight_loss", "fever_unwell", "cancer_history"]
    assert [q.key for q in QUESTIONS if q.optional] == ["cancer_history"]


def test_all_no_may_start() -> None:
    r = screen(ALL_NO)
    assert r.status == CLEAR and r.may_start and not r.flagged
    assert screen({**ALL_NO, "cancer_history": None}).may_start  # the optional one may be skipped


@pytest.mark.parametrize("key", [q.key for q in QUESTIONS])
def test_any_yes_means_see_a_clinician_and_do_not_start(key: str) -> None:
    r = screen({**ALL_NO, key: True})
    assert r.status == SEE_CLINICIAN and not r.may_start and r.flagged == (key,)
    assert "doctor or physiotherapist" in r.message and "will not start" in r.message
    urgent = key in ("bladder_bowel", "saddle_numbness", "leg_weakness")
    assert r.urgent == urgent and (URGENT_ADVICE in r.message) == urgent


def test_a_yes_counts_even_with_questions_unanswered() -> None:
    r = screen({"fall_accident": True})
    assert r.status == SEE_CLINICIAN and r.unanswered


def test_unanswered_required_questions_do_not_pass() -> None:
    r = screen({**ALL_NO, "weight_loss": None})
    assert r.status == INCOMPLETE and r.unanswered == ("weight_loss",) and not r.may_start


def test_bad_input_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown"):
        screen({"headache": True})
    with pytest.raises(ValueError, match="yes"):
        screen({**ALL_NO, "fever_unwell": "no"})


def test_wording_makes_no_diagnosis_or_medical_claim() -> None:
    conditions = r"cauda equina|fracture|tumou?r|infection|syndrome|diagnos|serious condition|\bcures?\b|\bheals?\b"
    statements = r"\byou (may |might |probably )?have (a|an)\b|this means|is caused by|because you have"
    for text in [q.text for q in QUESTIONS]:
        assert not re.search(conditions, text, re.IGNORECASE), text
    for text in (ADVICE, URGENT_ADVICE):
        assert not re.search(conditions + "|" + statements, text, re.IGNORECASE), text


def test_screen_before_the_first_session_and_after_a_failed_one() -> None:
    assert needs_screening(None) and needs_screening(False) and not needs_screening(True)
