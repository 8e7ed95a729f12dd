#!/usr/bin/env python3
"""Join labelled clips into whole-session recordings, to test how Coach splits a session into sets.

Usage (from the project root, after `bash scripts/setup.sh`):
    .venv/bin/python scripts/make_session_recordings.py --out ../sessions [--labels ../shared/data/labels.json]
        [--parts 5] [--seed 1] [--size 960x540] [--fps 30]
    python3 ../shared/tools/score_sessions.py --sessions ../sessions

Every clip of the labels file is used once: the clips are shuffled (``--seed``), dealt into
sessions of ``--parts`` clips with no exercise following itself (two sets of one exercise
are separated by a rest in a real session, which these clips do not have), scaled into one
picture size with black bars (no stretching) at one frame rate, and joined with ffmpeg's
concat filter. Beside each SESSION.mp4, SESSION.json lists its parts in the format of
``../shared/data/sessions``: file, exercise, start_s, end_s and the clip's labels. A camera
variant's labels file (``../variants/NAME/labels.json``) works the same way.

The clips' licences forbid shipping them: keep the output outside the repository.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path


def find_ffmpeg() -> str:
    try:
        import imageio_ffmpeg
    except ImportError:
        sys.exit("make_session_recordings: needs ffmpeg from the imageio-ffmpeg wheel (the test extra)")
    return imageio_ffmpeg.get_ffmpeg_exe()


def deal(clips: list[dict], parts: int, seed: int) -> list[list[dict]]:
    """Shuffle, then deal into sessions of ``parts`` clips where no exercise directly follows itself."""
    pool = clips[:]
    random.Random(seed).shuffle(pool)
    sessions: list[list[dict]] = []
    while pool:
        session: list[dict] = []
        while pool and len(session) < parts:
            last = session[-1]["exercise"] if session else None
            pick = next((c for c in pool if c["exercise"] != last), None)
            if pick is None:
                break
            pool.remove(pick)
            session.append(pick)
        sessions.append(session)
    return sessions


def join(ffmpeg: str, files: list[Path], out: Path, width: int, height: int, fps: float) -> None:
    inputs = [a for f in files for a in ("-i", str(f))]
    chains = [f"[{i}:v]scale={width}:{height}:force_original_aspect_ratio=decrease,"
              f"pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps={fps}[v{i}]" for i in range(len(files))]
    graph = ";".join(chains) + ";" + "".join(f"[v{i}]" for i in range(len(files))) + \
        f"concat=n={len(files)}:v=1:a=0[out]"
    cmd = [ffmpeg, "-y", "-loglevel", "error", *inputs, "-filter_complex", graph, "-map", "[out]",
           "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p", str(out)]
    subprocess.run(cmd, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default="../shared/data/labels.json")
    ap.add_argument("--out", required=True)
    ap.add_argument("--parts", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", default="960x540")
    ap.add_argument("--fps", type=float, default=30.0)
    ap.add_argument("--prefix", default="session")
    a = ap.parse_args()
    labels = Path(a.labels)
    width, height = (int(v) for v in a.size.lower().split("x"))
    clips = json.loads(labels.read_text(encoding="utf-8"))
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    ffmpeg = find_ffmpeg()
    for n, session in enumerate(deal(clips, a.parts, a.seed), start=1):
        name = f"{a.prefix}_{n:02d}"
        video = out / f"{name}.mp4"
        t = 0.0
        parts = []
        for c in session:
            end = t + float(c["duration_s"])
            parts.append({"file": c["file"], "exercise": c["exercise"], "distractor": c.get("distractor"),
                          "start_s": round(t, 3), "end_s": round(end, 3), "reps": c.get("reps"),
                          "reps_acceptable": c.get("reps_acceptable"), "hold_s": c.get("hold_s")})
            t = end
        if not video.exists():
            join(ffmpeg, [labels.parent / c["file"] for c in session], video, width, height, a.fps)
        (out / f"{name}.json").write_text(json.dumps({"video": video.name, "parts": parts}, indent=1),
                                          encoding="utf-8")
        print(f"{video}: {', '.join(p['exercise'] for p in parts)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
