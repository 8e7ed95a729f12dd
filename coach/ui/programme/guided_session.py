"""A guided session on screen: the ProgrammeRunner's phases as pages, each set run by a LiveSession.

The runner (:class:`coach.live.guided_runner.ProgrammeRunner`) decides everything — what comes next, when a
rest ends, whether a pain rating means "suggest stopping" — and records every
step through its SessionRecorder; this widget shows the phase, passes on what
the person pressed, and feeds the live set's events to the runner as they
arrive (so each rep, fault and rating is on disk at once). The runner is built
with ``auto_start_sets=False`` so that a set only starts once its camera or
video has opened; the widget then starts the next set of the same exercise by
itself after a rest, which is what a person on the floor expects. The set
itself — live coaching, recording, pose track — is :class:`.guided_set.GuidedSet`,
whose :class:`~coach.ui.live_session.LiveSession` runs the same set lifecycle
(:mod:`coach.live.set_lifecycle`) as the main window and the headless runner.

"Stop — it hurts" is the main window's :class:`~coach.ui.pain_stop.PainStopControl`:
it ends the running set at once and asks for a 0–10 rating, and the set's end is
recorded only once both the set has let go of its threads and the rating (or a
skip) is in, so the rating goes with the right set. A rating 2 or more above the
starting one brings the runner's advice to stop; between sets the same advice
holds the rest countdown, so no set starts while the person is reading it.
Skipping the rating is allowed — the set still ends as stopped because it hurt —
and the person is then asked whether to end or carry on.
"""
from __future__ import annotations

import time
from typing import Callable, Optional, Union

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QStackedWidget, QVBoxLayout, QWidget

from coach.errors import CoachError
from coach.live.control import Pacing
from coach.live.set_result import ENDED_FINISHED, ENDED_PAIN, ENDED_TARGET, SetResult
from coach.live.set_tracks import SetTracks
from coach.programme import SetOutcome
from coach.live.guided_runner import ACTIVE, Phase, ProgrammeRunner
from coach.programme.safety import needs_screening
from coach.store import SessionInfo
from coach.ui.live_panel import LivePanel
from coach.ui.live_session import LiveSession
from coach.ui.pain_dialog import PainDialog
from coach.ui.pain_stop import PainStopControl
from coach.ui.programme.common import show_message
from coach.ui.programme.guided_pages import IntroPage, PainPage, RestPage, ResumePage, StoppedPage
from coach.ui.programme.guided_set import GuidedSet
from coach.ui.programme.safety_screen import NotAdvisedPage, SafetyScreen
from coach.ui.programme.session_summary import SessionSummaryPage
from coach.ui.setup_panel import load_exercise_infos
from coach.ui.shortcuts import window_shortcuts
from coach.ui.speech import Voice
from coach.ui.i18n import QT_TRANSLATE_NOOP, date_text, error_text, translate

VIDEO_FILTER = QT_TRANSLATE_NOOP("guided_session", "Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;All files (*)")


