"""Keep the libraries' own chatter off the terminal unless ``--verbose`` asks for it.

MediaPipe and TFLite print start-up notices (``W0000 …``, ``INFO: Created TensorFlow
Lite XNNPACK delegate``, ``WARNING: All log messages before absl::InitializeLog()``)
and FFmpeg prints ``moov atom not found`` next to Coach's own clear ``coach:`` line.
The FFmpeg and OpenCV ones obey environment variables, which must be set before
the libraries load. MediaPipe's absl logging obeys none, so the process's native
stderr (file descriptor 2, where C++ code writes) goes to the null device, while
Python's ``sys.stderr`` — Coach's messages, warnings and tracebacks — keeps the
real one. Child processes inherit the quiet descriptor, so workers are quiet too.
"""
from __future__ import annotations

import os
import sys

QUIET_ENV = {
    "OPENCV_FFMPEG_LOGLEVEL": "-8",  # AV_LOG_QUIET: FFmpeg's "[mov,mp4…] moov atom not found"
    "OPENCV_LOG_LEVEL": "OFF",       # OpenCV's own "[ERROR] … cap_ffmpeg_impl"
    "GLOG_minloglevel": "2",
    "TF_CPP_MIN_LOG_LEVEL": "3",
}

_done = False


def quiet_libraries() -> None:
    """Call before cv2 or mediapipe is imported; a variable the user has set is left as it is."""
    global _done
    if _done:
        return
    _done = True
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)
    _native_stderr_to_null()


def _native_stderr_to_null() -> None:
    """Point descriptor 2 at the null device and give ``sys.stderr`` a private copy of the real one.

    Only when ``sys.stderr`` really is descriptor 2 (a terminal or a redirected file): inside a test
    harness that captures ``sys.stderr`` there is nothing to do, and nothing is changed.
    """
    try:
        if sys.stderr is None or sys.stderr.fileno() != 2:
            return
    except (AttributeError, OSError, ValueError):
        return
    sys.stderr.flush()
    real = os.dup(2)
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    sys.stderr = os.fdopen(real, "w", buffering=1, encoding=encoding, errors="backslashreplace")
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    os.close(null)
