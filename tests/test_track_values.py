"""Issue 14, item 9: bad values in a pose track are gaps or refusals, never wrong answers."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from coach.analysis import analyze_file
from coach.errors import PoseTrackError
from coach.exercises.registry import create_analyzer
from coach.pose.track import SCHEMA, PoseTrack, load_track, save_track
from synthetic import PLANK, frame

N = 450  # 15 s of plank at 30 fps
GAP = slice(100, 200)


def plank_track(bad_value: float | None = None, landmark=slice(None)) -> PoseTrack:
    frames = [frame(i / 30, PLANK) for i in range(N)]
    image = np.stack([f.image for f in frames])
    if bad_value is not None:
        image[GAP, landmark] = bad_value
    return PoseTrack(t_s=np.arange(N) / 30.0, image=image, world=np.stack([f.world for f in frames]),
                     frame_size=(640, 480), fps=30.0, source="synthetic")


@pytest.mark.parametrize("bad_value, landmark", [(np.nan, 11), (np.inf, 11), (np.nan, slice(None)),
                                                  (np.inf, slice(None)), (-np.inf, 25)])
def test_missing_or_infinite_points_are_a_gap_the_hold_recovers_from(tmp_path, bad_value, landmark):
    track = save_track(plank_track(bad_value, landmark), tmp_path / "t.npz")
    result = analyze_file(track, "plank").to_dict()
    assert result["frames_with_pose"] == N - 100  # inf rows are not "pose found"
    assert result["hold"]["total_s"] == pytest.approx(15.0 - 100 / 30, abs=0.2)
    assert result["hold"]["spans"][-1][1] == pytest.approx(14.97, abs=0.05)  # held again to the end
    assert "not_in_frame" not in [w["kind"] for w in result["setup_warnings"]]


def test_live_frames_with_a_missing_point_do_not_poison_the_smoother():
    analyzer = create_analyzer("plank")
    for i in range(N):
        f = frame(i / 30, PLANK)
        if GAP.start <= i < GAP.stop:
            image = f.image.copy()
            image[11] = np.nan
            f = dataclasses.replace(f, image=image)
        analyzer.update(f)
    analyzer.finish()
    assert analyzer.hold_seconds() == pytest.approx(15.0 - 100 / 30, abs=0.2)
    assert analyzer.frames_with_pose == N - 100


def write(tmp_path, **over):
    tr = plank_track()
    data = dict(schema=np.array(SCHEMA), t_s=tr.t_s, image=tr.image, world=tr.world,
                frame_size=np.array([640, 480]), fps=np.array(30.0))
    data.update(over)
    p = tmp_path / "bad.npz"
    np.savez_compressed(p, **data)
    return p


@pytest.mark.parametrize("over, message", [
    ({"t_s": np.arange(N) / 30.0 - 1e9}, "'t_s' must be seconds from the start"),
    ({"t_s": np.arange(N) / 30.0 + 1e9}, "'t_s' must be seconds from the start"),
    ({"fps": np.array(1e-300)}, "'fps' = 1e-300 is out of range"),
    ({"fps": np.array(1e9)}, "'fps' = 1e+09 is out of range"),
    ({"others": np.full(N, 300, np.int64)}, "0 to 255"),
    ({"frame_size": np.array([1e12, 1])}, "'frame_size'"),
    ({"frame_size": np.array([640.5, 480])}, "'frame_size'"),
    ({"frame_size": np.array([6400, 48])}, "'frame_size'"),
])
def test_impossible_values_are_refused_in_one_line(tmp_path, over, message):
    with pytest.raises(PoseTrackError) as err:
        load_track(write(tmp_path, **over))
    assert message in str(err.value) and "\n" not in str(err.value)
