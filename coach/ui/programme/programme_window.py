"""The "Programmes & history" window: today's session, the programme editor and the history, as tabs.

Opened from the live window; it gets the live window's source (camera or
video), voice and pacing so a guided set behaves exactly like a live one.
While a guided session runs, the other tabs are locked — editing the
programme under a running session would change what it is recorded against.
Closing the window mid-session keeps the session open in the store, and the
next "Start" offers to resume it.

A physio's copy holds several patients: the bar above the tabs picks whose
programmes, sessions and charts the tabs show (the home user's own record
first) and adds a new patient by name. It is locked with the tabs.
"""
from __future__ import annotations

from typing import Any, Callable, Optional, Union

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QInputDialog, QLineEdit, QMainWindow, QStackedWidget,
                               QTabWidget, QVBoxLayout, QWidget)

from coach.errors import CoachError
from coach.live.control import Pacing
from coach.ui import theme
from coach.ui.programme.common import STYLE, ask_unsaved_changes, button, heading, label, page_layout, show_message
from coach.ui.programme.guided_session import GuidedSession
from coach.ui.programme.history_view import HistoryView
from coach.ui.programme.programme_editor import ProgrammeEditor
from coach.ui.programme.suggestions import SuggestionsPanel
from coach.ui.settings import open_settings
from coach.ui.speech import Voice
from coach.ui.i18n import error_text, phrase_text, translate
from coach.ui.scaling import scroll_if_scaled


class TodayPage(QWidget):
    """The programme to do today, one Start button, and any progression suggestion."""

    def __init__(self, store, patient_id: Optional[int], who: str, settings: Optional[QSettings] = None) -> None:
        super().__init__()
        self.store, self.patient_id = store, patient_id
        root = page_layout(self)
        root.setSpacing(12)
        card = QFrame()
        card.setObjectName("card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(28, 20, 28, 20)
        row = QHBoxLayout()
        row.addWidget(label(translate("TodayPage", "Today's programme"), theme.BIG, True, wrap=False))
        row.addStretch(1)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(translate("PatientBar", "Patient"))
        self.chooser.setMinimumWidth(320)
        self.chooser.currentIndexChanged.connect(self._show_lines)
        row.addWidget(self.chooser)
        lay.addLayout(row)
        self.lines = label("", theme.LARGE)
        lay.addWidget(self.lines)
        lay.addStretch(1)
        buttons = QHBoxLayout()
        self.edit_button = button(translate("TodayPage", "Make or change the programme"))
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.start_button = button(translate("TodayPage", "Start guided session"), "primary")
        self.start_button.setMinimumHeight(70)
        buttons.addWidget(self.start_button)
        lay.addLayout(buttons)
        root.addWidget(card, 1)
        root.addWidget(heading(translate("TodayPage", "Progress")))
        self.suggestions = SuggestionsPanel(store, who, settings=settings)
        self.suggestions.programmeChanged.connect(lambda _pid: self._show_lines())
        root.addWidget(self.suggestions)

    def refresh(self, select: Optional[int] = None) -> None:
        select = select if select is not None else self.programme_id()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for p in self.store.programmes(self.patient_id):
            self.chooser.addItem(p.name, p.id)
        if select is not None:
            self.chooser.setCurrentIndex(max(0, self.chooser.findData(select)))
        self.chooser.blockSignals(False)
        self._show_lines()

    def set_patient(self, patient_id: Optional[int]) -> None:
        self.patient_id = patient_id
        self.chooser.blockSignals(True)
        self.chooser.clear()  # the old patient's choice means nothing for the new one
        self.chooser.blockSignals(False)
        self.refresh()

    def programme_id(self) -> Optional[int]:
        return self.chooser.currentData()

    def _show_lines(self) -> None:
        pid = self.programme_id()
        self.chooser.setVisible(self.chooser.count() > 1)
        self.start_button.setEnabled(pid is not None)
        if pid is None:
            self.lines.setText(translate("TodayPage",
                    "No programme yet. Make one, or import the file your physiotherapist gave you."))
            self.suggestions.show_programme(None)
            return
        prog = self.store.programme(pid)
        self.lines.setText(f"“{prog.name}”\n" + "\n".join(f"{i}.  {phrase_text(p.phrase())}"
                                                          for i, p in enumerate(prog.prescriptions, 1)))
        self.suggestions.show_programme(pid)


class PatientBar(QWidget):
    """Whose programmes and history are shown, and "Add patient…" (a name, not empty, not already used)."""

    patientChosen = Signal(int)

    def __init__(self, store, patient_id: int) -> None:
        super().__init__()
        self.store = store
        self.last_message = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 0)
        row.addWidget(label(translate("PatientBar", "Patient:"), theme.MEDIUM, True, wrap=False))
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("ProgrammeWindow", "Programme"))
        self.combo.setMinimumWidth(280)
        self.combo.currentIndexChanged.connect(self._chosen)
        row.addWidget(self.combo)
        self.add_button = button(translate("PatientBar", "Add patient…"))
        self.add_button.clicked.connect(self._ask_name)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.fill(patient_id)

    def fill(self, select: Optional[int] = None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for p in self.store.patients():  # the default (home) patient first
            self.combo.addItem(p.name, p.id)
        if select is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(select)))
        self.combo.blockSignals(False)

    def patient_id(self) -> Optional[int]:
        return self.combo.currentData()

    def _chosen(self, _index: int) -> None:
        pid = self.patient_id()
        if pid is not None:
            self.patientChosen.emit(pid)

    def _ask_name(self) -> None:
        name, ok = QInputDialog.getText(self, translate("PatientBar", "Add patient"), translate("PatientBar",
                "Name of the new patient:"), QLineEdit.EchoMode.Normal)
        if ok:
            self.add_patient(name)

    def add_patient(self, name: str) -> None:
        """Add and switch to a new patient; an empty or already used name is refused with a message."""
        name = name.strip()
        if not name:
            self._refuse(translate("PatientBar", "The new patient needs a name."))
            return
        if any(p.name.casefold() == name.casefold() for p in self.store.patients()):
            self._refuse(translate("PatientBar", "There is already a patient called “{name}”. "
                                   "Choose a different name.").format(name=name))
            return
        try:
            patient = self.store.add_patient(name)
        except CoachError as exc:
            self._refuse(translate("PatientBar", "The patient was not added: {exc}").format(exc=error_text(exc)))
            return
        self.last_message = f"Added “{patient.name}”."
        self.fill(patient.id)
        self.patientChosen.emit(patient.id)
        return patient.id

    def _refuse(self, text: str) -> None:
        self.last_message = text
        show_message(self, text)
        return None


