"""Files built to hurt, for the tests of coach.untrusted: byte flips, a zip bomb inside a pose track.
Everything is made at test time; nothing here is a stored clip or track."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import numpy as np

GiB = 1024 ** 3


def flipped(data: bytes, rng: random.Random) -> bytes:
    """``data`` with 1 to 4 bytes changed to other values at random places."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(out))
        out[i] = (out[i] + rng.randint(1, 255)) % 256
    return bytes(out)


def _npy(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, arr, allow_pickle=False)
    return buf.getvalue()


def _deflated_zeros_member(zf: zipfile.ZipFile, name: str, header: bytes, zeros: int) -> None:
    """A member of ``header`` and ``zeros`` zero bytes, deflated as it streams: 1 GiB packs to about 1 MB."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as fh:
        fh.write(header)
        chunk = bytes(16 * 1024 * 1024)
        left = zeros
        while left:
            n = min(left, len(chunk))
            fh.write(chunk[:n])
            left -= n


def npy_header(shape: tuple[int, ...], descr: str) -> bytes:
    """An .npy header (as NumPy writes it) for an array of ``shape``, whatever data follows it."""
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": descr, "fortran_order": False, "shape": shape})
    return buf.getvalue()


def bomb_track(path: Path, where: str = "extra", unpacked: int = GiB) -> Path:
    """A small valid track plus ``unpacked`` bytes of zeros, deflated: as an extra array ('extra'), or as its
    'image' whose header claims the frames those bytes make ('image')."""
    n = 30
    arrays = {"schema": np.array("coach.posetrack/1"), "t_s": np.arange(n) / 30.0,
              "image": np.full((n, 33, 4), 0.5, np.float32), "world": np.zeros((n, 33, 4), np.float32),
              "frame_size": np.array([640, 480]), "fps": np.array(30.0)}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for key, arr in arrays.items():
            if key == "image" and where == "image":
                frames = unpacked // (33 * 4 * 4)
                _deflated_zeros_member(zf, "image.npy", npy_header((frames, 33, 4), "<f4"), frames * 33 * 4 * 4)
            else:
                zf.writestr(f"{key}.npy", _npy(arr))
        if where == "extra":
            _deflated_zeros_member(zf, "extra.npy", npy_header((unpacked,), "|u1"), unpacked)
    return path


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}
