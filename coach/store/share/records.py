"""What a share file says about each session, as dataclasses — and the strict reading of it.

Writing turns store rows into these records and then into plain JSON; reading
checks every value's type and range before anything reaches the store, so a
file edited by hand, made by a newer Coach or by another program is refused
with one line that names the session, set and field, never half-imported.
Times are ISO 8601 with the patient's UTC offset, exactly as their store
holds them, so days group as the patient lived them.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal, Optional, overload

from coach.analysis.result import SCHEMA as ANALYSIS_SCHEMA
from coach.exercises.events import RepRecord  # a shared rep is a rep as the analyzer recorded it
from coach.phrase import QT_TRANSLATE_NOOP, Num, Phrase, Text
from coach.store.models import PAIN_CONTEXTS, STATUSES
from coach.store.share.analysis_schema import checked_analysis
from coach.store.share.format import SESSIONS_SCHEMA, SHARE_ID, TRACK_MEMBER, ShareFileError

MAX_TEXT = 20000          # characters in a note or message
MAX_COUNT = 100000        # reps in a set, items in a list
MAX_SECONDS = 48 * 3600.0


@dataclass(frozen=True)
class SharedFault:
    kind: str
    category: str
    t_start: float
    t_end: Optional[float]
    message: str


@dataclass(frozen=True)
class SharedCorrection:
    original: int
    corrected: int
    reason: str
    who: str
    created_at: str


@dataclass(frozen=True)
class SharedSet:
    set_index: int
    exercise: str
    target_reps: Optional[int]
    target_hold_s: Optional[float]
    side: Optional[str]
    started_at: str
    ended_at: Optional[str]
    rep_count: int
    reps_by_side: dict[str, int]
    hold_s: Optional[float]
    good_form_s: Optional[float]
    stopped_for_pain: bool
    pain: Optional[int]
    ended_reason: Optional[str]
    analysis: Optional[dict[str, Any]]
    track: Optional[str]                  # member name of its pose track, if one was recorded
    reps: tuple[RepRecord, ...] = ()
    faults: tuple[SharedFault, ...] = ()
    corrections: tuple[SharedCorrection, ...] = ()


@dataclass(frozen=True)
class SharedNote:
    author: str
    text: str
    created_at: str


@dataclass(frozen=True)
class SharedPain:
    context: str
    rating: int
    created_at: str
    set_number: Optional[int]             # 1-based position of the set in the session, if it belongs to one


@dataclass(frozen=True)
class SharedSession:
    share_id: str
    started_at: str
    ended_at: Optional[str]
    status: str
    source: str
    programme: str                        # the programme's name, for the reader; programmes travel as their own file
    pain_before: Optional[int]
    pain_after: Optional[int]
    notes_text: str
    sets: tuple[SharedSet, ...] = ()
    notes: tuple[SharedNote, ...] = ()
    pain_ratings: tuple[SharedPain, ...] = ()


def sessions_to_json(sessions: list[SharedSession]) -> dict[str, Any]:
    return {"schema": SESSIONS_SCHEMA, "sessions": [asdict(s) for s in sessions]}


# ----- reading --------------------------------------------------------------------------------------
# Where in sessions.json a value is, for the messages ("session 2, set 1, rep 4").
SESSION_AT = QT_TRANSLATE_NOOP("errors", "session {n}")
SET_AT = QT_TRANSLATE_NOOP("errors", "{where}, set {n}")
REP_AT = QT_TRANSLATE_NOOP("errors", "{where}, rep {n}")
FAULT_AT = QT_TRANSLATE_NOOP("errors", "{where}, fault {n}")
CORRECTION_AT = QT_TRANSLATE_NOOP("errors", "{where}, correction {n}")
NOTE_AT = QT_TRANSLATE_NOOP("errors", "{where}, note {n}")
PAIN_AT = QT_TRANSLATE_NOOP("errors", "{where}, pain rating {n}")


def _within(template: str, where: Text, n: int) -> Phrase:
    return Phrase.of(template, where=where, n=n)


def _number(value: float) -> Num:
    """A limit written as before (``:g``), as a number the GUI writes the locale's way."""
    written = f"{value:g}"
    return Num(value, len(written.partition(".")[2]) if "e" not in written else 3)


