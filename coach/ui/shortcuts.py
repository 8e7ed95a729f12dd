"""Window-wide keyboard shortcuts: the app's buttons never take focus, so the window decides what a key does."""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def window_shortcuts(window: QWidget, bindings: Iterable[tuple[str, Callable[[], object]]]) -> list[QShortcut]:
    """One shortcut per (key, slot), active anywhere in ``window``; keep the list, or Python frees them."""
    made = []
    for key, slot in bindings:
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made
