"""Reading files that came from elsewhere: every archive, array, JSON and TOML parse bounded before it runs.

Share files come from patients' homes, pose tracks and rule files from other
tools; any of them may be damaged or built to hurt. Python's readers trust
what a file says about itself: the zip module unpacks as much as the archive
declares, NumPy allocates whatever shape an ``.npy`` header names, ``json``
and ``tomllib`` recurse as deep as the text nests and parse integers of any
length. This module is the one place that puts a limit in front of each of
them, so a small file never makes Coach allocate gigabytes, recurse until it
crashes, or print a traceback:

- a zip member is opened only with a supported compression, its declared size
  within the caller's limit, and its actual unpacked size must equal the
  declared one (read stops one byte past it, so a lying directory costs
  nothing);
- an ``.npy`` member's header (shape and dtype) is read and handed to the
  caller's check *before* any of its data, and the data must be exactly as
  long as the header says;
- a parsed JSON or TOML tree is walked once (without recursion) for its depth,
  its text lengths, its integers and its number of items.

Every failure of the zip reader, the decompressor or a parser becomes an
:class:`UntrustedFileError` whose phrase says what is wrong in one line; the
caller adds which file it was.
"""
from __future__ import annotations

import json
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from typing import IO, Any, Callable, TypeVar

import numpy as np

from coach.errors import CoachError
from coach.phrase import QT_TRANSLATE_NOOP, Num

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.9/3.10 only
    import tomli as tomllib


class UntrustedFileError(CoachError):
    """A file from elsewhere that is damaged, too large or not what it claims; the phrase says why."""


# What the zip module and zlib raise on damaged data (a flipped byte can reach any of them:
# a bad CRC, a broken deflate stream, a "zip file version" nobody implements, a short read).
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, EOFError, OSError, ValueError,
    RuntimeError, struct.error, UnicodeDecodeError, KeyError, IndexError, OverflowError)
SUPPORTED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
NPY_MAX_HEADER_BYTES = 1024   # NumPy's own limit is 10,000; a track's headers are under 200 bytes


@dataclass(frozen=True)
class TreeLimits:
    """Bounds on a parsed JSON or TOML document (what a file of this kind can reasonably hold)."""
    max_depth: int = 32             # nested objects/lists/tables
    max_text_chars: int = 20000     # any one string (key or value)
    max_int: int = 2 ** 53          # beyond this an integer is no count, time or limit Coach uses
    max_items: int = 2_000_000      # values in the whole document


def open_zip(fh: Any) -> zipfile.ZipFile:
    """A zip archive's directory; any damage is an UntrustedFileError."""
    try:
        return zipfile.ZipFile(fh)
    except ZIP_ERRORS as exc:
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it is damaged or not a zip archive ({why})"),
                                 why=_why(exc)) from None


def check_member(info: zipfile.ZipInfo, limit_bytes: int) -> None:
    """Refuse a member before reading it: encrypted, unknown compression, or declared larger than ``limit_bytes``."""
    if info.flag_bits & 0x1:
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} is encrypted"), name=_name(info))
    if info.compress_type not in SUPPORTED_COMPRESSION:
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} uses a compression Coach does not read"),
                                 name=_name(info))
    if info.file_size > limit_bytes:
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} is {size} bytes unpacked (at most {most})"),
                                 name=_name(info), size=Num(info.file_size), most=Num(limit_bytes))


class _Member:
    """One open member, read only in the amounts asked for; the unpacked total must equal the declared size."""

    def __init__(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        self.info = info
        self._fh: IO[bytes] = zf.open(info)
        self.read_bytes = 0

    def read(self, n: int) -> bytes:
        data = self._fh.read(n)
        self.read_bytes += len(data)
        if len(data) != n:
            raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} is shorter than it says ({got} of {want} "
                                                                 "bytes)"),
                                     name=_name(self.info), got=Num(self.read_bytes),
                                     want=Num(self.info.file_size))
        return data

    def finish(self) -> None:
        """Everything declared was read: one more read must find the end (this is also where the CRC is checked)."""
        if self._fh.read(1) or self.read_bytes != self.info.file_size:
            raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} does not end where it says"),
                                     name=_name(self.info))

    def close(self) -> None:
        self._fh.close()


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit_bytes: int) -> bytes:
    """The member's bytes: at most ``limit_bytes``, exactly its declared size, CRC checked."""
    check_member(info, limit_bytes)
    return _guarded(lambda: _read_all(zf, info), info)


def _read_all(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    m = _Member(zf, info)
    try:
        data = m.read(info.file_size)
        m.finish()
        return data
    finally:
        m.close()


def read_npy(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit_bytes: int,
             check_header: Callable[[tuple[int, ...], np.dtype], None]) -> np.ndarray:
    """One ``.npy`` member: its header is read and passed to ``check_header`` (which raises to refuse the
    shape or dtype) before a byte of data is unpacked; then exactly the data the header describes."""
    check_member(info, limit_bytes)

    def read() -> np.ndarray:
        m = _Member(zf, info)
        try:
            shape, fortran, dtype = _npy_header(m)
            if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
                raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} holds {dtype} values, which no pose "
                                                                     "track has"), name=_name(info), dtype=str(dtype))
            check_header(shape, dtype)
            count = int(np.prod(shape, dtype=np.int64)) if shape else 1
            nbytes = count * dtype.itemsize
            if m.read_bytes + nbytes != info.file_size:
                raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} says it holds {want} bytes but is {got} "
                                                                     "bytes long"),
                                         name=_name(info), want=Num(nbytes), got=Num(info.file_size - m.read_bytes))
            arr = np.frombuffer(m.read(nbytes), dtype=dtype, count=count)
            m.finish()
            return arr.reshape(shape, order="F" if fortran else "C")
        finally:
            m.close()

    return _guarded(read, info)


