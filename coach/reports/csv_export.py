"""CSV tables of one analysis, for spreadsheets and research: one row per rep (or hold span), and faults.

Columns have fixed snake_case names with units in the name (``_s``, ``_deg``)
so a spreadsheet or pandas script does not depend on column order; numbers are
plain (seconds, degrees) rather than m:ss text so they can be summed. The
per-rep metric columns are those the exercise records, in a stable order.
UTF-8 without a byte-order mark, ``\\r\\n`` line ends (the csv module's
default, which Excel and LibreOffice both read).

The CSV is for machines, so it is the same in every language: English column
keys, codes rather than words (fault kinds, "yes"/"no", sides), "." as the
decimal point. A German spreadsheet or a research script then reads every
clinic's export alike, and a translated header could never break a script.
The exception is ``message``, the cue text a patient heard (kept as the rule
file has it). People read the HTML and PDF reports, which are in the reader's language.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Iterable, Mapping

from coach.analysis.result import AnalysisResult
from coach.atomic import write_text_atomic

REP_COLUMNS = ["rep", "side", "t_start_s", "t_end_s", "duration_s", "good_form", "faults"]
HOLD_COLUMNS = ["span", "t_start_s", "t_end_s", "duration_s", "faults", "fault_s"]
FAULT_COLUMNS = ["kind", "t_start_s", "t_end_s", "duration_s", "message"]


def _r(v: object, nd: int = 3) -> object:
    return round(float(v), nd) if isinstance(v, (int, float)) and not isinstance(v, bool) else ("" if v is None else v)


def _to_csv(columns: list[str], rows: Iterable[Mapping[str, object]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def metric_columns(result: AnalysisResult) -> list[str]:
    """Every metric any rep recorded, in first-seen order (an exercise's reps share one set).

    A metric named like a fixed column (``duration_s``) is the same quantity and is
    not repeated: a CSV with two identically named columns breaks DictReader and pandas.
    """
    seen: dict[str, None] = {}
    for r in result.reps:
        for k in r.metrics:
            if k not in REP_COLUMNS:
                seen.setdefault(k, None)
    return list(seen)


def rep_rows(result: AnalysisResult) -> tuple[list[str], list[dict[str, object]]]:
    """Columns and rows: reps for rep exercises, hold spans for a hold (plank)."""
    if result.hold is not None:
        rows = []
        for i, (a, b) in enumerate(result.hold.spans, start=1):
            inside = [(f, max(0.0, min(b, f.t_end) - max(a, f.t_start))) for f in result.faults]
            inside = [(f, d) for f, d in inside if d > 0]
            rows.append({"span": i, "t_start_s": _r(a), "t_end_s": _r(b), "duration_s": _r(b - a),
                         "faults": ";".join(f.kind for f, _ in inside), "fault_s": _r(sum(d for _, d in inside))})
        return HOLD_COLUMNS, rows
    metrics = metric_columns(result)
    rows = []
    for r in result.reps:
        row = {"rep": r.index, "side": r.side or "", "t_start_s": _r(r.t_start), "t_end_s": _r(r.t_end),
               "duration_s": _r(r.duration_s), "good_form": "yes" if r.good_form else "no",
               "faults": ";".join(r.faults)}
        row.update({k: _r(r.metrics.get(k), 2) for k in metrics})
        rows.append(row)
    return REP_COLUMNS + metrics, rows


def write_csv(result: AnalysisResult, path: str | os.PathLike[str]) -> Path:
    """One row per rep (columns ``REP_COLUMNS`` + metrics), or per hold span for plank (``HOLD_COLUMNS``)."""
    columns, rows = rep_rows(result)
    return write_text_atomic(path, _to_csv(columns, rows))


def write_faults_csv(result: AnalysisResult, path: str | os.PathLike[str]) -> Path:
    """One row per fault span with its cue text (``FAULT_COLUMNS``), for any exercise."""
    rows = [{"kind": f.kind, "t_start_s": _r(f.t_start), "t_end_s": _r(f.t_end),
             "duration_s": _r(f.t_end - f.t_start), "message": f.message}
            for f in result.faults]
    return write_text_atomic(path, _to_csv(FAULT_COLUMNS, rows))
