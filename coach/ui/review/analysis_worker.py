"""Run one long job (analysis, re-scoring, an export) off the GUI thread, with progress and a prompt Cancel.

Decoding and the pose model take seconds to minutes; on the GUI thread they
would freeze the window and its Cancel button. A job is a plain function that
gets a :class:`~coach.review.job_context.JobContext`; it runs in a QObject
moved to its own QThread (as the live pipeline does), is stopped only by a ``threading.Event`` that the
analysis checks every frame (never ``QThread.terminate``), and its worker and
thread are freed once the thread has ended. Errors a person can act on
(:class:`~coach.errors.CoachError`, ``OSError``) become one readable message;
anything else is logged with its traceback and still shown as a message, so
the window never dies with a traceback.
"""
from __future__ import annotations

import logging
import threading
from typing import Optional

from PySide6.QtCore import QObject, QThread, Signal, Slot

from coach.errors import CoachError
from coach.review.job_context import Job, JobCancelled, JobContext
from coach.ui.i18n import error_text, phrase_text, translate

log = logging.getLogger(__name__)


class _Worker(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.cancel = cancel

    @Slot()
    def run(self) -> None:
        # the job says what it is doing as a phrase; the progress bar shows it in the window's language
        ctx = JobContext(self.cancel, lambda percent, text: self.progressed.emit(percent, phrase_text(text)))
        try:
            result = self.job(ctx)
        except JobCancelled:
            self.cancelled.emit()
        except CoachError as exc:
            self.failed.emit(error_text(exc))
        except MemoryError:
            self.failed.emit(translate("_Worker", "Not enough memory for this recording."))
        except OSError as exc:
            self.failed.emit(translate("_Worker", "Could not read or write a file: {error}").format(
                error=exc.strerror or exc)
                             + (f" ({exc.filename})" if exc.filename else ""))
        except Exception as exc:  # noqa: BLE001 - the window must survive a bug; the log keeps the traceback
            log.exception("review job failed")
            self.failed.emit(translate("_Worker", "Something went wrong: {kind}: {exc}").format(
                kind=exc.__class__.__name__, exc=error_text(exc)))
        else:
            if self.cancel.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        finally:
            thread = self.thread()
            if thread is not None:
                thread.quit()


class JobRunner(QObject):
    """One job at a time. Signals carry the job's ``kind`` so the window knows what finished."""

    started = Signal(str)             # kind
    progressed = Signal(int, str)     # percent (-1 = not known), text
    succeeded = Signal(str, object)   # kind, result
    failed = Signal(str, str)         # kind, message
    cancelled = Signal(str)           # kind
    idle = Signal()                   # the thread has finished and been cleaned up

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self._thread: Optional[QThread] = None
        self._worker: Optional[_Worker] = None
        self._cancel = threading.Event()
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._thread is not None

    @property
    def job_thread(self) -> Optional[QThread]:  # (not thread(): that is QObject's)
        return self._thread

    def start(self, kind: str, job: Job) -> bool:
        """Start ``job``; False (and nothing started) if another job is still running."""
        if self._thread is not None:
            return False
        self.kind = kind
        self._cancel = threading.Event()
        thread = QThread()
        thread.setObjectName(f"coach-review-{kind}")
        worker = _Worker(job, self._cancel)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.started.emit(kind)
        thread.start()
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel and wait for the thread (window closing); True once nothing is running."""
        thread = self._thread
        self._closed = True  # results still queued from the worker are dropped: nobody is looking
        if thread is None:
            return True
        self._cancel.set()
        stopped = bool(thread.wait(timeout_ms))
        if stopped:
            self._thread = self._worker = None
        return stopped

    # ----- from the worker (queued onto the GUI thread) ---------------------------------------
    @Slot(int, str)
    def _on_progress(self, percent: int, text: str) -> None:
        if not self._cancel.is_set() and not self._closed:
            self.progressed.emit(percent, text)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if not self._closed:
            self.succeeded.emit(self.kind, result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if not self._closed:
            self.failed.emit(self.kind, message)

    @Slot()
    def _on_cancelled(self) -> None:
        if not self._closed:
            self.cancelled.emit(self.kind)

    @Slot()
    def _on_thread_finished(self) -> None:
        # No deleteLater: the worker would then be deleted on its own thread at the very moment this slot drops
        # the last Python reference to it (a double delete, seen as a rare segfault). Instead wait until the
        # thread has really ended (finished() is emitted just before), then let Python free both objects here.
        thread = self._thread
        if thread is None:
            return
        thread.wait()
        self._thread = self._worker = None
        if not self._closed:
            self.idle.emit()
