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
silently ignored. Every value is also checked against the exercise's declared
schema (:class:`~coach.exercises.spec.RuleSpec`: type, range, unit) as the file
is read, so an out-of-range limit fails before any analyzer is built; analyzers
read values through :meth:`Rules.num`, which takes the range from the same schema.

Rules are loaded for a spec (:func:`load_rules`); finding a spec by name is the
registry's job (:func:`coach.exercises.registry.exercise_rules`), so this module
never imports the registry.
"""
from __future__ import annotations

import copy
import difflib
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Collection, Iterable, Mapping, Optional

from coach.errors import RuleFileError
from coach.untrusted import TreeLimits, UntrustedFileError, loads_toml
from coach.phrase import QT_TRANSLATE_NOOP, Phrase, Template, as_phrase

if TYPE_CHECKING:
    from coach.exercises.spec import ExerciseSpec, RuleSpec

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.9/3.10 only
    import tomli as tomllib


# A rule file is a few tables of numbers and short cues: 50 MB cues, 5,000-digit integers or tables nested
# hundreds deep are refused on reading (see coach.untrusted).
RULE_FILE_LIMITS = TreeLimits(max_depth=8, max_text_chars=500, max_int=10 ** 9, max_items=10_000)
RULE_FILE_MAX_BYTES = 1_000_000


def assets_dir() -> Path:
    """The ``assets/`` folder beside the package (editable install) or inside it (wheel)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "assets", here / "assets"):
        if candidate.is_dir():
            return candidate
    raise RuleFileError(QT_TRANSLATE_NOOP("errors", "Coach's assets folder is missing (looked beside {folder})"),
                        folder=str(here))


def rule_file_path(spec: "ExerciseSpec") -> Path:
    """The exercise's default rule file: where its spec says (a plug-in's own), else
    ``assets/exercises/<name>.toml``."""
    if spec.rule_file is not None:
        return Path(spec.rule_file)
    return assets_dir() / "exercises" / f"{spec.name}.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(RULE_FILE_MAX_BYTES + 1)
        if len(raw) > RULE_FILE_MAX_BYTES:
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: too large for a rule file (over {most} bytes)"),
                                path=str(path), most=RULE_FILE_MAX_BYTES)
        text = raw.decode("utf-8-sig")  # Windows Notepad starts a UTF-8 file with a BOM
    except FileNotFoundError:
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "rule file not found: {path}"), path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "cannot read rule file {path}: {why}"),
                            path=str(path), why=str(exc)) from None
    try:
        return loads_toml(text, RULE_FILE_LIMITS)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: not valid TOML ({why})"),
                            path=str(path), why=str(exc)) from None
    except UntrustedFileError as exc:
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: {why}"), path=str(path), why=exc.phrase) from None


def _misspelt_exercise(keys: Iterable[str], known: Collection[str]) -> Optional[tuple[str, str]]:
    """The first key that is a near miss of an exercise's name, with that name; None when there is none."""
    for key in keys:
        close = difflib.get_close_matches(key, sorted(known), n=1)
        if close:
            return key, close[0]
    return None


def exercises_named_in(path: str | os.PathLike[str], known_exercises: Collection[str]) -> list[str]:
    """The exercises a per-patient file has tables for (``[plank.form]``); a file without any is an error.

    Where Coach recognises the exercise itself (a whole-session recording), a file of one exercise's
    sections (``[form]``) would not say which exercise it is for, so it would be applied to none.
    """
    p = Path(path)
    if p.is_dir():
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "expected a rule file but {path} is a folder"), path=str(p))
    data = _read_toml(p)
    named = sorted(k for k in data if k in set(known_exercises))
    if not named:
        close = _misspelt_exercise(data, known_exercises)
        if close is not None:
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: '{key}' is not an exercise (known: {known}); "
                                                            "did you mean '{close}'?"),
                                path=str(p), key=close[0], known=", ".join(sorted(known_exercises)), close=close[1])
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: name the exercise its rules are for ([plank.form], "
                                                        "[bird_dog.range], ...): Coach recognises the exercise here, "
                                                        "so a file of one exercise's sections applies to none"),
                            path=str(p))
    return named


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


# The kinds of value :func:`_kind` names, as words a person reads in an error message.
_KIND_WORDS = {
    "true/false": QT_TRANSLATE_NOOP("errors", "true/false"),
    "a number": QT_TRANSLATE_NOOP("errors", "a number"),
    "text": QT_TRANSLATE_NOOP("errors", "text"),
    "a table": QT_TRANSLATE_NOOP("errors", "a table"),
    "a list": QT_TRANSLATE_NOOP("errors", "a list"),
}


def _kind_words(kind: str) -> Phrase:
    """A kind of value from :func:`_kind` as a translatable phrase (a Python type name stays as it is)."""
    return as_phrase(_KIND_WORDS.get(kind, kind))


def _meaning(rule: "RuleSpec") -> Phrase:
    """A rule's meaning from its spec, translated in the context the limits editor uses."""
    text = Template(rule.meaning)
    text.context = "rule_meanings"
    return as_phrase(text)


