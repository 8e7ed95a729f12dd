"""Reviewing a recording without Qt: the analysed recording and the long jobs run on it.

The review window (:mod:`coach.ui.review`) only shows a :class:`~coach.review.recording.Recording`
and runs the jobs of :mod:`coach.review.jobs` on a worker thread; the same
jobs run, and are tested, with no window at all. The recording's pictures are
decoded on demand by :class:`~coach.review.video_frames.VideoFrames` (OpenCV only).
"""
