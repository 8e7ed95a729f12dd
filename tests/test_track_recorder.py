"""The pose track recorder keeps exactly the frames it was given, in blocks, at about 1 KiB a frame."""
from __future__ import annotations

import tracemalloc

import numpy as np

from coach.pose.landmarks import LANDMARK_SHAPE, PoseFrame
from coach.pose.track import PoseTrackRecorder


def frames(n: int, seed: int = 3) -> list[PoseFrame]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        seen = i % 7 != 3  # some frames with nobody seen
        image = rng.random(LANDMARK_SHAPE).astype(np.float32) if seen else None
        world = rng.random(LANDMARK_SHAPE).astype(np.float32) if seen else None
        out.append(PoseFrame(t_s=0.1 + i / 30, image=image, world=world, frame_size=(640, 480),
                             others_in_view=int(i % 11 == 0)))
    return out


def test_track_holds_every_frame_exactly_across_blocks():
    given = frames(23)
    rec = PoseTrackRecorder(30.0, "clip.mp4")
    rec.BLOCK_FRAMES = 5  # several full blocks and a part-filled last one
    for f in given:
        rec.add(f)
    track = rec.track()
    assert len(rec) == len(track) == 23
    assert track.t_s.dtype == np.float64 and track.image.dtype == track.world.dtype == np.float32
    assert track.others.dtype == np.uint8
    assert track.frame_size == (640, 480) and track.fps == 30.0 and track.source == "clip.mp4"
    for i, f in enumerate(given):
        assert track.t_s[i] == f.t_s
        assert track.others[i] == f.others_in_view
        back = track.frame(i)
        if f.image is None:
            assert back.image is None and np.isnan(track.image[i]).all() and np.isnan(track.world[i]).all()
        else:
            assert np.array_equal(back.image, f.image) and np.array_equal(back.world, f.world)


def test_a_block_boundary_exactly_full_and_an_empty_recorder():
    rec = PoseTrackRecorder(25.0)
    rec.BLOCK_FRAMES = 4
    assert len(rec.track()) == 0 and rec.track().image.shape == (0, *LANDMARK_SHAPE)
    for f in frames(8):
        rec.add(f)
    track = rec.track()
    assert np.array_equal(track.t_s, [f.t_s for f in frames(8)])


def test_memory_is_about_a_kibibyte_per_frame():
    given = frames(3000)
    rec = PoseTrackRecorder(30.0)
    rec.BLOCK_FRAMES = 500
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for f in given:
            rec.add(f)
        per_frame = (tracemalloc.get_traced_memory()[0] - base) / len(given)
    finally:
        tracemalloc.stop()
    assert per_frame < 1.1 * 1066, per_frame  # 2 × 33 × 4 float32 + a float64 time + a uint8 count
