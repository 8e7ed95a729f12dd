"""Where the session store lives: the platform's user data folder, unless told otherwise.

Physios may keep data on a clinic drive and tests must never touch a real
user's data, so the folder can be set with ``COACH_DATA_DIR`` and any call can
pass an explicit file path, which wins over both.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Union

DB_FILENAME = "coach.sqlite3"
ENV_VAR = "COACH_DATA_DIR"


def default_data_dir() -> Path:
    """``COACH_DATA_DIR`` if set, else ``platformdirs.user_data_dir("coach")``."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs  # imported lazily: only needed when no folder is given

    return Path(platformdirs.user_data_dir("coach", appauthor=False))


def default_db_path(path: Optional[Union[str, os.PathLike[str]]] = None) -> Path:
    """The data file: ``path`` if given (a folder gets ``coach.sqlite3`` inside), else the default folder's."""
    if path is not None:
        p = Path(path).expanduser()
        return p / DB_FILENAME if p.is_dir() else p
    return default_data_dir() / DB_FILENAME