class _Fields:
    """One JSON object being read, with where it is in the file for the messages."""

    def __init__(self, data: Any, where: Text) -> None:
        if not isinstance(data, dict):
            raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where} is not an object"), where=where)
        self.data, self.where = data, where

    def _bad(self, key: str, want: Phrase) -> ShareFileError:
        return ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: '{key}' must be {want}, got {got}"),
                              where=self.where, key=key, want=want, got=repr(self.data.get(key))[:80])

    def _get(self, key: str, optional: bool) -> Any:
        if key not in self.data:
            if optional:
                return None
            raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: '{key}' is missing"), where=self.where, key=key)
        return self.data[key]

    # Each reader returns None only when asked for an optional field: the overloads tell mypy so.
    @overload
    def text(self, key: str, optional: Literal[False] = False, limit: int = MAX_TEXT) -> str: ...
    @overload
    def text(self, key: str, optional: bool, limit: int = MAX_TEXT) -> Optional[str]: ...

    def text(self, key: str, optional: bool = False, limit: int = MAX_TEXT) -> Optional[str]:
        v = self._get(key, optional)
        if v is None and optional:
            return None
        if not isinstance(v, str) or len(v) > limit or "\x00" in v:
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "text (up to {most} characters)"),
                                           most=Num(limit)))
        return v

    @overload
    def time(self, key: str, optional: Literal[False] = False) -> str: ...
    @overload
    def time(self, key: str, optional: bool) -> Optional[str]: ...

    def time(self, key: str, optional: bool = False) -> Optional[str]:
        v = self.text(key, optional, 64)
        if v is None:
            return None
        try:
            moment = datetime.fromisoformat(v)
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None or "T" not in v.upper():  # a date alone, or no UTC offset
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "a date and time with its UTC offset "
                                                                       "(ISO 8601)"))) from None
        return v

    def span(self, start_key: str, end_key: str) -> tuple[str, Optional[str]]:
        """A start time and an optional end time that is not before it."""
        start, end = self.time(start_key), self.time(end_key, optional=True)
        if end is not None and datetime.fromisoformat(end) < datetime.fromisoformat(start):
            raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: '{end}' is before '{start}'"),
                                 where=self.where, end=end_key, start=start_key)
        return start, end

    @overload
    def whole(self, key: str, lo: int, hi: int, optional: Literal[False] = False) -> int: ...
    @overload
    def whole(self, key: str, lo: int, hi: int, optional: bool) -> Optional[int]: ...

    def whole(self, key: str, lo: int, hi: int, optional: bool = False) -> Optional[int]:
        v = self._get(key, optional)
        if v is None and optional:
            return None
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "a whole number from {lo} to {hi}"),
                                           lo=Num(lo), hi=Num(hi)))
        return v

    @overload
    def number(self, key: str, lo: float = 0.0, hi: float = MAX_SECONDS, optional: Literal[False] = False) -> float: ...
    @overload
    def number(self, key: str, lo: float = 0.0, hi: float = MAX_SECONDS, *, optional: bool) -> Optional[float]: ...

    def number(self, key: str, lo: float = 0.0, hi: float = MAX_SECONDS, optional: bool = False) -> Optional[float]:
        v = self._get(key, optional)
        if v is None and optional:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or not lo <= v <= hi:
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "a number from {lo} to {hi}"),
                                           lo=_number(lo), hi=_number(hi)))
        return float(v)

    def flag(self, key: str) -> bool:
        v = self._get(key, False)
        if not isinstance(v, bool):
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "true or false")))
        return v

    def items(self, key: str) -> list[Any]:
        v = self._get(key, False)
        if not isinstance(v, list) or len(v) > MAX_COUNT:
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "a list (up to {most} items)"),
                                           most=Num(MAX_COUNT)))
        return v

    @overload
    def mapping(self, key: str, optional: Literal[False] = False) -> dict[str, Any]: ...
    @overload
    def mapping(self, key: str, optional: bool) -> Optional[dict[str, Any]]: ...

    def mapping(self, key: str, optional: bool = False) -> Optional[dict[str, Any]]:
        v = self._get(key, optional)
        if v is None and optional:
            return None
        if not isinstance(v, dict):
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "an object")))
        return v

    def counts(self, key: str) -> dict[str, int]:
        v = self.mapping(key) or {}
        if not all(isinstance(k, str) and len(k) <= 32 and isinstance(n, int) and not isinstance(n, bool)
                   and 0 <= n <= MAX_COUNT for k, n in v.items()):
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "counts by side")))
        return dict(v)

    def measures(self, key: str) -> dict[str, float]:
        v = self.mapping(key) or {}
        ok = all(isinstance(k, str) and len(k) <= 64 and (n is None or (isinstance(n, (int, float))
                 and not isinstance(n, bool) and math.isfinite(n))) for k, n in v.items())
        if not ok or len(v) > 200:
            raise self._bad(key, Phrase.of(QT_TRANSLATE_NOOP("errors", "named measurements")))
        return dict(v)


