"""Fixtures for the report tests: synthetic results (see sample_results.py), a synthetic pose track, and
the one real clip, analysed once per session through the CLI with every export flag (skips cleanly when
../shared/data is absent)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coach.analysis.result import AnalysisResult

from .sample_results import RESULTS, bridge, plank

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CLIP = SHARED_DATA / "videos" / "glute_bridge" / "pexels_band_bridge_side.mp4"


@pytest.fixture(params=sorted(RESULTS))
def any_result(request) -> AnalysisResult:
    return RESULTS[request.param]()


@pytest.fixture
def bridge_result() -> AnalysisResult:
    return bridge()


@pytest.fixture
def plank_result() -> AnalysisResult:
    return plank()


@pytest.fixture(scope="session")
def real_run(tmp_path_factory) -> dict:
    """`coach analyze` on the real 2-rep clip once, with every export; paths and the process result."""
    if not CLIP.exists():
        pytest.skip(f"real clip not found at {CLIP} (../shared/data is absent)")
    out = tmp_path_factory.mktemp("real")
    paths = {k: out / f"bridge.{k}" for k in ("json", "html", "pdf", "csv", "mp4")}
    proc = subprocess.run(
        [sys.executable, "-m", "coach.cli", "analyze", str(CLIP), "--exercise", "glute_bridge", "--quiet",
         "--json", str(paths["json"]), "--report", str(paths["html"]), "--report", str(paths["pdf"]),
         "--csv", str(paths["csv"]), "--annotate", str(paths["mp4"])],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return {"paths": paths, "proc": proc}


@pytest.fixture(scope="session")
def plank_track(tmp_path_factory) -> Path:
    """A 3-second synthetic plank pose track: a real AnalysisResult and CLI run without decoding video."""
    import numpy as np
    from synthetic import PLANK, frame

    from coach.pose.track import PoseTrack, save_track

    frames = [frame(i / 30, PLANK) for i in range(90)]
    track = PoseTrack(t_s=np.array([f.t_s for f in frames]), image=np.stack([f.image for f in frames]),
                      world=np.stack([f.world for f in frames]), frame_size=(640, 480), fps=30.0, source="synthetic")
    return save_track(track, tmp_path_factory.mktemp("track") / "plank.npz")