# Keys an override may not change: the analyzer's mode is what the analyzer *is* (a plank cannot count reps).
FROZEN_KEYS = ("exercise.mode",)


def _check_value(dotted: str, value: Any, base: Mapping[str, Any], path: Path,
                 spec: Optional["ExerciseSpec"], overriding: bool = True) -> None:
    """Values that are the right type but still switch a check off or make no sense, refused on reading."""
    if overriding and dotted in FROZEN_KEYS:
        fixed = base[dotted.split('.')[-1]]
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' cannot be changed by an override "
                                                        "(it is {value} for this exercise)"),
                            path=str(path), key=dotted, value=repr(fixed))
    if isinstance(value, str) and not value.strip():
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be non-empty text "
                                                        "(a cue or name that is shown or spoken)"),
                            path=str(path), key=dotted)
    if isinstance(value, float) and not math.isfinite(value):
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be a finite number, got {value}"),
                            path=str(path), key=dotted, value=repr(value))
    rule = spec.rule(dotted) if spec is not None else None
    if spec is not None and rule is None:
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' is not one of {exercise}'s rules"),
                            path=str(path), key=dotted, exercise=spec.name)
    if rule is not None:
        _check_rule(rule, value, path)


def _check_rule(rule: "RuleSpec", value: Any, path: Path) -> None:
    want = {"number": "a number", "text": "text", "flag": "true/false"}.get(rule.kind, rule.kind)
    if _kind(value) != want:
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be {want}, got {kind} {value}"),
                            path=str(path), key=rule.key, want=_kind_words(want), kind=_kind_words(_kind(value)),
                            value=repr(value))
    if rule.kind == "number" and rule.unit == "reps" and value != int(value):
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be a whole number of reps, got "
                                                        "{value}"), path=str(path), key=rule.key, value=repr(value))
    if rule.kind == "number" and ((rule.lo is not None and value < rule.lo) or
                                  (rule.hi is not None and value > rule.hi)):
        values = dict(path=str(path), key=rule.key, value=value, range=rule.range_phrase())
        if rule.meaning:
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' = {value} is out of range; "
                                                            "expected {range} ({meaning})"),
                                meaning=_meaning(rule), **values)
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' = {value} is out of range; "
                                                        "expected {range}"), **values)


def _merge(base: dict[str, Any], override: Mapping[str, Any], path: Path, prefix: str = "",
           spec: Optional["ExerciseSpec"] = None) -> None:
    for key, value in override.items():
        dotted = f"{prefix}{key}"
        if key not in base:
            close = difflib.get_close_matches(key, list(base), n=1)
            known = ", ".join(sorted(base)) if base else QT_TRANSLATE_NOOP("errors", "none")
            if close:
                raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: unknown key '{key}' (did you mean "
                                                                "'{close}'? known here: {known})"),
                                    path=str(path), key=dotted, close=close[0], known=known)
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: unknown key '{key}' (known here: {known})"),
                                path=str(path), key=dotted, known=known)
        want = _kind(base[key])
        if _kind(value) != want:
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be {want}, got {kind} {value}"),
                                path=str(path), key=dotted, want=_kind_words(want), kind=_kind_words(_kind(value)),
                                value=repr(value))
        if isinstance(value, dict):
            _merge(base[key], value, path, dotted + ".", spec)
        else:
            _check_value(dotted, value, base, path, spec)
            base[key] = value


@dataclass
class Rules:
    """The merged rules for one exercise; ``sources`` lists the files, defaults first."""

    exercise: str
    data: dict[str, Any]
    sources: list[Path] = field(default_factory=list)
    spec: Optional["ExerciseSpec"] = None

    def merge(self, override: Mapping[str, Any], where: Path) -> None:
        """Apply a table of overrides (from a file or a programme), each value checked against the schema."""
        _merge(self.data, override, where, spec=self.spec)

    def _lookup(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' is missing "
                                                                "(expected in the [{table}] table)"),
                                    path=self._where(key), key=key, table=key.rsplit('.', 1)[0])
            node = node[part]
        return node

    def _where(self, key: str) -> str:
        return str(self.sources[-1]) if self.sources else self.exercise

    def num(self, key: str) -> float:
        """A number, within the range the exercise's spec declares for it."""
        value = self._lookup(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be a number, got {value}"),
                                path=self._where(key), key=key, value=repr(value))
        if not math.isfinite(value):
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be a finite number, got {value}"),
                                path=self._where(key), key=key, value=repr(value))
        rule = self.spec.rule(key) if self.spec is not None else None
        if self.spec is not None and rule is None:
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{exercise}: key '{key}' has no declared range in the "
                                                            "exercise's spec"), exercise=self.exercise, key=key)
        if rule is not None:
            _check_rule(rule, value, Path(self._where(key)))
        return float(value)

    def text(self, key: str) -> str:
        value = self._lookup(key)
        if not isinstance(value, str) or not value.strip():
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be non-empty text, got {value}"),
                                path=self._where(key), key=key, value=repr(value))
        return value

    def flag(self, key: str) -> bool:
        value = self._lookup(key)
        if not isinstance(value, bool):
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: key '{key}' must be true or false, got {value}"),
                                path=self._where(key), key=key, value=repr(value))
        return value

    def ordered(self, low_key: str, high_key: str) -> tuple[float, float]:
        """Two thresholds that form a hysteresis band; equal or crossed bands make counters chatter.

        Each end is range-checked by the spec: a band pushed to -1e9 is in order but switches the check off.
        """
        low, high = self.num(low_key), self.num(high_key)
        if not low < high:
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: '{low_key}' ({low}) must be below '{high_key}' "
                                                            "({high}) — they form a hysteresis band"),
                                path=self._where(high_key), low_key=low_key, low=low, high_key=high_key, high=high)
        return low, high


