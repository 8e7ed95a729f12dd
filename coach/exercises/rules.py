"""Exercise rule files: thresholds, hysteresis bands, durations and cue texts as data.

Each exercise has a TOML file in ``assets/exercises/<name>.toml`` (comments in it
give units and what tuning does). A per-patient override file may change any
value, for one exercise or several::

    # override for one patient (stage 1: pain control)
    [glute_bridge.rep]
    top_target_deg = 160

An override may also omit the exercise table when it is applied to one
exercise (``[rep]`` directly). Overrides are checked against the defaults: an
unknown key or a value of the wrong type fails loudly, naming the file, the key
and what was expected, because a typo in a patient's limits must never be
silently ignored. Analyzers read values through :meth:`Rules.num`, which checks
ranges at construction time, so a bad file fails before any frame is analysed.
"""
from __future__ import annotations

import copy
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from coach.errors import RuleFileError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.9/3.10 only
    import tomli as tomllib


def assets_dir() -> Path:
    """The ``assets/`` folder beside the package (editable install) or inside it (wheel)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "assets", here / "assets"):
        if candidate.is_dir():
            return candidate
    raise RuleFileError(f"Coach's assets folder is missing (looked beside {here})")


def rule_file_path(exercise: str) -> Path:
    return assets_dir() / "exercises" / f"{exercise}.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleFileError(f"rule file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"cannot read rule file {path}: {exc}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path}: not valid TOML ({exc})") from None


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _merge(base: dict[str, Any], override: Mapping[str, Any], path: Path, prefix: str = "") -> None:
    for key, value in override.items():
        dotted = f"{prefix}{key}"
        if key not in base:
            raise RuleFileError(f"{path}: unknown key '{dotted}' (known here: {', '.join(sorted(base)) or 'none'})")
        want = _kind(base[key])
        if _kind(value) != want:
            raise RuleFileError(f"{path}: key '{dotted}' must be {want}, got {_kind(value)} {value!r}")
        if isinstance(value, dict):
            _merge(base[key], value, path, dotted + ".")
        else:
            base[key] = value


@dataclass
class Rules:
    """The merged rules for one exercise; ``sources`` lists the files, defaults first."""

    exercise: str
    data: dict[str, Any]
    sources: list[Path] = field(default_factory=list)

    def _lookup(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise RuleFileError(f"{self.sources[-1] if self.sources else self.exercise}: "
                                    f"key '{key}' is missing (expected in the [{key.rsplit('.', 1)[0]}] table)")
            node = node[part]
        return node

    def _where(self, key: str) -> str:
        return str(self.sources[-1]) if self.sources else self.exercise

    def num(self, key: str, lo: float | None = None, hi: float | None = None) -> float:
        value = self._lookup(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RuleFileError(f"{self._where(key)}: key '{key}' must be a number, got {value!r}")
        if not math.isfinite(value):
            raise RuleFileError(f"{self._where(key)}: key '{key}' must be a finite number, got {value!r}")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise RuleFileError(f"{self._where(key)}: key '{key}' = {value} is out of range; "
                                f"expected {lo if lo is not None else '-inf'} to {hi if hi is not None else 'inf'}")
        return float(value)

    def text(self, key: str) -> str:
        value = self._lookup(key)
        if not isinstance(value, str) or not value.strip():
            raise RuleFileError(f"{self._where(key)}: key '{key}' must be non-empty text, got {value!r}")
        return value

    def flag(self, key: str) -> bool:
        value = self._lookup(key)
        if not isinstance(value, bool):
            raise RuleFileError(f"{self._where(key)}: key '{key}' must be true or false, got {value!r}")
        return value

    def ordered(self, low_key: str, high_key: str, lo_bound: float | None = None,
                hi_bound: float | None = None) -> tuple[float, float]:
        """Two thresholds that form a hysteresis band; equal or crossed bands make counters chatter."""
        lo, hi = self.num(low_key, lo_bound, hi_bound), self.num(high_key, lo_bound, hi_bound)
        if not lo < hi:
            raise RuleFileError(f"{self._where(high_key)}: '{low_key}' ({lo}) must be below '{high_key}' ({hi}) "
                                f"— they form a hysteresis band")
        return lo, hi


def load_rules(exercise: str, overrides: list[str | os.PathLike] | None = None) -> Rules:
    """Defaults for ``exercise`` with each override file applied in order."""
    base_path = rule_file_path(exercise)
    if not base_path.exists():
        raise RuleFileError(f"no rule file for exercise '{exercise}' ({base_path})")
    data = _read_toml(base_path)
    rules = Rules(exercise=exercise, data=data, sources=[base_path])
    for ov in overrides or []:
        apply_override(rules, ov)
    return rules


def apply_override(rules: Rules, path: str | os.PathLike) -> None:
    p = Path(path)
    if p.is_dir():
        raise RuleFileError(f"expected a rule file but {p} is a folder")
    data = _read_toml(p)
    exercise_tables = {k for k, v in data.items() if isinstance(v, dict) and k in _known_exercises()}
    if exercise_tables:
        data = copy.deepcopy(data.get(rules.exercise, {}))
    _merge(rules.data, data, p)
    rules.sources.append(p)


def _known_exercises() -> set[str]:
    folder = assets_dir() / "exercises"
    return {f.stem for f in folder.glob("*.toml")}