def _rep(data: Any, where: Text) -> RepRecord:
    f = _Fields(data, where)
    faults = f.items("faults")
    if not all(isinstance(x, str) and len(x) <= 64 for x in faults):
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: 'faults' must be a list of fault names"),
                             where=where)
    return RepRecord(index=f.whole("index", 0, MAX_COUNT), side=f.text("side", True, 32),
                     t_start=f.number("t_start"), t_end=f.number("t_end"), good_form=f.flag("good_form"),
                     faults=tuple(faults), metrics=f.measures("metrics"))


def _fault(data: Any, where: Text) -> SharedFault:
    f = _Fields(data, where)
    category = f.text("category", limit=16)
    if category not in ("form", "setup"):
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: 'category' must be 'form' or 'setup', got {got}"),
                             where=where, got=repr(category))
    return SharedFault(kind=f.text("kind", limit=64), category=category, t_start=f.number("t_start"),
                       t_end=f.number("t_end", optional=True), message=f.text("message"))


def _correction(data: Any, where: Text) -> SharedCorrection:
    f = _Fields(data, where)
    reason = f.text("reason")
    if not reason.strip():
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: a count correction needs a reason"), where=where)
    return SharedCorrection(original=f.whole("original", 0, MAX_COUNT), corrected=f.whole("corrected", 0, MAX_COUNT),
                            reason=reason, who=f.text("who", limit=200), created_at=f.time("created_at"))


