"""Programmes in the store, with every prescription change kept as a new version.

A session's sets point at the prescription row they were done against, so
editing a programme or accepting a progression must never rewrite history:
the current row is retired and ``version + 1`` of the same ``line`` is added.
Rule overrides are stored as the TOML text a physio would write, by tomli-w (a
hand-written writer let a DEL character through, and the row then read back as no overrides).
"""
from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional, Union

import tomli_w

from coach.phrase import QT_TRANSLATE_NOOP
from coach.programme.model import Prescription, Programme
from coach.store.errors import NotFoundError, StoreError
from coach.store.db import new_row_id

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

if TYPE_CHECKING:
    from coach.store.patients import PatientsMixin

    _Base = PatientsMixin
else:
    _Base = object


@dataclass(frozen=True)
class PrescriptionVersion:
    prescription: Prescription
    created_at: str
    retired_at: Optional[str]
    reason: str


NO_PRESCRIPTION = QT_TRANSLATE_NOOP("errors", "no prescription with id {id} in {path}")


def overrides_to_toml(overrides: dict[str, Any]) -> str:
    """The overrides as TOML text (what a physio would write), by a maintained writer that escapes
    every control character; reading it back gives exactly ``overrides``."""
    return tomli_w.dumps(overrides) if overrides else ""


def overrides_from_toml(text: str, where: str) -> dict[str, Any]:
    """Stored overrides, or StoreError: a row that cannot be read must never quietly become the defaults."""
    if not text:
        return {}
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "{where}: the stored rule overrides cannot be read ({why}); the "
                                                     "patient's limits were not applied"),
                         where=where, why=str(exc)) from None


def _prescription(r: sqlite3.Row) -> Prescription:
    overrides = overrides_from_toml(r["rule_overrides"], f"prescription {r['id']} ({r['exercise']})")
    return Prescription(exercise=r["exercise"], sets=r["sets"], reps=r["reps"], hold_s=r["hold_s"],
                        rest_s=r["rest_s"], side=r["side"], rule_overrides=overrides, note=r["note"],
                        line=r["line"], version=r["version"], id=r["id"])


