"""``coach`` with no subcommand: create the QApplication, open the window, run until closed.

Environment traps are handled before Qt starts (see :mod:`coach.ui.qt_compat`:
OpenCV's Qt plug-in path, a PySide6 reference-count bug). Qt's event loop
never returns to Python on its own, so Ctrl-C in the terminal would do nothing
without a SIGINT handler and a timer that lets the interpreter run it.
"""
from __future__ import annotations

import signal
import sys
from typing import Optional, Sequence

from coach.errors import CoachError


def make_application(argv: Optional[Sequence[str]] = None):
    """The one QApplication (reused when it exists, as under pytest-qt)."""
    from coach.ui.qt_compat import prepare_qt

    prepare_qt()
    from PySide6.QtWidgets import QApplication

    from coach.ui.settings import APPLICATION, ORGANISATION

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        app.setApplicationDisplayName("Coach")
    return app


def install_sigint_handler(window) -> object:
    """Ctrl-C closes the window (cleanly, through closeEvent); returns the timer that keeps Python awake."""
    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)  # the interpreter only runs signal handlers between bytecodes
    timer.start(200)
    return timer


def run_app(source: Optional[str] = None, exercise: Optional[str] = None,
            rules: Optional[list[str]] = None, settings_path: Optional[str] = None) -> int:
    """Open the main window; with ``source`` and ``exercise`` go straight into a set."""
    from coach.sources import check_video_path

    if source is not None and not str(source).isdigit():
        check_video_path(source)  # a missing file is a one-line CLI error, not an empty window
    app = make_application()
    from coach.ui.i18n import install_language
    from coach.ui.main_window import MainWindow
    from coach.ui.settings import open_settings

    settings = open_settings(settings_path)
    install_language(app, settings)  # before any widget exists: every text is translated when it is made
    video = source if source is not None and not str(source).isdigit() else None
    window = MainWindow(settings, rules=rules, video=video)
    window.show()
    if source is not None and exercise is not None:
        spec = int(source) if str(source).isdigit() else source
        if window.start_set(spec, exercise) is None and window.last_error:
            print(f"coach: {window.last_error}", file=sys.stderr)
    previous = signal.getsignal(signal.SIGINT)
    install_sigint_handler(window)
    try:
        return int(app.exec())
    finally:
        signal.signal(signal.SIGINT, previous)


def main(argv: Optional[Sequence[str]] = None) -> int:  # pragma: no cover - thin wrapper for `python -m`
    try:
        return run_app()
    except CoachError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
