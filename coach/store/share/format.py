"""The ``.coachshare`` file: a zip with a JSON manifest, the sessions as JSON, pose tracks and a summary page.

A patient sends it to their physio by any means (mail, a USB stick); nothing
goes through a cloud. It holds the skeleton and the numbers, never a video.
Members, all at fixed names so nothing in a file ever chooses a path::

    manifest.json   {"schema": "coach.share", "version": 1, ..., "members": {name: {"size", "sha256"}}}
    sessions.json   {"schema": "coach.share-sessions/1", "sessions": [...]}
    summary.html    a page a person can read without Coach
    tracks/<session share id>_<set number>.npz   each set's coach.posetrack/1

The manifest's SHA-256 of every member catches a damaged or edited file (it
is a checksum, not a signature: it does not stop someone who rewrites the
manifest too — nothing in the file is ever executed, and every value is
checked on import). ``version`` grows when an older Coach could not read the
file correctly; an older Coach then refuses it with one line.
"""
from __future__ import annotations

import re

from coach.errors import CoachError

SCHEMA = "coach.share"
FORMAT_VERSION = 1
SESSIONS_SCHEMA = "coach.share-sessions/1"
SUFFIX = ".coachshare"
FILE_FILTER = "Coach share files (*.coachshare);;All files (*)"

MANIFEST = "manifest.json"
SESSIONS = "sessions.json"
SUMMARY = "summary.html"
FIXED_MEMBERS = (MANIFEST, SESSIONS, SUMMARY)
TRACK_MEMBER = re.compile(r"tracks/[0-9a-f]{32}_[0-9]{1,4}\.npz")
SHARE_ID = re.compile(r"[0-9a-f]{32}")

MiB = 1024 * 1024
# Limits checked on the archive's directory before a single member is read.
MAX_FILE_BYTES = 1024 * MiB
MAX_MEMBERS = 4000
MAX_TOTAL_BYTES = 1024 * MiB        # all members, unpacked
MAX_MEMBER_BYTES = {MANIFEST: 4 * MiB, SESSIONS: 128 * MiB, SUMMARY: 32 * MiB}
MAX_TRACK_BYTES = 256 * MiB         # a compressed track: about 2 hours at 30 fps
MAX_PATIENT_NAME = 200             # characters of the patient's name in the manifest
MAX_RATIO = 100                     # unpacked / packed, for members over RATIO_FROM bytes (a "zip bomb")
RATIO_FROM = 1 * MiB


class ShareFileError(CoachError):
    """A share file that cannot be used: damaged, edited, foreign or from a newer Coach. Nothing was changed."""


def track_member(share_id: str, set_number: int) -> str:
    return f"tracks/{share_id}_{set_number}.npz"


def member_limit(name: str) -> int:
    return MAX_MEMBER_BYTES.get(name, MAX_TRACK_BYTES)


def allowed_member(name: str) -> bool:
    """Only the fixed names and track names built from a hex id: no folders, no '..', no absolute paths."""
    return name in FIXED_MEMBERS or TRACK_MEMBER.fullmatch(name) is not None
