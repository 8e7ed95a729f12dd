"""The main window: exercise picker → live set → summary, with the keyboard shortcuts and settings.

It wires widgets to a :class:`~coach.ui.live_session.LiveSession` and renders
the newest result on a steady timer (the GUI never waits for a frame). All
pacing, countdown and threading options are constructor arguments so tests
drive the real window with a video played as fast as possible, no countdown
and a silent voice.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional, Union, cast

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget

from coach.errors import CoachError
from coach.live.control import Pacing
from coach.live.cue_scheduler import CueScheduler
from coach.live.inference import LiveResult
from coach.live.recognised_set import AUTOMATIC, WATCHING, AutoExercise, counting_phrase
from coach.live.set_log import LiveSetLog
from coach.live.set_result import ENDED_BY_USER, ENDED_PAIN, SetResult
from coach.live.spoken_cues import SpokenCues
from coach.ui import theme
from coach.ui.live_panel import LivePanel
from coach.ui.live_session import LiveSession, SetState
from coach.ui.pain_dialog import PainDialog
from coach.ui.pain_stop import PainStopControl
from coach.ui.settings import WindowMemory
from coach.ui.setup_panel import ExerciseInfo, SetupPanel, automatic_info, load_exercise_infos
from coach.ui.shortcuts import window_shortcuts
from coach.ui.speech import Voice
from coach.ui.status import StatusLine
from coach.ui.summary_panel import SummaryPanel
from coach.phrase import Text
from coach.ui.i18n import (KEY_LANGUAGE, LANGUAGES, QT_TRANSLATE_NOOP, error_text, exercise_title, language_setting,
                           number, phrase_text, translate)

if TYPE_CHECKING:
    from coach.exercises.base import ExerciseAnalyzer

RENDER_INTERVAL_MS = 33
VIDEO_FILTER = QT_TRANSLATE_NOOP("main_window", "Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;All files (*)")


class MainWindow(QMainWindow):
    setFinished = Signal(object)  # SetResult, once the set has ended (pain rating may follow)
    rendered = Signal(object)     # LiveResult, after each render tick that showed a new frame

    def __init__(self, settings: QSettings, cameras: Optional[list[int]] = None, rules: Optional[list[str]] = None,
                 pacing: Pacing = Pacing.REALTIME, countdown_s: int = 3, voice: Optional[Voice] = None,
                 estimator_factory: Optional[Callable[[], object]] = None, lost_after: int = 30,
                 video: Optional[str] = None) -> None:
        super().__init__()
        self.memory = WindowMemory(settings)
        self.rules = list(rules or [])
        self.pacing, self.countdown_s = pacing, countdown_s
        self.estimator_factory, self.lost_after = estimator_factory, lost_after
        self.session: Optional[LiveSession] = None
        self.set_log: Optional[LiveSetLog] = None  # the store record and pose track of the current set
        self.results: list[SetResult] = []
        self.last_error = ""
        self._last_seq: Optional[tuple[int, int]] = None
        self._last_source: Union[int, str, os.PathLike, Callable, None] = None
        self._last_exercise: Optional[str] = None
        self.setWindowTitle(translate("MainWindow", "Coach — exercise form"))
        self.setStyleSheet(theme.scaled(theme.STYLE))
        self.setFont(theme.font(theme.MEDIUM))  # inherited by every widget that sets no size of its own
        self.setMinimumSize(760, 540)

        if cameras is None:
            from coach.sources import list_cameras

            cameras = list_cameras()
        self.cameras = cameras
        # Automatic last: a choice to make, not the default (a set of one known exercise starts counting at once).
        self.infos: dict[str, ExerciseInfo] = {i.name: i for i in [*load_exercise_infos(), automatic_info()]}
        self.voice = voice if voice is not None else Voice(self)
        self.voice.setParent(self)
        self.voice.muted = self.memory.muted()
        self.cues = SpokenCues(self.voice, CueScheduler(), phrase_text)
        self.pain_stop = PainStopControl(self, self.voice)
        self.pain_stop.concluded.connect(self._on_pain_concluded)

        self.pages = QStackedWidget()
        self.setup = SetupPanel(list(self.infos.values()))
        self.live = LivePanel()
        self.summary = SummaryPanel()
        for page in (self.setup, self.live, self.summary):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.status = StatusLine()
        self.setStatusBar(self.status)
        self.status.set_voice(self.voice.description)

        self.setup.startRequested.connect(lambda: self.start_set())
        self.setup.openVideoRequested.connect(self.open_video)
        self.setup.exerciseChanged.connect(self._on_exercise_changed)
        self.live.pauseClicked.connect(self.toggle_pause)
        self.live.endClicked.connect(self.end_set)
        self.live.hurtClicked.connect(self.hurt)
        self.live.muteToggled.connect(self.set_muted)
        self.live.reconnectClicked.connect(self.reconnect)
        self.summary.againClicked.connect(self._another_set)
        self.summary.chooseClicked.connect(self.show_picker)
        self.live.mute_button.setChecked(self.voice.muted)
        self.live.set_sound_word(translate("MainWindow",
                "Voice") if self.voice.can_speak else translate("MainWindow", "Sound"))

        self.render_timer = QTimer(self)
        self.render_timer.setInterval(RENDER_INTERVAL_MS)
        self.render_timer.timeout.connect(self._render)
        self._install_shortcuts()
        self._install_review_entry()
        self._install_programme_entry()
        self._install_share_entry()
        self._install_language_menu()
        self._restore(video)

    # ----- settings -------------------------------------------------------------------------------
    def _restore(self, video: Optional[str]) -> None:
        geometry = self.memory.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.setup.set_sources(self.cameras, video or self.memory.camera(self.cameras), video)
        self.setup.select_exercise(self.memory.exercise())

    @Slot(str)
    def _on_exercise_changed(self, name: str) -> None:
        saved = self.memory.target(name)
        if saved:
            self.setup.set_target(saved)

    def _install_shortcuts(self) -> None:
        bindings = (("Space", self._space), ("Esc", self.end_set), ("E", self.end_set), ("H", self.hurt),
                    ("M", lambda: self.live.mute_button.toggle()), ("V", self._open_video_key))
        self._shortcuts = window_shortcuts(self, bindings)

    # ----- starting a set -------------------------------------------------------------------------
    def start_set(self, source: Union[int, str, os.PathLike, Callable, None] = None,
                  exercise: Optional[str] = None) -> Optional[LiveSession]:
        """Start a set (countdown first); errors a person can act on are shown, not raised."""
        if self.session is not None and self.session.state is not SetState.ENDED:
            return self.session
        exercise = exercise or self.setup.selected_exercise()
        source = self.setup.selected_source() if source is None else source
        if exercise is None or source is None:
            self.show_error(translate("MainWindow", "Choose an exercise and a camera, or open a video."))
            return None
        info = self.infos[exercise]
        self.setup.select_exercise(exercise)
        auto = exercise == AUTOMATIC
        target = None if auto else float(self.setup.target.value())  # Automatic: the recognised exercise's
        if target is not None:
            self.memory.remember_target(exercise, int(target))
        log = LiveSetLog(exercise, target, info.mode == "hold", str(source))
        try:
            analyzer = None
            if auto:
                from coach.exercises.registry import overrides_by_exercise

                # A facade with the analyzer's interface: the recognised exercise's own analyzer once known.
                analyzer = cast("ExerciseAnalyzer", AutoExercise(overrides=overrides_by_exercise(self.rules)))
            session = LiveSession(exercise, source, rules=self.rules, target=target, countdown_s=self.countdown_s,
                                  pacing=self.pacing, estimator_factory=self.estimator_factory,
                                  lost_after=self.lost_after, parent=self, recorder=log, pose_track=log.track,
                                  analyzer=analyzer)
        except CoachError as exc:
            log.close()
            self.show_error(error_text(exc))
            return None
        self.set_log = log
        self._last_source, self._last_exercise = source, exercise
        if self.session is not None:
            self.session.deleteLater()  # the previous set has ended: its threads are joined
        self.session = session
        self._last_seq = None
        session.countdownTick.connect(self._on_countdown)
        session.stateChanged.connect(self._on_set_state)
        session.eventsReceived.connect(self.cues.on_events)
        session.sourceLost.connect(self._on_source_lost)
        session.finished.connect(self._on_set_finished)
        session.recognised.connect(self._on_recognised)
        self.live.configure(info.title, info.mode, target or 0, info.per_side)
        if auto:
            self.live.show_notice(phrase_text(WATCHING))
        self.cues.start_set(info.mode, target)
        where = session.source_label if session.is_camera else Path(session.source_label).name
        self.status.set_message(f"{info.title} · {where}")
        self.pages.setCurrentWidget(self.live)
        self.render_timer.start()
        session.begin()
        return session

    def open_video(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open a video"), "",
                                              translate("main_window", VIDEO_FILTER))
        if path:
            self.setup.set_sources(self.cameras, path, path)
            self.start_set(path)

    # ----- recorded-video review (coach.ui.review) --------------------------------------------------
    def _install_review_entry(self) -> None:
        """Menu bar "Review a recording…" (Ctrl+O): analyse, replay and export a video or pose track."""
        from PySide6.QtGui import QAction

        self.review_window: Optional[QMainWindow] = None
        self.review_action = QAction(translate("MainWindow", "Review a recording…"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+O"))
        self.review_action.triggered.connect(self.open_review)
        self.menuBar().addAction(self.review_action)
        self.menuBar().setStyleSheet(theme.scaled(
            f"QMenuBar {{ background: {theme.PANEL}; color: {theme.TEXT}; font-size: {theme.SMALL}px; }} "
            f"QMenuBar::item:selected {{ background: #2e3440; }} QMenu {{ font-size: {theme.SMALL}px; }}"))

    def open_review(self) -> QMainWindow:
        """The review window (one at a time; it closes itself, joining its worker, when this window closes)."""
        import shiboken6

        from coach.ui.review import ReviewWindow

        if self.review_window is None or not shiboken6.isValid(self.review_window):
            self.review_window = ReviewWindow(self, delete_on_close=True)
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.activateWindow()
        return self.review_window

    # ----- programmes, guided sessions and history (coach.ui.programme) -------------------------------
    def _install_programme_entry(self) -> None:
        """Menu bar "Programmes & history…" (Ctrl+P): guided sessions, programme editor, history, reports."""
        from PySide6.QtGui import QAction

        self.programme_window = None
        self.programme_action = QAction(translate("MainWindow",
                "Programmes && history…"), self)  # "&&" is a literal "&" in a menu
        self.programme_action.setShortcut(QKeySequence("Ctrl+P"))
        self.programme_action.triggered.connect(self.open_programmes)
        self.menuBar().addAction(self.programme_action)

    # ----- sharing with a physio without a cloud (coach.ui.share) ------------------------------------
    def _install_share_entry(self) -> None:
        """Menu "Share": "Share with my physio…" (a .coachshare file) and "Import a patient's sessions…"."""
        from coach.ui.share.entry import open_share_export, open_share_import

        menu = self.menuBar().addMenu(translate("MainWindow", "Share"))
        self.share_export_action = menu.addAction(translate("MainWindow", "Share with my physio…"))
        self.share_export_action.triggered.connect(lambda: open_share_export(self))
        self.share_import_action = menu.addAction(translate("MainWindow", "Import a patient's sessions…"))
        self.share_import_action.triggered.connect(lambda: open_share_import(self))

    # ----- the window's language (coach.ui.i18n) ------------------------------------------------------
    def _install_language_menu(self) -> None:
        """Menu "Language": follow the system, or one of the shipped languages (kept in the settings)."""
        from PySide6.QtGui import QAction, QActionGroup

        menu = self.menuBar().addMenu(translate("MainWindow", "Language"))
        group = QActionGroup(self)
        chosen = language_setting(self.memory.settings)
        self.language_actions: dict[str, QAction] = {}
        # Each language is named in its own language: a person who cannot read the current one still finds theirs.
        for code, name in [("", translate("MainWindow", "System language"))] + list(LANGUAGES.items()):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Keep the choice ("" = the system's); it applies from the next start, when every text is made anew."""
        self.memory.settings.setValue(KEY_LANGUAGE, code)
        self.memory.settings.sync()
        self.status.set_message(translate("MainWindow", "The language changes when Coach is started again."))

    def open_programmes(self) -> Optional[QMainWindow]:
        from coach.ui.programme import open_programme_window

        return open_programme_window(self)

    def show_error(self, message: str) -> None:
        """Non-blocking message box (a modal exec() would stall the render timer and the tests)."""
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow",
                "Coach"), message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setStyleSheet(theme.scaled(theme.STYLE))
        box.open()

    # ----- controls -------------------------------------------------------------------------------
    def _space(self) -> None:
        page = self.pages.currentWidget()
        if page is self.setup:
            self.start_set()
        elif page is self.live:
            self.toggle_pause()
        elif page is self.summary:
            self._another_set()

    def _open_video_key(self) -> None:
        if self.pages.currentWidget() is self.setup:
            self.open_video()

    def toggle_pause(self) -> None:
        if self.session is not None:
            self.session.toggle_pause()

    def end_set(self) -> None:
        if self.session is not None and self.pages.currentWidget() is self.live:
            self.session.end(ENDED_BY_USER)

    def hurt(self) -> None:
        """End at once and ask for a 0–10 rating; the set's result waits for the answer."""
        if self.session is not None and self.pages.currentWidget() is self.live:
            self.pain_stop.start(self.session, self.live)

    @property
    def pain_dialog(self) -> Optional[PainDialog]:
        """The open "how much does it hurt" dialog, if any."""
        return self.pain_stop.dialog

    def reconnect(self) -> None:
        if self.session is None:
            return
        try:
            self.session.reconnect()
        except CoachError as exc:
            self.show_error(translate("MainWindow", "Still no picture: {exc}").format(exc=error_text(exc)))
            return
        self.live.hide_lost()

    def set_muted(self, muted: bool) -> None:
        self.voice.muted = muted
        if muted:
            self.voice.stop()

    def show_picker(self) -> None:
        self.pages.setCurrentWidget(self.setup)

    def _another_set(self) -> None:
        if self._last_source is not None:
            self.start_set(self._last_source, self._last_exercise)

    # ----- session signals ------------------------------------------------------------------------
    @Slot(int)
    def _on_countdown(self, left: int) -> None:
        exercise = self.session.exercise if self.session else ""
        detail = self.infos[exercise].placement if exercise in self.infos else ""
        self.live.video.set_overlay(str(left) if left > 0 else "", detail if left > 0 else "")

    @Slot(object)
    def _on_set_state(self, state: SetState) -> None:
        self.live.set_paused(state is SetState.PAUSED)
        if state is SetState.STARTING:
            self.live.video.clear(translate("MainWindow", "Starting the camera and the pose model…"))
        if state is SetState.PAUSED:
            self.voice.stop()

    @Slot(str)
    def _on_recognised(self, exercise: str) -> None:
        """Automatic: Coach knows the exercise now; the set is that exercise's, with its target, from here on."""
        s = self.session
        info = self.infos.get(exercise)
        if s is None or info is None:
            return
        target = float(self.memory.target(exercise) or info.default_target)
        s.life.recognised(exercise, target)
        if self.set_log is not None:
            self.set_log.begin(exercise, target, info.mode == "hold")
        said = counting_phrase(exercise, exercise_title)
        self.live.show_recognised(info.title, info.mode, target, info.per_side, phrase_text(said))
        self.cues.start_set(info.mode, target)
        self.cues.announce(said)
        where = s.source_label if s.is_camera else Path(s.source_label).name
        self.status.set_message(f"{info.title} · {where}")

    @Slot(object)
    def _on_source_lost(self, message: Text) -> None:
        s = self.session
        kept = ""
        never_started = False
        if s is not None:
            a = s.analyzer
            never_started = a.frames == 0
            kept = ("" if isinstance(a, AutoExercise) and a.exercise is None  # Automatic: nothing recognised yet
                    else translate("MainWindow", "Your {seconds} s hold is kept.").format(
                        seconds=number(a.hold_seconds())) if a.mode == "hold"
                    else self.tr("Your %n rep(s) are kept.", "", a.rep_count))  # Qt's plural forms
        self.live.show_lost(phrase_text(message), kept, never_started)

    @Slot(object)
    def _on_set_finished(self, result: SetResult) -> None:
        self._render()
        self.render_timer.stop()
        self.results.append(result)
        log = self.set_log
        if log is not None:
            log.set_finished(result)
            if log.problem:
                self.status.set_message(phrase_text(log.problem))
        if self.pain_stop.active:  # the summary waits for the rating
            self.pain_stop.set_ended()
        else:
            self._show_summary(result)
        self.setFinished.emit(result)

    @Slot(object, object)
    def _on_pain_concluded(self, result: Optional[SetResult], rating: Optional[int]) -> None:
        if result is None:
            return
        if self.set_log is not None and result.ended_by == ENDED_PAIN:
            self.set_log.pain(result, rating)
        self._show_summary(result)

    def _show_summary(self, result: SetResult) -> None:
        self.summary.show_result(result)
        self.pages.setCurrentWidget(self.summary)

    # ----- rendering ------------------------------------------------------------------------------
    @Slot()
    def _render(self) -> None:
        s = self.session
        if s is None:
            return
        result: Optional[LiveResult] = s.latest()
        self.status.show_stats(s.stats())
        if result is not None:
            key = (id(s.pipeline), result.seq)
            if key != self._last_seq:
                self._last_seq = key
                self.live.show_result(result)
                if s.state in (SetState.RUNNING, SetState.STARTING):
                    self.cues.on_state(result.state)
                self.rendered.emit(result)
        if s.state is SetState.RUNNING:
            self.cues.tick()

    # ----- closing --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        self.render_timer.stop()
        if self.session is not None:
            self.session.shutdown()
        if self.set_log is not None:
            self.set_log.close()  # an unfinished set stays in the store as interrupted, offered for resume
        self.voice.stop()
        self.memory.save(self.saveGeometry(), self.setup.selected_exercise(), self.setup.selected_source(),
                         self.voice.muted)
        super().closeEvent(event)
