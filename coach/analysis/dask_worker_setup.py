"""Dask worker preload: the worker ignores SIGINT.

The terminal sends Ctrl-C to the whole process group, local workers included.
A worker that died of it would be restarted by its nanny and its task retried
while Coach is closing the cluster; ignoring it leaves the decision to the
``coach`` process, which cancels the work and stops the workers itself.
"""
from __future__ import annotations

import signal
import threading


def dask_setup(worker: object) -> None:  # called by Dask when the worker starts
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
