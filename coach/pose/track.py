"""Pose tracks (``coach.posetrack/1``): the skeleton of a recording without its video.

A track is a compressed NumPy archive that stores exactly the :class:`PoseFrame`
stream the analyzers saw, so re-analysing a track reproduces the analysis of
the video it came from, without decoding or the pose model. Keys:

- ``schema``: ``"coach.posetrack/1"``
- ``t_s``: float64 ``(N,)`` seconds from the start, strictly increasing
- ``image``: float32 ``(N, 33, 4)`` normalised x, y, z, visibility; NaN rows where nobody is seen
  (a frame with any NaN or infinite point is read as a gap: nobody reliably seen)
- ``world``: float32 ``(N, 33, 4)`` metres (+ visibility); NaN rows where nobody is seen
- ``frame_size``: int ``(2,)`` width, height in pixels of the analysed frames
- ``fps``: float, the source's nominal frame rate
- ``source``: optional, the file name the track was made from
- ``others``: optional uint8 ``(N,)`` people seen besides the tracked one (absent: 0 throughout)
- ``silhouette`` and ``silhouette_box``: optional, together: uint8 ``(N, 48, 48)`` the person's outline around
  the torso and float32 ``(N, 3)`` where that square lies (NaN rows: none that frame); see
  :mod:`coach.pose.silhouette`. Only recordings analysed with segmentation (cat-cow) have them.

Reading goes through :mod:`coach.untrusted`: only the arrays above, each
refused from its header (dtype, shape, frame count) before its data is
unpacked, every unpacked size bounded; then every value is validated. Any
problem raises :class:`~coach.errors.PoseTrackError` with one line naming it.
Writing goes to a temporary file first and is renamed into place, so a full
disk never leaves a half-written track behind.
"""
from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator, Sequence

import numpy as np

from coach.atomic import replacing
from coach.errors import PoseTrackError
from coach.phrase import QT_TRANSLATE_NOOP, Num
from coach.pose.landmarks import LANDMARK_SHAPE, PoseFrame
from coach.pose.silhouette import SILHOUETTE_PX, Silhouette
from coach.untrusted import UntrustedFileError, open_zip, read_npy

SCHEMA = "coach.posetrack/1"


@dataclass
class PoseTrack:
    t_s: np.ndarray
    image: np.ndarray
    world: np.ndarray
    frame_size: tuple[int, int]
    fps: float
    source: str = ""
    others: np.ndarray | None = None  # uint8 (N,), or None for a track from before it was recorded
    silhouette: np.ndarray | None = None  # uint8 (N, 48, 48), or None: recorded without segmentation
    silhouette_box: np.ndarray | None = None  # float32 (N, 3), NaN rows where there was no outline

    def __len__(self) -> int:
        return int(self.t_s.shape[0])

    @property
    def duration_s(self) -> float:
        return float(self.t_s[-1]) if len(self) else 0.0

    def take(self, idx: np.ndarray) -> "PoseTrack":
        """The frames at ``idx`` (increasing), every per-frame array sliced alike (times are kept as they were)."""
        def cut(a: np.ndarray | None) -> np.ndarray | None:
            return None if a is None else a[idx]

        return PoseTrack(t_s=self.t_s[idx], image=self.image[idx], world=self.world[idx], frame_size=self.frame_size,
                         fps=self.fps, source=self.source, others=cut(self.others),
                         silhouette=cut(self.silhouette), silhouette_box=cut(self.silhouette_box))

    def frames(self) -> Iterator[PoseFrame]:
        for i in range(len(self)):
            yield self.frame(i)

    def frame(self, i: int) -> PoseFrame:
        """Frame ``i``; one with any missing (NaN) or infinite point is a gap: nobody reliably seen."""
        img = self.image[i]
        others = int(self.others[i]) if self.others is not None else 0
        if not (np.isfinite(img).all() and np.isfinite(self.world[i]).all()):
            return PoseFrame(t_s=float(self.t_s[i]), image=None, world=None, frame_size=self.frame_size,
                             others_in_view=others)
        return PoseFrame(t_s=float(self.t_s[i]), image=img.copy(), world=self.world[i].copy(),
                         frame_size=self.frame_size, others_in_view=others, silhouette=self._silhouette(i))

    def _silhouette(self, i: int) -> Silhouette | None:
        if self.silhouette is None or self.silhouette_box is None:
            return None
        box = self.silhouette_box[i]
        if not (np.isfinite(box).all() and box[2] > 0):
            return None
        return Silhouette(mask=self.silhouette[i].copy(), box=(float(box[0]), float(box[1]), float(box[2])))


