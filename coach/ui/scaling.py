"""Pages that scroll instead of clipping when the system text is larger than the theme was made for.

At the designed text size every page fits the window's minimum size (the tests
check it). A person who set a larger system font gets larger text
(:func:`coach.ui.theme.text_scale`), and a page may then need more room than
the screen has: it scrolls rather than cutting words off.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from coach.ui import theme


def scroll_if_scaled(page: QWidget) -> QWidget:
    """``page`` itself at the designed size; inside a frameless scroll area when the text is larger."""
    if theme.text_scale() <= 1.0:
        return page
    area = QScrollArea()
    area.setWidgetResizable(True)  # the page fills the window, and is never squeezed below its minimum
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area

