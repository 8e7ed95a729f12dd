"""Writing a share file: choose the sessions, build the file in a temporary place, then save it where asked.

The three steps are separate so the dialog can show what is inside and the
file's exact size before anything is saved: :func:`plan_export` picks the
sessions (a period, or every finished session not shared yet),
:func:`prepare_share` builds the file in the temp folder, and
:meth:`PreparedShare.save` copies it into place atomically and only then
marks the sessions as shared. A session being recorded (or interrupted and
not yet resumed or closed) is left out: it is not finished, and sharing it
now would freeze it half-done in the physio's copy.

Pose tracks are found through a *track shelf* (``coach.live.set_tracks.SetTracks``
in the app) passed in by the caller: the store sits below the live layer
that keeps them. The file never holds a video, and paths from the patient's
machine (a set's video and limits files in its analysis, a track's source)
are cut to their file names.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING, Any, Optional, Protocol, Union

from coach.atomic import replacing
from coach.errors import CoachError
from coach.exercises.events import RepRecord
from coach.phrase import QT_TRANSLATE_NOOP, Moment, Num, Phrase
from coach.programme.model import count_reps
from coach.store.models import IN_PROGRESS, SessionInfo
from coach.store.errors import readable_rows
from coach.store.share.checks import read_package
from coach.store.share.format import (FORMAT_VERSION, MANIFEST, MAX_PATIENT_NAME, SCHEMA, SESSIONS, SUFFIX,
                                      SUMMARY, ShareFileError, track_member)
from coach.store.share.records import (SharedCorrection, SharedFault, SharedNote, SharedPain,
                                       SharedSession, SharedSet, sessions_to_json)
from coach.store.share.summary import summary_html

if TYPE_CHECKING:
    from coach.analysis.result import AnalysisResult
    from coach.pose.track import PoseTrack
    from coach.store.store import Store


class TrackShelf(Protocol):
    """Where each set's pose track is kept (``coach.live.set_tracks.SetTracks`` satisfies it)."""

    def track_of(self, set_id: int) -> Optional[Path]: ...

    def save(self, track: "PoseTrack", session_id: int, set_id: int, set_index: int,
             exercise: str) -> Optional[Path]: ...


@dataclass(frozen=True)
class ExportPlan:
    patient_id: int
    patient_name: str
    since: Optional[date]                 # None: every finished session not shared yet
    sessions: tuple[SessionInfo, ...]
    unfinished: int                       # sessions in progress, left out
    last_shared: Optional[str]            # when this patient's sessions were last shared, if ever
    sets: int
    reps: int

    def describe(self) -> list[str]:
        """What the file will hold, one line each, in English for the command line."""
        return [str(line) for line in self.phrases()]

    def phrases(self) -> list[Phrase]:
        """The same lines for the dialog, which says them in the person's language."""
        if not self.sessions:
            why = (Phrase.of(QT_TRANSLATE_NOOP("share", "nothing new since the last share ({day})"),
                             day=Moment(self.last_shared, with_time=False)) if self.last_shared and not self.since
                   else Phrase(QT_TRANSLATE_NOOP("share", "no finished sessions in this period")))
            return [Phrase.of(QT_TRANSLATE_NOOP("share", "No sessions to share: {why}."), why=why)]
        first, last = (Moment(s.started_at, with_time=False) for s in (self.sessions[0], self.sessions[-1]))
        count = len(self.sessions)
        sessions = (QT_TRANSLATE_NOOP("share", "{count} session of {name}, {first} to {last}") if count == 1 else
                    QT_TRANSLATE_NOOP("share", "{count} sessions of {name}, {first} to {last}"))
        sets = (Phrase.of(QT_TRANSLATE_NOOP("share", "{count} set"), count=self.sets) if self.sets == 1 else
                Phrase.of(QT_TRANSLATE_NOOP("share", "{count} sets"), count=self.sets))
        lines = [Phrase.of(sessions, count=count, name=self.patient_name, first=first, last=last),
                 Phrase.of(QT_TRANSLATE_NOOP("share", "{sets}, {reps}, with faults, pain ratings and notes"),
                           sets=sets, reps=count_reps(self.reps))]
        if self.unfinished:
            left_out = (QT_TRANSLATE_NOOP("share", "{count} unfinished session left out (finish or close it first)")
                        if self.unfinished == 1 else
                        QT_TRANSLATE_NOOP("share", "{count} unfinished sessions left out (finish or close them "
                                                   "first)"))
            lines.append(Phrase.of(left_out, count=self.unfinished))
        return lines


