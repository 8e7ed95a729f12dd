"""Progression suggestions, each with its reason, for the patient or physio to accept or dismiss.

Coach never changes a programme by itself: this panel lists what
``suggest_for_programme`` found ready, and only the Accept button calls
``accept_suggestion`` (which stores the new target as the line's next
version). "Not now" changes nothing in the programme; it hides that suggestion
for that prescription version, remembered in QSettings (keyed by data file,
prescription id and the suggestion's text) so it stays hidden when the window
is opened again — a different proposal, or the next version of the line, shows
again. Lines not ready say why in plain words, so the patient knows what the
next step depends on.
"""
from __future__ import annotations

import hashlib
from typing import Optional

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coach.errors import CoachError
from coach.programme import (Prescription, ProgressionCheck, Suggestion, accept_suggestion,
                             suggest_for_programme)
from coach.ui import theme
from coach.ui.programme.common import button, label, show_message
from coach.ui.settings import read_bool
from coach.ui.i18n import error_text, exercise_text, phrase_text, translate

DISMISSED_KEY = "suggestions/dismissed/{digest}"


def dismissed_key(store, suggestion: Suggestion) -> str:
    """Settings key for one "Not now": data file + prescription id + suggestion text (hashed: keys stay plain)."""
    raw = f"{store.path}\n{suggestion.current.id}\n{suggestion.describe()}"
    return DISMISSED_KEY.format(digest=hashlib.sha1(raw.encode("utf-8")).hexdigest())


class SuggestionCard(QFrame):
    accepted = Signal(object)   # Suggestion
    dismissed = Signal(object)

    def __init__(self, suggestion: Suggestion) -> None:
        super().__init__()
        self.setObjectName("suggestion")
        self.suggestion = suggestion
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 12, 18, 12)
        lay.setSpacing(6)
        lay.addWidget(label(translate("SuggestionCard", "Ready for the next step?"), theme.MEDIUM, True, theme.GOOD))
        lay.addWidget(label(translate("SuggestionCard",
                "Now: {describe}").format(describe=phrase_text(suggestion.current.phrase())), theme.MEDIUM))
        lay.addWidget(label(translate("SuggestionCard",
                "Suggested: {describe}").format(describe=phrase_text(suggestion.proposed.phrase())),
                            theme.MEDIUM, True))
        lay.addWidget(label(translate("SuggestionCard",
                "Why: {reason}.").format(reason=phrase_text(suggestion.reason)), theme.SMALL, colour=theme.MUTED))
        row = QHBoxLayout()
        self.dismiss_button = button(translate("SuggestionCard", "Not now"))
        self.accept_button = button(translate("SuggestionCard", "Accept"), "primary")
        self.dismiss_button.clicked.connect(lambda: self.dismissed.emit(self.suggestion))
        self.accept_button.clicked.connect(lambda: self.accepted.emit(self.suggestion))
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.accept_button)
        lay.addLayout(row)


class SuggestionsPanel(QWidget):
    """Shows the checks for one programme; emits ``programmeChanged`` after an accepted suggestion."""

    programmeChanged = Signal(int)

    def __init__(self, store, who: str = "", parent: Optional[QWidget] = None,
                 settings: Optional[QSettings] = None) -> None:
        super().__init__(parent)
        self.store, self.who, self.settings = store, who, settings
        self.programme_id: Optional[int] = None
        self.checks: list[tuple[Prescription, ProgressionCheck]] = []
        self._dismissed: set[str] = set()  # keys, also when there are no settings to keep them in
        self.cards: list[SuggestionCard] = []
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(8)
        self.waiting = label("", theme.SMALL, colour=theme.MUTED)
        self._lay.addWidget(self.waiting)

    def show_programme(self, programme_id: Optional[int]) -> None:
        self.programme_id = programme_id
        try:
            if programme_id is None:
                self.checks = []
            else:
                lines = self.store.programme(programme_id).prescriptions
                self.checks = list(zip(lines, suggest_for_programme(self.store, programme_id)))
        except CoachError as exc:
            self.checks = []
            self.waiting.setText(translate("SuggestionsPanel", "Progress could not be checked: {exc}").format(
                exc=error_text(exc)))
        self._rebuild()

    def _rebuild(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        notes = []
        for line, check in self.checks:
            s = check.suggestion
            if check.ready and s is not None and not self.is_dismissed(s):
                card = SuggestionCard(s)
                card.accepted.connect(self.accept)
                card.dismissed.connect(self.dismiss)
                self._lay.insertWidget(len(self.cards), card)
                self.cards.append(card)
            elif not check.ready:
                notes.append(translate("SuggestionsPanel", "{title}: not yet — {why}.").format(
                    title=_title(line), why=phrase_text(check.why)))
        self.waiting.setText("\n".join(notes))
        self.waiting.setVisible(bool(notes))

    def accept(self, suggestion: Suggestion) -> None:
        try:
            accept_suggestion(self.store, suggestion, self.who)
        except CoachError as exc:
            show_message(self, translate("SuggestionsPanel", "The suggestion was not applied: {exc}").format(
                exc=error_text(exc)))
            return
        if self.programme_id is not None:
            self.programmeChanged.emit(self.programme_id)
            self.show_programme(self.programme_id)

    def is_dismissed(self, suggestion: Suggestion) -> bool:
        key = dismissed_key(self.store, suggestion)
        return key in self._dismissed or (self.settings is not None and read_bool(self.settings, key, False))

    def dismiss(self, suggestion: Suggestion) -> None:
        key = dismissed_key(self.store, suggestion)
        self._dismissed.add(key)
        if self.settings is not None:
            self.settings.setValue(key, True)
            self.settings.sync()
        self._rebuild()


def _title(p: Prescription) -> str:
    from coach.exercises.registry import analyzer_class

    return exercise_text(analyzer_class(p.exercise).title) or p.exercise
