"""``coach bench``: the speed and memory figures, measured in one run on the same decoded frames.

1. bare MediaPipe throughput (``Pose.process`` on ready RGB frames at the pipeline's input size);
2. the analysis pipeline on those frames and its ratio to bare (target ≥ 0.90);
3. a live simulation (30 fps paced source → threaded live pipeline with overlay and an offscreen
   Qt view) — in :mod:`coach.ui.bench_live`, since it needs Qt (its camera and figures: :mod:`coach.live.bench`);
4. review of the clip: × real time with one process and with all cores (target ≥ 1.6× on 2 cores);
5. launch-to-first-frame and the bench process's own peak memory;
6. a live set's memory: one set alone in a fresh process (the clip decoded as it plays, the set's pose
   track kept, painted offscreen), its peak (target ≤ 600 MB) and growth over a looped session
   (``--minutes``; 20 s without it).
``coach bench --batch [FOLDER]`` measures batch review instead (:func:`run_batch_bench`).
Targets are printed beside the figures; they are not asserted here or in tests.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

import numpy as np

BENCH_FRAMES = 300
ROUNDS = 3  # bare, pipeline and segmentation throughput are each measured this many times, in turn


def find_clip() -> Optional[Path]:
    """A real 1080p clip from ../shared/data when there is one (the review target is about 1080p)."""
    root = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "videos"
    for name in ("glute_bridge/wanshape_outdoor_side.mp4", "other/pushup_wanshape_outdoor.mp4"):
        if (root / name).exists():
            return root / name
    found = sorted(root.glob("**/*.mp4")) if root.exists() else []
    return found[0] if found else None


def synthetic_clip(folder: Path, seconds: float = 10.0, fps: float = 30.0) -> Path:
    """A 1080p clip of a moving stick figure, so the benchmark runs where no footage exists."""
    import cv2

    path = folder / "synthetic_1080p.mp4"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), fps, (1920, 1080))
    for i in range(int(seconds * fps)):
        img = np.full((1080, 1920, 3), 200, np.uint8)
        lift = int(120 * (0.5 + 0.5 * np.sin(i / fps * 2)))
        pts = [(500, 700), (900, 700 - lift), (1200, 520), (1350, 700)]
        cv2.circle(img, (430, 680), 50, (60, 60, 60), -1)
        for a, b in zip(pts, pts[1:]):
            cv2.line(img, a, b, (40, 40, 40), 40)
        writer.write(img)
    writer.release()
    return path


def looped_clip(clip: Path, folder: Path, min_seconds: float = 30.0) -> Path:
    """The clip repeated at full resolution until it lasts ``min_seconds``: review speed of a short clip is
    dominated by start-up (model load, worker processes), which says little about a clinic's recordings."""
    import cv2

    cap = cv2.VideoCapture(str(clip))
    fps = cap.get(cv2.CAP_PROP_FPS) or 30.0
    count = int(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
    w, h = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))
    cap.release()
    if count <= 0 or count / fps >= min_seconds:
        return clip
    out = folder / f"looped_{clip.stem}.mp4"
    writer = cv2.VideoWriter(str(out), cv2.VideoWriter.fourcc(*"mp4v"), fps, (w, h))
    n = 0
    while n / fps < min_seconds:  # stream copy, one pass per loop: 1080p frames are not kept in memory
        cap = cv2.VideoCapture(str(clip))
        while True:
            ok, img = cap.read()
            if not ok:
                break
            writer.write(img)
            n += 1
        cap.release()
    writer.release()
    return out


def decode_frames(path: Path, limit: int = BENCH_FRAMES) -> tuple[list, float]:
    from coach.sources import VideoFileSource

    frames = []
    with VideoFileSource(path) as src:
        for f in src:
            frames.append(f)
            if len(frames) >= limit:
                break
        return frames, src.info.fps


def bare_fps(frames: list) -> float:
    """The pose model alone, in video mode, on already-decoded frames (what every other stage adds to)."""
    from coach.pose.landmarker import make_landmarker, mp_image

    images = [mp_image(f.image) for f in frames]
    landmarker = make_landmarker(video=True)
    try:
        landmarker.detect_for_video(images[0], 0)
        t0 = time.perf_counter()
        for i, image in enumerate(images[1:], start=1):
            landmarker.detect_for_video(image, i * 33)
        return (len(images) - 1) / (time.perf_counter() - t0)
    finally:
        landmarker.close()


def pipeline_fps(frames: list, exercise: str) -> float:
    from coach.analysis import AngleSeriesBuilder
    from coach.exercises.registry import create_analyzer
    from coach.pose.estimator import PoseEstimator

    analyzer = create_analyzer(exercise)
    series = AngleSeriesBuilder(analyzer.key_angle_name)
    with PoseEstimator(segmentation=analyzer.spec.needs_silhouette) as est:
        est.process(frames[0].image, -1.0)
        t0 = time.perf_counter()
        for f in frames[1:]:
            pose = est.process(f.image, f.t_s)
            analyzer.update(pose)
            series.add(pose.t_s, analyzer.key_angle_deg)
        return (len(frames) - 1) / (time.perf_counter() - t0)


