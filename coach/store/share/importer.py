"""Adding a patient's share file to the physio's store: checked whole first, then one transaction.

A session is known by the share id it was given when first shared, so
importing the same file again adds nothing and a file that overlaps an
earlier one adds only the sessions not here yet (a note added to a session
after it was first shared is added to the copy here). Every row of a new
session — sets, reps, faults, count corrections, pain ratings, notes — keeps
its original times; the session's source becomes ``imported``.

Pose tracks are files in the data folder's ``tracks/``, named after the
session's share id (the same name whoever imports it), written before the
transaction; the transaction then links each to its set (a column of the
set's row, see :mod:`coach.store.tracks`), so two imports at once cannot
lose a link. A track that cannot be written (full disk) is reported, and
importing the file again fills in any track still missing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Phrase, Text
from coach.store import tracks
from coach.store.db import new_row_id
from coach.store.share.checks import SharePackage, read_package
from coach.store.share.records import SharedSession

if TYPE_CHECKING:
    import sqlite3

    from coach.store.share.export import TrackShelf
    from coach.store.store import Store

IMPORTED = "imported"

# The parts of an import's one-line report, joined with "; " (see ImportReport.phrase).
ONE_SESSION = QT_TRANSLATE_NOOP("share", "{n} session, {here} already here")
SESSIONS = QT_TRANSLATE_NOOP("share", "{n} sessions, {here} already here")
ADDED = QT_TRANSLATE_NOOP("share", "{n} added to {patient}")
ADDED_NEW = QT_TRANSLATE_NOOP("share", "{n} added to {patient} (new patient)")
NOTES_ADDED = QT_TRANSLATE_NOOP("share", "{n} new note(s)")
TRACKS_SAVED = QT_TRANSLATE_NOOP("share", "{n} pose track(s) saved")
TRACKS_FAILED = QT_TRANSLATE_NOOP("share", "{n} pose track(s) could not be saved ({first}) — import the file again "
                                           "to retry")
TRACK_FAILED = QT_TRANSLATE_NOOP("share", "session {session} set {set}: {why}")


@dataclass(frozen=True)
class ImportReport:
    file: Path
    patient_id: int          # where the new sessions went (with none new: the patient already holding them)
    patient_name: str
    new_patient: bool
    sessions: int            # in the file
    added: int
    already_here: int
    notes_added: int         # new notes on sessions that were already here
    tracks_saved: int
    tracks_failed: tuple[Text, ...] = ()

    def phrase(self) -> Phrase:
        """"12 sessions, 3 already here" — and where they went (the GUI says it in its language)."""
        parts = [Phrase.of(ONE_SESSION if self.sessions == 1 else SESSIONS, n=self.sessions, here=self.already_here)]
        if self.added:
            parts.append(Phrase.of(ADDED_NEW if self.new_patient else ADDED, n=self.added, patient=self.patient_name))
        if self.notes_added:
            parts.append(Phrase.of(NOTES_ADDED, n=self.notes_added))
        if self.tracks_saved:
            parts.append(Phrase.of(TRACKS_SAVED, n=self.tracks_saved))
        if self.tracks_failed:
            parts.append(Phrase.of(TRACKS_FAILED, n=len(self.tracks_failed), first=self.tracks_failed[0]))
        # "; " between the parts, in every language: a template without a context is not translated
        return Phrase("; ".join(f"{{part{i}}}" for i in range(len(parts))),
                      tuple((f"part{i}", part) for i, part in enumerate(parts)))

    def line(self) -> str:
        """The report in English (the command line)."""
        return str(self.phrase())


def _patient(store: "Store", db: "sqlite3.Connection", name: str, create: bool) -> tuple[int, str, bool]:
    """The patient called ``name`` (any case), or a new one — inside the import's transaction.

    With nothing to add (``create`` false), no empty patient is made: the sessions' current patient is named.
    """
    name = name.strip()
    for row in db.execute("SELECT id, name FROM patients ORDER BY is_default DESC, id"):
        if row[1].casefold() == name.casefold():
            return row[0], row[1], False
    if not create:
        return -1, name, False
    pid = new_row_id(db.execute("INSERT INTO patients (name, created_at) VALUES (?, ?)", (name, store.now())))
    return pid, name, True


def _insert(db: "sqlite3.Connection", patient_id: int, s: SharedSession) -> tuple[int, list[int]]:
    """One new session with everything in it; returns its id and its set ids in the file's order."""
    import json

    sid = new_row_id(db.execute(
        "INSERT INTO sessions (patient_id, started_at, ended_at, pain_before, pain_after, status, notes, source,"
        " share_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (patient_id, s.started_at, s.ended_at, s.pain_before, s.pain_after, s.status, s.notes_text, IMPORTED,
         s.share_id)))
    set_ids = []
    for st in s.sets:
        set_id = new_row_id(db.execute(
            "INSERT INTO sets (session_id, exercise, set_index, target_reps, target_hold_s, side, started_at, ended_at,"
            " rep_count, hold_s, good_form_s, stopped_for_pain, pain, ended_reason, reps_by_side, analysis_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, st.exercise, st.set_index, st.target_reps, st.target_hold_s, st.side, st.started_at, st.ended_at,
             st.rep_count, st.hold_s, st.good_form_s, int(st.stopped_for_pain), st.pain, st.ended_reason,
             json.dumps(st.reps_by_side, sort_keys=True), json.dumps(st.analysis) if st.analysis else None)
        ))
        set_ids.append(set_id)
        db.executemany("INSERT OR REPLACE INTO reps (set_id, idx, side, t_start, t_end, good_form, faults, metrics)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [(set_id, r.index, r.side, r.t_start, r.t_end, int(r.good_form), json.dumps(list(r.faults)),
                         json.dumps(r.metrics)) for r in st.reps])
        db.executemany("INSERT INTO faults (set_id, kind, category, t_start, t_end, message) VALUES (?, ?, ?, ?, ?, ?)",
                       [(set_id, f.kind, f.category, f.t_start, f.t_end, f.message) for f in st.faults])
        db.executemany("INSERT INTO count_corrections (set_id, original, corrected, reason, who, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)",
                       [(set_id, c.original, c.corrected, c.reason, c.who, c.created_at) for c in st.corrections])
    db.executemany("INSERT INTO pain_ratings (session_id, set_id, context, rating, created_at) VALUES (?, ?, ?, ?, ?)",
                   [(sid, set_ids[p.set_number - 1] if p.set_number else None, p.context, p.rating, p.created_at)
                    for p in s.pain_ratings])
    _add_notes(db, sid, s)
    return sid, set_ids


