"""Reading a share file safely: every check passes before the store is touched.

Every zip, decompressor and JSON step goes through :mod:`coach.untrusted`
(bounded, one line for any damage). In order: the file's size; the archive's directory (member names from a fixed
list, no duplicates, no encryption, each size and the total under a limit, no
member that unpacks to a hundred times its packed size) — all before a single
byte is unpacked; then the manifest (ours, a version this Coach reads); then
each member, read into memory only, against its SHA-256 and size; then every
value in ``sessions.json``; then every pose track, parsed by the same strict
reader as any other track (in a temporary folder this code names). Nothing in
the file is executed and no name in it becomes a path.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Num, Phrase, Text
from coach.store.share.format import (FORMAT_VERSION, MANIFEST, MAX_FILE_BYTES, MAX_MEMBERS, MAX_PATIENT_NAME,
                                      MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FROM, SCHEMA, SESSIONS, ShareFileError,
                                      allowed_member, member_limit)
from coach.store.share.records import MAX_TEXT, SharedSession, sessions_from_json
from coach.untrusted import TreeLimits, UntrustedFileError, check_member, loads_json, open_zip, read_member


@dataclass(frozen=True)
class SharePackage:
    """A share file that passed every check, held in memory."""
    path: Path
    manifest: dict[str, Any]
    sessions: list[SharedSession]
    tracks: dict[str, bytes] = field(repr=False)   # member name -> the .npz bytes

    @property
    def patient_name(self) -> str:
        return str(self.manifest.get("patient", {}).get("name", ""))


def _refuse(path: Path, why: Text) -> ShareFileError:
    return ShareFileError(QT_TRANSLATE_NOOP("errors", "{file} cannot be imported: {why}. Nothing was changed."),
                          file=path.name, why=why)


def _check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    names = [i.filename for i in infos]
    if len(names) > MAX_MEMBERS:
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "it has {n} parts (at most {most})"),
                                      n=Num(len(names)), most=Num(MAX_MEMBERS)))
    if len(set(names)) != len(names):
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "a part is in it twice (edited or not made by "
                                                                  "Coach)")))
    total = 0
    for info in infos:
        name = info.filename
        if not allowed_member(name):
            raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "it holds {name}, which is not part of a Coach "
                                                                      "share file"), name=repr(name)[:80]))
        try:
            check_member(info, member_limit(name))  # encrypted, an unknown compression, too large unpacked
        except UntrustedFileError as exc:
            raise _refuse(path, exc.phrase) from None
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "{name} would unpack to {times} times its size"),
                                          name=name, times=Num(info.file_size // max(1, info.compress_size))))
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "it unpacks to {size} bytes (at most {most})"),
                                      size=Num(total), most=Num(MAX_TOTAL_BYTES)))
    if MANIFEST not in names:
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "it has no manifest (not a Coach share file)")))


def _read(zf: zipfile.ZipFile, path: Path, name: str) -> bytes:
    """A member's bytes: exactly its declared size (within its limit), CRC checked, any damage one line."""
    try:
        return read_member(zf, zf.getinfo(name), member_limit(name))
    except UntrustedFileError as exc:
        raise _refuse(path, exc.phrase) from None


# sessions.json and the manifest: what Coach writes nests 6 levels deep, with no text over MAX_TEXT characters.
JSON_LIMITS = TreeLimits(max_depth=16, max_text_chars=MAX_TEXT, max_int=2 ** 53)


def _json(data: bytes, path: Path, name: str) -> Any:
    try:
        return loads_json(data, JSON_LIMITS)
    except UntrustedFileError as exc:
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "{name}: {why}"), name=name, why=exc.phrase)) \
            from None


def _check_manifest(manifest: Any, path: Path) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "it is not a Coach share file (its manifest is "
                                                                  "someone else's)")))
    version = manifest.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "its format version {version} is not valid"),
                                      version=repr(version)[:40]))
    if version > FORMAT_VERSION:
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "it was made by a newer Coach (share format "
                                                                  "{version}; this Coach reads up to {known}) — "
                                                                  "update Coach to import it"),
                                      version=version, known=FORMAT_VERSION))
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("sha256"), str) and isinstance(v.get("size"), int)
            for v in members.values()):
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "its manifest has no valid list of parts")))
    patient = manifest.get("patient")
    if not isinstance(patient, dict) or not isinstance(patient.get("name"), str) \
            or len(patient["name"]) > MAX_PATIENT_NAME:
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "its manifest does not name the patient")))
    return manifest


