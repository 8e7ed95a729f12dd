"""The review side of the app: open a recording (video or pose track), analyse it, replay and export it.

Everything here only shows results: analysis, re-scoring and exports run
through :mod:`coach.analysis` and :mod:`coach.reports` on a worker thread, so
the review window and ``coach analyze`` can never disagree.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.ui.review.review_window import ReviewWindow

__all__ = ["ReviewWindow"]


def __getattr__(name: str):  # lazy: importing the package must not pull in Qt widgets or cv2
    if name == "ReviewWindow":
        from coach.ui.review.review_window import ReviewWindow

        return ReviewWindow
    raise AttributeError(name)