def _unshared_ids(store: "Store", patient_id: int) -> set[int]:
    return {r[0] for r in store.query("SELECT id FROM sessions WHERE patient_id = ? AND shared_at IS NULL",
                                      (patient_id,))}


def plan_export(store: "Store", patient_id: Optional[int] = None, since: Optional[date] = None,
                patient_name: Optional[str] = None) -> ExportPlan:
    """The sessions to share: started on or after ``since``, or (no date) those never shared before."""
    name = (patient_name or "").strip()
    if len(name) > MAX_PATIENT_NAME:  # the file would be refused on import, by this Coach too
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "the patient's name for the share file is {n} characters; "
                                                         "at most {most}"), n=len(name), most=MAX_PATIENT_NAME)
    with readable_rows(store.path, QT_TRANSLATE_NOOP("errors", "choosing the sessions to share")):
        return _plan(store, patient_id, since, patient_name)


def _plan(store: "Store", patient_id: Optional[int], since: Optional[date],
          patient_name: Optional[str]) -> ExportPlan:
    patient = store.patient(patient_id) if patient_id is not None else store.default_patient()
    chosen = store.sessions(patient.id, since=since)
    if since is None:
        fresh = _unshared_ids(store, patient.id)
        chosen = [s for s in chosen if s.id in fresh]
    done = tuple(s for s in chosen if s.status != IN_PROGRESS)
    row = store.query_one("SELECT MAX(shared_at) FROM sessions WHERE patient_id = ?", (patient.id,))
    name = (patient_name or "").strip() or patient.name
    return ExportPlan(patient.id, name, since, done, len(chosen) - len(done), row[0] if row else None,
                      sum(s.set_count for s in done), sum(s.rep_count for s in done))


def _share_ids(store: "Store", sessions: tuple[SessionInfo, ...]) -> dict[int, str]:
    """Each session's stable share id, given the first time it is shared (one transaction)."""
    with store.write(QT_TRANSLATE_NOOP("errors", "preparing sessions to share")) as db:
        for s in sessions:
            db.execute("UPDATE sessions SET share_id = ? WHERE id = ? AND share_id IS NULL", (uuid.uuid4().hex, s.id))
    ids = {}
    for s in sessions:
        ids[s.id] = store.query_row("SELECT share_id FROM sessions WHERE id = ?", (s.id,))[0]
    return ids


def _file_name(text: object) -> object:
    """A path from the patient's machine, cut to its file name (Windows or POSIX)."""
    return PureWindowsPath(text).name if isinstance(text, str) and text else text


def _analysis(result: Optional["AnalysisResult"]) -> Optional[dict[str, Any]]:
    """The result as the share file carries it, with file paths cut to their names."""
    if result is None:
        return None
    out = result.to_dict()
    if "video" in out:
        out["video"] = _file_name(out["video"])
    if isinstance(out.get("rules"), list):
        out["rules"] = [_file_name(r) for r in out["rules"]]
    return out


def _readable_track(path: Optional[Path], scratch: Path) -> Optional[bytes]:
    """The track as it goes in the file: checked, and its ``source`` (a path on this machine) cut to a name."""
    from dataclasses import replace

    from coach.pose.track import load_track, save_track

    if path is None:
        return None
    try:
        track = load_track(path)
        name = str(_file_name(track.source))
        if name == track.source:  # a camera's number or a bare name: the file goes as it is
            return path.read_bytes()
        save_track(replace(track, source=name), scratch)
        return scratch.read_bytes()
    except (CoachError, OSError):
        return None


