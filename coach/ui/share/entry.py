"""The main window's "Share" menu: open each dialog with its own store, closed again when the dialog closes.

After an import, an open "Programmes & history" window re-reads its patients
and history, so the imported sessions show at once.
"""
from __future__ import annotations

from typing import Optional

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from coach.errors import CoachError
from coach.store.share import FILE_FILTER
from coach.ui.programme.common import show_message
from coach.ui.i18n import error_text, translate


def _store_and_shelf(parent: QWidget):
    from coach.live.set_tracks import SetTracks
    from coach.store import Store

    try:
        store = Store()
    except CoachError as exc:
        show_message(parent, translate("entry", "The session data could not be opened: {exc}").format(
            exc=error_text(exc)))
        return None, None
    return store, SetTracks(store)


def _owning(dialog: QDialog, store) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _r: store.close())
    dialog.open()
    return dialog


def open_share_export(parent: QWidget) -> Optional[QDialog]:
    from coach.ui.share.export_dialog import ShareExportDialog

    store, shelf = _store_and_shelf(parent)
    if store is None:
        return None
    dialog = ShareExportDialog(store, shelf, parent=parent)
    dialog.accepted.connect(lambda: show_message(parent, dialog.last_message, warning=False))
    return _owning(dialog, store)


def open_share_import(parent: QWidget, path: Optional[str] = None) -> Optional[QDialog]:
    from coach.ui.share.import_dialog import ShareImportDialog

    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("entry",
                "Import a patient's sessions"), "", translate("share", FILE_FILTER))
        if not path:
            return None
    store, shelf = _store_and_shelf(parent)
    if store is None:
        return None
    dialog = ShareImportDialog(store, shelf, path, parent)
    dialog.imported.connect(lambda report: _refresh_history(parent, report.patient_id))
    return _owning(dialog, store)


def _refresh_history(parent: QWidget, patient_id: int) -> None:
    window = getattr(parent, "programme_window", None)
    if window is None or not shiboken6.isValid(window):
        return
    window.patient_bar.fill(window.patient_id)
    window.history.refresh()
