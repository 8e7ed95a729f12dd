"""A minimal TOML writer for what programme files contain: tables of text, numbers and true/false.

The standard library reads TOML but cannot write it, and a dependency for
this alone is not worth it. Output is meant to be read and edited by a
physio, so keys keep their order and strings are escaped, not mangled.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any, Mapping

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def key(name: str) -> str:
    return name if _BARE_KEY.match(name) else json.dumps(name, ensure_ascii=False)


def value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError(f"cannot write {v!r} to a programme file")
        return repr(v)
    if isinstance(v, str):
        # JSON string escapes are valid TOML basic-string escapes (\", \\, \n, \uXXXX).
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} to a programme file")


def table_lines(header: str, data: Mapping[str, Any], array: bool = False) -> list[str]:
    """``[header]`` (or ``[[header]]``) with its scalars, then its sub-tables as ``[header.sub]``."""
    scalars = [f"{key(k)} = {value(v)}" for k, v in data.items() if v is not None and not isinstance(v, Mapping)]
    subs = [(k, v) for k, v in data.items() if isinstance(v, Mapping)]
    # A table holding only sub-tables needs no header of its own (except an array entry, which starts one).
    lines = [f"[[{header}]]" if array else f"[{header}]"] + scalars if (scalars or array or not subs) else []
    for k, v in subs:
        if lines:
            lines.append("")
        lines += table_lines(f"{header}.{key(k)}", v)
    return lines