def _add_notes(db: "sqlite3.Connection", session_id: int, s: SharedSession) -> int:
    have = {(r[0], r[1], r[2]) for r in db.execute("SELECT author, text, created_at FROM notes WHERE session_id = ?",
                                                   (session_id,))}
    new = [(session_id, n.author, n.text, n.created_at) for n in s.notes
           if (n.author, n.text, n.created_at) not in have]
    db.executemany("INSERT INTO notes (session_id, author, text, created_at) VALUES (?, ?, ?, ?)", new)
    return len(new)


def _file_name(member: str) -> str:
    """``tracks/<share id>_<n>.npz`` in the file → ``shared_<share id>_<n>.npz`` in the tracks folder: the same
    name whoever imports it, so an import made twice (or two at once) writes one file, never a duplicate."""
    return "shared_" + member.rsplit("/", 1)[-1]


def _wanted_tracks(store: "Store", pkg: SharePackage) -> list[tuple[str, int, int]]:
    """The members to write (with the session's and set's number in the file): those of sessions not here yet,
    and of sets here that have no track."""
    wanted = []
    for i, s in enumerate(pkg.sessions, 1):
        row = store.query_one("SELECT id FROM sessions WHERE share_id = ?", (s.share_id,))
        links = [] if row is None else [r[0] for r in store.query(
            "SELECT pose_track FROM sets WHERE session_id = ? ORDER BY set_index, id", (row[0],))]
        for n, st in enumerate(s.sets):
            if st.track is not None and (row is None or (len(links) == len(s.sets) and
                                                         tracks.resolve(store, links[n]) is None)):
                wanted.append((st.track, i, n + 1))
    return wanted


