"""Files written all-or-nothing: a temporary sibling, renamed over the target only once complete.

A full disk, a read-only folder or a cancel half-way must leave yesterday's good
file (JSON, track, CSV, programme, report, annotated video) in place and no
half-file beside it. Every such writer goes through :func:`replacing`; the
report renderers through :mod:`coach.reports.atomic`, which builds on it.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, Union

from coach.errors import CoachError


@contextmanager
def replacing(path: Union[str, "os.PathLike[str]"], temp: Optional[Path] = None,
              error: type[Exception] = CoachError, what: str = "") -> Iterator[Path]:
    """Yield the temporary file to write; on success it replaces ``path``, on any failure it is removed.

    ``temp`` defaults to ``<name>.partial`` beside ``path`` (a writer that picks its format by suffix,
    like a video writer, passes one that keeps the suffix). An OSError becomes ``error`` with one line,
"could not write <what><path>: <reason>".
    """
    p = Path(path)
    tmp = temp if temp is not None else p.with_name(p.name + ".partial")
    try:
        yield tmp
        os.replace(tmp, p)
    except OSError as exc:
        raise error(f"could not write {what}{p}: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
