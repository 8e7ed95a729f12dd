"""Where each guided set's pose track is kept, and which set it belongs to.

Sessions record the skeleton by default (never the video): one
``coach.posetrack/1`` file per set in ``<data dir>/tracks/``, named
``session_<id>_set_<n>.npz``. The store has no column for the file yet, so the
link is a small sidecar index (``tracks/index.json``) keyed by the data file
and set id; it is rewritten atomically after each set, and a lost or damaged
index only loses the links, never a track or a session. (A ``pose_track``
column on ``sets`` would replace it — proposed to the store's owner.)
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

from coach.atomic import write_text_atomic

INDEX_NAME = "index.json"
INDEX_SCHEMA = "coach.track-index/1"


def tracks_folder(store) -> Path:
    """Beside the data file; a throw-away in-memory store uses the data folder (``COACH_DATA_DIR``)."""
    if getattr(store, "memory", False):
        from coach.store import default_data_dir

        return default_data_dir() / "tracks"
    return Path(store.path).parent / "tracks"


class SetTracks:
    """Save a set's track and look it up later (the history drill-down shows the file)."""

    def __init__(self, store, folder: Optional[Path] = None) -> None:
        self.store = store
        self.folder = Path(folder) if folder is not None else tracks_folder(store)
        self._db = ":memory:" if getattr(store, "memory", False) else os.fspath(Path(store.path).resolve())

    def path_for(self, session_id: int, set_index: int, set_id: int) -> Path:
        p = self.folder / f"session_{session_id}_set_{set_index}.npz"
        return p if not p.exists() else self.folder / f"session_{session_id}_set_{set_index}_{set_id}.npz"

    def save(self, track, session_id: int, set_id: int, set_index: int, exercise: str) -> Optional[Path]:
        """Write the track (nothing for a set with no frames); returns its path."""
        from coach.pose.track import save_track

        if len(track) == 0:
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        path = save_track(track, self.path_for(session_id, set_index, set_id))
        index = self._read()
        index["tracks"] = [e for e in index["tracks"] if not (e.get("db") == self._db and e.get("set_id") == set_id)]
        index["tracks"].append({"db": self._db, "session_id": session_id, "set_id": set_id, "set_index": set_index,
                                "exercise": exercise, "file": path.name})
        write_text_atomic(self.folder / INDEX_NAME, json.dumps(index, indent=1))
        return path

    def track_of(self, set_id: int) -> Optional[Path]:
        for e in self._read()["tracks"]:
            if e.get("db") == self._db and e.get("set_id") == set_id:
                p = self.folder / str(e.get("file", ""))
                return p if p.is_file() else None
        return None

    def _read(self) -> dict:
        try:
            data = json.loads((self.folder / INDEX_NAME).read_text(encoding="utf-8"))
            if data.get("schema") == INDEX_SCHEMA and isinstance(data.get("tracks"), list):
                return data
        except (OSError, ValueError, AttributeError):
            pass
        return {"schema": INDEX_SCHEMA, "tracks": []}