def _check_tracks(path: Path, sessions: list[SharedSession], tracks: dict[str, bytes]) -> None:
    from coach.pose.track import load_track

    named = [s.track for se in sessions for s in se.sets if s.track is not None]
    if len(set(named)) != len(named):
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "two sets name the same pose track")))
    if set(named) != set(tracks):
        extra = sorted(set(tracks) - set(named)) or sorted(set(named) - set(tracks))
        raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "its pose tracks do not match its sets ({name})"),
                                      name=extra[0]))
    with tempfile.TemporaryDirectory(prefix="coach-share-check-") as tmp:
        scratch = Path(tmp) / "track.npz"   # a name chosen here, never one from the file
        for name in named:
            scratch.write_bytes(tracks[name])
            try:
                load_track(scratch)
            except CoachError as exc:
                # the scratch file's name means nothing to the person: left out, as it always was
                why = Phrase(exc.phrase.template, tuple((k, "" if v == str(scratch) else v)
                                                        for k, v in exc.phrase.values))
                raise _refuse(path, Phrase.of(QT_TRANSLATE_NOOP("errors", "{name} is not a valid pose track ({why})"),
                                              name=name, why=why)) from None


def read_package(path: Union[str, os.PathLike[str]]) -> SharePackage:
    """Check a share file completely and return it; ShareFileError (one line) at the first problem."""
    from coach.exercises.registry import exercise_names

    p = Path(path)
    if not p.is_file():
        if p.exists():
            raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{path} is not a file"), path=str(p))
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "{path} does not exist"), path=str(p))
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(p, Phrase.of(QT_TRANSLATE_NOOP("errors", "it is {size} bytes (at most {most})"),
                                   size=Num(size), most=Num(MAX_FILE_BYTES)))
    try:
        with open(p, "rb") as fh, open_zip(fh) as zf:
            infos = zf.infolist()
            _check_directory(p, infos)
            manifest = _check_manifest(_json(_read(zf, p, MANIFEST), p, MANIFEST), p)
            listed = set(manifest["members"])
            present = {i.filename for i in infos} - {MANIFEST}
            if listed != present or SESSIONS not in present:
                odd = sorted(listed ^ present) or [SESSIONS]
                raise _refuse(p, Phrase.of(QT_TRANSLATE_NOOP("errors", "its parts do not match its manifest "
                                                                       "({name}): it was edited or is incomplete"),
                                           name=str(odd[0])[:80]))
            data: dict[str, bytes] = {}
            for name in sorted(present):
                blob = _read(zf, p, name)
                want = manifest["members"][name]
                if len(blob) != want["size"] or hashlib.sha256(blob).hexdigest() != want["sha256"]:
                    raise _refuse(p, Phrase.of(QT_TRANSLATE_NOOP("errors", "{name} does not match its checksum (the "
                                                                           "file was damaged or edited)"), name=name))
                data[name] = blob
    except UntrustedFileError:
        raise _refuse(p, Phrase.of(QT_TRANSLATE_NOOP("errors", "it is damaged or incomplete (not a whole archive), "
                                                               "or not a Coach share file"))) from None
    except OSError as exc:
        raise ShareFileError(QT_TRANSLATE_NOOP("errors", "cannot read {path}: {why}"),
                             path=str(p), why=str(exc.strerror or exc)) from None
    listing = _json(data.pop(SESSIONS), p, SESSIONS)
    try:
        sessions = sessions_from_json(listing, set(exercise_names()))
    except ShareFileError as exc:
        raise _refuse(p, exc.phrase) from None
    if not sessions:
        raise _refuse(p, Phrase.of(QT_TRANSLATE_NOOP("errors", "it holds no sessions")))
    tracks = {k: v for k, v in data.items() if k.startswith("tracks/")}
    _check_tracks(p, sessions, tracks)
    return SharePackage(p, manifest, sessions, tracks)
