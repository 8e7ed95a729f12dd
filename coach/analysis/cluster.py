"""Where parallel review runs: a Dask cluster, either local (``--jobs N``) or an existing one (``--scheduler``).

A clinic's weekly folder or a research group's thousands of trial videos need
more than one machine's processes, and a distributed engine already solves the
hard parts (scheduling, retrying a task whose worker died, shutting workers
down). So Coach only says which cluster: ``--scheduler tcp://host:8786`` joins
one started with ``dask scheduler`` / ``dask worker``; otherwise ``--jobs N``
starts a local cluster of N single-threaded worker processes for this run and
stops it — and every worker process with it — on the way out, Ctrl-C included.

Dask is imported here, inside the functions, so a one-file ``coach analyze``
never pays for it.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator, Optional

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

CONNECT_TIMEOUT_S = 10
HANDSHAKE_TIMEOUT_S = 10   # after connecting: a port that answers but is not Dask (an HTTP server) never replies
CLOSE_TIMEOUT_S = 5
WORKER_SETUP = "coach.analysis.dask_worker_setup"


def _quiet_dask() -> None:
    """Dask logs a warning when it restarts a killed worker or closes a busy one; Coach's own lines
    (one per failed input) say what matters, so only Dask's errors reach the terminal."""
    logging.getLogger("distributed").setLevel(logging.ERROR)


@contextmanager
def dask_client(scheduler: Optional[str] = None, jobs: int = 1) -> Iterator["Client"]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``jobs`` worker processes.

    The local cluster's workers are spawned (not forked: a forked copy of a process that already
    runs MediaPipe threads can crash) and ignore SIGINT, so only this process decides what Ctrl-C
    does: leave the block, cancel the work, close the cluster.
    """
    _quiet_dask()
    from distributed import Client

    if scheduler is not None:
        check_address(scheduler)
        _check_handshake(scheduler)
        try:
            client = Client(scheduler, timeout=f"{CONNECT_TIMEOUT_S}s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise CoachError(QT_TRANSLATE_NOOP("errors", "could not reach the Dask scheduler at {address}: {why}"),
                             address=scheduler, why=str(exc)) from exc
        with _serving(client):
            yield client
        return
    with local_cluster(jobs) as cluster:
        client = Client(cluster, set_as_default=False)
        with _serving(client, on_interrupt=lambda: _stop_workers_now(cluster)):
            yield client


@contextmanager
def local_cluster(jobs: int) -> Iterator["LocalCluster"]:
    """A local cluster of ``jobs`` single-threaded worker processes, closed (workers and all) on the way out."""
    _quiet_dask()
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR, preload=[WORKER_SETUP])
    try:
        yield cluster
    finally:
        cluster.close(timeout=CLOSE_TIMEOUT_S)


@contextmanager
def _serving(client: "Client", on_interrupt: Optional[Callable[[], None]] = None) -> Iterator[None]:
    """Whatever leaves the block (an error, Ctrl-C) cancels the client's work first; the client is closed.

    On Ctrl-C (or SIGTERM) ``on_interrupt`` runs first: a local cluster's workers are stopped there and then,
    rather than asked to finish their task and shut down (which took about 4 s)."""
    try:
        yield
    except BaseException as exc:
        if on_interrupt is not None and isinstance(exc, KeyboardInterrupt):
            on_interrupt()
        _cancel_everything(client)
        raise
    finally:
        client.close(timeout=CLOSE_TIMEOUT_S)


def _stop_workers_now(cluster: "LocalCluster") -> None:
    """Kill this run's local worker processes (they hold no state: every result is written by this process).

    Their nannies (in this process) then log the cancelled wait for each worker as an error with a
    traceback; the run was stopped on purpose and Coach says so in one line, so Dask is silenced first.
    """
    import psutil

    for name in ("distributed", "distributed.nanny", "distributed.worker"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    pids = []
    for nanny in list(getattr(cluster, "workers", {}).values()):
        process = getattr(getattr(nanny, "process", None), "process", None)
        pid = getattr(process, "pid", None)
        if pid:
            pids.append(pid)
        if hasattr(nanny, "auto_restart"):
            nanny.auto_restart = False  # a killed worker is not started again before the cluster closes
    for pid in pids:
        try:
            proc = psutil.Process(pid)
            for p in (*proc.children(recursive=True), proc):
                p.kill()
        except psutil.Error:
            pass


def check_address(scheduler: str) -> None:
    """A malformed address is refused before a Client exists: a half-made one hangs on its way out.

    Only ``tcp://`` (or a bare ``host:port``, which Dask reads as tcp): ``tls://`` needs certificates Coach
    is not given and ``ucx://`` a UCX install, and both failed with a TypeError deep inside Dask."""
    from distributed.comm.addressing import parse_address, parse_host_port

    if not scheduler.strip():
        raise CoachError(QT_TRANSLATE_NOOP("errors", "--scheduler is empty; give a Dask scheduler address like "
                                                     "tcp://host:8786, or leave --scheduler out to run here"))
    try:
        scheme, location = parse_address(scheduler)
        if scheme != "tcp":
            raise ValueError(f"Coach joins Dask schedulers over tcp:// only, not {scheme}://")
        host, port = parse_host_port(location)
        if not host or not port:
            raise ValueError("it needs a host and a port")
    except (ValueError, TypeError) as exc:
        raise CoachError(QT_TRANSLATE_NOOP("errors", "--scheduler {address} is not a Dask scheduler address like "
                                                     "tcp://host:8786 ({why})"),
                         address=repr(scheduler)[1:-1][:200], why=str(exc)[:200]) from None


def _check_handshake(scheduler: str) -> None:
    """Connect and exchange Dask's greeting within the time-outs, then hang up.

    Dask's own Client times out connecting but waits for the scheduler's greeting without limit: a
    port that answers but is not Dask (an HTTP server) held ``coach analyze`` for good."""
    import asyncio

    from distributed.comm import connect

    async def greet() -> None:
        comm = await asyncio.wait_for(connect(scheduler, timeout=CONNECT_TIMEOUT_S),
                                      CONNECT_TIMEOUT_S + HANDSHAKE_TIMEOUT_S)
        await comm.close()

    try:
        asyncio.run(greet())
    except asyncio.TimeoutError:
        raise CoachError(QT_TRANSLATE_NOOP("errors", "the server at {address} did not answer as a Dask scheduler "
                                                     "within {seconds} s"),
                         address=scheduler, seconds=CONNECT_TIMEOUT_S + HANDSHAKE_TIMEOUT_S) from None
    except (OSError, TimeoutError) as exc:
        raise CoachError(QT_TRANSLATE_NOOP("errors", "could not reach the Dask scheduler at {address}: {why}"),
                         address=scheduler, why=str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - whatever a foreign server's bytes make Dask's reader raise
        raise CoachError(QT_TRANSLATE_NOOP("errors", "the server at {address} is not a Dask scheduler ({why})"),
                         address=scheduler, why=f"{type(exc).__name__}: {exc}"[:200]) from None


def _cancel_everything(client: "Client") -> None:
    """Best effort: the cluster may already be unreachable, and that must not hide the real reason."""
    try:
        client.cancel(list(client.futures.values()), force=True) if client.futures else None
    except Exception:  # noqa: BLE001 - cancelling is a courtesy to a shared cluster, never the error
        pass


def worker_count(client: "Client") -> int:
    """Worker threads the cluster has now (at least 1): how many chunks a long recording is cut into."""
    try:
        threads: dict[str, int] = client.nthreads()  # per worker address
        return max(1, sum(threads.values()))
    except Exception:  # noqa: BLE001
        return 1