class ProgrammesMixin(_Base):
    def _insert_prescription(self, db: sqlite3.Connection, programme_id: int, p: Prescription, line: int,
                             version: int, position: int, reason: str) -> int:
        return new_row_id(db.execute(
            "INSERT INTO prescriptions (programme_id, line, version, position, exercise, sets, reps, hold_s, rest_s,"
            " side, rule_overrides, note, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (programme_id, line, version, position, p.exercise, p.sets, p.reps, p.hold_s, p.rest_s, p.side,
             overrides_to_toml(p.rule_overrides), p.note, reason, self.now())))

    def save_programme(self, programme: Programme, patient_id: Optional[int] = None,
                       reason: str = "edited") -> Programme:
        """Insert or update; changed lines get a new version, removed lines are retired. Returns it as stored."""
        programme.validate(f"programme '{programme.name}'")
        with self.write(QT_TRANSLATE_NOOP("errors", "saving a programme")) as db:
            if programme.id is None:
                pid = self._patient_id(patient_id if patient_id is not None else programme.patient_id)
                prog_id = new_row_id(db.execute(
                    "INSERT INTO programmes (patient_id, name, notes, created_at) VALUES (?, ?, ?, ?)",
                    (pid, programme.name, programme.notes, self.now())))
                current: dict[int, Prescription] = {}
            else:
                prog_id = programme.id
                self.programme(prog_id)  # NotFoundError if it is not in this store
                db.execute("UPDATE programmes SET name = ?, notes = ? WHERE id = ?",
                           (programme.name, programme.notes, prog_id))
                current = {p.line: p for p in self._current_prescriptions(prog_id) if p.line is not None}  # all do
            next_line = max(current, default=0) + 1
            if programme.id is not None:
                next_line = max(next_line, self._max_line(prog_id) + 1)
            kept = set()
            for position, p in enumerate(programme.prescriptions):
                old = current.get(p.line) if p.line is not None else None
                if old is not None and p.line is not None and p.line not in kept:
                    kept.add(p.line)
                    if p.same_content(old):
                        db.execute("UPDATE prescriptions SET position = ? WHERE id = ?", (position, old.id))
                    else:
                        db.execute("UPDATE prescriptions SET retired_at = ? WHERE id = ?", (self.now(), old.id))
                        self._insert_prescription(db, prog_id, p, p.line, old.version + 1, position, reason)
                else:
                    self._insert_prescription(db, prog_id, p, next_line, 1, position, reason)
                    next_line += 1
            for line, old in current.items():
                if line not in kept:
                    db.execute("UPDATE prescriptions SET retired_at = ? WHERE id = ?", (self.now(), old.id))
        return self.programme(prog_id)

    def _max_line(self, programme_id: int) -> int:
        row = self.query_row("SELECT COALESCE(MAX(line), 0) FROM prescriptions WHERE programme_id = ?", (programme_id,))
        return int(row[0])

    def _current_prescriptions(self, programme_id: int) -> list[Prescription]:
        rows = self.query("SELECT * FROM prescriptions WHERE programme_id = ? AND retired_at IS NULL "
                          "ORDER BY position, line", (programme_id,))
        return [_prescription(r) for r in rows]

    def programme(self, programme_id: int) -> Programme:
        row = self.query_one("SELECT * FROM programmes WHERE id = ?", (programme_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "no programme with id {id} in {path}"),
                                id=programme_id, path=str(self.path))
        return Programme(name=row["name"], prescriptions=tuple(self._current_prescriptions(programme_id)),
                         notes=row["notes"], id=row["id"], patient_id=row["patient_id"])

    def programmes(self, patient_id: Optional[int] = None, include_archived: bool = False) -> list[Programme]:
        pid = self._patient_id(patient_id)
        rows = self.query("SELECT id FROM programmes WHERE patient_id = ? AND (archived = 0 OR ?) ORDER BY id",
                          (pid, int(include_archived)))
        return [self.programme(r["id"]) for r in rows]

    def archive_programme(self, programme_id: int, archived: bool = True) -> None:
        self.programme(programme_id)
        with self.write(QT_TRANSLATE_NOOP("errors", "archiving a programme")) as db:
            db.execute("UPDATE programmes SET archived = ? WHERE id = ?", (int(archived), programme_id))

    def prescription(self, prescription_id: int) -> Prescription:
        row = self.query_one("SELECT * FROM prescriptions WHERE id = ?", (prescription_id,))
        if row is None:
            raise NotFoundError(NO_PRESCRIPTION, id=prescription_id, path=str(self.path))
        return _prescription(row)

    def prescription_versions(self, programme_id: int, line: int) -> list[PrescriptionVersion]:
        """Every version of one programme line, oldest first — the history of its targets."""
        rows = self.query("SELECT * FROM prescriptions WHERE programme_id = ? AND line = ? ORDER BY version",
                          (programme_id, line))
        return [PrescriptionVersion(_prescription(r), r["created_at"], r["retired_at"], r["reason"]) for r in rows]

    def replace_prescription(self, prescription_id: int, new: Prescription, reason: str) -> Prescription:
        """Retire the current version of a line and store ``new`` as the next one (e.g. an accepted progression)."""
        new.validate("new prescription")
        with self.write(QT_TRANSLATE_NOOP("errors", "saving a prescription")) as db:
            row = db.execute("SELECT * FROM prescriptions WHERE id = ?", (prescription_id,)).fetchone()
            if row is None:
                raise NotFoundError(NO_PRESCRIPTION, id=prescription_id, path=str(self.path))
            if row["retired_at"] is not None:
                raise StoreError(QT_TRANSLATE_NOOP("errors", "this prescription was changed since it was shown "
                                                             "(version {version} is no longer current); reload the "
                                                             "programme and try again"), version=row['version'])
            db.execute("UPDATE prescriptions SET retired_at = ? WHERE id = ?", (self.now(), prescription_id))
            new_id = self._insert_prescription(db, row["programme_id"], new, row["line"], row["version"] + 1,
                                               row["position"], reason)
        return self.prescription(new_id)

    def programme_of_prescription(self, prescription_id: int) -> int:
        row = self.query_one("SELECT programme_id FROM prescriptions WHERE id = ?", (prescription_id,))
        if row is None:
            raise NotFoundError(NO_PRESCRIPTION, id=prescription_id, path=str(self.path))
        return int(row[0])

    # ----- files ------------------------------------------------------------------------------
    def import_programme_file(self, path: Union[str, os.PathLike[str]], patient_id: Optional[int] = None) -> Programme:
        from coach.programme.fileio import load_programme_file

        return self.save_programme(load_programme_file(path), patient_id, reason=f"imported from {os.fspath(path)}")

    def export_programme_file(self, programme_id: int, path: Union[str, os.PathLike[str]]) -> None:
        from coach.programme.fileio import save_programme_file

        save_programme_file(self.programme(programme_id), path)