def _record(store: "Store", info: SessionInfo, share_id: str, shelf: Optional[TrackShelf],
            tracks: dict[str, bytes], missing: list[str], scratch: Path) -> SharedSession:
    detail = store.session_detail(info.id)
    numbers: dict[Optional[int], int] = {sd.info.id: n for n, sd in enumerate(detail.sets, 1)}  # None: no set
    programme = ""
    if info.programme_id is not None:
        try:
            programme = store.programme(info.programme_id).name
        except CoachError:
            programme = ""
    sets = []
    for n, sd in enumerate(detail.sets, 1):
        s = sd.info
        blob = _readable_track(shelf.track_of(s.id), scratch) if shelf is not None else None
        member = None
        if blob is not None:
            member = track_member(share_id, n)
            tracks[member] = blob
        elif shelf is not None and shelf.track_of(s.id) is not None:
            missing.append(f"{info.started_at[:16]} set {n}")
        sets.append(SharedSet(
            set_index=s.set_index, exercise=s.exercise, target_reps=s.target_reps, target_hold_s=s.target_hold_s,
            side=s.side, started_at=s.started_at, ended_at=s.ended_at, rep_count=s.recorded_rep_count,
            reps_by_side=dict(s.reps_by_side), hold_s=s.hold_s, good_form_s=s.good_form_s,
            stopped_for_pain=s.stopped_for_pain, pain=s.pain, ended_reason=s.ended_reason,
            analysis=_analysis(store.set_analysis(s.id)), track=member,
            reps=tuple(RepRecord(r.index, r.side, r.t_start, r.t_end, r.good_form, r.faults, dict(r.metrics))
                       for r in sd.reps),
            faults=tuple(SharedFault(f.kind, f.category, f.t_start, f.t_end, f.message) for f in sd.faults),
            corrections=tuple(SharedCorrection(c.original, c.corrected, c.reason, c.who, c.created_at)
                              for c in s.corrections)))
    return SharedSession(
        share_id=share_id, started_at=info.started_at, ended_at=info.ended_at, status=info.status,
        source=info.source, programme=programme, pain_before=info.pain_before, pain_after=info.pain_after,
        notes_text=info.notes, sets=tuple(sets),
        notes=tuple(SharedNote(n.author, n.text, n.created_at) for n in detail.notes),
        pain_ratings=tuple(SharedPain(p.context, p.rating, p.created_at, numbers.get(p.set_id))
                           for p in detail.pain_ratings))


@dataclass
class PreparedShare:
    """A share file built in the temp folder: its contents and exact size, waiting to be saved or dropped."""
    plan: ExportPlan
    file: Path
    size: int
    tracks: int
    tracks_unreadable: list[str] = field(default_factory=list)

    def describe(self) -> list[str]:
        """What the file holds, one line each, in English for the command line."""
        return [str(line) for line in self.phrases()]

    def phrases(self) -> list[Phrase]:
        """The same lines for the dialog, which says them in the person's language."""
        lines = self.plan.phrases()
        tracks = (QT_TRANSLATE_NOOP("share", "{count} pose track (the skeleton of each set; no video)")
                  if self.tracks == 1 else
                  QT_TRANSLATE_NOOP("share", "{count} pose tracks (the skeleton of each set; no video)"))
        lines.insert(2, Phrase.of(tracks, count=self.tracks))
        unreadable = len(self.tracks_unreadable)
        if unreadable:
            left_out = (QT_TRANSLATE_NOOP("share", "{count} pose track could not be read and is left out")
                        if unreadable == 1 else
                        QT_TRANSLATE_NOOP("share", "{count} pose tracks could not be read and are left out"))
            lines.append(Phrase.of(left_out, count=unreadable))
        lines.append(Phrase(QT_TRANSLATE_NOOP("share", "a summary page anyone can open (summary.html)")))
        lines.append(Phrase.of(QT_TRANSLATE_NOOP("share", "size: {size}"), size=size_phrase(self.size)))
        return lines

    def save(self, store: "Store", out: Union[str, os.PathLike[str]]) -> Path:
        """Copy into place (all or nothing), then mark the sessions shared."""
        dest = Path(out)
        if dest.suffix.lower() != SUFFIX:
            dest = dest.with_name(dest.name + SUFFIX)
        with replacing(dest, what=QT_TRANSLATE_NOOP("errors", "the share file")) as tmp:
            shutil.copyfile(self.file, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        when = store.now()
        with store.write(QT_TRANSLATE_NOOP("errors", "marking the sessions as shared")) as db:
            db.executemany("UPDATE sessions SET shared_at = ? WHERE id = ?",
                           [(when, s.id) for s in self.plan.sessions])
        return dest

    def discard(self) -> None:
        try:
            self.file.unlink(missing_ok=True)
        except OSError:
            pass


_SIZES = (QT_TRANSLATE_NOOP("share", "{size} KB"), QT_TRANSLATE_NOOP("share", "{size} MB"),
          QT_TRANSLATE_NOOP("share", "{size} GB"))


def size_phrase(n: int) -> Phrase:
    """A file size as people read it: bytes below a kilobyte, else KB, MB or GB with one decimal (1,5 MB in German)."""
    if n < 1024:
        return Phrase.of(QT_TRANSLATE_NOOP("share", "{size} bytes"), size=n)
    value = n / 1024
    for template in _SIZES:
        if value < 1024 or template is _SIZES[-1]:
            return Phrase.of(template, size=Num(value, 1))
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover


def human_size(n: int) -> str:
    """The size in English ("1.5 MB"), for the command line."""
    return str(size_phrase(n))


def _member(zf: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, int, int, int, int, int],
            packed: bool, manifest: dict[str, Any]) -> None:
    info = zipfile.ZipInfo(name, stamp)
    info.compress_type = zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED  # tracks are compressed already
    zf.writestr(info, data)
    manifest["members"][name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def prepare_share(store: "Store", plan: ExportPlan, shelf: Optional[TrackShelf] = None) -> PreparedShare:
    """Build the share file for ``plan`` in the temp folder (nothing is saved where the user looks yet), and
    read it back with the importer's own checks: Coach never writes a share file that Coach refuses."""
    if not plan.sessions:
        raise ShareFileError(plan.phrases()[0])
    with readable_rows(store.path, QT_TRANSLATE_NOOP("errors", "preparing the share file")):
        prepared = _prepare(store, plan, shelf)
    try:
        read_package(prepared.file)
    except ShareFileError as exc:
        prepared.discard()
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "these sessions cannot be shared: the file would be refused "
                                                         "({why}); nothing was written or marked as shared"),
                             why=dict(exc.phrase.values).get("why", exc.phrase)) from None
    return prepared


