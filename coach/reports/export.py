"""One entry point for every export, chosen by the file's suffix.

The CLI and the GUI's review view both call :func:`export_report`, so adding a
format is one line here. Writers are imported only when their format is asked
for (reportlab and matplotlib are slow to import).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional, Sequence

from coach.analysis.result import AnalysisResult
from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Phrase
from coach.atomic import write_text_atomic
from coach.reports.speaker import ENGLISH, Speaker

REPORT_SUFFIXES = (".html", ".htm", ".pdf", ".csv", ".json")

def check_report_path(path: str | os.PathLike[str], allowed: Sequence[str] = REPORT_SUFFIXES) -> Path:
    """Fail before a long analysis, not after it: unknown suffix, or a folder that does not exist."""
    p = Path(path)
    if p.suffix.lower() not in allowed:
        choices = allowed[-1] if len(allowed) == 1 else Phrase.of(QT_TRANSLATE_NOOP("errors", "{some} or {last}"),
                                                                   some=", ".join(allowed[:-1]), last=allowed[-1])
        raise CoachError(QT_TRANSLATE_NOOP("errors", "cannot tell the format of {path} from its name; it must end in "
                                                     "{choices}"), path=str(p), choices=choices)
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise CoachError(QT_TRANSLATE_NOOP("errors", "could not write {path}: folder {folder} does not exist"),
                         path=str(p), folder=str(parent))
    if p.is_dir():
        raise CoachError(QT_TRANSLATE_NOOP("errors", "could not write {path}: it is a folder"), path=str(p))
    return p


def write_result_json(result: AnalysisResult, path: str | os.PathLike[str]) -> Path:
    """The ``coach.analysis/1`` JSON, written the same way as ``coach analyze --json``."""
    return write_text_atomic(path, json.dumps(result.to_dict(), indent=1))


def export_report(result: AnalysisResult, out_path: str | os.PathLike[str],
                  rules_overrides: Optional[Sequence[str | os.PathLike[str]]] = None,
                  speaker: Speaker = ENGLISH) -> Path:
    """Write ``result`` as HTML, PDF, CSV or JSON according to ``out_path``'s suffix; returns the path.

    HTML and PDF are for people and are in ``speaker``'s language (the CLI's: English); CSV and JSON
    are for programs and are the same in every language.
    """
    p = check_report_path(out_path)
    suffix = p.suffix.lower()
    if suffix in (".html", ".htm"):
        from coach.reports.html_report import write_html

        return write_html(result, p, rules_overrides=rules_overrides, speaker=speaker)
    if suffix == ".pdf":
        from coach.reports.pdf_report import write_pdf

        return write_pdf(result, p, rules_overrides=rules_overrides, speaker=speaker)
    if suffix == ".csv":
        from coach.reports.csv_export import write_csv

        return write_csv(result, p)
    return write_result_json(result, p)
