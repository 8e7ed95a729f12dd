"""Worker processes that stop when the user stops: Ctrl-C cancels pending work at once.

``ProcessPoolExecutor`` used as a context manager waits for every submitted task
on the way out, even when leaving because of Ctrl-C: a batch said "interrupted"
and then kept writing results for another half a minute. :func:`worker_pool`
instead cancels what has not started and terminates the workers on any error.
Workers ignore SIGINT (the terminal sends it to the whole process group), so
only the parent decides, and no worker prints its own KeyboardInterrupt traceback.
"""
from __future__ import annotations

import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Iterator


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Cancel pending tasks and end running ones; their half-written outputs are temporary files."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=5)


@contextmanager
def worker_pool(jobs: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``jobs`` spawned processes (not forked: a forked copy of a process that already runs
    MediaPipe threads can crash). Leaving normally waits for the work; leaving by an exception stops it."""
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_ignore_sigint)
    try:
        yield pool
    except BaseException:
        _stop_now(pool)
        raise
    pool.shutdown(wait=True)
