"""Has this input already been analysed with these rules? Keyed on content, never on file times.

A clinic re-runs the same weekly command; a research group restarts a batch that
a power cut stopped. Both should only pay for what is new. File times lie (a copy
from a backup, a clock change, a re-encoded video with the same name), so the key
is the SHA-256 of the input's bytes and of the rules: the exercise and each rule
file's bytes, in order. Both are stored in the result's JSON; a later run with
the same key and every asked-for output present skips the input.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Union

from coach.errors import CoachError

if TYPE_CHECKING:
    from coach.analysis.result import AnalysisResult
    from coach.analysis.session import SessionAnalysis

CHUNK = 1 << 20


def file_sha256(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def rules_sha256(exercise: str, rule_files: Iterable[str | os.PathLike[str]]) -> str:
    """The exercise and the content of each rule file, in the order given (a later file wins, so order counts)."""
    h = hashlib.sha256(exercise.encode())
    for p in rule_files:
        data = Path(p).read_bytes()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def done_result(json_path: Path, input_sha256: str, rules_key: str,
                also_needed: Iterable[Path] = ()) -> Optional[Union["AnalysisResult", "SessionAnalysis"]]:
    """The stored result when it was made from this very input with these rules and nothing asked for is
    missing; None means "analyse it" (so does a stored file that is no longer a valid result)."""
    if not input_sha256:
        return None
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("input_sha256") != input_sha256 \
            or data.get("rules_sha256") != rules_key:
        return None
    if not all(p.exists() for p in also_needed):
        return None
    from coach.analysis.session import result_from_dict

    try:
        return result_from_dict(data)
    except CoachError:
        return None