def review_x_realtime(path: Path, exercise: str, jobs: int) -> float:
    from coach.analysis import analyze_file

    t0 = time.perf_counter()
    result = analyze_file(path, exercise, jobs=jobs)
    return result.duration_s / (time.perf_counter() - t0)


def launch_s(path: Path) -> float:
    """Interpreter start to first analysed frame, in a fresh process (imports and model load included)."""
    code = ("from coach.sources import VideoFileSource\nfrom coach.pose.estimator import PoseEstimator\n"
            "from coach.exercises.registry import create_analyzer\n"
            f"src = VideoFileSource({str(path)!r}); est = PoseEstimator(); a = create_analyzer('plank')\n"
            "f = next(iter(src)); a.update(est.process(f.image, f.t_s)); print('first', flush=True)\n")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - t0


def _duration_s(path: Path) -> float:
    from coach.sources import VideoFileSource

    with VideoFileSource(path) as src:
        return src.info.duration_s


def _size(path: Path) -> str:
    from coach.sources import VideoFileSource

    with VideoFileSource(path) as src:
        return f"{src.info.width}x{src.info.height}"


def live_set_memory(clip: Path, seconds: float, exercise: str) -> dict:
    """A live set alone in a fresh process (``python -m coach.ui.bench_live``): its memory samples and peak.

    Not in this process: by then it holds hundreds of decoded frames and what earlier stages' pose
    graphs left behind, which is the benchmark's memory, not a patient's session.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "live_set.json"
        subprocess.run([sys.executable, "-m", "coach.ui.bench_live", str(clip), "--seconds", f"{seconds:g}",
                        "--exercise", exercise, "--json", str(out)], check=True, capture_output=True)
        return json.loads(out.read_text())


def memory_growth(samples: list) -> tuple[float, float]:
    """(MB, %) from the first sample after a minute's warm-up (or a fifth of the run) to the last."""
    if not samples:
        return float("nan"), float("nan")
    elapsed = samples[-1][0]
    warm = next(s for s in samples if s[0] >= min(60.0, 0.2 * elapsed))
    grown = samples[-1][1] - warm[1]
    return grown, 100.0 * grown / warm[1]


