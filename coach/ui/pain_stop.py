""""Stop — it hurts" in the main window and in a guided session: one component for both.

It ends the running set at once (its :class:`~coach.live.set_lifecycle.PainStop`
waits for both the set's end and the answer), silences the voice, tells the
person to rest, and asks for a 0–10 rating. :attr:`PainStopControl.concluded`
fires once both are in, so the window records the rating with the right set
whichever came first. Between the sets of a guided session there is no set to
end and the rating alone concludes it.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from coach.live.set_lifecycle import PainStop
from coach.live.set_result import ENDED_PAIN
from coach.ui.i18n import translate
from coach.ui.live_panel import LivePanel
from coach.ui.live_session import LiveSession
from coach.ui.pain_dialog import PainDialog
from coach.ui.speech import Voice


class PainStopControl(QObject):
    concluded = Signal(object, object)  # the stopped set's SetResult (None between sets), rating (None: skipped)

    def __init__(self, window: QWidget, voice: Voice) -> None:
        super().__init__(window)
        self.window, self.voice = window, voice
        self.dialog: Optional[PainDialog] = None
        self._stop: Optional[PainStop] = None
        self._session: Optional[LiveSession] = None

    @property
    def active(self) -> bool:
        """A pain stop is under way: the window waits for :attr:`concluded` before moving on."""
        return self._stop is not None

    def start(self, session: Optional[LiveSession] = None, panel: Optional[LivePanel] = None) -> bool:
        """Stop ``session`` (if a set is running) and ask how much it hurts; False if already asking."""
        if self._stop is not None:
            return False
        self._stop = PainStop(session.life if session is not None else None)
        self._session = session
        self.dialog = PainDialog(self.window)
        self.dialog.finished.connect(self._on_answered)
        if session is not None:
            session.end(ENDED_PAIN)  # may finish at once (a countdown): set_ended() then finds the stop waiting
            self.voice.stop()
            if panel is not None:
                panel.set_controls_enabled(False)
                panel.show_notice(translate("PainStopControl", "Set stopped — rest in a comfortable position"))
        self.dialog.open()
        return True

    def set_ended(self) -> None:
        """The stopped set has let go of its threads and has a result (call from the set's finished handler)."""
        self._conclude_if_complete()

    @Slot(int)
    def _on_answered(self, _code: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._stop is not None:
            self._stop.rate(dialog.rating if dialog is not None else None)
        self._conclude_if_complete()

    def _conclude_if_complete(self) -> None:
        stop = self._stop
        if stop is None or not stop.complete:
            return
        self._stop, session, self._session = None, self._session, None
        self.concluded.emit(session.result if session is not None else None, stop.rating)
