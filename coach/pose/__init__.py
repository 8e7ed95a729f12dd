"""Pose: from BGR frames to timestamped body landmarks, plus smoothing and geometry.

Only :mod:`coach.pose.estimator` imports MediaPipe, lazily, so tracks can be
replayed and analysed on machines (and in tests) that never load the model.
"""
