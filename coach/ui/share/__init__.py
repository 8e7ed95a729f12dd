"""Sharing without a cloud (widgets only): "Share with my physio…" and "Import a patient's sessions…".

Every decision and check is made by :mod:`coach.store.share`; these dialogs
show what it will do, ask where, and report the result in one line.
"""
from __future__ import annotations

from coach.ui.share.export_dialog import ShareExportDialog
from coach.ui.share.import_dialog import ShareImportDialog

__all__ = ["ShareExportDialog", "ShareImportDialog"]
