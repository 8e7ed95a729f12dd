"""Patients and their red-flag screenings.

A home user never sees the word "patient": the first call to
:meth:`PatientsMixin.default_patient` creates one default patient and every
session goes to it. A physio's clinic copy simply holds several.
"""
from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Optional

from coach.phrase import QT_TRANSLATE_NOOP
from coach.store.db import new_row_id
from coach.store.errors import NotFoundError, StoreError
from coach.store.models import Patient, Screening, loads

if TYPE_CHECKING:
    from coach.store.db import Database

    _Base = Database
else:
    _Base = object


def _patient(r: sqlite3.Row) -> Patient:
    return Patient(id=r["id"], name=r["name"], is_default=bool(r["is_default"]), created_at=r["created_at"],
                   notes=r["notes"])


class PatientsMixin(_Base):
    def default_patient(self) -> Patient:
        """The home user's patient record, created on first use."""
        row = self.query_one("SELECT * FROM patients WHERE is_default = 1 ORDER BY id LIMIT 1")
        if row is not None:
            return _patient(row)
        with self.write(QT_TRANSLATE_NOOP("errors", "creating the default patient")) as db:
            row = db.execute("SELECT * FROM patients WHERE is_default = 1 ORDER BY id LIMIT 1").fetchone()
            if row is None:  # re-checked under the write lock: another window may have just made it
                pid = new_row_id(db.execute("INSERT INTO patients (name, is_default, created_at) VALUES ('Me', 1, ?)",
                                            (self.now(),)))
                row = db.execute("SELECT * FROM patients WHERE id = ?", (pid,)).fetchone()
        return _patient(row)

    def add_patient(self, name: str, notes: str = "") -> Patient:
        if not name.strip():
            raise StoreError(QT_TRANSLATE_NOOP("errors", "a patient needs a name"))
        with self.write(QT_TRANSLATE_NOOP("errors", "adding a patient")) as db:
            pid = new_row_id(db.execute("INSERT INTO patients (name, notes, created_at) VALUES (?, ?, ?)",
                                        (name.strip(), notes, self.now())))
        return self.patient(pid)

    def update_patient(self, patient_id: int, name: Optional[str] = None, notes: Optional[str] = None) -> Patient:
        current = self.patient(patient_id)
        with self.write(QT_TRANSLATE_NOOP("errors", "updating a patient")) as db:
            db.execute("UPDATE patients SET name = ?, notes = ? WHERE id = ?",
                       ((name or current.name).strip(), current.notes if notes is None else notes, patient_id))
        return self.patient(patient_id)

    def patient(self, patient_id: int) -> Patient:
        row = self.query_one("SELECT * FROM patients WHERE id = ?", (patient_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "no patient with id {id} in {path}"),
                                id=patient_id, path=str(self.path))
        return _patient(row)

    def patients(self) -> list[Patient]:
        return [_patient(r) for r in self.query("SELECT * FROM patients ORDER BY is_default DESC, name, id")]

    def _patient_id(self, patient_id: Optional[int]) -> int:
        return self.default_patient().id if patient_id is None else self.patient(patient_id).id

    # ----- red-flag screening -----------------------------------------------------------------
    def record_screening(self, answers: dict[str, Optional[bool]], passed: bool,
                         patient_id: Optional[int] = None) -> Screening:
        pid = self._patient_id(patient_id)
        with self.write(QT_TRANSLATE_NOOP("errors", "saving the safety questions")) as db:
            sid = new_row_id(db.execute(
                "INSERT INTO screenings (patient_id, answers, passed, created_at) VALUES (?, ?, ?, ?)",
                (pid, json.dumps(answers, sort_keys=True), int(passed), self.now())))
        return self._screening(self.query_row("SELECT * FROM screenings WHERE id = ?", (sid,)))

    def last_screening(self, patient_id: Optional[int] = None) -> Optional[Screening]:
        pid = self._patient_id(patient_id)
        row = self.query_one("SELECT * FROM screenings WHERE patient_id = ? ORDER BY id DESC LIMIT 1", (pid,))
        return None if row is None else self._screening(row)

    @staticmethod
    def _screening(r: sqlite3.Row) -> Screening:
        return Screening(id=r["id"], patient_id=r["patient_id"], answers=loads(r["answers"], {}),
                         passed=bool(r["passed"]), created_at=r["created_at"])
