"""A live set without Qt: its lifecycle, capture and inference loops, the hand-off slot, pacing, spoken cues
and the set's record.

Everything here runs on plain threads and is tested without a display. The GUI
(:mod:`coach.ui`) wraps these loops in QThreads and only shows their state;
:mod:`coach.live.headless` runs a whole set with no Qt at all, which is how the
tests prove the live core does not need it. Both follow one
:class:`~coach.live.set_lifecycle.SetLifecycle`: how a set ends, the rate it is
summed up at, and its single result are decided there.
"""
