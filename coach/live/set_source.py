"""Where a live set's frames come from: a camera index, a video path, or a ready-made factory.

A set keeps a *factory* rather than one opened source because a lost camera is
opened again and the same set continues; the first source is opened at once so
a bad file or a missing camera fails before any thread starts.
"""
from __future__ import annotations

import os
from typing import Callable, Union

from coach.live.capture import CameraLike
from coach.sources import CameraSource, VideoFileSource

Source = Union[VideoFileSource, CameraLike]
SourceFactory = Callable[[], Source]
SourceSpec = Union[int, str, "os.PathLike[str]", SourceFactory]


def source_factory(spec: SourceSpec) -> tuple[SourceFactory, str, bool]:
    """(factory, label, is_camera) for a camera index, a video path, or a ready-made factory (tests)."""
    if callable(spec):
        return spec, getattr(spec, "label", "camera"), True
    if isinstance(spec, int) or (isinstance(spec, str) and spec.isdigit()):
        index = int(spec)
        return (lambda: CameraSource(index)), f"camera {index}", True
    path = os.fspath(spec)
    return (lambda: VideoFileSource(path)), path, False
