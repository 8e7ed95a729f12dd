""""Stop — it hurts" and pain checks during a guided session (a part of GuidedSession, kept apart).

A pain stop ends the running set at once and asks for a 0–10 rating; the set's
end is recorded only when both the set has let go of its threads and the
rating (or a skip) is in, so the rating goes with the right set. A rating 2 or
more above the starting one brings the runner's advice to stop; between sets
the same advice holds the rest countdown, so no set starts while the person is
reading it. Skipping the rating is allowed — the set still ends as stopped
because it hurt — and the person is then asked whether to end or carry on.
"""
from __future__ import annotations

from coach.live.guided_runner import Phase
from coach.ui.pain_dialog import PainDialog

ACTIVE = (Phase.EXERCISE_INTRO, Phase.SET_ACTIVE, Phase.REST)


class PainControls:
    """Mixed into GuidedSession: uses its runner, set, pages, timers and ``_do``/``_conclude_set``."""

    def hurt(self) -> None:
        """"Stop — it hurts" from a set, an intro or a rest: stop at once, then ask how much."""
        r = self.runner
        if r is None or r.phase not in ACTIVE or self.pain_dialog is not None:
            return
        self.tick_timer.stop()
        self.pain_dialog = PainDialog(self)
        self.pain_dialog.finished.connect(self._on_pain_answered)
        if r.phase is Phase.SET_ACTIVE and self.session is not None:
            self._pain_pending = True
            self.set.stop_for_pain()
        self.pain_dialog.open()

    def _on_pain_answered(self, _code: int) -> None:
        dialog, self.pain_dialog = self.pain_dialog, None
        rating = dialog.rating if dialog is not None else None
        if dialog is not None:
            dialog.deleteLater()
        self._pain_rating = rating
        if self._pain_pending:
            if self.set.result is not None:
                self._conclude_set()
            return
        if rating is not None:
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
