"""One prescribed set on the live coaching panel, recorded as it goes.

The set's :class:`~coach.ui.live_session.LiveSession` gets the prescription's
own analyzer (the patient's limits applied), watched by a recognizer of every
exercise so a patient doing another exercise than prescribed hears so once
(:class:`~coach.live.recognised_set.PrescribedWatch`), hands every batch of events to
the ProgrammeRunner the moment it arrives (so each rep and fault is committed
at once), and feeds every analysed PoseFrame to a pose track that is saved
when the set ends. The set ends itself when the prescription's reps or hold
are reached; hold time is saved about once a second while it grows, so a
crash loses at most a second of a plank. The session flow (what comes next)
stays with :class:`~coach.ui.programme.guided_session.GuidedSession`.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional, Union

from PySide6.QtCore import QObject, QTimer, Signal

from coach.errors import CoachError
from coach.exercises import events as ev
from coach.exercises.registry import spec_for
from coach.live.control import Pacing
from coach.live.cue_scheduler import CueScheduler
from coach.live.set_result import ENDED_BY_USER, ENDED_TARGET, SetResult
from coach.live.set_tracks import SetTracks
from coach.live.spoken_cues import SpokenCues
from coach.programme import SetOutcome, make_analyzer
from coach.live.guided_runner import Phase, ProgrammeRunner
from coach.live.recognised_set import looks_like_phrase, watch_prescribed
from coach.ui.live_panel import LivePanel
from coach.ui.live_session import LiveSession, SetState
from coach.ui.programme.common import show_message
from coach.ui.speech import Voice
from coach.ui.i18n import error_text, exercise_in_sentence, phrase_text, translate


LOOKS_LIKE_NOTICE_S = 6.0

if TYPE_CHECKING:
    from coach.pose.track import PoseTrackRecorder


class GuidedSet(QObject):
    ended = Signal(object)  # SetResult, once per set

    def __init__(self, panel: LivePanel, voice: Voice, tracks: SetTracks, pacing: Pacing = Pacing.REALTIME,
                 countdown_s: int = 3, estimator_factory: Optional[Callable[[], object]] = None,
                 lost_after: int = 30, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.panel, self.voice, self.tracks = panel, voice, tracks
        self.pacing, self.countdown_s, self.lost_after = pacing, countdown_s, lost_after
        self.estimator_factory = estimator_factory
        self.cues = SpokenCues(voice, CueScheduler(), phrase_text)
        self.session: Optional[LiveSession] = None
        self.result: Optional[SetResult] = None
        self.set_id: Optional[int] = None
        self.saved_tracks: list[Path] = []
        self.last_error = ""
        self.last_notice = ""  # the last "This looks like…" said
        self._runner: Optional[ProgrammeRunner] = None
        self._track: Optional[PoseTrackRecorder] = None
        self._where: tuple[int, int, str] = (0, 0, "")  # session id, set number in the session, exercise
        self.render_timer = QTimer(self, interval=33)
        self.render_timer.timeout.connect(self._render)
        panel.pauseClicked.connect(lambda: self.session and self.session.toggle_pause())
        panel.endClicked.connect(lambda: self.end(ENDED_BY_USER))
        panel.reconnectClicked.connect(self._reconnect)
        panel.muteToggled.connect(self._mute)
        panel.mute_button.setChecked(voice.muted)

    def begin(self, runner: ProgrammeRunner, source: Union[int, str], now: float) -> None:
        """Open the source, then start the runner's next set; a source that fails raises CoachError first."""
        from coach.pose.track import PoseTrackRecorder

        plan = runner.plan
        assert plan is not None
        p = plan.prescription
        track = PoseTrackRecorder(30.0)
        session = LiveSession(p.exercise, source, target=p.target, countdown_s=self.countdown_s, pacing=self.pacing,
                              estimator_factory=self.estimator_factory, lost_after=self.lost_after, parent=self,
                              analyzer=watch_prescribed(make_analyzer(p), p.exercise), recorder=runner,
                              pose_track=track)
        track.fps, track.source = session.nominal_fps or 30.0, Path(session.source_label).name
        runner.start_set(now)
        if self.session is not None:
            self.session.deleteLater()  # the previous set has ended: its threads are joined
        self.session, self.result, self._track, self._runner = session, None, track, runner
        self.set_id = runner.recorder.set_id if runner.recorder is not None else None
        self._where = (runner.recorder.session_id if runner.recorder else 0, plan.index + 1, plan.exercise)
        session.eventsReceived.connect(self._on_events)
        session.stateChanged.connect(lambda st: self.panel.set_paused(st is SetState.PAUSED))
        session.sourceLost.connect(
            lambda msg: self.panel.show_lost(phrase_text(msg), translate("GuidedSet", "What you did is saved.")))
        session.finished.connect(self._on_finished)
        from coach.ui.setup_panel import load_exercise_infos

        info = next((i for i in load_exercise_infos() if i.name == p.exercise), None)
        self.panel.configure(info.title if info else p.exercise, p.mode, p.target, bool(info and info.per_side))
        self.cues.start_set(p.mode, p.target)
        self.render_timer.start()
        session.begin()

    @property
    def running(self) -> bool:
        return self.session is not None and self.session.state is not SetState.ENDED

    def end(self, reason: str) -> None:
        if self.session is not None:
            self.session.end(reason)

    # ----- while the set runs -------------------------------------------------------------------------
    def _prescription(self):
        r = self._runner
        return r.plan.prescription if r is not None and r.plan is not None and r.phase is Phase.SET_ACTIVE else None

    def _on_events(self, events: list) -> None:
        self.cues.on_events(events)
        s, p = self.session, self._prescription()
        counts = [e.count for e in events if e.kind == ev.REP_COMPLETED and e.count is not None]
        if s is not None and p is not None and counts and p.mode != "hold" and s.state is SetState.RUNNING \
                and SetOutcome(p.exercise, rep_count=max(counts)).met(p):
            QTimer.singleShot(0, lambda: s.end(ENDED_TARGET))  # deferred: we may be inside the set's own ending

    def _render(self) -> None:
        s = self.session
        result = s.latest() if s is not None else None
        if s is None or result is None or s.state is SetState.ENDED:
            return
        self.panel.show_result(result)
        self._say_what_is_seen(s)
        state = result.state
        if s.state in (SetState.RUNNING, SetState.STARTING):
            self.cues.on_state(state)
            self.cues.tick()
        p, r = self._prescription(), self._runner
        if state.hold_s is not None and p is not None and r is not None and r.recorder and r.recorder.set_id:
            r.recorder.update_hold(state.hold_s, state.good_form_s or 0.0, state.t_s)  # throttled to 1 s
            if p.hold_s and state.hold_s >= p.hold_s and s.state is SetState.RUNNING:
                QTimer.singleShot(0, lambda: s.end(ENDED_TARGET))

    def _say_what_is_seen(self, s: LiveSession) -> None:
        """Once, if the person seems to do another exercise than today's (and nothing of today's was counted)."""
        take = getattr(s.analyzer, "take_notice", None)
        seen = take() if take is not None else None
        if seen is not None:
            said = looks_like_phrase(seen, s.exercise, lambda n: exercise_in_sentence(spec_for(n).title))
            self.last_notice = phrase_text(said)
            self.panel.show_notice(self.last_notice, LOOKS_LIKE_NOTICE_S)
            self.cues.announce(said)

    def _on_finished(self, result: SetResult) -> None:
        if self.result is not None or self.sender() is not self.session:
            return
        self._render()
        self.render_timer.stop()
        self.result = result
        self._save_track()
        self.ended.emit(result)

    def _save_track(self) -> None:
        session_id, set_index, exercise = self._where
        if self._track is None or self.set_id is None:
            return
        try:
            path = self.tracks.save(self._track.track(), session_id, self.set_id, set_index, exercise)
        except CoachError as exc:
            self.last_error = translate("GuidedSet", "The set is saved, but its pose track could not be: {exc}").format(
                exc=error_text(exc))
            show_message(self.panel, self.last_error)
            return
        if path is not None:
            self.saved_tracks.append(path)

    def _reconnect(self) -> None:
        try:
            if self.session is not None:
                self.session.reconnect()
                self.panel.hide_lost()
        except CoachError as exc:
            show_message(self.panel, translate("GuidedSet", "Still no picture: {exc}").format(exc=error_text(exc)))

    def _mute(self, muted: bool) -> None:
        self.voice.muted = muted
        if muted:
            self.voice.stop()

    def shutdown(self) -> None:
        self.render_timer.stop()
        if self.session is not None:
            self.session.shutdown()
