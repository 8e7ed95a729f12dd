"""Sharing sessions without a cloud: a patient writes a ``.coachshare`` file, a physio imports it.

Qt-free. ``export`` picks and packs the sessions, ``checks`` reads a file
safely, ``importer`` adds what is new in one transaction, ``listing`` lists a
store's sessions for ``coach sessions``. The file format is in ``format``.
"""
from __future__ import annotations

from coach.store.share.checks import SharePackage, read_package
from coach.store.share.export import (ExportPlan, ExportResult, PreparedShare, TrackShelf, export_share, human_size,
                                      plan_export, prepare_share, size_phrase)
from coach.store.share.format import FILE_FILTER, FORMAT_VERSION, SUFFIX, ShareFileError
from coach.store.share.importer import ImportReport, import_share
from coach.store.share.listing import SessionRow, format_table, session_rows

__all__ = ["ExportPlan", "ExportResult", "FILE_FILTER", "FORMAT_VERSION", "ImportReport", "PreparedShare",
           "SUFFIX", "SessionRow", "ShareFileError", "SharePackage", "TrackShelf", "export_share", "format_table",
           "human_size", "import_share", "plan_export", "prepare_share", "read_package", "session_rows",
           "size_phrase"]
