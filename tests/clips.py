"""Where the real clips are, and a cache that runs `coach analyze` once per (clip, exercise).

Each clip is run through `coach analyze --save-pose` once per test session (the
MediaPipe pass is the expensive part); tests that analyse the same clip as
another exercise, or edit its movement, reuse the saved track — the round-trip
test proves a track gives the same result as its video.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
LABELS_PATH = SHARED_DATA / "labels.json"
OUR_EXERCISES = ("plank", "glute_bridge", "bird_dog", "cat_cow")


def clip_labels() -> list[dict]:
    if not LABELS_PATH.exists():
        return []
    return json.loads(LABELS_PATH.read_text())


def coach_cmd() -> list[str]:
    return [sys.executable, "-m", "coach.cli"]


class ClipRuns:
    """Lazily runs `coach analyze` once per (clip, exercise) with the track saved for reuse."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self._results: dict[tuple[str, str], dict] = {}
        self._tracks: dict[str, Path] = {}

    def track(self, label: dict) -> Path:
        if label["file"] not in self._tracks:
            self.analyze(label, label["exercise"] if label["exercise"] in OUR_EXERCISES else "glute_bridge")
        return self._tracks[label["file"]]

    def analyze(self, label: dict, exercise: str) -> dict:
        key = (label["file"], exercise)
        if key in self._results:
            return self._results[key]
        own = label["exercise"]
        if label["file"] not in self._tracks and own in OUR_EXERCISES and exercise != own:
            # The track is made by the clip's own exercise, so it carries what that one reads (cat-cow: the outline).
            self.analyze(label, own)
        stem = Path(label["file"]).stem
        out = self.tmp / f"{stem}.{exercise}.json"
        track = self._tracks.get(label["file"])
        if track is None:
            track = self.tmp / f"{stem}.npz"
            args = [str(SHARED_DATA / label["file"]), "--save-pose", str(track)]
        else:
            args = [str(track)]
        proc = subprocess.run(coach_cmd() + ["analyze", *args, "--exercise", exercise, "--json", str(out), "--quiet"],
                              capture_output=True, text=True, timeout=600, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr[-2000:]
        self._tracks.setdefault(label["file"], track)
        self._results[key] = json.loads(out.read_text())
        return self._results[key]
