"""Which pose track belongs to which set: a column of the set's row, relative to the data folder.

Each set's ``coach.posetrack/1`` file lives in ``<data folder>/tracks/``; the
set's row holds its path relative to the data folder (``tracks/session_3_set_1.npz``),
written in a transaction of the store. So a copied or moved data folder keeps
every link, two imports at once cannot lose one, and a link never points
outside the folder (an absolute path, ``..`` or a folder name is never
followed). Links from before (``tracks/index.json``, keyed by the data file's
absolute path) are adopted once: :func:`adopt_index_links`.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Optional

from coach.phrase import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from coach.store.store import Store

TRACKS = "tracks"
LEGACY_INDEX = "index.json"
LEGACY_SCHEMA = "coach.track-index/1"


def data_folder(store: "Store") -> Path:
    """The folder the links are relative to; a throw-away in-memory store uses ``COACH_DATA_DIR``."""
    if getattr(store, "memory", False):
        from coach.store.paths import default_data_dir

        return default_data_dir()
    return Path(store.path).parent


def tracks_folder(store: "Store") -> Path:
    return data_folder(store) / TRACKS


def relative_link(file_name: str) -> str:
    """The stored link for a file in the tracks folder."""
    return f"{TRACKS}/{file_name}"


def resolve(store: "Store", link: Optional[str]) -> Optional[Path]:
    """The file a stored link names, if it is a plain file name in the tracks folder that exists."""
    if not isinstance(link, str) or not link:
        return None
    parts = PurePosixPath(link).parts
    if len(parts) != 2 or parts[0] != TRACKS or parts[1] in (".", "..") or "\\" in link:
        return None
    p = tracks_folder(store) / parts[1]
    return p if p.is_file() else None


def link_in(db: sqlite3.Connection, set_id: int, file_name: str) -> None:
    """Inside the caller's transaction: the set's track is ``tracks/<file_name>``."""
    db.execute("UPDATE sets SET pose_track = ? WHERE id = ?", (relative_link(file_name), set_id))


def link(store: "Store", set_id: int, file_name: str) -> None:
    with store.write(QT_TRANSLATE_NOOP("errors", "linking a pose track")) as db:
        link_in(db, set_id, file_name)


def track_of(store: "Store", set_id: int) -> Optional[Path]:
    row = store.query_one("SELECT pose_track FROM sets WHERE id = ?", (set_id,))
    return resolve(store, row[0]) if row is not None else None


def adopt_index_links(store: "Store") -> int:
    """Copy the links of ``tracks/index.json`` (before schema 5) into the sets' rows; returns how many.

    An entry is taken for a set of this store that has no link yet, when its file is in the tracks folder
    and the entry names this data file — by its absolute path, or (a folder moved since) by the file's name
    when no entry names it by path. The side file is left as it was: an older Coach still reads it."""
    if getattr(store, "read_only", False) or getattr(store, "memory", False):
        return 0  # a throw-away store never had links of its own; set ids in a shared index would collide
    index = tracks_folder(store) / LEGACY_INDEX
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    entries = data.get("tracks") if isinstance(data, dict) and data.get("schema") == LEGACY_SCHEMA else None
    if not isinstance(entries, list):
        return 0
    here = str(Path(store.path).resolve())
    mine = [e for e in entries if isinstance(e, dict) and e.get("db") == here]
    if not mine:
        mine = [e for e in entries if isinstance(e, dict) and isinstance(e.get("db"), str)
                and Path(e["db"]).name == Path(here).name]
    wanted = [(e["set_id"], str(e["file"])) for e in mine
              if isinstance(e.get("set_id"), int) and isinstance(e.get("file"), str)
              and PurePosixPath(e["file"]).name == e["file"] and (index.parent / e["file"]).is_file()]
    unlinked = {r[0] for r in store.query("SELECT id FROM sets WHERE pose_track IS NULL")}
    wanted = [(set_id, name) for set_id, name in wanted if set_id in unlinked]
    if not wanted:
        return 0  # adopted before: nothing to write
    with store.write(QT_TRANSLATE_NOOP("errors", "adopting pose track links")) as db:
        before = db.total_changes
        db.executemany("UPDATE sets SET pose_track = ? WHERE id = ? AND pose_track IS NULL",
                       [(relative_link(name), set_id) for set_id, name in wanted])
        return db.total_changes - before
