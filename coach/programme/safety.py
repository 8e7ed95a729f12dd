"""Red-flag screening before the first guided session.

Back-pain guidance lists a few signs that need a clinician's assessment
before any exercise programme. Coach cannot judge them and must not try: it
asks, and any "yes" means "talk to a clinician first" — the guided session does
not start. Wording is plain, asks about the person's own experience, names no
condition and makes no claim about what an answer means medically.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional

CLEAR = "clear"
SEE_CLINICIAN = "see_clinician"
INCOMPLETE = "incomplete"


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    optional: bool = False   # may be left unanswered
    urgent: bool = False     # a "yes" here means "today", not "soon"


QUESTIONS: tuple[Question, ...] = (
    Question("bladder_bowel", "Have you recently had new problems controlling your bladder or bowels, "
                              "or been unable to pass urine?", urgent=True),
    Question("saddle_numbness", "Do you have numbness or tingling around your genitals, bottom or inner "
                                "thighs (the area that would touch a saddle)?", urgent=True),
    Question("leg_weakness", "Is weakness or numbness in one or both of your legs getting worse?", urgent=True),
    Question("fall_accident", "Did this back pain start after a fall, an accident or another injury?"),
    Question("weight_loss", "Have you lost weight recently without trying to?"),
    Question("fever_unwell", "Do you have a fever, or do you feel generally unwell?"),
    Question("cancer_history", "Have you ever had cancer? (You may skip this question.)", optional=True),
)

INTRO = ("Before your first session, please answer a few questions. They help make sure exercising "
         "with Coach is right for you now. Answer yes or no for each.")
ADVICE = ("Thank you. Because of your answers, please talk to a doctor or physiotherapist before starting "
          "exercises with Coach. They can check what is causing your symptoms and advise you. "
          "Coach will not start a session for now.")
URGENT_ADVICE = ("Please contact a doctor today — urgently if these symptoms are new or getting worse "
                 "(call your emergency number or go to an emergency department if you cannot reach one). "
                 "Coach will not start a session.")
CLEAR_MESSAGE = "Thank you. You can start your session. Stop at any time if something feels wrong."
INCOMPLETE_MESSAGE = "Please answer every question (the last one may be skipped)."


@dataclass(frozen=True)
class ScreeningResult:
    status: str                          # CLEAR, SEE_CLINICIAN or INCOMPLETE
    flagged: tuple[str, ...]             # keys answered "yes"
    unanswered: tuple[str, ...]
    message: str
    answers: dict[str, Optional[bool]]

    @property
    def may_start(self) -> bool:
        return self.status == CLEAR

    @property
    def urgent(self) -> bool:
        return any(q.urgent for q in QUESTIONS if q.key in self.flagged)


def screen(answers: Mapping[str, Optional[bool]]) -> ScreeningResult:
    """Judge a set of answers (True = yes, False = no, None or missing = unanswered)."""
    known = {q.key for q in QUESTIONS}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise ValueError(f"unknown screening question(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    for key, value in answers.items():
        if value is not None and not isinstance(value, bool):
            raise ValueError(f"the answer to {key!r} must be yes (True), no (False) or unanswered (None), "
                             f"got {value!r}")
    clean = {q.key: answers.get(q.key) for q in QUESTIONS}
    flagged = tuple(k for k, v in clean.items() if v is True)
    unanswered = tuple(q.key for q in QUESTIONS if clean[q.key] is None and not q.optional)
    if flagged:  # a "yes" counts even if other questions are unanswered
        urgent = any(q.urgent for q in QUESTIONS if q.key in flagged)
        return ScreeningResult(SEE_CLINICIAN, flagged, unanswered, ADVICE + (" " + URGENT_ADVICE if urgent else ""),
                               clean)
    if unanswered:
        return ScreeningResult(INCOMPLETE, (), unanswered, INCOMPLETE_MESSAGE, clean)
    return ScreeningResult(CLEAR, (), (), CLEAR_MESSAGE, clean)


def needs_screening(last_passed: Optional[bool]) -> bool:
    """Screen before the first session, and again after any screening that did not pass."""
    return last_passed is not True
