"""Write a report file all-or-nothing.

A physio may re-export over last week's report; if the disk fills or the folder
is read-only half-way through, the old, good file must still be there. So every
writer renders into memory first (reports are small: the angle series is thinned
to 10 Hz), writes a temporary sibling in the same folder (so the final rename
stays on one file system and is atomic) and only then replaces the target.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Union

from coach.atomic import replacing

PathLike = Union[str, "os.PathLike[str]"]


def write_bytes_atomic(path: PathLike, data: bytes) -> Path:
    """Replace ``path`` with ``data`` or leave it untouched; an OSError becomes a one-line CoachError."""
    p = Path(path)
    # replacing() picks a unique temporary sibling that fits the 255-byte name limit, so two exports
    # to one folder never share it and a long but valid report name still works.
    with replacing(p) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
        os.chmod(tmp, _default_mode())
    return p


def write_text_atomic(path: PathLike, text: str) -> Path:
    """UTF-8 text through :func:`write_bytes_atomic`."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


# Read once at import: os.umask is process-wide, so toggling it on every write could race a GUI thread.
_UMASK = _read_umask()


def _default_mode() -> int:
    """A report gets the usual permissions (0666 minus umask), whatever the temporary file was created with."""
    return 0o666 & ~_UMASK
