"""Work-arounds for the Qt environment, applied before the first window is made.

1. ``cv2`` points ``QT_QPA_PLATFORM_PLUGIN_PATH`` at OpenCV's own Qt plug-ins,
   which do not match PySide6's Qt: the window then fails to start.
2. PySide6 6.12.0's stable-ABI wheel returns ``None`` from every void method
   (``setText``, ``update``, ``QPainter.drawLine``…) and ``True`` from
   ``Signal.emit`` without taking a reference. From Python 3.12 these are
   immortal so nothing happens; on 3.9–3.11 each call drops the singleton's
   reference count by one, and the live view (dozens of such calls per frame)
   aborts the interpreter with "deallocating None" / "deallocating True or
   False" within minutes. We detect the leak with a probe and, only if it is
   there, give ``None``, ``True`` and ``False`` a practically infinite
   reference count (what 3.12 does by design). The proper fix is a PySide6 pin
   that excludes the broken release.
"""
from __future__ import annotations

import ctypes
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

_GUARDED = False


def clear_opencv_qt_plugin_path() -> None:
    """Drop QT_QPA_PLATFORM_PLUGIN_PATH when it points inside cv2's folder (and only then)."""
    value = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if not value:
        return
    try:
        import cv2

        cv2_dir = Path(cv2.__file__).resolve().parent
        if Path(value).resolve().is_relative_to(cv2_dir):
            del os.environ["QT_QPA_PLATFORM_PLUGIN_PATH"]
    except (ImportError, OSError, ValueError):
        return


def singleton_refcount_leak(calls: int = 16) -> int:
    """References to ``None``/``True`` lost over ``calls`` void calls and emits (0 on a sound build)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        probe.setObjectName("coach-probe")
        probe.ping.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    return max(before[0] - after[0], before[1] - after[1])


def guard_singleton_refcounts() -> bool:
    """Make ``None``/``True``/``False`` effectively immortal if (and only if) this PySide6 leaks them."""
    global _GUARDED
    if _GUARDED or sys.version_info >= (3, 12):
        return _GUARDED
    if singleton_refcount_leak() < 8:
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _GUARDED = True
    import PySide6

    log.warning("PySide6 %s loses references to None/True on Python %d.%d; guarded. Pin PySide6 to a release "
                "without this bug (e.g. <6.12).", PySide6.__version__, *sys.version_info[:2])
    return True


def prepare_qt() -> None:
    """Everything that must happen before the QApplication exists."""
    clear_opencv_qt_plugin_path()
    guard_singleton_refcounts()
