"""Share dialogs show lists whose length is not known in advance; they grow to hold them instead of clipping."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from coach.ui import theme
from coach.ui.programme.common import STYLE, label


def show_unclipped(dialog: QDialog, target: QLabel, text: str) -> None:
    """Unwrapped lines, never clipped: the label asks for its full size and the dialog grows to hold it.

    The style sheet's font, not the default one, decides the size, hence the polish first; the
    dialog grows once the pending layout requests have run (adjustSize() stops at two thirds of the
    screen, so the size is taken from the layout instead).
    """
    target.setText(text)
    dialog.ensurePolished()
    target.setMinimumSize(target.sizeHint())
    layout = dialog.layout()
    assert layout is not None, "a share dialog has its layout (share_dialog_layout)"
    QTimer.singleShot(0, lambda: dialog.resize(dialog.size().expandedTo(layout.totalMinimumSize())))


def share_dialog_layout(dialog: QDialog, title: str) -> QVBoxLayout:
    """The share dialogs' common frame: title, style, font, width and a padded column headed by the title."""
    dialog.setWindowTitle(title)
    dialog.setStyleSheet(theme.scaled(STYLE))
    dialog.setFont(theme.font(theme.MEDIUM))
    dialog.setMinimumWidth(760)
    lay = QVBoxLayout(dialog)
    lay.setContentsMargins(28, 24, 28, 20)
    lay.setSpacing(12)
    lay.addWidget(label(title, theme.LARGE, True))
    return lay