def _write_tracks(store: "Store", pkg: SharePackage,
                  members: list[tuple[str, int, int]]) -> tuple[dict[str, str], list[Phrase]]:
    """Write each member's track (already checked by the package reader) into the tracks folder, before the
    transaction that links them; returns member → file name for those written, and what failed."""
    from coach.atomic import replacing

    folder = tracks.tracks_folder(store)
    written, failed = {}, []
    for member, session_number, set_number in members:
        name = _file_name(member)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / name
            if not (target.is_file() and target.read_bytes() == pkg.tracks[member]):
                with replacing(target, what=QT_TRANSLATE_NOOP("errors", "pose track"), suffix=".npz") as tmp:
                    with open(tmp, "wb") as fh:
                        fh.write(pkg.tracks[member])
                        fh.flush()
                        os.fsync(fh.fileno())
            written[member] = name
        except (CoachError, OSError) as exc:
            why = exc.phrase if isinstance(exc, CoachError) else str(exc)
            failed.append(Phrase.of(TRACK_FAILED, session=session_number, set=set_number, why=why))
    return written, failed


def import_share(store: "Store", path: Union[str, os.PathLike[str], SharePackage], patient_name: Optional[str] = None,
                 shelf: Optional["TrackShelf"] = None) -> ImportReport:
    """Check ``path`` whole, then add what is new to ``patient_name`` (default: the name in the file).

    A bad file raises ShareFileError before the store is touched; the store's
    writes are one transaction, so a failure part-way leaves it as it was. ``path`` may be a package
    already read (the command line reads it before it opens, and so creates, the data folder).
    """
    pkg = path if isinstance(path, SharePackage) else read_package(path)
    name = (patient_name or "").strip() or pkg.patient_name.strip()
    if not name:
        raise CoachError(QT_TRANSLATE_NOOP("errors", "{file} does not name its patient; choose the patient to import "
                                                     "into"), file=pkg.path.name)
    written, failed = _write_tracks(store, pkg, _wanted_tracks(store, pkg)) if shelf is not None else ({}, [])
    added = already = notes_added = saved = 0
    with store.write(QT_TRANSLATE_NOOP("errors", "importing shared sessions")) as db:
        known = {r[0] for r in db.execute("SELECT share_id FROM sessions WHERE share_id IS NOT NULL")}
        pid, shown_name, created = _patient(store, db, name, any(s.share_id not in known for s in pkg.sessions))
        for s in pkg.sessions:
            row = db.execute("SELECT id, patient_id FROM sessions WHERE share_id = ?", (s.share_id,)).fetchone()
            if row is None:
                session_id, set_ids = _insert(db, pid, s)
                added += 1
            else:
                already += 1
                session_id, pid = row[0], (row[1] if pid < 0 else pid)
                notes_added += _add_notes(db, session_id, s)
                set_ids = [r[0] for r in db.execute("SELECT id FROM sets WHERE session_id = ? ORDER BY set_index, id",
                                                    (session_id,))]
                if len(set_ids) != len(s.sets):
                    continue  # not the same sets any more: leave its tracks alone
            for st, set_id in zip(s.sets, set_ids):  # a set already here gets a track only if it has none
                if st.track not in written:
                    continue
                current = db.execute("SELECT pose_track FROM sets WHERE id = ?", (set_id,)).fetchone()[0]
                if current == tracks.relative_link(written[st.track]) or tracks.resolve(store, current) is None:
                    tracks.link_in(db, set_id, written[st.track])
                    saved += 1
        if not created:  # the name as stored (another case, or the patient already holding the sessions)
            shown_name = db.execute("SELECT name FROM patients WHERE id = ?", (pid,)).fetchone()[0]
    return ImportReport(pkg.path, pid, shown_name, created, len(pkg.sessions), added, already, notes_added, saved,
                        tuple(failed))
