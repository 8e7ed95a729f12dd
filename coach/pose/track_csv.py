"""Export a pose track as CSV: one row per frame, named columns, for spreadsheets and research.

Columns: ``t_s``, ``person`` (1 when a person was seen), then for each of the 33
landmarks ``<name>_x``, ``_y`` (normalised image coordinates), ``_z``, ``_vis``, then
the world landmarks ``<name>_wx``, ``_wy``, ``_wz`` in metres. Empty cells where
nobody was seen. Written to a temporary file and renamed, like every export.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np

from coach.atomic import replacing
from coach.pose.landmarks import Landmark
from coach.pose.track import PoseTrack


def track_csv_header() -> list[str]:
    names = [lm.name.lower() for lm in Landmark]
    image = [f"{n}_{c}" for n in names for c in ("x", "y", "z", "vis")]
    world = [f"{n}_{c}" for n in names for c in ("wx", "wy", "wz")]
    return ["t_s", "person", *image, *world]


def _cells(values: np.ndarray) -> list[str]:
    return ["" if v != v else f"{v:.5f}" for v in values.tolist()]


def write_track_csv(track: PoseTrack, path: str | os.PathLike[str]) -> Path:
    p = Path(path)
    with replacing(p) as tmp, open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(track_csv_header())
        for i in range(len(track)):
            person = not np.isnan(track.image[i]).all()
            writer.writerow([f"{track.t_s[i]:.4f}", int(person), *_cells(track.image[i].reshape(-1)),
                             *_cells(track.world[i, :, :3].reshape(-1))])
    return p