class PoseTrackRecorder:
    """Collects PoseFrames as they are analysed: 1 KiB per frame (about 100 MB per hour at 30 fps),
    plus 2.3 KiB for a frame that carries the person's outline (cat-cow only).

    Frames are copied into blocks of a minute each rather than kept as two small arrays apiece:
    each array object costs ~110 bytes on top of its 528 bytes of landmarks, which over a long
    live session is a fifth more memory for nothing.
    """

    BLOCK_FRAMES = 1800  # a minute at 30 fps: at most ~2 MB allocated ahead

    def __init__(self, fps: float, source: str = "") -> None:
        self.fps = fps
        self.source = source
        self._blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []  # t, image, world, others
        self._in_last = 0
        self._n = 0
        self._silhouettes: dict[int, Silhouette] = {}  # frame index → outline, for the frames that have one
        self._frame_size: tuple[int, int] = (0, 0)

    def add(self, frame: PoseFrame) -> None:
        if not self._blocks or self._in_last == self.BLOCK_FRAMES:
            n = self.BLOCK_FRAMES
            self._blocks.append((np.empty(n, np.float64), np.empty((n, *LANDMARK_SHAPE), np.float32),
                                 np.empty((n, *LANDMARK_SHAPE), np.float32), np.empty(n, np.uint8)))
            self._in_last = 0
        t, image, world, others = self._blocks[-1]
        i = self._in_last
        t[i] = frame.t_s
        image[i] = frame.image if frame.image is not None else np.nan
        world[i] = frame.world if frame.world is not None else np.nan
        others[i] = frame.others_in_view
        if frame.silhouette is not None:
            self._silhouettes[self._n] = frame.silhouette
        self._in_last += 1
        self._n += 1
        self._frame_size = frame.frame_size

    def __len__(self) -> int:
        return self._n

    def track(self) -> PoseTrack:
        parts = [tuple(a[:self.BLOCK_FRAMES] for a in block) for block in self._blocks[:-1]]
        if self._blocks:
            parts.append(tuple(a[:self._in_last] for a in self._blocks[-1]))
        columns: list[Sequence[np.ndarray]] = list(zip(*parts)) if parts else [
            [np.zeros(0, np.float64)], [np.zeros((0, *LANDMARK_SHAPE), np.float32)],
            [np.zeros((0, *LANDMARK_SHAPE), np.float32)], [np.zeros(0, np.uint8)]]
        t, image, world, others = (np.concatenate(c) for c in columns)
        return PoseTrack(t_s=t, image=image, world=world, frame_size=self._frame_size, fps=float(self.fps),
                         source=self.source, others=others, **silhouette_arrays(self._silhouettes, len(t)))


def silhouette_arrays(by_frame: dict[int, Silhouette], n: int) -> dict[str, np.ndarray]:
    """The track's ``silhouette``/``silhouette_box`` arrays for ``n`` frames, or nothing if no frame has one."""
    if not by_frame:
        return {}
    masks = np.zeros((n, SILHOUETTE_PX, SILHOUETTE_PX), dtype=np.uint8)
    boxes = np.full((n, 3), np.nan, dtype=np.float32)
    for i, sil in by_frame.items():
        masks[i] = sil.mask
        boxes[i] = sil.box
    return {"silhouette": masks, "silhouette_box": boxes}


def save_track(track: PoseTrack, path: str | os.PathLike[str]) -> Path:
    """Write atomically: a temporary sibling file renamed into place once complete."""
    _validate(track.t_s, track.image, track.world, np.asarray(track.frame_size), track.fps, str(path))
    if len(track) > MAX_FRAMES:  # Coach never writes a track it would refuse to read
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: a pose track holds at most {most} frames, this "
                                                         "one has {n}"), path=str(path), most=Num(MAX_FRAMES),
                             n=Num(len(track)))
    others = {} if track.others is None else {"others": _checked_others(track.others, len(track), str(path))}
    if track.silhouette is not None and track.silhouette_box is not None:
        others.update(_checked_silhouettes(track.silhouette, track.silhouette_box, len(track), str(path)))
    p = Path(path)
    arrays = {"schema": np.array(SCHEMA), "t_s": track.t_s.astype(np.float64), "image": track.image.astype(np.float32),
              "world": track.world.astype(np.float32), "frame_size": np.asarray(track.frame_size, dtype=np.int64),
              "fps": np.array(float(track.fps)), "source": np.array(track.source), **others}
    with replacing(p, error=PoseTrackError, what=QT_TRANSLATE_NOOP("errors", "pose track"), suffix=".npz") as tmp, \
            open(tmp, "wb") as fh:
        _write_npz(fh, arrays)
        fh.flush()
        os.fsync(fh.fileno())
    return p


