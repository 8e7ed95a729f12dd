"""The local session store: SQLite in the user data folder, versioned schema, written as things happen.

Public API (see each module for why it is built the way it is)::

    store = Store()                       # or Store(path), Store(read_only=True)
    rec = SessionRecorder.start(store, programme_id=..., pain_before=3)
    rec.begin_set("glute_bridge", prescription=p)
    rec.record(analyzer.update(frame), analyzer)   # every event, committed at once
    rec.end_set("finished", analyzer, analysis=summarise(...))  # the typed result
    rec.finish(pain_after=2)
    store.open_sessions()                 # interrupted sessions to offer for resume
"""
from __future__ import annotations

from coach.store.errors import (NotFoundError, SchemaTooNewError, StoreCorruptError, StoreError, StoreFullError,
                                StoreIOError, StoreLockedError, StoreReadOnlyError)
from coach.store.history import ExercisePoint, PainPoint
from coach.store.importing import store_analysis_result
from coach.store.models import (ABANDONED, COMPLETED, IN_PROGRESS, STOPPED_FOR_PAIN, CountCorrection, FaultInfo,
                                NoteInfo, Patient, PainRating, RepInfo, Screening, SessionDetail, SessionInfo,
                                SetDetail, SetInfo)
from coach.store.paths import default_data_dir, default_db_path
from coach.store.programmes import PrescriptionVersion
from coach.store.recorder import SessionRecorder
from coach.store.schema import SCHEMA_VERSION
from coach.store.store import Store, open_store

__all__ = [
    "ABANDONED", "COMPLETED", "IN_PROGRESS", "STOPPED_FOR_PAIN", "SCHEMA_VERSION",
    "CountCorrection", "ExercisePoint", "FaultInfo", "NoteInfo", "NotFoundError", "PainPoint", "Patient",
    "PainRating", "PrescriptionVersion", "RepInfo", "SchemaTooNewError", "Screening", "SessionDetail",
    "SessionInfo", "SessionRecorder", "SetDetail", "SetInfo", "Store", "StoreCorruptError", "StoreError",
    "StoreFullError", "StoreIOError", "StoreLockedError", "StoreReadOnlyError",
    "default_data_dir", "default_db_path", "open_store", "store_analysis_result",
]