def _prepare(store: "Store", plan: ExportPlan, shelf: Optional[TrackShelf]) -> PreparedShare:
    ids = _share_ids(store, plan.sessions)
    tracks: dict[str, bytes] = {}
    missing: list[str] = []
    with tempfile.TemporaryDirectory(prefix="coach-share-") as tmp:
        scratch = Path(tmp) / "track.npz"
        records = [_record(store, s, ids[s.id], shelf, tracks, missing, scratch) for s in plan.sessions]
    created = store.now()
    manifest = {"schema": SCHEMA, "version": FORMAT_VERSION, "created_at": created, "created_by": "Coach",
                "patient": {"name": plan.patient_name},
                "period": {"since": plan.since.isoformat() if plan.since else None,
                           "first": records[0].started_at, "last": records[-1].started_at},
                "sessions": len(records), "members": {}}
    stamp = datetime.fromisoformat(created).timetuple()[:6]
    fd, name = tempfile.mkstemp(prefix="coach-share-", suffix=SUFFIX)
    os.close(fd)
    path = Path(name)
    try:
        with zipfile.ZipFile(path, "w") as zf:
            _member(zf, SESSIONS, json.dumps(sessions_to_json(records), ensure_ascii=False).encode("utf-8"),
                    stamp, True, manifest)
            _member(zf, SUMMARY, summary_html(plan.patient_name, created, records).encode("utf-8"), stamp, True,
                    manifest)
            for member in sorted(tracks):
                _member(zf, member, tracks[member], stamp, False, manifest)
            info = zipfile.ZipInfo(MANIFEST, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, json.dumps(manifest, indent=1).encode("utf-8"))
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "could not build the share file in the temporary folder: "
                                                         "{why}"), why=exc.strerror or str(exc)) from None
    return PreparedShare(plan, path, path.stat().st_size, len(tracks), missing)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sessions: int
    tracks: int
    lines: tuple[str, ...]


def export_share(store: "Store", out: Union[str, os.PathLike[str]], patient_id: Optional[int] = None,
                 since: Optional[date] = None, shelf: Optional[TrackShelf] = None,
                 patient_name: Optional[str] = None) -> ExportResult:
    """Plan, build and save in one call (the command line's ``coach share export``)."""
    plan = plan_export(store, patient_id, since, patient_name)
    prepared = prepare_share(store, plan, shelf)
    try:
        path = prepared.save(store, out)
    finally:
        prepared.discard()
    return ExportResult(path, prepared.size, len(plan.sessions), prepared.tracks, tuple(prepared.describe()))
