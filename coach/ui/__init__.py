"""Qt widgets for Coach. The only package that imports PySide6; all analysis comes from the core.

Qt is an optional extra (``pip install "coach[gui]"``): the core and the CLI
work without it. Importing this package without PySide6 therefore fails with
one readable :class:`~coach.errors.GuiNotInstalled` (which the CLI prints as a
line saying what to install), not a traceback from deep inside a widget module.
"""
from __future__ import annotations

from coach.errors import GUI_INSTALL_HINT, GuiNotInstalled

try:
    import PySide6  # noqa: F401 - only to find out whether the gui extra is installed
except ImportError as exc:
    raise GuiNotInstalled(GUI_INSTALL_HINT) from exc