class ProgrammeWindow(QMainWindow):
    def __init__(self, store, patient_id: Optional[int] = None, source: Union[int, str, None] = None,
                 voice: Optional[Voice] = None, pacing: Pacing = Pacing.REALTIME, countdown_s: int = 3,
                 estimator_factory: Optional[Callable[[], object]] = None, lost_after: int = 30,
                 clock: Optional[Callable[[], float]] = None, who: str = "", owns_store: bool = False,
                 settings: Optional[QSettings] = None) -> None:
        super().__init__()
        self.store, self.owns_store = store, owns_store
        self.patient_id = patient_id if patient_id is not None else store.default_patient().id
        self.session_options: dict[str, Any] = dict(
            source=source, voice=voice, pacing=pacing, countdown_s=countdown_s, estimator_factory=estimator_factory,
            lost_after=lost_after, who=who, **({"clock": clock} if clock is not None else {}))
        self.guided: Optional[GuidedSession] = None
        # Save / Discard / Cancel for unsaved programme edits (a dialog; tests put an answer here instead).
        self.ask_unsaved: Callable[[QWidget, str], str] = ask_unsaved_changes
        self.settings = settings if settings is not None else open_settings()
        self.setWindowTitle(translate("ProgrammeWindow", "Coach — programmes & history"))
        self.setStyleSheet(theme.scaled(STYLE))
        self.setFont(theme.font(theme.MEDIUM))
        self.setMinimumSize(1000, 700)
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.today_stack = QStackedWidget()
        self.today = TodayPage(store, self.patient_id, who, self.settings)
        self.today_stack.addWidget(self.today)
        self.editor = ProgrammeEditor(store, self.patient_id)
        self.history = HistoryView(store, self.patient_id, who)
        self.tabs.addTab(self.today_stack, translate("ProgrammeWindow", "Today"))
        self.tabs.addTab(self.editor, translate("ProgrammeWindow", "Programme"))
        self.tabs.addTab(self.history, translate("ProgrammeWindow", "History"))
        self.patient_bar = PatientBar(store, self.patient_id)
        self.patient_bar.patientChosen.connect(self.switch_patient)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.patient_bar)
        lay.addWidget(self.tabs, 1)
        self.setCentralWidget(scroll_if_scaled(central))
        self.today.start_button.clicked.connect(self.start_session)
        self.today.edit_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.editor))
        self.today.suggestions.programmeChanged.connect(lambda pid: self.editor.refresh_chooser(pid))
        self.editor.saved.connect(lambda prog: self.today.refresh(prog.id))
        self.tabs.currentChanged.connect(self._on_tab)
        self.today.refresh()

    def switch_patient(self, patient_id: int) -> None:
        """Show another patient's programmes, sessions and charts (refused while a guided session runs)."""
        if self.guided is not None:
            self.patient_bar.fill(self.patient_id)
            return
        if patient_id == self.patient_id:
            return
        if not self._unsaved_edits_settled(translate("ProgrammeWindow", "switching patient")):
            self.patient_bar.fill(self.patient_id)
            return
        self.patient_id = patient_id
        self.patient_bar.fill(patient_id)
        self.today.set_patient(patient_id)
        self.editor.set_patient(patient_id)
        self.history.set_patient(patient_id)

    def start_session(self) -> Optional[GuidedSession]:
        pid = self.today.programme_id()
        if pid is None or self.guided is not None:
            return self.guided
        self.guided = GuidedSession(self.store, pid, self.patient_id, **self.session_options)
        self.guided.sessionEnded.connect(self._session_ended)
        self.today_stack.addWidget(self.guided)
        self.today_stack.setCurrentWidget(self.guided)
        self._lock(True)
        self.guided.start()
        return self.guided

    def _session_ended(self, _summary: object) -> None:
        g, self.guided = self.guided, None
        if g is not None:
            g.shutdown()
            self.today_stack.removeWidget(g)
            g.deleteLater()
        self._lock(False)
        self.today.refresh()
        self.history.refresh()

    def _lock(self, locked: bool) -> None:
        for i in (1, 2):
            self.tabs.setTabEnabled(i, not locked)
        self.patient_bar.setEnabled(not locked)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.history:
            self.history.refresh()

    def _unsaved_edits_settled(self, what: str) -> bool:
        """Ask before unsaved programme edits are thrown away; False means stay where we are."""
        if not (self.editor.dirty and self.editor.user_edited):
            return True
        answer = self.ask_unsaved(self, what)
        if answer == "save":
            return self.editor.save() is not None  # a refused save (bad values) keeps the editor open
        return answer == "discard"

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if not self._unsaved_edits_settled(translate("ProgrammeWindow", "closing")):
            self.tabs.setCurrentWidget(self.editor)
            event.ignore()
            return
        if self.guided is not None:
            self.guided.shutdown()
        if self.owns_store:
            self.store.close()
        super().closeEvent(event)


class _CloseWith(QObject):
    """Closes the programme window (joining a running set's threads) when the live window closes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Close and shiboken6.isValid(self.window):
            self.window.close()
        return False


def open_programme_window(main_window) -> Optional[ProgrammeWindow]:
    """Open (or raise) the window from the live window, with its source, voice and test-friendly pacing."""
    existing = getattr(main_window, "programme_window", None)
    if existing is not None and shiboken6.isValid(existing) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    from coach.store import Store

    try:
        store = Store()
    except CoachError as exc:
        show_message(main_window,
                     translate("programme_window", "The session data could not be opened: {exc}").format(
                         exc=error_text(exc)))
        return None
    window = ProgrammeWindow(store, source=main_window.setup.selected_source(), voice=main_window.voice,
                             pacing=main_window.pacing, countdown_s=main_window.countdown_s,
                             estimator_factory=main_window.estimator_factory, lost_after=main_window.lost_after,
                             owns_store=True, settings=main_window.memory.settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    main_window.installEventFilter(_CloseWith(window))
    main_window.programme_window = window
    window.show()
    return window
