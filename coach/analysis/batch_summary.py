"""One table for a whole batch (``--summary OUT.csv``): a row per input, a column per fault kind.

A clinic scans it for who needs a call; a research group loads it into their
statistics. It is written once, at the end, all-or-nothing: an interrupted batch
leaves no table that looks complete but is not.
"""
from __future__ import annotations

import csv
import io
import os
from collections import Counter
from pathlib import Path
from typing import Optional

from typing import TYPE_CHECKING

from coach.analysis.result import AnalysisResult
from coach.atomic import replacing

if TYPE_CHECKING:
    from coach.analysis.session import SessionAnalysis

BASE_COLUMNS = ["file", "exercise", "reps", "good_form_share", "hold_s", "good_form_s", "judged_s"]
SET_COLUMNS = ["set", "start_s", "end_s"]  # only in a table with whole-session recordings in it


def summary_row(file: str | os.PathLike[str], exercise: str, result: Optional[AnalysisResult],
                error: str = "") -> dict[str, object]:
    """One CSV row; ``result`` is None when the input failed (then ``error`` says why).

    Good-form share is the result's own (:mod:`coach.exercises.form_metrics`): by reps for a rep exercise,
    by seconds for a hold; empty when there is nothing to share out. Faults are counted as spans, per kind.
    """
    row: dict[str, object] = {"file": str(file), "exercise": exercise, "error": error}
    if result is None:
        return row
    row["judged_s"] = "" if result.judged_s is None else round(result.judged_s, 2)
    if result.hold is not None:
        row["hold_s"] = result.hold.total_s
        row["good_form_s"] = result.hold.good_form_s
    else:
        row["reps"] = result.rep_count
    share = result.good_form_share
    row["good_form_share"] = "" if share is None else round(share, 3)
    for kind, n in Counter(f.kind for f in result.faults).items():
        row[f"fault_{kind}"] = n
    return row


def session_rows(file: str | os.PathLike[str], session: "SessionAnalysis") -> list[dict[str, object]]:
    """A whole-session recording: one row per set found, numbered, with where it lies in the recording."""
    return [{**summary_row(file, found.exercise, found.result), "set": i, "start_s": round(found.start_s, 2),
             "end_s": round(found.end_s, 2)} for i, found in enumerate(session.sets, start=1)]


def write_summary_csv(rows: list[dict[str, object]], path: str | os.PathLike[str]) -> None:
    """Columns: the fixed ones, then one ``fault_<kind>`` per kind seen in any row (sorted), then ``error``."""
    fault_columns = sorted({k for r in rows for k in r if k.startswith("fault_")})
    set_columns = SET_COLUMNS if any("set" in r for r in rows) else []
    columns = [BASE_COLUMNS[0], *set_columns, *BASE_COLUMNS[1:], *fault_columns, "error"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({c: (r.get(c, 0) if c in fault_columns and not r.get("error") else r.get(c, ""))
                         for c in columns})
    with replacing(Path(path), what="--summary ") as tmp:
        tmp.write_text(buf.getvalue(), encoding="utf-8")
