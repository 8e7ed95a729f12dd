"""Every output of a command checked before any work starts: where it goes, and that it destroys nothing.

A typo such as ``--json victim.mp4`` must cost one line on stderr, not the
recording, and a missing folder must be found before an hour of analysis, not
after it. So a command lists its inputs (videos, tracks, rule files) and its
outputs, and :func:`check_outputs` refuses, with one line each:

- an output that is the same file as an input (also through a link or another spelling of the path);
- two outputs that are the same file (the second would silently replace the first);
- an output whose folder does not exist or is not writable, or that is itself a folder;
- an output whose suffix does not fit what is written there (``--save-pose`` must be ``.npz``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP

VIDEO_OUT_SUFFIXES = (".mp4", ".m4v", ".mov", ".avi", ".mkv")
FOLDER_NEEDED = QT_TRANSLATE_NOOP("errors", "{flag} must be a folder when there are several inputs ({path} is a file)")


@dataclass(frozen=True)
class Output:
    """One file a command will write; ``flag`` names it in messages (``--json``)."""

    flag: str
    path: Path
    suffixes: Optional[tuple[str, ...]] = None  # allowed endings, or None for any

    def label(self) -> str:
        return f"{self.flag} {self.path}"


def same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` name one file: the same inode if both exist, else the same resolved path."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _check_place(out: Output) -> None:
    p = out.path
    if out.suffixes is not None and p.suffix.lower() not in out.suffixes:
        raise CoachError(QT_TRANSLATE_NOOP("errors", "{flag} {path}: the name must end in {suffixes}"),
                         flag=out.flag, path=str(p), suffixes=" or ".join(out.suffixes))
    if p.is_dir():
        raise CoachError(QT_TRANSLATE_NOOP("errors", "{flag} {path} is a folder; give a file name"),
                         flag=out.flag, path=str(p))
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise CoachError(QT_TRANSLATE_NOOP("errors", "{flag} {path}: folder {folder} does not exist"),
                         flag=out.flag, path=str(p), folder=str(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise CoachError(QT_TRANSLATE_NOOP("errors", "{flag} {path}: folder {folder} is not writable"),
                         flag=out.flag, path=str(p), folder=str(parent))


def check_outputs(inputs: Iterable[Path], outputs: Sequence[Output]) -> None:
    """Raise CoachError (one line) for the first output that would destroy an input or another output,
    or that cannot be written where it is asked for."""
    ins = [Path(i) for i in inputs]
    for i, out in enumerate(outputs):
        for src in ins:
            if same_file(out.path, src):
                raise CoachError(QT_TRANSLATE_NOOP("errors", "{output} is an input of this run; refusing to "
                                                             "overwrite it (give the output another name)"),
                                 output=out.label())
        for other in outputs[:i]:
            if same_file(out.path, other.path):
                raise CoachError(QT_TRANSLATE_NOOP("errors", "{first} and {second} are the same file; give each "
                                                             "output its own name"),
                                 first=other.label(), second=out.label())
    for out in outputs:
        _check_place(out)


def check_output_folder(flag: str, folder: Path) -> None:
    """A folder output (``--json DIR`` for several inputs) must not be an existing file."""
    if folder.exists() and not folder.is_dir():
        raise CoachError(FOLDER_NEEDED, flag=flag, path=str(folder))