def _write_npz(fh: IO[bytes], arrays: dict[str, np.ndarray]) -> None:
    """What ``np.savez_compressed`` writes, with the archive closed whatever happens: NumPy's own leaves it open
    when a write fails (a full disk), and its finaliser then fails again and prints a traceback at exit."""
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for key, arr in arrays.items():
            with zf.open(f"{key}.npy", "w", force_zip64=True) as member:
                np.lib.format.write_array(member, np.asanyarray(arr), allow_pickle=False)


def is_track_path(path: str | os.PathLike[str]) -> bool:
    return str(path).lower().endswith(".npz")


# What each array of a track may be: its dtype kinds, and its shape with "N" for the number of frames.
# Anything else (a void, string, complex, datetime or structured array, an array of any other name)
# is refused from the header alone, before its data is unpacked.
_ARRAYS: dict[str, tuple[str, tuple[str | int, ...]]] = {
    "schema": ("U", ()),
    "t_s": ("f", ("N",)),
    "fps": ("iuf", ()),
    "frame_size": ("iuf", (2,)),
    "image": ("f", ("N", *LANDMARK_SHAPE)),
    "world": ("f", ("N", *LANDMARK_SHAPE)),
    "others": ("iu", ("N",)),
    "silhouette": ("u", ("N", SILHOUETTE_PX, SILHOUETTE_PX)),
    "silhouette_box": ("f", ("N", 3)),
    "source": ("U", ()),
}
_KIND_WORDS = {"U": QT_TRANSLATE_NOOP("errors", "text"), "f": QT_TRANSLATE_NOOP("errors", "floating point numbers"),
               "iuf": QT_TRANSLATE_NOOP("errors", "numbers"), "iu": QT_TRANSLATE_NOOP("errors", "whole numbers"),
               "u": QT_TRANSLATE_NOOP("errors", "bytes (uint8)")}
MAX_FRAMES = 432_000            # 4 hours at 30 fps, 2 at 60: far beyond a set or a clinic's recording
MAX_TEXT_CHARS = 4096           # 'schema' and 'source'
MAX_UNPACKED_BYTES = 256 * 1024 * 1024   # a track may unpack beyond this only at under MAX_RATIO times its size
MAX_RATIO = 1000                # NaN rows (nobody seen) pack well, but not a thousandfold over a whole track
MAX_PLANE = 100.0               # |x0|, |y0| and the side of a silhouette's square, in plane units (frame heights)


def load_track(path: str | os.PathLike[str]) -> PoseTrack:
    """Read and check a track: every array's header before its data, then every value (PoseTrackError, one line)."""
    p = Path(path)
    if not p.exists():
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "pose track not found: {path}"), path=str(p))
    if p.is_dir():
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "expected a pose track file but {path} is a folder"),
                             path=str(p))
    try:
        with open(p, "rb") as fh:
            data = _read_arrays(fh, os.fstat(fh.fileno()).st_size, str(p))
    except UntrustedFileError as exc:
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path} is not a readable pose track: {why}"),
                             path=str(p), why=exc.phrase) from None
    except OSError as exc:
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "cannot read the pose track {path}: {why}"),
                             path=str(p), why=str(exc.strerror or exc)) from None
    _validate(data["t_s"], data["image"], data["world"], data["frame_size"], data["fps"], str(p))
    outline: dict[str, np.ndarray] = {}
    if "silhouette" in data or "silhouette_box" in data:
        if "silhouette" not in data or "silhouette_box" not in data:
            raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'silhouette' and 'silhouette_box' come "
                                                             "together; one is missing"), path=str(p))
        outline = _checked_silhouettes(data["silhouette"], data["silhouette_box"], len(data["t_s"]), str(p))
    return PoseTrack(
        t_s=data["t_s"].astype(np.float64),
        image=data["image"].astype(np.float32),
        world=data["world"].astype(np.float32),
        frame_size=(int(data["frame_size"][0]), int(data["frame_size"][1])),
        fps=float(data["fps"]),
        source=str(data["source"]) if "source" in data else "",
        others=_checked_others(data["others"], len(data["t_s"]), str(p)) if "others" in data else None,
        silhouette=outline.get("silhouette"),
        silhouette_box=outline.get("silhouette_box"),
    )


