"""Programme files a physio hands to a patient: ``coach.programme/1`` as TOML (or JSON).

Example::

    format = "coach.programme/1"
    name = "Stage 1 — settle the pain"

    [[prescription]]
    exercise = "glute_bridge"
    sets = 2
    reps = 8
    rest_s = 60

    [prescription.rules.form]   # per-patient overrides of this exercise's rule file
    top_line_min = -0.2

Reading never trusts the file: any problem is a :class:`ProgrammeFileError`
naming the file, the key and what was expected, and nothing else escapes.
Writing is atomic so a full disk never leaves half a programme behind.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Union, cast

import tomli_w

from coach.atomic import replacing
from coach.phrase import QT_TRANSLATE_NOOP, Phrase, Text
from coach.programme.model import (A_PROGRAMME, Prescription, Programme, ProgrammeError, ProgrammeFileError,
                                   where_prescription)
from coach.untrusted import TreeLimits, UntrustedFileError, loads_json, loads_toml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.9/3.10 only
    import tomli as tomllib

FORMAT = "coach.programme/1"
MAX_BYTES = 1_000_000
# A programme is a list of prescriptions, each with a small table of rule overrides (see coach.untrusted).
PROGRAMME_LIMITS = TreeLimits(max_depth=8, max_text_chars=20000, max_int=10 ** 9, max_items=100_000)
TOP_KEYS = ("format", "name", "notes", "prescription")
PRESCRIPTION_KEYS = ("exercise", "sets", "reps", "hold_s", "rest_s", "side", "note", "rules")


def programme_to_dict(programme: Programme) -> dict[str, Any]:
    items = []
    for p in programme.prescriptions:
        d: dict[str, Any] = {"exercise": p.exercise, "sets": p.sets, "reps": p.reps, "hold_s": p.hold_s,
                             "rest_s": p.rest_s, "side": p.side}
        if p.note:
            d["note"] = p.note
        if p.rule_overrides:
            d["rules"] = p.rule_overrides
        items.append({k: v for k, v in d.items() if v is not None})
    out: dict[str, Any] = {"format": FORMAT, "name": programme.name}
    if programme.notes:
        out["notes"] = programme.notes
    out["prescription"] = items
    return out


def dumps_programme(programme: Programme, fmt: str = "toml") -> str:
    """The file's text; ``fmt`` is "toml" (for people) or "json" (for other programs)."""
    data = programme_to_dict(programme.validate())
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    header = "# Coach programme. Open it in Coach to import it; edit with care — it is checked on import.\n"
    return header + tomli_w.dumps(data)


def save_programme_file(programme: Programme, path: Union[str, os.PathLike[str]]) -> Path:
    """Write atomically; the format follows the suffix (``.json`` or else TOML)."""
    p = Path(path)
    text = dumps_programme(programme, "json" if p.suffix.lower() == ".json" else "toml")
    with replacing(p, error=ProgrammeFileError) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return p


def load_programme_file(path: Union[str, os.PathLike[str]]) -> Programme:
    p = Path(path)
    if p.is_dir():
        raise ProgrammeFileError(QT_TRANSLATE_NOOP("errors", "expected a programme file but {path} is a folder"),
                                 path=str(p))
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ProgrammeFileError(QT_TRANSLATE_NOOP("errors", "programme file not found: {path}"), path=str(p)) \
            from None
    except OSError as exc:
        raise ProgrammeFileError(QT_TRANSLATE_NOOP("errors", "cannot read programme file {path}: {why}"),
                                 path=str(p), why=exc.strerror or str(exc)) from None
    return loads_programme(raw, str(p), as_json=p.suffix.lower() == ".json")