def load_rules(spec: "ExerciseSpec", overrides: Optional[Iterable[str | os.PathLike[str]]] = None,
               known_exercises: Collection[str] = ()) -> Rules:
    """The defaults of the exercise ``spec`` declares, with each override file applied in order.

    ``known_exercises`` are the exercise names an override file's tables may be named after.
    """
    base_path = rule_file_path(spec)
    if not base_path.exists():
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "no rule file for exercise '{exercise}' ({path})"),
                            exercise=spec.name, path=str(base_path))
    data = _read_toml(base_path)
    _check_defaults(data, base_path, spec)
    mode = data.get("exercise", {}).get("mode")
    if mode is not None and mode != spec.mode.value:  # the spec decides; a rule file saying otherwise is wrong
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: exercise.mode is '{found}', but {exercise} is "
                                                        "counted as '{mode}'"),
                            path=str(base_path), found=mode, exercise=spec.name, mode=spec.mode.value)
    rules = Rules(exercise=spec.name, data=data, sources=[base_path], spec=spec)
    for ov in overrides or []:
        apply_override(rules, ov, known_exercises)
    return rules


def apply_override(rules: Rules, path: str | os.PathLike[str], known_exercises: Collection[str] = ()) -> None:
    """Apply one per-patient file; a file that would change nothing for this exercise is an error.

    A file either holds tables named after exercises (``[plank.form]``, any of ``known_exercises``
    and this one) or the sections of one exercise directly (``[form]``). A misspelt exercise table,
    a file with tables only for other exercises, or an empty file would otherwise be "applied" and
    silently leave the defaults in force.
    """
    p = Path(path)
    if p.is_dir():
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "expected a rule file but {path} is a folder"), path=str(p))
    data = _read_toml(p)
    if not data:
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: the rule file is empty; it changes nothing"),
                            path=str(p))
    known = {*known_exercises, rules.exercise}
    named = sorted(k for k in data if k in known)
    if named:
        for key in data:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                values = dict(path=str(p), key=key, known=", ".join(sorted(known)))
                if close:
                    raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: '{key}' is not an exercise "
                                                                    "(known: {known}); did you mean '{close}'?"),
                                        close=close[0], **values)
                raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: '{key}' is not an exercise (known: {known})"),
                                    **values)
            if not isinstance(data[key], dict):
                raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: '{key}' must be a table of that exercise's "
                                                                "rules"), path=str(p), key=key)
        if rules.exercise not in data:
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: changes nothing for {exercise} (it has rules for "
                                                            "{named} only)"),
                                path=str(p), exercise=rules.exercise, named=", ".join(named))
        data = copy.deepcopy(data[rules.exercise])
        where: str = f"[{rules.exercise}]"
    else:
        where = QT_TRANSLATE_NOOP("errors", "the file")
        misspelt = _misspelt_exercise((k for k in data if k not in rules.data), known)
        if misspelt is not None:
            raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: '{key}' is not an exercise or a section of "
                                                            "{exercise}; did you mean '{guess}'?"),
                                path=str(p), key=misspelt[0], exercise=rules.exercise, guess=misspelt[1])
    if not _leaves(data):
        raise RuleFileError(QT_TRANSLATE_NOOP("errors", "{path}: {where} sets no values; it changes nothing for "
                                                        "{exercise}"),
                            path=str(p), where=where, exercise=rules.exercise)
    rules.merge(data, p)
    rules.sources.append(p)


def _check_defaults(data: Mapping[str, Any], path: Path, spec: "ExerciseSpec", prefix: str = "") -> None:
    """The exercise's own rule file holds only declared values, each of the declared type and in range."""
    for key, value in data.items():
        if isinstance(value, dict):
            _check_defaults(value, path, spec, f"{prefix}{key}.")
        else:
            _check_value(f"{prefix}{key}", value, data, path, spec, overriding=False)


def _leaves(node: Mapping[str, Any]) -> int:
    """How many values a table sets (tables inside it do not count)."""
    return sum(_leaves(v) if isinstance(v, dict) else 1 for v in node.values())

