"""The export buttons: annotated video, report (HTML, PDF), CSV, JSON and the pose track.

Each asks where to save, then runs on the review's worker thread through the
same functions as ``coach analyze --annotate/--report/--csv/--json``, so a
file exported here is the one the command line makes, except that the HTML and
PDF reports are in the window's language (:func:`coach.ui.i18n.report_speaker`). A failure
(folder gone, no permission, disk full) comes back as one sentence for the
window to show; nothing is half-written under the chosen name.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from coach.atomic import replacing
from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP  # a str remembering its context: for the export menu and the errors
from coach.review.job_context import Job, JobContext
from coach.review.jobs import AUTOMATIC, annotate_job, report_job
from coach.review.recording import Recording
from coach.ui.review.analysis_worker import JobRunner
from coach.ui.i18n import report_speaker, translate


@dataclass(frozen=True)
class ExportKind:
    key: str
    button: str
    suffix: str
    file_filter: str
    tip: str


# Button texts, file filters and tips are marked for translation here and translated where shown.
KINDS = (
    ExportKind("video", QT_TRANSLATE_NOOP("export_actions", "Annotated video…"), ".mp4",
               QT_TRANSLATE_NOOP("export_actions", "MP4 video (*.mp4)"),
               QT_TRANSLATE_NOOP("export_actions",
                                 "The video with the skeleton, count and cues drawn in (needs the original video)")),
    ExportKind("html", QT_TRANSLATE_NOOP("export_actions", "Report (HTML)…"), ".html",
               QT_TRANSLATE_NOOP("export_actions", "Web page (*.html)"),
               QT_TRANSLATE_NOOP("export_actions",
                                 "A self-contained report to file: summary, angle plot, rep table, faults")),
    ExportKind("pdf", QT_TRANSLATE_NOOP("export_actions", "Report (PDF)…"), ".pdf", "PDF (*.pdf)",
               QT_TRANSLATE_NOOP("export_actions", "The same report as a PDF")),
    ExportKind("csv", "CSV…", ".csv", "CSV (*.csv)",
               QT_TRANSLATE_NOOP("export_actions", "One row per rep (or hold period) for a spreadsheet")),
    ExportKind("json", "JSON…", ".json", "JSON (*.json)",
               QT_TRANSLATE_NOOP("export_actions", "The full analysis (coach.analysis/1)")),
    ExportKind("track", QT_TRANSLATE_NOOP("export_actions", "Pose track…"), ".npz",
               QT_TRANSLATE_NOOP("export_actions", "Pose track (*.npz)"),
               QT_TRANSLATE_NOOP("export_actions",
                                 "The skeleton only, no video: re-score or replay it later (coach.posetrack/1)")),
)
KIND_BY_KEY = {k.key: k for k in KINDS}


def track_copy_job(recording: Recording, out_path: str | os.PathLike) -> Job:
    def job(ctx: JobContext) -> Path:
        out = Path(out_path)
        if out.suffix.lower() != ".npz":
            raise CoachError(QT_TRANSLATE_NOOP("errors", "a pose track must end in .npz: {file}"), file=out.name)
        if not out.parent.is_dir():
            raise CoachError(QT_TRANSLATE_NOOP("errors", "could not write {path}: folder {folder} does not exist"),
                             path=str(out), folder=str(out.parent))
        if out.resolve() == recording.track_path.resolve():
            return out
        with replacing(out, out.with_name(f".{out.name}.partial")) as partial:
            shutil.copyfile(recording.track_path, partial)
        return out
    return job


def window_report_job(recording: Recording, out_path: str | os.PathLike) -> Job:
    """A report in the window's language (the CSV and JSON are the same in every language)."""
    return report_job(recording, out_path, report_speaker())


JOBS: dict[str, Callable[[Recording, str | os.PathLike], Job]] = {
    "video": annotate_job, "html": window_report_job, "pdf": window_report_job, "csv": window_report_job,
    "json": window_report_job,
    "track": track_copy_job,
}


class ExportActions(QWidget):
    """A row of export buttons; the window shows the runner's ``failed`` messages and this row's ``exported``."""

    exported = Signal(str, str)   # kind key, path written

    def __init__(self, runner: JobRunner, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.recording: Optional[Recording] = None
        self.folder: Optional[Path] = None
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("ExportActions", "Export:"))
        label.setObjectName("muted")
        row.addWidget(label)
        for kind in KINDS:
            b = QPushButton(translate("export_actions", kind.button))
            b.setToolTip(translate("export_actions", kind.tip))
            b.clicked.connect(lambda _=False, k=kind.key: self.choose_and_export(k))
            self.buttons[kind.key] = b
            row.addWidget(b)
        row.addStretch(1)
        runner.succeeded.connect(self._on_succeeded)
        self.set_recording(None)

    def set_recording(self, rec: Optional[Recording]) -> None:
        self.recording = rec
        self.update_enabled()

    def update_enabled(self) -> None:
        rec = self.recording
        free = rec is not None and not self.runner.busy
        for key, b in self.buttons.items():
            b.setEnabled(free and (key != "video" or (rec is not None and rec.has_video and not rec.is_session)))
        video = self.buttons["video"]
        if rec is not None and not rec.has_video:
            video.setToolTip(translate("ExportActions",
                    "Not available: this recording is a pose track, the video was not kept"))
        elif rec is not None and rec.is_session:
            video.setToolTip(translate("ExportActions",
                    "Not available in Automatic: choose the exercise and re-score to draw its measures"))
        else:
            video.setToolTip(translate("export_actions", KIND_BY_KEY["video"].tip))

    def default_path(self, key: str) -> Path:
        rec = self.recording
        assert rec is not None
        kind = KIND_BY_KEY[key]
        stem = Path(rec.name).stem
        judged = AUTOMATIC if rec.is_session else rec.exercise
        name = f"{stem}.annotated.mp4" if key == "video" else f"{stem}.{judged}{kind.suffix}"
        folder = self.folder or (rec.video_path.parent if rec.video_path else rec.track_path.parent)
        if not os.access(folder, os.W_OK):
            folder = Path.home()
        return folder / name

    def choose_and_export(self, key: str) -> None:
        if self.recording is None:
            return
        kind = KIND_BY_KEY[key]
        what = translate("export_actions", kind.button).rstrip("…")
        path, _ = QFileDialog.getSaveFileName(self, translate("ExportActions", "Export — {what}").format(what=what),
                                              str(self.default_path(key)),
                                              translate("export_actions", kind.file_filter))
        if path:
            if not path.lower().endswith(kind.suffix):
                path += kind.suffix
            self.export_to(key, path)

    def export_to(self, key: str, path: str | os.PathLike) -> bool:
        """Start writing ``path``; False if nothing to export or another job is running."""
        if self.recording is None or key not in JOBS:
            return False
        self.folder = Path(path).parent
        return self.runner.start(f"export:{key}", JOBS[key](self.recording, path))

    def _on_succeeded(self, kind: str, result: object) -> None:
        if kind.startswith("export:"):
            self.exported.emit(kind.split(":", 1)[1], str(result))