def loads_programme(raw: Union[bytes, str], where: Text = A_PROGRAMME, as_json: bool = False) -> Programme:
    """Parse and validate; every problem is a ProgrammeFileError that starts with ``where``."""
    if len(raw) > MAX_BYTES:
        raise ProgrammeFileError(QT_TRANSLATE_NOOP("errors", "{where}: too large for a programme file ({size} bytes)"),
                                 where=where, size=len(raw))
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw  # a BOM (Notepad) is fine
    except UnicodeDecodeError:
        raise ProgrammeFileError(QT_TRANSLATE_NOOP("errors", "{where}: not a text file (expected UTF-8 TOML or JSON)"),
                                 where=where) from None
    try:
        data = loads_json(text, PROGRAMME_LIMITS) if as_json else loads_toml(text, PROGRAMME_LIMITS)
    except (tomllib.TOMLDecodeError, UntrustedFileError) as exc:
        kind = "JSON" if as_json else "TOML"
        why = exc.phrase if isinstance(exc, UntrustedFileError) else str(exc)
        raise ProgrammeFileError(QT_TRANSLATE_NOOP("errors", "{where}: not valid {kind} ({why})"),
                                 where=where, kind=kind, why=why) from None
    try:
        return programme_from_dict(data, where)
    except ProgrammeError as exc:
        raise ProgrammeFileError(exc.phrase) from None


def _unknown(where: Text, keys: Any, known: tuple[str, ...]) -> None:
    for k in keys:
        if k not in known:
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: unknown key {key} (known here: {known})"),
                                 where=where, key=repr(k), known=", ".join(known))


def _number(where: Text, key: str, value: Any, integer: bool) -> Any:
    """Whole-number floats (2.0) are accepted for counts; anything else is left for validation to explain."""
    if integer and isinstance(value, float) and value.is_integer() and abs(value) < 1e9:
        return int(value)
    return value


def programme_from_dict(data: Any, where: Text = A_PROGRAMME) -> Programme:
    if not isinstance(data, dict):
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: expected a table of keys at the top, got {got}"),
                             where=where, got=toml_out_kind(data))
    if data.get("format") != FORMAT:
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key 'format' must be {format} (is this a Coach "
                                                         "programme file?), got {got}"),
                             where=where, format=repr(FORMAT), got=repr(data.get("format")))
    _unknown(where, data, TOP_KEYS)
    items = data.get("prescription")
    if not isinstance(items, list) or not items:
        raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: expected one or more [[prescription]] tables, "
                                                         "got {got}"), where=where, got=toml_out_kind(items))
    prescriptions = []
    for i, item in enumerate(items, 1):
        here = where_prescription(where, i)
        if not isinstance(item, dict):
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: expected a table, got {got}"),
                                 where=here, got=toml_out_kind(item))
        _unknown(here, item, PRESCRIPTION_KEYS)
        if not isinstance(item.get("exercise"), str):
            raise ProgrammeError(QT_TRANSLATE_NOOP("errors", "{where}: key 'exercise' must be text, got {got}"),
                                 where=here, got=repr(item.get("exercise")))
        prescriptions.append(Prescription(
            exercise=item["exercise"], sets=_number(here, "sets", item.get("sets", 1), True),
            reps=_number(here, "reps", item.get("reps"), True), hold_s=item.get("hold_s"),
            rest_s=item.get("rest_s", 60.0), side=item.get("side"), rule_overrides=item.get("rules", {}),
            note=item.get("note", "")))
    # Like every value here, the name is checked by validate(), which names a missing or wrong one.
    programme = Programme(name=cast(str, data.get("name")), prescriptions=tuple(prescriptions),
                          notes=data.get("notes", ""))
    return programme.validate(where)


def toml_out_kind(value: Any) -> Text:
    if value is None:
        return Phrase(QT_TRANSLATE_NOOP("errors", "nothing"))
    if isinstance(value, dict):
        return Phrase(QT_TRANSLATE_NOOP("errors", "a table"))
    if isinstance(value, list):
        return Phrase(QT_TRANSLATE_NOOP("errors", "a list"))
    return f"{type(value).__name__} {value!r}"[:80]
