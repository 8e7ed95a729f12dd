"""Offline analysis: one recording (video or pose track) to a ``coach.analysis/1`` result.

``run`` analyses one recording into the typed ``result``, ``chunks`` splits a long video's pose estimation
over worker processes, ``batch`` runs many recordings, and ``summary_text``
prints a result. The names most callers need are re-exported here.
"""
from coach.analysis.result import SCHEMA, AnalysisResult, AngleSeries, AngleSeriesBuilder
from coach.analysis.run import _analyze_track, analyze_file, run_analyzer, summarise, video_pose_frames, write_json

__all__ = ["SCHEMA", "AnalysisResult", "AngleSeries", "AngleSeriesBuilder", "_analyze_track", "analyze_file",
           "run_analyzer", "summarise", "video_pose_frames", "write_json"]