def _set(data: Any, where: Text, known_exercises: set[str]) -> SharedSet:
    f = _Fields(data, where)
    exercise = f.text("exercise", limit=64)
    if exercise not in known_exercises:
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: '{exercise}' is not an exercise this Coach knows; "
                                                         "update Coach to import it"), where=where, exercise=exercise)
    track = f.text("track", True, 80)
    if track is not None and TRACK_MEMBER.fullmatch(track) is None:
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: 'track' must name a pose track in the file, got "
                                                         "{got}"), where=where, got=repr(track)[:80])
    started_at, ended_at = f.span("started_at", "ended_at")
    analysis = f.mapping("analysis", optional=True)
    if analysis is not None:
        analysis, why = checked_analysis(analysis)
        if analysis is None or analysis["schema"] != ANALYSIS_SCHEMA or analysis["exercise"] != exercise:
            raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: 'analysis' must be this set's {schema} summary"
                                                             "{why}"),
                                 where=where, schema=ANALYSIS_SCHEMA, why=f" ({why})" if why else "")
    return SharedSet(
        set_index=f.whole("set_index", 0, MAX_COUNT), exercise=exercise,
        target_reps=f.whole("target_reps", 0, MAX_COUNT, optional=True),
        target_hold_s=f.number("target_hold_s", optional=True), side=f.text("side", True, 32),
        started_at=started_at, ended_at=ended_at,
        rep_count=f.whole("rep_count", 0, MAX_COUNT), reps_by_side=f.counts("reps_by_side"),
        hold_s=f.number("hold_s", optional=True), good_form_s=f.number("good_form_s", optional=True),
        stopped_for_pain=f.flag("stopped_for_pain"), pain=f.whole("pain", 0, 10, optional=True),
        ended_reason=f.text("ended_reason", True, 64), analysis=analysis, track=track,
        reps=tuple(_rep(r, _within(REP_AT, where, i)) for i, r in enumerate(f.items("reps"), 1)),
        faults=tuple(_fault(x, _within(FAULT_AT, where, i)) for i, x in enumerate(f.items("faults"), 1)),
        corrections=tuple(_correction(x, _within(CORRECTION_AT, where, i))
                          for i, x in enumerate(f.items("corrections"), 1)))


def _session(data: Any, where: Text, known_exercises: set[str]) -> SharedSession:
    f = _Fields(data, where)
    share_id = f.text("share_id", limit=32)
    if SHARE_ID.fullmatch(share_id) is None:
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: 'share_id' must be 32 hexadecimal digits"),
                             where=where)
    status = f.text("status", limit=32)
    if status not in STATUSES:
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: unknown status {got}"),
                             where=where, got=repr(status))
    sets = tuple(_set(s, _within(SET_AT, where, i), known_exercises) for i, s in enumerate(f.items("sets"), 1))
    notes = []
    for i, n in enumerate(f.items("notes"), 1):
        nf = _Fields(n, _within(NOTE_AT, where, i))
        notes.append(SharedNote(author=nf.text("author", limit=200), text=nf.text("text"),
                                created_at=nf.time("created_at")))
    pains = []
    for i, p in enumerate(f.items("pain_ratings"), 1):
        pf = _Fields(p, _within(PAIN_AT, where, i))
        context = pf.text("context", limit=16)
        if context not in PAIN_CONTEXTS:
            raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{where}: unknown context {got}"),
                                 where=pf.where, got=repr(context))
        pains.append(SharedPain(context=context, rating=pf.whole("rating", 0, 10), created_at=pf.time("created_at"),
                                set_number=pf.whole("set_number", 1, max(1, len(sets)), optional=True)))
    started_at, ended_at = f.span("started_at", "ended_at")
    return SharedSession(share_id=share_id, started_at=started_at, ended_at=ended_at,
                         status=status, source=f.text("source", limit=32), programme=f.text("programme", limit=200),
                         pain_before=f.whole("pain_before", 0, 10, optional=True),
                         pain_after=f.whole("pain_after", 0, 10, optional=True), notes_text=f.text("notes_text"),
                         sets=sets, notes=tuple(notes), pain_ratings=tuple(pains))


def sessions_from_json(data: Any, known_exercises: set[str]) -> list[SharedSession]:
    """The sessions of a share file, every value checked; ShareFileError names the first bad one."""
    top = _Fields(data, "sessions.json")
    if top.text("schema", limit=64) != SESSIONS_SCHEMA:
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "sessions.json has schema {found}; this Coach reads {wanted}"),
                             found=repr(data.get('schema')), wanted=repr(SESSIONS_SCHEMA))
    out = [_session(s, Phrase.of(SESSION_AT, n=i), known_exercises) for i, s in enumerate(top.items("sessions"), 1)]
    ids = [s.share_id for s in out]
    if len(set(ids)) != len(ids):
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "sessions.json lists the same session twice"))
    return out
