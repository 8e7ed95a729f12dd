"""Store: the one object the GUI, reports and tests hold — the data file plus every query and write."""
from __future__ import annotations

import os
from typing import Optional, Union

from coach.store.db import Database
from coach.store.history import HistoryMixin
from coach.store.patients import PatientsMixin
from coach.store.programmes import ProgrammesMixin
from coach.store.reads import SessionReadsMixin
from coach.store.sessions import SessionWritesMixin


class Store(HistoryMixin, SessionReadsMixin, SessionWritesMixin, ProgrammesMixin, PatientsMixin, Database):
    """Open with ``Store()`` (default location), ``Store(path)`` or ``Store(read_only=True)``; close when done."""


def open_store(path: Optional[Union[str, os.PathLike[str]]] = None, **kw: object) -> Store:
    return Store(path, **kw)  # type: ignore[arg-type]