def run_bench(args: argparse.Namespace) -> int:
    from coach.errors import CoachError

    tmp = tempfile.TemporaryDirectory()
    clip = Path(args.video) if args.video else (find_clip() or synthetic_clip(Path(tmp.name)))
    if not clip.exists():
        raise CoachError(f"video not found: {clip}")
    exercise = "glute_bridge"
    cpus = os.cpu_count() or 1
    print(f"coach bench on {clip.name} ({cpus} cores)", flush=True)
    frames, fps = decode_frames(clip)
    h, w = frames[0].image.shape[:2]
    print(f"  {len(frames)} frames decoded at pipeline input size {w}x{h}", flush=True)
    out: dict = {"cpu_count": cpus, "clip": str(clip), "input_size": [w, h]}
    # A shared machine's speed drifts by ±15 % from one run to the next: the three throughputs are taken in
    # turn, ROUNDS times, and each one's best is kept, so a ratio compares like with like.
    best = {"bare": 0.0, "pipeline": 0.0, "segmentation": 0.0}
    for _ in range(ROUNDS):
        best["bare"] = max(best["bare"], bare_fps(frames))
        best["pipeline"] = max(best["pipeline"], pipeline_fps(frames, exercise))
        # Cat-cow alone asks the model for the person's outline (segmentation): what that costs.
        best["segmentation"] = max(best["segmentation"], pipeline_fps(frames, "cat_cow"))
    out["bare_fps"] = round(best["bare"], 1)
    print(f"1. bare MediaPipe            {out['bare_fps']:7.1f} frames/s (best of {ROUNDS}, taken in turn)", flush=True)
    out["pipeline_fps"] = round(best["pipeline"], 1)
    out["pipeline_vs_bare"] = round(out["pipeline_fps"] / out["bare_fps"], 3)
    print(f"2. analysis pipeline         {out['pipeline_fps']:7.1f} frames/s  "
          f"= {out['pipeline_vs_bare']:.2f} x bare (target >= 0.90)", flush=True)
    out["pipeline_segmentation_fps"] = round(best["segmentation"], 1)
    out["segmentation_vs_pipeline"] = round(out["pipeline_segmentation_fps"] / out["pipeline_fps"], 3)
    print(f"2b. with segmentation (cat-cow) {out['pipeline_segmentation_fps']:5.1f} frames/s  "
          f"= {out['segmentation_vs_pipeline']:.2f} x the pipeline without it", flush=True)
    del frames  # ~200 MB decoded: not needed past here, and the live simulation holds its own
    try:
        from coach.ui.bench_live import run_live_bench

        live = run_live_bench(clip, seconds=10.0)
    except ImportError as exc:
        live = {}
        print(f"3. live simulation           skipped ({exc})")
    out.update({k: live.get(k) for k in ("live_processed_fps", "live_dropped", "live_latency_p50_ms",
                                         "live_latency_p95_ms")})
    if live:
        print(f"3. live (30 fps source)      {live['live_processed_fps']:7.1f} fps processed, "
              f"{live['live_dropped']} dropped, latency p50 {live['live_latency_p50_ms']:.0f} ms, "
              f"p95 {live['live_latency_p95_ms']:.0f} ms (targets >= 30 fps, p95 <= 80 ms)", flush=True)
    review_clip = looped_clip(clip, Path(tmp.name))
    out["review_clip_s"] = round(_duration_s(review_clip), 1)
    out["review_x_realtime_1proc"] = round(review_x_realtime(review_clip, exercise, 1), 2)
    out["review_x_realtime_all"] = round(review_x_realtime(review_clip, exercise, cpus), 2)
    print(f"4. review of {out['review_clip_s']:.0f} s at {_size(review_clip)}"
          f"   {out['review_x_realtime_1proc']:.2f} x real time (1 process), "
          f"{out['review_x_realtime_all']:.2f} x ({cpus} processes) (target >= 1.6)", flush=True)
    out["launch_s"] = round(launch_s(clip), 2)
    # No figure for the worker processes: each keeps the ru_maxrss of the forked copy of this process it
    # was before it started, so theirs would only repeat this one.
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(f"5. launch to first frame     {out['launch_s']:.2f} s; peak memory of this bench process "
          f"{out['peak_rss_mb']:.0f} MB (decoded frames, review in-process: not a patient's session)", flush=True)
    seconds = max(20.0, args.minutes * 60)
    try:
        live_set = live_set_memory(clip, seconds, exercise)
    except (subprocess.CalledProcessError, OSError) as exc:
        print(f"6. live set memory           skipped ({exc})")
        live_set = {}
    if live_set:
        grown_mb, grown_pct = memory_growth(live_set["samples"])
        out["live_set_peak_mb"] = live_set["rss_peak_mb"]
        out["live_set_minutes"] = round(seconds / 60, 2)
        out["live_set_growth_mb"] = round(grown_mb, 1)
        out["live_set_growth_pct"] = round(grown_pct, 2)
        out["live_set_samples"] = live_set["samples"]
        print(f"6. live set (own process)    peak {out['live_set_peak_mb']:.0f} MB (target <= 600); "
              f"over {seconds / 60:g} min looped: {grown_mb:+.0f} MB ({grown_pct:+.1f} %) after warm-up, "
              f"{live_set.get('track_frames', 0)} pose frames kept (target within 10 %)")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    tmp.cleanup()
    return 0


def batch_folder(folder: Path) -> Path:
    """The recordings to time a batch on: ../shared/data's glute-bridge clips, or four synthetic ones."""
    root = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "videos" / "glute_bridge"
    if root.is_dir() and any(root.glob("*.mp4")):
        return root
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(4):
        synthetic_clip(folder, seconds=6.0).rename(folder / f"synthetic_{i}.mp4")
    return folder


