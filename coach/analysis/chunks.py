"""Parallel review of one long recording: pose estimation in overlapping chunks, analysis once.

Decoding and the pose model are the cost; the analyzers are cheap. So each
Dask task (on a local cluster of ``--jobs`` processes, or on the cluster
at ``--scheduler``) estimates pose for one slice of the video, starting a short
warm-up before its slice (MediaPipe's tracker needs a few frames to lock on)
and keeping only its own frames. The slices are joined into one pose track and
the analyzer runs over it once, in order — a rep that spans a chunk edge is
seen whole, so nothing can be counted twice.
"""
from __future__ import annotations

import os
from typing import Any, Optional

import numpy as np

from coach.pose.landmarks import LANDMARK_SHAPE
from coach.pose.silhouette import Silhouette
from coach.pose.track import PoseTrack, silhouette_arrays

WARMUP_S = 1.0
MIN_CHUNK_S = 4.0


def _estimate_chunk(path: str, start: int, stop: Optional[int], warmup: int,
                    segmentation: bool = False) -> dict[str, Any]:
    from coach.pose.estimator import PoseEstimator
    from coach.sources import VideoFileSource

    t, image, world, others, outlines = [], [], [], [], []
    nan = np.full(LANDMARK_SHAPE, np.nan, dtype=np.float32)
    frame_size = (0, 0)
    with VideoFileSource(path, start_frame=max(0, start - warmup), stop_frame=stop) as source, \
            PoseEstimator(segmentation=segmentation) as estimator:
        for frame in source:
            pose = estimator.process(frame.image, frame.t_s)
            frame_size = pose.frame_size
            if frame.index < start:
                continue  # warm-up frame: only there to let tracking lock on
            t.append(pose.t_s)
            image.append(pose.image if pose.image is not None else nan)
            world.append(pose.world if pose.world is not None else nan)
            others.append(pose.others_in_view)
            outlines.append(pose.silhouette)
        stopped = source.stopped_early_at_s
    return {"t": t, "image": image, "world": world, "others": others, "outlines": outlines,
            "frame_size": frame_size, "stopped": stopped}


def chunk_bounds(frame_count: int, fps: float, jobs: int) -> list[tuple[int, Optional[int]]]:
    """Equal slices, never shorter than MIN_CHUNK_S; the last one reads to the end of the file."""
    jobs = max(1, min(jobs, int(frame_count / max(fps * MIN_CHUNK_S, 1)) or 1))
    step = frame_count // jobs
    bounds: list[tuple[int, Optional[int]]] = [(i * step, (i + 1) * step) for i in range(jobs)]
    bounds[-1] = (bounds[-1][0], None)
    return bounds


def estimate_track_parallel(path: str | os.PathLike[str], jobs: int, scheduler: Optional[str] = None,
                            segmentation: bool = False) -> tuple[PoseTrack, Optional[float]]:
    """The whole file's pose track, computed in up to ``jobs`` chunks on a local Dask cluster (or one chunk
    per worker thread of the cluster at ``scheduler``); also where reading stopped early.

    ``segmentation`` also keeps the person's outline around the torso (for exercises that read it).
    """
    from coach.analysis.cluster import dask_client, worker_count
    from coach.sources import VideoFileSource

    with VideoFileSource(path) as probe:
        info = probe.info
    warmup = int(round(WARMUP_S * info.fps))
    local_bounds = chunk_bounds(info.frame_count, info.fps, jobs)
    with dask_client(scheduler, len(local_bounds)) as client:  # Ctrl-C cancels the chunks, stops local workers
        bounds = chunk_bounds(info.frame_count, info.fps, worker_count(client)) if scheduler else local_bounds
        futures = [client.submit(_estimate_chunk, str(path), start, stop, warmup, segmentation, pure=False)
                   for start, stop in bounds]
        parts = client.gather(futures)
    t: list[float] = []
    image: list[np.ndarray] = []
    world: list[np.ndarray] = []
    others: list[int] = []
    outlines: dict[int, Silhouette] = {}
    for part in parts:
        for ti, im, wo, n, sil in zip(part["t"], part["image"], part["world"], part["others"], part["outlines"]):
            if t and ti <= t[-1]:
                continue  # a frame both chunks decoded (inexact seek): keep the first
            if sil is not None:
                outlines[len(t)] = sil
            t.append(ti)
            image.append(im)
            world.append(wo)
            others.append(n)
    frame_size = next((p["frame_size"] for p in parts if p["frame_size"] != (0, 0)), (0, 0))
    stopped = next((p["stopped"] for p in parts if p["stopped"] is not None), None)
    track = PoseTrack(t_s=np.asarray(t, dtype=np.float64), image=np.stack(image), world=np.stack(world),
                      frame_size=frame_size, fps=info.fps, source=os.path.basename(str(path)),
                      others=np.asarray(others, dtype=np.uint8), **silhouette_arrays(outlines, len(t)))
    return track, stopped
