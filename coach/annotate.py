"""Draw the analysis onto video frames (skeleton, key angle, count or hold, current cue) with OpenCV.

Used by ``coach analyze --annotate`` and the review export; the GUI draws its
own overlay with Qt. Drawing works on a copy of the frame at the analysed size.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import cv2
import numpy as np

from coach.atomic import discard, replacing, temp_sibling
from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP
from coach.exercises.events import AnalyzerState
from coach.pose.landmarks import SKELETON_EDGES, PoseFrame

GOOD_BGR = (80, 200, 60)
BAD_BGR = (40, 40, 230)
NEUTRAL_BGR = (230, 230, 230)


def draw_overlay(image: np.ndarray, pose: PoseFrame, state: AnalyzerState) -> np.ndarray:
    out = image.copy()
    h, w = out.shape[:2]
    if pose.image is not None:
        pts = [(int(x * w), int(y * h)) for x, y in pose.image[:, :2]]
        vis = pose.image[:, 3]
        bad = set(state.bad_joints)
        watched = set(state.watched_joints)
        for a, b in SKELETON_EDGES:
            if vis[a] < 0.3 or vis[b] < 0.3:
                continue
            if a in bad or b in bad:
                colour = BAD_BGR
            else:
                colour = GOOD_BGR if (a in watched and b in watched) else NEUTRAL_BGR
            cv2.line(out, pts[a], pts[b], colour, max(2, w // 320), cv2.LINE_AA)
        for i, p in enumerate(pts):
            if vis[i] >= 0.3 and i >= 11:
                cv2.circle(out, p, max(3, w // 240), BAD_BGR if i in bad else NEUTRAL_BGR, -1, cv2.LINE_AA)
    scale = max(0.5, w / 900)
    lines = []
    if state.hold_s is not None:
        lines.append(f"Hold {state.hold_s:5.1f}s  good form {state.good_form_s or 0:5.1f}s")
    else:
        sides = "  ".join(f"{k[0].upper()}:{v}" for k, v in sorted(state.reps_by_side.items()))
        lines.append(f"Reps {state.rep_count}  {sides}".rstrip())
    if state.key_angle_deg is not None:
        lines.append(f"{state.key_angle_name.replace('_deg', '').replace('_', ' ')}: {state.key_angle_deg:.0f} deg")
    y = int(30 * scale)
    for text in lines:
        cv2.putText(out, text, (10, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7 * scale, (0, 0, 0), int(4 * scale), cv2.LINE_AA)
        cv2.putText(out, text, (10, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7 * scale, (255, 255, 255), max(1, int(2 * scale)),
                    cv2.LINE_AA)
        y += int(30 * scale)
    message = state.setup_message or state.cue
    if message:
        colour = (0, 170, 255) if state.setup_message else BAD_BGR
        cv2.rectangle(out, (0, h - int(44 * scale)), (w, h), (0, 0, 0), -1)
        cv2.putText(out, message, (10, h - int(14 * scale)), cv2.FONT_HERSHEY_SIMPLEX, 0.6 * scale, colour,
                    max(1, int(2 * scale)), cv2.LINE_AA)
    return out


class AnnotatedVideoWriter:
    """MP4 writer that fails in words (unwritable folder, full disk) instead of silently writing nothing.

    Frames go to a temporary sibling that is renamed over ``path`` only by :meth:`close`, like every
    other output: a kill or an error half-way leaves an existing good video at ``path`` playable.
    Call :meth:`abort` on failure to remove the temporary file.
    """

    def __init__(self, path: str | os.PathLike[str], fps: float, size: tuple[int, int]) -> None:
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            raise CoachError(QT_TRANSLATE_NOOP("errors", "cannot write {path}: folder {folder} does not exist"),
                             path=str(self.path), folder=str(self.path.parent))
        try:
            self.partial = temp_sibling(self.path, self.path.suffix)
        except OSError as exc:
            raise CoachError(QT_TRANSLATE_NOOP("errors", "cannot write annotated video {path}: {why}"),
                             path=str(self.path), why=str(exc.strerror or exc)) from exc
        self._writer = cv2.VideoWriter(str(self.partial), cv2.VideoWriter.fourcc(*"mp4v"), fps, size)
        if not self._writer.isOpened():
            discard(self.partial)
            raise CoachError(QT_TRANSLATE_NOOP("errors", "cannot write annotated video {path}"), path=str(self.path))
        self.size = size
        self.frames = 0

    def write(self, image: np.ndarray) -> None:
        if (image.shape[1], image.shape[0]) != self.size:
            image = cv2.resize(image, self.size)
        self._writer.write(image)
        self.frames += 1

    def close(self) -> Optional[Path]:
        """Finish the file and put it in place; the previous file at ``path`` is replaced only now."""
        self._writer.release()
        try:
            if not self.partial.exists() or self.partial.stat().st_size == 0:
                raise CoachError(QT_TRANSLATE_NOOP("errors", "annotated video {path} could not be written (disk "
                                                             "full?)"), path=str(self.path))
            with replacing(self.path, self.partial, what=QT_TRANSLATE_NOOP("errors", "annotated video")):
                pass
        finally:
            discard(self.partial)
        return self.path

    def abort(self) -> None:
        """Stop without touching ``path``: the half-written temporary file is removed."""
        self._writer.release()
        discard(self.partial)