def _npy_header(m: _Member) -> tuple[tuple[int, ...], bool, np.dtype]:
    magic = m.read(8)
    if magic[:6] != b"\x93NUMPY" or magic[6] not in (1, 2, 3):
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} is not a NumPy array"), name=_name(m.info))
    length_bytes = m.read(2 if magic[6] == 1 else 4)
    length = int.from_bytes(length_bytes, "little")
    if length > NPY_MAX_HEADER_BYTES:
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} has an array header of {size} bytes"),
                                 name=_name(m.info), size=Num(length))
    import io

    # NumPy parses the header (a Python literal) itself, with its own checks; it reads from these bytes only.
    fake = io.BytesIO(magic + length_bytes + m.read(length))
    np.lib.format.read_magic(fake)
    reader = np.lib.format.read_array_header_1_0 if magic[6] == 1 else np.lib.format.read_array_header_2_0
    shape, fortran, dtype = reader(fake, max_header_size=NPY_MAX_HEADER_BYTES)
    return tuple(int(s) for s in shape), bool(fortran), np.dtype(dtype)


_T = TypeVar("_T")


def _guarded(read: Callable[[], _T], info: zipfile.ZipInfo) -> _T:
    try:
        return read()
    except UntrustedFileError:
        raise
    except ZIP_ERRORS + (SyntaxError, TypeError, MemoryError) as exc:
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "{name} is damaged ({why})"),
                                 name=_name(info), why=_why(exc)) from None


# ----- JSON and TOML ---------------------------------------------------------------------------------
def loads_json(data: bytes | str, limits: TreeLimits = TreeLimits()) -> Any:
    """Parse JSON text and check it against ``limits``; UntrustedFileError (one line) otherwise."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        tree = json.loads(text)
    except RecursionError:
        raise _too_deep(limits) from None
    except (UnicodeDecodeError, ValueError) as exc:  # ValueError: bad syntax, or an integer of over 4,300 digits
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it is not readable JSON ({why})"),
                                 why=_why(exc)) from None
    check_tree(tree, limits)
    return tree


def loads_toml(text: str, limits: TreeLimits = TreeLimits()) -> dict[str, Any]:
    """Parse TOML text and check it against ``limits``; UntrustedFileError (one line) otherwise.

    ``tomllib.TOMLDecodeError`` is left to the caller, which words a syntax error its own way."""
    try:
        tree = tomllib.loads(text)
    except RecursionError:
        raise _too_deep(limits) from None
    except tomllib.TOMLDecodeError:
        raise
    except ValueError as exc:  # an integer of over 4,300 digits
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it holds a value Coach cannot read ({why})"),
                                 why=_why(exc)) from None
    check_tree(tree, limits)
    return tree


def check_tree(tree: Any, limits: TreeLimits) -> None:
    """Walk a parsed document once, without recursion, refusing what is deeper, longer or larger than ``limits``."""
    stack: list[tuple[Any, int]] = [(tree, 0)]
    items = 0
    while stack:
        value, depth = stack.pop()
        items += 1
        if items > limits.max_items:
            raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it holds more than {most} values"),
                                     most=Num(limits.max_items))
        if isinstance(value, (dict, list)):
            if depth >= limits.max_depth:
                raise _too_deep(limits)
            if isinstance(value, dict):
                for key in value:
                    _check_text(key, limits)
                stack.extend((v, depth + 1) for v in value.values())
            else:
                stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str):
            _check_text(value, limits)
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > limits.max_int:
            raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it holds an integer beyond ±{most}"),
                                     most=Num(limits.max_int))


def _check_text(text: Any, limits: TreeLimits) -> None:
    if isinstance(text, str) and len(text) > limits.max_text_chars:
        raise UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it holds a text of {n} characters (at most {most})"),
                                 n=Num(len(text)), most=Num(limits.max_text_chars))


def _too_deep(limits: TreeLimits) -> UntrustedFileError:
    return UntrustedFileError(QT_TRANSLATE_NOOP("errors", "it is nested more than {most} levels deep"),
                              most=Num(limits.max_depth))


def _name(info: zipfile.ZipInfo) -> str:
    return repr(info.filename)[1:-1][:80]


def _why(exc: BaseException) -> str:
    """The library's own words, on one line and short (a damaged file can put anything in them)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]


# ----- showing text that came from a file ----------------------------------------------------------
def printable(text: str) -> str:
    """``text`` with every control or format character shown as an escape (``\\x1b``, ``\\u202e``).

    A patient's name from a share file may hold terminal escape codes (which recolour, retitle or
    rewrite the physio's terminal) or a right-to-left override; on a terminal they are shown, not obeyed."""
    import unicodedata

    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " or unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp")
                   else c.encode("unicode_escape").decode("ascii") for c in text)
