"""Is the speech-dispatcher daemon answering? Asked before Qt's speechd engine connects to it.

Qt's speechd plug-in connects to the daemon on the GUI thread and waits for it
without a time limit. A daemon that accepts connections but never answers (left
stuck by an audio device that went away, or by a client that was killed) would
freeze Coach at start-up, before any window is shown. One short, bounded
exchange in the daemon's own protocol (SSIP) first tells a working daemon from
a stuck one; a stuck one means "no voice engine", and the chime takes over.

Only a local socket is used: speech-dispatcher's Unix socket, never TCP.
"""
from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Mapping, Optional

HELLO = b"SET SELF CLIENT_NAME user:coach:probe\r\n"


def speechd_socket_path(env: Mapping[str, str] = os.environ) -> Optional[Path]:
    """Where libspeechd would connect: SPEECHD_ADDRESS, else the runtime dir, else ~/.cache (its own order)."""
    address = env.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.split(":", 1)[1])
    if address:
        return None  # an inet_socket address: not ours to probe (and Coach opens no network sockets)
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / "speech-dispatcher" / "speechd.sock"
    return Path(env.get("HOME", str(Path.home()))) / ".cache" / "speech-dispatcher" / "speechd.sock"


def speechd_stuck(timeout_s: float = 1.0, env: Mapping[str, str] = os.environ) -> bool:
    """True when a daemon's socket exists but no SSIP answer comes within ``timeout_s``.

    No socket (the daemon is not running yet) is not "stuck": libspeechd starts a fresh one.
    A socket file nobody listens on is not stuck either: the connection is refused at once.
    """
    path = speechd_socket_path(env)
    if path is None or not path.exists():
        return False
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout_s)
    try:
        sock.connect(str(path))
        sock.sendall(HELLO)
        reply = sock.recv(256)
        return not reply
    except socket.timeout:
        return True
    except OSError:
        return False
    finally:
        sock.close()
