"""Watching a process tree's network system calls with strace: what "no network" allows, and the check itself.

Python-level socket patches cannot see C++ code (MediaPipe, Qt, OpenCV's
FFmpeg), so the privacy test runs its child under ``strace -f`` and reads the
kernel's view instead. This module holds the command line, the parser and the
rules, so the rules can themselves be tested (``tests/test_strace_net.py``).

Allowed, because it cannot reach another machine by itself:

* ``AF_UNIX`` (``AF_LOCAL``) sockets: IPC with daemons on this computer
  (D-Bus, speech-dispatcher, PulseAudio, nscd, journald, X11/Wayland).
* ``AF_NETLINK`` sockets: messages to this computer's kernel (the interface
  list behind ``getifaddrs`` / ``getaddrinfo``'s AI_ADDRCONFIG, udev device
  events). Netlink never carries packets to another host.

Flagged:

* creating a socket of any other family (``AF_INET``, ``AF_INET6``,
  ``AF_PACKET``, ``AF_BLUETOOTH``, unknown numbers ...), even one never
  connected: Coach has no use for one;
* ``connect``/``bind``/``listen``/``accept``/``sendto``/``sendmsg``/``sendmmsg``
  with a non-local address, or on a socket strace (``-yy``) identifies as
  TCP/UDP/RAW/PACKET/...;
* ``io_uring_setup``: io_uring can connect and send without any of the
  system calls above, so a process using it would be a blind spot.

Not covered: what a local daemon does with what it is sent (a D-Bus service
going online is that daemon's traffic, in its own process), and data written
with ``write()`` on a socket that was connected before tracing began (the
child is started under strace, so it has none but stdin/stdout/stderr).
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Iterable, Optional

TRACED_CALLS = ("socket", "socketpair", "connect", "bind", "listen", "accept", "accept4",
                "sendto", "sendmsg", "sendmmsg", "io_uring_setup")
LOCAL_FAMILIES = frozenset({"AF_UNIX", "AF_LOCAL", "AF_NETLINK"})
_ADDRESSED_CALLS = frozenset(TRACED_CALLS) - {"socket", "socketpair", "io_uring_setup"}

_CALL = re.compile(r"^(?P<pid>\d+)\s+(?P<call>\w+)\((?P<args>.*)$")
_FD_PROTO = re.compile(r"^\d+<(?P<proto>[^:>]+)")        # -yy: 3<TCP:[...]>, 4<UNIX-STREAM:[...]>, 5<NETLINK:[...]>
_SA_FAMILY = re.compile(r"\bsa_family=(?P<family>[A-Za-z0-9_]+)")
_SUN_PATH = re.compile(r'sa_family=AF_UNIX, sun_path=(?P<path>@?"[^"]*")')


def strace_command(trace_file: Path, argv: list[str]) -> list[str]:
    """strace following every thread and child (-f), decoding socket fds (-yy), trace written to ``trace_file``.

    ``--seccomp-bpf`` stops the tracee only on the traced calls, so MediaPipe runs near full speed.
    """
    return ["strace", "-f", "--seccomp-bpf", "-yy", "-qq", "-s", "256", "-e", "signal=none",
            "-e", "trace=" + ",".join(TRACED_CALLS), "-o", str(trace_file), *argv]


def _fd_is_local(args: str) -> bool:
    m = _FD_PROTO.match(args)
    if m is None:
        return True  # no fd annotation (strace could not tell): the address, if any, decides
    proto = m["proto"]
    return proto.startswith("UNIX") or proto == "NETLINK" or proto == "socket"


def network_violations(trace: str) -> list[str]:
    """Trace lines that open, use or could hide a non-local socket (see the module docstring)."""
    bad = []
    for line in trace.splitlines():
        m = _CALL.match(line)
        if m is None:
            continue  # "<... connect resumed>" halves, exits, signals: the unfinished half had the arguments
        call, args = m["call"], m["args"]
        if call == "io_uring_setup":
            bad.append(line)
        elif call in ("socket", "socketpair"):
            if args.split(",", 1)[0].strip() not in LOCAL_FAMILIES:
                bad.append(line)
        elif call in _ADDRESSED_CALLS:
            families = {f["family"] for f in _SA_FAMILY.finditer(args)}
            if not _fd_is_local(args) or families - LOCAL_FAMILIES:
                bad.append(line)
    return bad


def unix_connects(trace: str) -> list[tuple[int, str]]:
    """(thread id, socket path) of every AF_UNIX connect: the local daemons the process talked to."""
    found = []
    for line in trace.splitlines():
        m = _CALL.match(line)
        if m is not None and m["call"] == "connect":
            path = _SUN_PATH.search(m["args"])
            if path is not None:
                found.append((int(m["pid"]), path["path"].replace('"', "")))
    return found


def calls_seen(trace: str) -> set[str]:
    return {m["call"] for m in map(_CALL.match, trace.splitlines()) if m is not None}


_UNUSABLE = ("Operation not permitted", "Function not implemented")


def strace_unusable(tmp_path: Path) -> Optional[str]:
    """Why strace cannot trace here (not installed, ptrace forbidden in this container), or None if it can.

    Any other failure is raised: a broken strace must not quietly turn the privacy test into a skip.
    """
    if shutil.which("strace") is None:
        return "strace is not installed (scripts/setup.sh installs it: apt-get install strace)"
    probe = tmp_path / "probe.trace"
    true = shutil.which("true") or "/bin/true"
    proc = subprocess.run(strace_command(probe, [true]), capture_output=True, text=True, timeout=60)
    if proc.returncode == 0:
        return None
    lines: Iterable[str] = proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"]
    reason = next((ln for ln in lines if any(u in ln for u in _UNUSABLE)), None)
    if reason is not None:
        return f"strace cannot trace in this environment (ptrace restricted, e.g. a container): {reason.strip()}"
    raise RuntimeError(f"strace failed on /bin/true: {proc.stderr.strip()[-1000:]}")