def _read_arrays(fh: object, file_bytes: int, where: str) -> dict[str, np.ndarray]:
    """The track's arrays from its open file, each header checked before its data; 'schema' and 't_s' first,
    so a foreign file or a wrong frame count is refused before the large arrays are unpacked."""
    zf = open_zip(fh)
    with zf:
        infos = zf.infolist()
        if len(infos) > len(_ARRAYS):
            raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it has {n} arrays (a pose track has at most "
                                                                 "{most})"), n=Num(len(infos)), most=Num(len(_ARRAYS)))
        by_key: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            key = info.filename[:-4] if info.filename.endswith(".npy") else ""
            if key not in _ARRAYS or key in by_key:
                raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it holds {name}, which is not part of a pose "
                                                                     "track"), name=repr(info.filename)[:80])
            by_key[key] = info
        unpacked = sum(i.file_size for i in infos)
        if unpacked > max(MAX_UNPACKED_BYTES, MAX_RATIO * file_bytes):
            raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it would unpack to {size} bytes from {packed}"),
                                     size=Num(unpacked), packed=Num(file_bytes))
        if "schema" not in by_key:
            raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "key 'schema' is missing"))
        data = {"schema": _array(zf, by_key["schema"], "schema", 0)}
        if str(data["schema"]) != SCHEMA:
            raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path} has schema {found}; this version of Coach reads "
                                                             "{wanted}"),
                                 path=where, found=repr(str(data["schema"]))[:80], wanted=repr(SCHEMA))
        for key in ("t_s", "image", "world", "frame_size", "fps"):
            if key not in by_key:
                raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it is not complete: key {key} is missing"),
                                         key=repr(key))
        data["t_s"] = _array(zf, by_key["t_s"], "t_s", -1)
        n = int(data["t_s"].shape[0])
        _validate_times(data["t_s"], where)  # before the large arrays: a track with bad times is refused cheaply
        for key in _ARRAYS:
            if key in by_key and key not in data:
                data[key] = _array(zf, by_key[key], key, n)
        return data


def _array(zf: zipfile.ZipFile, info: zipfile.ZipInfo, key: str, n: int) -> np.ndarray:
    """One array, refused from its header unless its dtype and shape are ``_ARRAYS[key]`` with ``n`` frames
    (``n`` < 0: any count up to MAX_FRAMES)."""
    kinds, shape = _ARRAYS[key]

    def check(got: tuple[int, ...], dtype: np.dtype) -> None:
        frames = got[0] if got and shape and shape[0] == "N" else n
        want = tuple(frames if s == "N" else s for s in shape)
        most_bytes = 4 * MAX_TEXT_CHARS if dtype.kind == "U" else 8  # no float128 or 4 GB "name"
        if dtype.kind not in kinds or dtype.itemsize > most_bytes or got != want \
                or (n >= 0 and "N" in shape and frames != n) or frames > MAX_FRAMES:
            wanted = str(tuple((n if n >= 0 else "N") if s == "N" else s for s in shape)).replace("'", "")
            raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{key} must have shape {want} and hold {kind} "
                                                                 "(at most {most} frames), got {got}"),
                                     key=repr(key), want=wanted, kind=_KIND_WORDS[kinds], most=Num(MAX_FRAMES),
                                     got=f"{dtype} {got}"[:80])

    return read_npy(zf, info, MAX_UNPACKED_BYTES * 8, check)


def _checked_silhouettes(masks: np.ndarray, boxes: np.ndarray, n: int, where: str) -> dict[str, np.ndarray]:
    masks, boxes = np.asarray(masks), np.asarray(boxes)
    if masks.shape != (n, SILHOUETTE_PX, SILHOUETTE_PX) or masks.dtype != np.uint8:
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'silhouette' must be uint8 {wanted}, got {got}"),
                             path=where, wanted=str((n, SILHOUETTE_PX, SILHOUETTE_PX)),
                             got=f"{masks.dtype} {masks.shape}")
    if boxes.shape != (n, 3) or boxes.dtype.kind != "f":
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'silhouette_box' must be float {wanted}, got {got}"),
                             path=where, wanted=str((n, 3)), got=f"{boxes.dtype} {boxes.shape}")
    finite = np.isfinite(boxes).all(axis=1)
    partly_missing = np.isnan(boxes).any(axis=1) & ~np.isnan(boxes).all(axis=1)
    with np.errstate(invalid="ignore"):
        outside = (np.abs(boxes) > MAX_PLANE).any(axis=1)
    if np.isinf(boxes).any() or (finite & (boxes[:, 2] <= 0)).any() or partly_missing.any() or outside.any():
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'silhouette_box' rows must be finite with a "
                                                         "positive side, all within {most} frame heights, or all "
                                                         "NaN"), path=where, most=Num(MAX_PLANE))
    return {"silhouette": masks, "silhouette_box": boxes.astype(np.float32)}