class GuidedSession(QWidget):
    phaseShown = Signal(str)      # the runner phase now on screen ("resume" for the resume offer)
    setSaved = Signal(int)        # a set's id, once its end (and pose track) is stored
    sessionEnded = Signal(object)  # SessionSummary, or None when left before it started

    def __init__(self, store, programme_id: int, patient_id: Optional[int] = None,
                 source: Union[int, str, None] = None, voice: Optional[Voice] = None,
                 pacing: Pacing = Pacing.REALTIME, countdown_s: int = 3,
                 estimator_factory: Optional[Callable[[], object]] = None, lost_after: int = 30,
                 clock: Callable[[], float] = time.monotonic, tracks: Optional[SetTracks] = None,
                 who: str = "", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.store, self.programme_id, self.patient_id, self.source = store, programme_id, patient_id, source
        self.clock = clock
        self.voice = voice if voice is not None else Voice(self)
        self.infos = {i.name: i for i in load_exercise_infos()}
        self.runner: Optional[ProgrammeRunner] = None
        self.last_error = ""
        self._open: list[SessionInfo] = []
        self._auto_next = self._pain_pending = self._holding_rest = self._closing = False
        self.pain_stop = PainStopControl(self, self.voice)
        self.pain_stop.concluded.connect(self._on_pain_concluded)
        self._pain_rating: Optional[int] = None

        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        self.resume_page, self.safety, self.not_advised = ResumePage(), SafetyScreen(), NotAdvisedPage()
        self.pain_before = PainPage(translate("GuidedSession", "Before you start"),
                                    translate("GuidedSession", "How much does your back hurt right now?"),
                                    translate("GuidedSession", "Not today"))
        self.intro, self.live, self.rest, self.stopped = IntroPage(), LivePanel(), RestPage(), StoppedPage()
        self.pain_after = PainPage(translate("GuidedSession", "Last step"),
                                   translate("GuidedSession", "How much does your back hurt now, after exercising?"))
        self.summary = SessionSummaryPage(store, who)
        for page in (self.resume_page, self.safety, self.not_advised, self.pain_before, self.intro, self.live,
                     self.rest, self.stopped, self.pain_after, self.summary):
            self.pages.addWidget(page)
        leave = lambda: self.sessionEnded.emit(None)  # noqa: E731
        self.resume_page.resumeClicked.connect(self._resume)
        self.resume_page.closeClicked.connect(self._close_open)
        self.safety.submitted.connect(self._screened)
        self.safety.cancelled.connect(leave)
        self.not_advised.backClicked.connect(leave)
        self.pain_before.backClicked.connect(leave)
        self.pain_before.chosen.connect(lambda v: self._do(lambda r: r.set_pain_before(v)))
        self.pain_after.chosen.connect(lambda v: self._do(lambda r: r.set_pain_after(v)))
        self.intro.startClicked.connect(self._begin_set)
        self.intro.skipClicked.connect(lambda: self._do(lambda r: r.skip_set(self.clock())))
        self.intro.endClicked.connect(self._end_session)
        self.intro.hurtClicked.connect(self.hurt)
        self.intro.videoClicked.connect(self._choose_video)
        self.rest.skipClicked.connect(lambda: self._do(lambda r: r.skip_rest(self.clock()), auto_next=True))
        self.rest.endClicked.connect(self._end_session)
        self.rest.hurtClicked.connect(self.hurt)
        self.rest.painChecked.connect(self._pain_check)
        self.rest.continueClicked.connect(self._continue_after_advice)
        self.stopped.endClicked.connect(self._end_session)
        self.stopped.carryOnClicked.connect(self._carry_on)
        self.summary.doneClicked.connect(lambda: self.sessionEnded.emit(self.runner.summary if self.runner else None))
        self.set = GuidedSet(self.live, self.voice, tracks or SetTracks(store), pacing, countdown_s,
                             estimator_factory, lost_after, parent=self)
        self.set.ended.connect(self._on_set_finished)
        self.live.hurtClicked.connect(self.hurt)
        self.tick_timer = QTimer(self, interval=200)
        self.tick_timer.timeout.connect(self._tick)
        self._shortcuts = window_shortcuts(self, (("H", self.hurt), ("Space", self._space),
                                                  ("E", self.live.endClicked.emit)))

    # ----- starting -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Offer to resume an unfinished session first; else screen (first time only) and begin."""
        self._open = self.store.open_sessions(self.patient_id)
        if not self._open:
            return self._new_runner()
        info = self._open[0]
        sets = self.store.sets_of(info.id)
        name = (self.store.programme(info.programme_id).name if info.programme_id is not None
                else translate("GuidedSession", "a live session"))
        detail = self.tr("“{name}”: %n set(s) recorded.", "", len(sets)).format(name=name)  # Qt's plural forms
        self.resume_page.show_session(date_text(info.started_at, with_time=True), detail, info.programme_id is not None)
        self.pages.setCurrentWidget(self.resume_page)
        self.phaseShown.emit("resume")

    def _resume(self) -> None:
        info = self._open[0]
        try:
            self.runner = ProgrammeRunner.resume(self.store, info.id, auto_start_sets=False)
        except CoachError as exc:
            return self._fail(translate("GuidedSession", "The session could not be resumed: {exc}").format(
                exc=error_text(exc)))
        assert info.programme_id is not None  # resume() refuses a session that was not a programme's
        self.programme_id = info.programme_id
        self.show_phase()

    def _screened(self, answers: dict) -> None:
        if self.runner is None:
            return
        result = self.runner.answer_screening(answers)
        if not result.may_start and not result.flagged:  # some questions unanswered: ask again
            return self.safety.show_incomplete(result.message)
        self.show_phase()

    def _close_open(self) -> None:
        self.store.abandon_session(self._open[0].id)
        self.start()

    def _new_runner(self) -> None:
        last = self.store.last_screening(self.patient_id)
        try:
            self.runner = ProgrammeRunner(self.store.programme(self.programme_id),
                                          screening_needed=needs_screening(last.passed if last else None),
                                          store=self.store, patient_id=self.patient_id, auto_start_sets=False)
        except CoachError as exc:
            return self._fail(translate("GuidedSession", "The programme cannot start: {exc}").format(
                exc=error_text(exc)))
        self.show_phase()

    # ----- showing the runner's phase -----------------------------------------------------------------
    def show_phase(self) -> None:
        r = self.runner
        if r is None or self._closing:  # a set ended by closing the window is recorded, nothing more starts
            return
        ph = r.phase
        page: QWidget = {Phase.SAFETY_CHECK: self.safety, Phase.NOT_ADVISED: self.not_advised,
                         Phase.PAIN_BEFORE: self.pain_before, Phase.EXERCISE_INTRO: self.intro,
                         Phase.SET_ACTIVE: self.live, Phase.REST: self.rest, Phase.PAIN_STOPPED: self.stopped,
                         Phase.PAIN_AFTER: self.pain_after, Phase.SUMMARY: self.summary}[ph]
        auto, self._auto_next = self._auto_next, False
        if ph is Phase.SAFETY_CHECK:
            self.safety.reset()
        elif ph is Phase.NOT_ADVISED and r.screening is not None:
            self.not_advised.show_advice(r.screening.message)
        elif ph is Phase.EXERCISE_INTRO:
            self._fill_intro()
            if auto and r.plan is not None and r.plan.set_number > 1 and self.source is not None:
                return self._begin_set()  # the next set of the same exercise follows the rest by itself
        elif ph is Phase.REST:
            nxt = r.plan
            self.rest.show_rest(translate("GuidedSession", "Next: {title} — set {set} of {sets}").format(
                title=self._title(nxt.exercise), set=nxt.set_number, sets=nxt.sets_total) if nxt else "")
            self.rest.show_remaining(r.rest_remaining(self.clock()))
            self.tick_timer.start()
        elif ph is Phase.PAIN_STOPPED:
            self.stopped.show_stop(r.stop_rating, r.advice, r.plan is not None)
        elif ph is Phase.SUMMARY and r.summary is not None:
            self.summary.show_summary(r.summary, self.programme_id)
        self.pages.setCurrentWidget(page)
        self.phaseShown.emit(ph.value)

    def _do(self, action: Callable[[ProgrammeRunner], object], auto_next: bool = False) -> None:
        """Apply what the person pressed to the runner, then show where it leads."""
        if self.runner is None:
            return
        try:
            action(self.runner)
        except (CoachError, ValueError) as exc:
            return self._fail(error_text(exc))
        self._auto_next = auto_next
        self.show_phase()

    def _fill_intro(self) -> None:
        r = self.runner
        if r is not None and r.plan is not None:
            self.intro.show_plan(r.plan, len(r.programme.prescriptions), self.infos.get(r.plan.exercise), self.source)

    def _title(self, exercise: str) -> str:
        info = self.infos.get(exercise)
        return info.title if info else exercise

    # ----- a set --------------------------------------------------------------------------------------
    @property
    def session(self) -> Optional[LiveSession]:
        return self.set.session

    def _begin_set(self) -> None:
        r = self.runner
        if r is None or r.plan is None or r.phase not in (Phase.EXERCISE_INTRO, Phase.REST) or self.source is None:
            return
        try:
            self.set.begin(r, self.source, self.clock())
        except CoachError as exc:  # the source did not open: the runner has not started the set
            self._fill_intro()
            self.intro.error.setText(translate("GuidedSession", "The set could not start: {exc}").format(
                exc=error_text(exc)))
            self.pages.setCurrentWidget(self.intro)
            return
        self.tick_timer.stop()
        self._pain_pending, self._pain_rating = False, None
        self.show_phase()

    def _on_set_finished(self, _result: SetResult) -> None:
        if self.pain_stop.active:  # after "Stop — it hurts" the set waits for the rating
            self.pain_stop.set_ended()
        else:
            self._conclude_set()

    def _conclude_set(self) -> None:
        r, s, result = self.runner, self.session, self.set.result
        if r is None or s is None or result is None or r.phase is not Phase.SET_ACTIVE:
            return
        now, analysis = self.clock(), result.analysis
        if self._pain_pending:
            outcome = SetOutcome.from_analysis(analysis, ENDED_PAIN)
            if self._pain_rating is not None:
                r.stop_for_pain(self._pain_rating, now, outcome, s.analyzer, analysis)
            else:  # rating skipped: the set still ends as stopped because it hurt
                r.set_finished(outcome, now, s.analyzer, analysis)
                self._show_stopped_unrated()
                self._emit_saved()
                return
        else:
            reason = ENDED_FINISHED if result.ended_by in (ENDED_FINISHED, ENDED_TARGET) else result.ended_by
            r.set_finished(SetOutcome.from_analysis(analysis, reason), now, s.analyzer, analysis)
            self._auto_next = True
        self._emit_saved()
        self.show_phase()

    def _emit_saved(self) -> None:
        if self.set.set_id is not None:
            self.setSaved.emit(self.set.set_id)

    def _end_session(self) -> None:
        r = self.runner
        if r is not None and (r.phase in (Phase.EXERCISE_INTRO, Phase.REST, Phase.PAIN_STOPPED)):
            self.tick_timer.stop()
            self._do(lambda run: run.end_session(self.clock()))
        elif r is not None:
            self.show_phase()

    def _carry_on(self) -> None:
        r = self.runner
        if r is not None and r.phase is Phase.PAIN_STOPPED:
            self._do(lambda run: run.carry_on(self.clock()))
        elif r is not None:
            self.show_phase()

    # ----- pain -----------------------------------------------------------------------------------------
    @property
    def pain_dialog(self) -> Optional[PainDialog]:
        """The open "how much does it hurt" dialog, if any."""
        return self.pain_stop.dialog

    def hurt(self) -> None:
        """"Stop — it hurts" from a set, an intro or a rest: stop at once, then ask how much."""
        r = self.runner
        if r is None or r.phase not in ACTIVE or self.pain_stop.active:
            return
        self.tick_timer.stop()
        in_set = r.phase is Phase.SET_ACTIVE and self.session is not None
        self._pain_pending = in_set
        self.pain_stop.start(self.session if in_set else None, self.live)

    def _on_pain_concluded(self, _result: Optional[SetResult], rating: Optional[int]) -> None:
        self._pain_rating = rating
        if self._pain_pending:
            self._conclude_set()
        elif rating is not None:
            self._do(lambda r: r.stop_for_pain(rating, self.clock()))
        else:
            self._show_stopped_unrated()

    def _show_stopped_unrated(self) -> None:
        self.stopped.show_stop(None, None, self.runner is not None and self.runner.plan is not None)
        self.pages.setCurrentWidget(self.stopped)
        self.phaseShown.emit("stopped_unrated")

    def _pain_check(self, rating: int) -> None:
        if self.runner is None:
            return
        advice = self.runner.report_pain(rating)
        self._holding_rest = bool(advice)  # no set starts by itself while the advice is on screen
        self.rest.show_advice(advice, rating)

    def _continue_after_advice(self) -> None:
        if self.runner is not None:
            self.runner.dismiss_advice()
        self._holding_rest = False
        self.rest.hide_advice()

    # ----- timers, keys, leaving ----------------------------------------------------------------------
    def _tick(self) -> None:
        r = self.runner
        if r is None or r.phase is not Phase.REST:
            self.tick_timer.stop()
            return
        now = self.clock()
        self.rest.show_remaining(r.rest_remaining(now))
        if not self._holding_rest and not self.pain_stop.active and r.tick(now) is not None:
            self.tick_timer.stop()
            self._auto_next = True
            self.show_phase()

    def _space(self) -> None:
        page = self.pages.currentWidget()
        if page is self.intro and self.intro.start_button.isEnabled():
            self._begin_set()
        elif page is self.rest:
            self.rest.skip_button.click()
        elif page is self.live and self.session is not None:
            self.session.toggle_pause()

    def _choose_video(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("GuidedSession",
                "Follow along with a video"), "", translate("guided_session", VIDEO_FILTER))
        if path:
            self.source = path
            self._fill_intro()

    def _fail(self, text: str) -> None:
        self.last_error = text
        show_message(self, text)

    def shutdown(self) -> None:
        """Leaving mid-session: threads joined; the session stays open in the store, ready to resume."""
        self._closing = True
        self.tick_timer.stop()
        self.set.shutdown()
        self.voice.stop()
