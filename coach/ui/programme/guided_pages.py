"""The pages of a guided session other than the live set: pain, resume, intro, rest, stopped.

Each page only shows what the guided-session controller gives it and emits
what the person pressed; none of them knows the runner or the store. Text is
big and plain (read from a mat), and "Stop — it hurts" sits in the same place
on every page where exercise is under way.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coach.exercises.spec import Mode
from coach.programme.model import is_sided
from coach.ui import theme
from coach.ui.programme.common import PainScale, button, choice_row, heading, label, page_layout, stop_button
from coach.phrase import Text
from coach.ui.i18n import exercise_text, phrase_text, short_number, translate


def _card(parent_layout: QVBoxLayout, name: str = "card") -> QVBoxLayout:
    card = QFrame()
    card.setObjectName(name)
    lay = QVBoxLayout(card)
    lay.setContentsMargins(32, 24, 32, 24)
    lay.setSpacing(14)
    parent_layout.addWidget(card, 1)
    return lay


class PainPage(QWidget):
    """"How much does your back hurt right now?" before or after the session."""

    chosen = Signal(int)
    backClicked = Signal()

    def __init__(self, title: str, prompt: str, back_text: str = "", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = page_layout(self)
        lay = _card(root)
        lay.addWidget(label(title, theme.BIG, True))
        lay.addWidget(label(prompt, theme.LARGE))
        self.scale = PainScale(88)
        self.scale.chosen.connect(self.chosen)
        lay.addWidget(self.scale)
        self.note = label("", theme.MEDIUM, colour=theme.MUTED)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.back_button = button(back_text or "Back")
        self.back_button.setVisible(bool(back_text))
        self.back_button.clicked.connect(self.backClicked)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        lay.addLayout(row)


class ResumePage(QWidget):
    resumeClicked = Signal()
    closeClicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = page_layout(self)
        lay = _card(root)
        lay.addWidget(label(translate("ResumePage", "You have an unfinished session"), theme.BIG, True))
        self.detail = label("", theme.LARGE)
        lay.addWidget(self.detail)
        lay.addWidget(label(translate("ResumePage",
                "Everything you did is saved. Resume to carry on with the next set, or close it to "
                            "start a new session (what was recorded is kept)."), theme.MEDIUM, colour=theme.MUTED))
        lay.addStretch(1)
        self.close_button = button(translate("ResumePage", "Close it and start again"))
        self.resume_button = button(translate("ResumePage", "Resume the session"), "primary")
        self.close_button.clicked.connect(self.closeClicked)
        self.resume_button.clicked.connect(self.resumeClicked)
        lay.addLayout(choice_row(self.close_button, self.resume_button))

    def show_session(self, when: str, detail: str, can_resume: bool) -> None:
        self.detail.setText(translate("ResumePage", "Started {when}. {detail}").format(when=when, detail=detail))
        self.resume_button.setVisible(can_resume)


class IntroPage(QWidget):
    """Before each exercise (and each set the person starts): what, how many, how to place the laptop."""

    startClicked = Signal()
    skipClicked = Signal()
    endClicked = Signal()
    hurtClicked = Signal()
    videoClicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = page_layout(self)
        root.setSpacing(12)
        lay = _card(root)
        self.step = label("", theme.MEDIUM, True, theme.MUTED)
        self.title = label("", theme.BIG, True)
        self.target = label("", theme.LARGE, True, theme.GOOD)
        lay.addWidget(self.step)
        lay.addWidget(self.title)
        lay.addWidget(self.target)
        lay.addWidget(heading(translate("IntroPage", "Place the laptop")))
        self.placement = label("", theme.MEDIUM)
        lay.addWidget(self.placement)
        lay.addWidget(heading(translate("IntroPage", "Good form")))
        self.description = label("", theme.MEDIUM)
        lay.addWidget(self.description)
        self.note = label("", theme.MEDIUM, True, theme.SETUP)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.source = label("", theme.SMALL, colour=theme.MUTED)
        lay.addWidget(self.source)
        self.error = label("", theme.MEDIUM, True, theme.BAD)
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.end_button = button(translate("IntroPage", "End session"))
        self.skip_button = button(translate("IntroPage", "Skip this set"))
        self.video_button = button(translate("IntroPage", "Use a video…"))
        self.start_button = button(translate("IntroPage", "Start set  (Space)"), "primary")
        for b, sig in ((self.end_button, self.endClicked), (self.skip_button, self.skipClicked),
                       (self.video_button, self.videoClicked), (self.start_button, self.startClicked)):
            b.clicked.connect(sig)
        row.addWidget(self.end_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.video_button)
        row.addWidget(self.start_button)
        lay.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.hurt_button = stop_button()
        self.hurt_button.clicked.connect(self.hurtClicked)
        bottom.addWidget(self.hurt_button)
        root.addLayout(bottom)

    def show_plan(self, plan, lines: int, info, source) -> None:
        """A SetPlan of a programme with ``lines`` exercises; ``info`` has the placement texts."""
        p = plan.prescription
        limits = (translate("IntroPage", "Your physio has set your own limits for this exercise. ")
                  if p.rule_overrides else "")
        where = (translate("IntroPage", "No camera found — choose a video to follow along.") if source is None else
                 translate("IntroPage", "Camera {number}").format(number=source) if isinstance(source, int)
                 else translate("IntroPage", "Video: {name}").format(name=Path(str(source)).name))
        if p.mode is Mode.HOLD:
            what = translate("IntroPage", "Hold for {seconds} seconds").format(seconds=short_number(p.hold_s))
        else:
            side = p.side or "alternate"
            what = translate("IntroPage", "{count} reps").format(count=p.reps)
            if is_sided(p.exercise):
                what += (translate("IntroPage", " each side") if side == "alternate"
                         else translate("IntroPage", " with the left arm") if side == "left"
                         else translate("IntroPage", " with the right arm"))
        if plan.set_number < plan.sets_total and p.rest_s:
            what += translate("IntroPage", " · then {seconds} s rest").format(seconds=short_number(p.rest_s))
        step = translate("IntroPage", "Exercise {index} of {count} · set {set} of {sets}").format(
            index=plan.prescription_index + 1, count=lines, set=plan.set_number, sets=plan.sets_total)
        self.show_set(step, exercise_text(info.title) if info else p.exercise, what,
                      exercise_text(info.placement) if info else "", exercise_text(info.description) if info else "",
                      (limits + p.note).strip(), where, source is not None)

    def show_set(self, step: str, title: str, target: str, placement: str, description: str, note: str,
                 source: str, can_start: bool) -> None:
        self.step.setText(step)
        self.title.setText(title)
        self.target.setText(target)
        self.placement.setText(placement)
        self.description.setText(description)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.source.setText(source)
        self.start_button.setEnabled(can_start)
        self.error.setText("")


class RestPage(QWidget):
    """The rest countdown, what comes next, an optional pain check, and advice if pain has risen."""

    skipClicked = Signal()
    endClicked = Signal()
    hurtClicked = Signal()
    painChecked = Signal(int)
    continueClicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = page_layout(self)
        root.setSpacing(12)
        lay = _card(root)
        top = QHBoxLayout()
        col = QVBoxLayout()
        col.addWidget(label(translate("RestPage", "Rest"), theme.BIG, True))
        self.next = label("", theme.LARGE)
        col.addWidget(self.next)
        col.addStretch(1)
        top.addLayout(col, 1)
        count = QVBoxLayout()
        self.seconds = label("", theme.HUGE, True, wrap=False)
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.seconds_caption = label(translate("RestPage", "seconds left"), theme.MEDIUM, True, theme.MUTED, wrap=False)
        self.seconds_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        count.addWidget(self.seconds)
        count.addWidget(self.seconds_caption)
        top.addLayout(count)
        lay.addLayout(top)
        self.scale_label = label(translate("RestPage", "How is your pain now? (optional)"), theme.MEDIUM, True)
        lay.addWidget(self.scale_label)
        self.scale = PainScale(60)
        self.scale.chosen.connect(self.painChecked)
        lay.addWidget(self.scale)
        self.advice_box = QFrame()
        self.advice_box.setObjectName("advice")
        box = QVBoxLayout(self.advice_box)
        box.setContentsMargins(18, 12, 18, 12)
        self.advice = label("", theme.MEDIUM, True)
        box.addWidget(self.advice)
        arow = QHBoxLayout()
        self.continue_button = button(translate("RestPage", "Continue anyway"))
        self.stop_here_button = button(translate("RestPage", "End the session"), "primary")
        self.continue_button.clicked.connect(self.continueClicked)
        self.stop_here_button.clicked.connect(self.endClicked)
        arow.addStretch(1)
        arow.addWidget(self.continue_button)
        arow.addWidget(self.stop_here_button)
        box.addLayout(arow)
        self.advice_box.hide()
        lay.addWidget(self.advice_box)
        self.checked = label("", theme.MEDIUM, colour=theme.MUTED)
        lay.addWidget(self.checked)
        lay.addStretch(1)
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.end_button = button(translate("RestPage", "End session"))
        self.skip_button = button(translate("RestPage", "Start now  (Space)"), "primary")
        self.end_button.clicked.connect(self.endClicked)
        self.skip_button.clicked.connect(self.skipClicked)
        row.addWidget(self.end_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        lay.addWidget(self.buttons)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.hurt_button = stop_button()
        self.hurt_button.clicked.connect(self.hurtClicked)
        bottom.addWidget(self.hurt_button)
        root.addLayout(bottom)

    def show_rest(self, next_text: str) -> None:
        self.next.setText(next_text)
        self._advice_mode(False)
        self.checked.setText("")

    def show_remaining(self, seconds: float) -> None:
        self.seconds.setText(f"{int(seconds + 0.999)}")

    def show_advice(self, text: Optional[Text], rating: int) -> None:
        self.checked.setText(translate("RestPage",
                "Pain {rating}/10 noted.").format(rating=rating) + (translate("RestPage",
                        " The rest is on hold.") if text else ""))
        self.advice.setText(phrase_text(text) if text else "")
        self._advice_mode(bool(text))

    def hide_advice(self) -> None:
        self._advice_mode(False)

    def _advice_mode(self, on: bool) -> None:
        """While the advice shows, it is the only choice on the page: the countdown is held, not shown."""
        self.advice_box.setVisible(on)
        for w in (self.scale_label, self.scale, self.buttons, self.seconds, self.seconds_caption):
            w.setVisible(not on)


class StoppedPage(QWidget):
    """After "Stop — it hurts": rest first, the advice if pain rose, then end or carry on."""

    endClicked = Signal()
    carryOnClicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        root = page_layout(self)
        lay = _card(root)
        lay.addWidget(label(translate("StoppedPage", "Stopped — rest in a comfortable position"), theme.BIG, True))
        self.rating = label("", theme.LARGE, True, theme.SETUP)
        lay.addWidget(self.rating)
        self.advice_box = QFrame()
        self.advice_box.setObjectName("advice")
        box = QVBoxLayout(self.advice_box)
        box.setContentsMargins(18, 12, 18, 12)
        self.advice = label("", theme.LARGE, True)
        box.addWidget(self.advice)
        lay.addWidget(self.advice_box)
        lay.addWidget(label(translate("StoppedPage",
                "If the pain is severe, spreads down a leg, or does not settle, contact your "
                            "physiotherapist or doctor before exercising again."), theme.MEDIUM, colour=theme.MUTED))
        lay.addStretch(1)
        self.carry_on_button = button(translate("StoppedPage", "Carry on with the next set"))
        self.end_button = button(translate("StoppedPage", "End the session"), "primary")
        self.carry_on_button.clicked.connect(self.carryOnClicked)
        self.end_button.clicked.connect(self.endClicked)
        lay.addLayout(choice_row(self.carry_on_button, self.end_button))

    def show_stop(self, rating: Optional[int], advice: Optional[Text], more_sets: bool) -> None:
        self.rating.setText(translate("StoppedPage", "Pain {rating}/10 — recorded.").format(rating=rating)
                            if rating is not None else translate("StoppedPage", "Pain rating skipped."))
        self.advice.setText(phrase_text(advice) if advice else "")
        self.advice_box.setVisible(bool(advice))
        self.carry_on_button.setVisible(more_sets)
