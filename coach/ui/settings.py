"""Where the window remembers its size and the last choices (QSettings).

Tests and demos must never read or overwrite a patient's real settings, so the
location can be given explicitly (an INI file) or through ``COACH_SETTINGS``;
otherwise Qt's per-user store under the organisation/application name is used.
"""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Coach"
APPLICATION = "Coach"
ENV_PATH = "COACH_SETTINGS"

KEY_GEOMETRY = "window/geometry"
KEY_EXERCISE = "choices/exercise"
KEY_CAMERA = "choices/camera"
KEY_MUTED = "choices/muted"
KEY_TARGET = "targets/{exercise}"


def open_settings(path: Optional[str] = None) -> QSettings:
    """An INI file at ``path`` (or ``$COACH_SETTINGS``), else the user's store for Coach."""
    path = path or os.environ.get(ENV_PATH)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def read_int(settings: QSettings, key: str, default: Optional[int]) -> Optional[int]:
    """QSettings hands back strings from INI files: convert, and fall back on anything odd."""
    value = settings.value(key)
    if value is None:
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key)
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


class WindowMemory:
    """What the window remembers between runs: geometry, exercise, camera, mute, target per exercise."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def geometry(self) -> Optional[QByteArray]:
        value = self.settings.value(KEY_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def exercise(self) -> Optional[str]:
        value = self.settings.value(KEY_EXERCISE)
        return str(value) if value else None

    def camera(self, available: list[int]) -> Optional[int]:
        """The last camera if it is still plugged in, else the first one found (usually the built-in)."""
        last = read_int(self.settings, KEY_CAMERA, None)
        return last if last in available else (available[0] if available else None)

    def muted(self) -> bool:
        return read_bool(self.settings, KEY_MUTED, False)

    def target(self, exercise: str) -> Optional[int]:
        return read_int(self.settings, KEY_TARGET.format(exercise=exercise), None)

    def remember_target(self, exercise: str, value: int) -> None:
        self.settings.setValue(KEY_TARGET.format(exercise=exercise), int(value))

    def save(self, geometry: QByteArray, exercise: Optional[str], camera: object, muted: bool) -> None:
        self.settings.setValue(KEY_GEOMETRY, geometry)
        if exercise:
            self.settings.setValue(KEY_EXERCISE, exercise)
        if isinstance(camera, int):
            self.settings.setValue(KEY_CAMERA, camera)
        self.settings.setValue(KEY_MUTED, muted)
        self.settings.sync()
