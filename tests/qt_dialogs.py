"""Answers for the app's modal questions, so no test can ever wait on a dialog nobody will click."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def unsaved_edits_answer(monkeypatch: pytest.MonkeyPatch) -> list:
    """No modal Save/Discard/Cancel box can block a test: windows made here get "discard" unless a test says else.

    Returns the list of (what) each question was asked about, so tests can assert it was asked.
    """
    import coach.ui.programme.programme_window as programme_window

    asked: list = []

    def answer(_parent, what: str) -> str:
        asked.append(what)
        return "discard"

    monkeypatch.setattr(programme_window, "ask_unsaved_changes", answer)
    return asked