def _timed_batch(inputs: list, exercise: str, jobs: int, **kw) -> tuple[float, float]:
    """Wall seconds and CPU seconds (this process and every worker process, once they have ended)."""
    from coach.analysis.batch import analyze_many

    cpu0 = sum(resource.getrusage(w).ru_utime + resource.getrusage(w).ru_stime
               for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    t0 = time.perf_counter()
    code = analyze_many(inputs, exercise, [], jobs=jobs, quiet=True, redo=True, **kw)
    wall = time.perf_counter() - t0
    cpu = sum(resource.getrusage(w).ru_utime + resource.getrusage(w).ru_stime
              for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) - cpu0
    if code != 0:
        print("  (some inputs failed; see the lines above)", flush=True)
    return wall, cpu


def _worker_cpu_s() -> float:
    return time.process_time()


def _warm_worker() -> None:
    """What any first task pays once per worker process: importing MediaPipe and loading the pose model."""
    from coach.pose.estimator import PoseEstimator

    PoseEstimator().close()


def _timed_on_running_cluster(inputs: list, exercise: str, jobs: int, **kw) -> tuple[float, float]:
    """Wall and CPU seconds of the batch on a local cluster that was started, and its workers warmed,
    before the clock starts: the steady throughput of a cluster that is already running (``--scheduler``)."""
    from distributed import Client

    from coach.analysis.batch import analyze_many
    from coach.analysis.cluster import local_cluster

    with local_cluster(jobs) as cluster, Client(cluster, set_as_default=False) as client:
        client.run(_warm_worker)
        before = sum(client.run(_worker_cpu_s).values())
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        code = analyze_many(inputs, exercise, [], jobs=jobs, quiet=True, redo=True,
                            scheduler=cluster.scheduler_address, **kw)
        wall = time.perf_counter() - t0
        cpu = sum(client.run(_worker_cpu_s).values()) - before + time.process_time() - cpu0
    if code != 0:
        print("  (some inputs failed; see the lines above)", flush=True)
    return wall, cpu


def run_batch_bench(args: argparse.Namespace) -> int:
    """Batch review figures: a folder of recordings in one process vs a 2-worker local Dask cluster
    (target >= 1.8x), review speed in x real time, and re-scoring the saved pose tracks (target >= 100x
    real time per core). Wall times depend on what else the machine runs; CPU times are printed beside."""
    from coach.analysis.batch import expand_inputs
    from coach.errors import CoachError
    from coach.pose.track import load_track

    tmp = tempfile.TemporaryDirectory()
    folder = Path(args.video) if args.video else batch_folder(Path(tmp.name) / "clips")
    if not folder.is_dir():
        raise CoachError(f"coach bench --batch takes a folder of recordings: {folder} is not one")
    inputs = expand_inputs([str(folder)])
    duration = sum(_duration_s(p) for p in inputs)
    exercise = "glute_bridge"
    print(f"coach bench --batch on {len(inputs)} recordings in {folder} ({duration:.1f} s; "
          f"{os.cpu_count() or 1} cores)", flush=True)
    out: dict = {"batch_folder": str(folder), "batch_inputs": len(inputs), "batch_duration_s": round(duration, 1)}
    pose_dir = Path(tmp.name) / "pose"
    wall1, cpu1 = _timed_batch(inputs, exercise, 1, json_dir=str(Path(tmp.name) / "json1"), pose_dir=str(pose_dir))
    wall2, cpu2 = _timed_batch(inputs, exercise, 2, json_dir=str(Path(tmp.name) / "json2"))
    out.update(batch_1proc_s=round(wall1, 2), batch_1proc_cpu_s=round(cpu1, 2), batch_2workers_s=round(wall2, 2),
               batch_2workers_cpu_s=round(cpu2, 2), batch_speedup=round(wall1 / wall2, 2),
               review_x_realtime_1proc=round(duration / wall1, 2),
               review_x_realtime_2workers=round(duration / wall2, 2))
    print(f"1. folder, one process       {wall1:6.1f} s ({cpu1:.1f} s CPU) = "
          f"{out['review_x_realtime_1proc']:.2f} x real time", flush=True)
    print(f"2. folder, 2-worker cluster  {wall2:6.1f} s ({cpu2:.1f} s CPU) = "
          f"{out['review_x_realtime_2workers']:.2f} x real time; {out['batch_speedup']:.2f} x one process "
          f"(target >= 1.8)", flush=True)
    wall2w, cpu2w = _timed_on_running_cluster(inputs, exercise, 2, json_dir=str(Path(tmp.name) / "json2w"))
    out.update(batch_2workers_running_s=round(wall2w, 2), batch_2workers_running_cpu_s=round(cpu2w, 2),
               batch_speedup_running=round(wall1 / wall2w, 2),
               review_x_realtime_2workers_running=round(duration / wall2w, 2))
    print(f"2b. same, cluster already up {wall2w:6.1f} s ({cpu2w:.1f} s CPU) = "
          f"{out['review_x_realtime_2workers_running']:.2f} x real time; {out['batch_speedup_running']:.2f} x one "
          f"process (a clinic's running cluster: throughput without its start-up)", flush=True)
    tracks = expand_inputs([str(pose_dir)])
    track_s = sum(load_track(p).duration_s for p in tracks)
    wall3, cpu3 = _timed_batch(tracks, exercise, 1)
    out.update(rescore_tracks_s=round(track_s, 1), rescore_wall_s=round(wall3, 2), rescore_cpu_s=round(cpu3, 2),
               rescore_x_realtime_per_core=round(track_s / max(cpu3, 1e-9), 1),
               rescore_x_realtime_wall=round(track_s / wall3, 1))
    print(f"3. re-score the pose tracks  {wall3:6.2f} s ({cpu3:.2f} s CPU) = "
          f"{out['rescore_x_realtime_per_core']:.0f} x real time per core of CPU "
          f"({out['rescore_x_realtime_wall']:.0f} x by the wall clock) (target >= 100)", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    tmp.cleanup()
    return 0

