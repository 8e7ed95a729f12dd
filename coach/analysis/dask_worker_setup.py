"""Dask worker preload for a local cluster: the worker ignores SIGINT and decodes on one thread.

The terminal sends Ctrl-C to the whole process group, local workers included.
A worker that died of it would be restarted by its nanny and its task retried
while Coach is closing the cluster; ignoring it leaves the decision to the
``coach`` process, which cancels the work and stops the workers itself.

A local cluster has one worker process per core it was given, so each worker's
OpenCV (frame decoding, resizing) keeps to one thread: left at one thread per
core, N workers would run N × cores threads on N cores and lose time switching
between them.
"""
from __future__ import annotations

import os
import signal
import threading


def dask_setup(worker: object) -> None:  # called by Dask when the worker starts
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OPENCV_FFMPEG_CAPTURE_OPTIONS", "threads;1")
    import cv2

    cv2.setNumThreads(1)
