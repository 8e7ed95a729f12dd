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

from coach.atomic import replacing

BASE_COLUMNS = ["file", "exercise", "reps", "good_form_share", "hold_s", "good_form_s", "judged_s"]


def summary_row(file: str | os.PathLike, exercise: str, data: Optional[dict], error: str = "") -> dict:
    """``data`` is a ``coach.analysis/1`` result, or None when the input failed (then ``error`` says why).

    Good-form share is good reps / reps for a rep exercise and good-form seconds / hold seconds for a
    hold; empty when there is nothing to share out. Faults are counted as spans, per kind.
    """
    row: dict = {"file": str(file), "exercise": exercise, "error": error}
    if data is None:
        return row
    hold = data.get("hold")
    row["judged_s"] = data.get("judged_s", "")
    if hold is not None:
        row["hold_s"] = hold["total_s"]
        row["good_form_s"] = hold["good_form_s"]
        row["good_form_share"] = round(hold["good_form_s"] / hold["total_s"], 3) if hold["total_s"] > 0 else ""
    else:
        reps = data.get("reps") or []
        row["reps"] = data.get("rep_count", len(reps))
        good = sum(1 for r in reps if r.get("good_form"))
        row["good_form_share"] = round(good / len(reps), 3) if reps else ""
    for kind, n in Counter(f["kind"] for f in data.get("faults") or []).items():
        row[f"fault_{kind}"] = n
    return row


def write_summary_csv(rows: list[dict], path: str | os.PathLike) -> None:
    """Columns: the fixed ones, then one ``fault_<kind>`` per kind seen in any row (sorted), then ``error``."""
    fault_columns = sorted({k for r in rows for k in r if k.startswith("fault_")})
    columns = [*BASE_COLUMNS, *fault_columns, "error"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({c: (r.get(c, 0) if c in fault_columns and not r.get("error") else r.get(c, ""))
                         for c in columns})
    with replacing(Path(path), what="--summary ") as tmp:
        tmp.write_text(buf.getvalue(), encoding="utf-8")