# Values no recording can have. They are refused, not clamped: a shifted clock or a frame size of
# 1e12 changed results (durations of -1e9 s or 1e300 s) instead of failing.
MAX_T_S = 48 * 3600.0          # two days: far beyond any session, far below a clock-epoch timestamp
FPS_RANGE = (1.0, 1000.0)      # a 1 fps time-lapse to a 960 fps slow-motion phone clip
MAX_FRAME_SIDE = 16384         # pixels; frames are downscaled before pose anyway
MAX_ASPECT = 10.0              # width/height; a 1e12 × 1 "frame" bends every angle measured in it
MAX_OTHERS = 255               # stored as uint8: a larger count would silently wrap (300 → 44)


def _checked_others(others: np.ndarray, n: int, where: str) -> np.ndarray:
    arr = np.asarray(others)
    if arr.shape != (n,) or not np.issubdtype(arr.dtype, np.integer) or (arr < 0).any() \
            or (arr > MAX_OTHERS).any():
        got = f"{arr.dtype} {arr.shape}" + (f", up to {arr.max()}" if arr.size and arr.dtype.kind in "iu" else "")
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'others' must be {n} counts of people (0 to "
                                                         "{most}), got {got}"),
                             path=where, n=Num(n), most=Num(MAX_OTHERS), got=got)
    return arr.astype(np.uint8)


def _validate(t_s: np.ndarray, image: np.ndarray, world: np.ndarray, frame_size: np.ndarray,
              fps: object, where: str) -> None:
    _validate_times(t_s, where)
    n = np.asarray(t_s).shape[0]
    for key, arr in (("image", image), ("world", world)):
        arr = np.asarray(arr)
        if arr.shape != (n, *LANDMARK_SHAPE):
            raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: {key} must have shape ({n}, 33, 4), got {got}"),
                                 path=where, key=repr(key), n=n, got=str(arr.shape))
    fs = np.asarray(frame_size)
    if fs.shape != (2,) or not np.issubdtype(fs.dtype, np.number) or not np.isfinite(fs).all() \
            or (fs < 1).any() or (fs > MAX_FRAME_SIDE).any() or (fs != np.round(fs)).any() \
            or max(fs[0] / fs[1], fs[1] / fs[0]) > MAX_ASPECT:
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'frame_size' must be two whole numbers of pixels "
                                                         "(width, height) from 1 to {most}, at most {aspect} times "
                                                         "wider than high or the reverse, got {got}"),
                             path=where, most=Num(MAX_FRAME_SIDE), aspect=Num(MAX_ASPECT), got=str(fs.tolist()))
    try:
        if np.asarray(fps).dtype.kind not in "iuf":  # True would be read as 1 fps, 1+2j or a date as nonsense
            raise TypeError
        fps_f = float(np.asarray(fps))
    except (TypeError, ValueError):
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'fps' must be a number"), path=where) from None
    if not (fps_f > 0 and np.isfinite(fps_f)):
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'fps' must be a positive number, got {got}"),
                             path=where, got=str(fps_f))
    if not FPS_RANGE[0] <= fps_f <= FPS_RANGE[1]:
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 'fps' = {got} is out of range; expected {lo} to {hi} "
                                                        "frames per second"),
                             path=where, got=f"{fps_f:g}", lo=Num(FPS_RANGE[0]), hi=Num(FPS_RANGE[1]))


def _validate_times(t_s: np.ndarray, where: str) -> None:
    """'t_s': one float per frame, finite, strictly increasing, from 0 to MAX_T_S seconds."""
    t_s = np.asarray(t_s)
    if t_s.ndim != 1:
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 't_s' must have shape (N,), got {got}"),
                             path=where, got=str(t_s.shape))
    n = t_s.shape[0]
    if not np.issubdtype(t_s.dtype, np.floating):
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 't_s' must be floating point seconds, got {got}"),
                             path=where, got=str(t_s.dtype))
    if n and not np.isfinite(t_s).all():
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 't_s' contains NaN or infinite times"), path=where)
    if n > 1 and not (np.diff(t_s) > 0).all():
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 't_s' must strictly increase"), path=where)
    if n and not (t_s[0] >= 0 and t_s[-1] <= MAX_T_S):
        raise PoseTrackError(QT_TRANSLATE_NOOP("errors", "{path}: 't_s' must be seconds from the start of the "
                                                         "recording (0 to {most}), got {first} to {last}"),
                             path=where, most=Num(MAX_T_S), first=f"{t_s[0]:g}", last=f"{t_s[-1]:g}")
