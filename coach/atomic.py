"""Files written all-or-nothing: a temporary sibling, renamed over the target only once complete.

A full disk, a read-only folder or a cancel half-way must leave yesterday's good
file (JSON, track, CSV, programme, report, annotated video) in place and no
half-file beside it. Every such writer goes through :func:`replacing`; what is
rendered in memory first (reports, indexes) through :func:`write_bytes_atomic`
and :func:`write_text_atomic`, which also flush it to the disk before the rename.

The temporary name is short and unique (``.<name, cut to fit>.<random>.partial``)
so a name near the 255-byte limit still works and two runs writing the same
output never share a temporary file. Clean-up is best effort: when the disk is
read-only the unlink fails too, and that must not replace the real reason.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, Union

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP

NAME_MAX = 255  # bytes in one file name on every file system Coach runs on
_RANDOM_AND_DOTS = 8 + 3  # mkstemp's random part plus the dots around it


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


# Read once at import: os.umask is process-wide, so toggling it on every write could race a GUI thread.
_UMASK = _read_umask()


def temp_sibling(path: Path, suffix: str = "") -> Path:
    """Create (empty) and return a unique temporary file beside ``path``; ``suffix`` is kept for writers
    that pick a format from the name (video writers). Raises OSError when the folder is not writable."""
    tail = ".partial" + suffix
    room = NAME_MAX - len(tail.encode()) - _RANDOM_AND_DOTS
    stem = path.name.encode()[:room].decode("utf-8", "ignore")
    parent = path.parent if str(path.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=tail, dir=parent)
    os.close(fd)
    os.chmod(name, 0o666 & ~_UMASK)  # mkstemp makes 0600; an output gets the usual permissions
    return Path(name)


def discard(path: Path) -> None:
    """Remove a temporary file if possible; a failure here (read-only disk) is never the error to report."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


@contextmanager
def replacing(path: Union[str, "os.PathLike[str]"], temp: Optional[Path] = None,
              error: type[CoachError] = CoachError, what: str = "", suffix: str = "") -> Iterator[Path]:
    """Yield the temporary file to write; on success it replaces ``path``, on any failure it is removed.

    ``temp`` defaults to a unique sibling from :func:`temp_sibling` (``suffix`` kept at its end).
    An OSError becomes ``error`` with one line, "could not write <what> <path>: <reason>"; ``what`` is
    best marked for translation (``QT_TRANSLATE_NOOP("errors", "pose track")``).
    """
    p = Path(path)
    # A marked ``what`` is kept as it is (str methods would drop its context); plain text may end in a space.
    label = what if getattr(what, "context", "") else what.rstrip()
    tmp: Optional[Path] = temp
    try:
        if p.is_dir():
            if label:
                raise error(QT_TRANSLATE_NOOP("errors", "could not write {what} {path}: it is a folder"),
                            what=label, path=str(p))
            raise error(QT_TRANSLATE_NOOP("errors", "could not write {path}: it is a folder"), path=str(p))
        if tmp is None:
            tmp = temp_sibling(p, suffix)
        yield tmp
        os.replace(tmp, p)
        tmp = None
    except OSError as exc:
        why = str(exc.strerror or exc)
        if label:
            raise error(QT_TRANSLATE_NOOP("errors", "could not write {what} {path}: {why}"),
                        what=label, path=str(p), why=why) from exc
        raise error(QT_TRANSLATE_NOOP("errors", "could not write {path}: {why}"), path=str(p), why=why) from exc
    finally:
        if tmp is not None:
            discard(tmp)


PathLike = Union[str, "os.PathLike[str]"]


def write_bytes_atomic(path: PathLike, data: bytes) -> Path:
    """Replace ``path`` with ``data`` or leave it untouched; an OSError becomes a one-line CoachError.

    The data is on the disk (fsync) before the rename, so a power cut leaves the old file or the new
    one. The temporary sibling already has the usual permissions (:func:`temp_sibling`).
    """
    p = Path(path)
    with replacing(p) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return p


def write_text_atomic(path: PathLike, text: str) -> Path:
    """UTF-8 text through :func:`write_bytes_atomic`."""
    return write_bytes_atomic(path, text.encode("utf-8"))
