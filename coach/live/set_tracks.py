"""Where each guided set's pose track is kept, and which set it belongs to.

Sessions record the skeleton by default (never the video): one
``coach.posetrack/1`` file per set in ``<data dir>/tracks/``, named
``session_<id>_set_<n>.npz``. The link is the set's ``pose_track`` column,
relative to the data folder (see :mod:`coach.store.tracks`), so a moved data
folder keeps its tracks and two Coach processes cannot lose each other's
links. Links an older Coach kept in ``tracks/index.json`` are adopted when
the shelf is first opened.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

from coach.store import tracks as links

if TYPE_CHECKING:
    from coach.pose.track import PoseTrack
    from coach.store.store import Store


def tracks_folder(store: "Store") -> Path:
    """Beside the data file; a throw-away in-memory store uses the data folder (``COACH_DATA_DIR``)."""
    return links.tracks_folder(store)


class SetTracks:
    """Save a set's track and look it up later (the history drill-down shows the file)."""

    def __init__(self, store: "Store") -> None:
        self.store = store
        self.folder = tracks_folder(store)
        links.adopt_index_links(store)

    def path_for(self, session_id: int, set_index: int, set_id: int) -> Path:
        p = self.folder / f"session_{session_id}_set_{set_index}.npz"
        return p if not p.exists() else self.folder / f"session_{session_id}_set_{set_index}_{set_id}.npz"

    def save(self, track: "PoseTrack", session_id: int, set_id: int, set_index: int, exercise: str) -> Optional[Path]:
        """Write the track (nothing for a set with no frames), then link it to the set; returns its path."""
        from coach.pose.track import save_track

        if len(track) == 0:
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        path = save_track(track, self.path_for(session_id, set_index, set_id))
        links.link(self.store, set_id, path.name)
        return path

    def track_of(self, set_id: int) -> Optional[Path]:
        return links.track_of(self.store, set_id)
