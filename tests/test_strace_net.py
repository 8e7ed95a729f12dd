"""The network check behind the privacy test catches what it claims to, on real strace output and on tricky lines.

The privacy test (test_reliability_core) passes when the checker finds
nothing, so the checker itself must be shown to find things: here a child
deliberately makes loopback-only internet connections (nothing leaves the
machine: 127.0.0.1 / ::1, the discard port) beside the local calls that are
allowed, and the checker must flag exactly the former.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from strace_net import calls_seen, network_violations, strace_command, strace_unusable, unix_connects

OFFENDER = r"""
import _socket, socket
u = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
u.connect_ex("/nonexistent/coach-canary")
u.close()
a, b = socket.socketpair()
a.sendall(b"local"); a.close(); b.close()
socket.if_nameindex()                                  # a netlink dump: allowed (the kernel, not the network)
t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
t.connect_ex(("127.0.0.1", 9))                         # refused: nothing listens on discard
t.close()
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
d.connect(("127.0.0.1", 9))
d.send(b"x")                                           # no address in the call: the fd (-yy UDP) gives it away
d.close()
try:
    v6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    v6.sendto(b"x", ("::1", 9))
    v6.close()
except OSError:
    pass                                               # no IPv6 here: the socket() line is still flagged
print("done")
"""


def test_checker_flags_internet_sockets_in_real_strace_output_and_allows_local_ipc(tmp_path):
    unusable = strace_unusable(tmp_path)
    if unusable is not None:
        pytest.skip(unusable)
    trace_file = tmp_path / "offender.trace"
    proc = subprocess.run(strace_command(trace_file, [sys.executable, "-c", OFFENDER]), capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0 and "done" in proc.stdout, proc.stderr[-2000:]
    trace = trace_file.read_text()
    bad = network_violations(trace)
    text = "\n".join(bad)
    assert any(" socket(AF_INET," in b for b in bad), text
    assert any(" connect(" in b and 'inet_addr("127.0.0.1")' in b for b in bad), text
    assert any(" sendto(" in b and "<UDP:" in b and "NULL" in b for b in bad), text  # connected UDP: fd only
    assert any(" socket(AF_INET6," in b for b in bad), text
    assert not any("AF_UNIX" in b or "AF_NETLINK" in b or "<UNIX" in b or "<NETLINK" in b for b in bad), text
    assert {"socketpair", "sendto", "bind"} <= calls_seen(trace), "the allowed local calls were traced too"
    assert (any(path == "/nonexistent/coach-canary" for _, path in unix_connects(trace))), trace


SAMPLE = """\
101 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 3<UNIX-STREAM:[11]>
101 connect(3<UNIX-STREAM:[11]>, {sa_family=AF_UNIX, sun_path="/run/user/1000/bus"}, 110) = 0
101 sendmsg(3<UNIX-STREAM:[11->12]>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="\\0AUTH", iov_len=5}]}, 0) = 5
102 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 4<NETLINK:[13]>
102 bind(4<NETLINK:[13]>, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0
102 sendto(4<NETLINK:[ROUTE:102]>, [{nlmsg_type=RTM_GETADDR}, {ifa_family=AF_INET, nla_type=AF_INET6}], 20, 0, \
{sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20
103 connect(5<UNIX-STREAM:[14]>, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X0"}, 21 <unfinished ...>
103 <... connect resumed>) = 0
104 connect(6<TCP:[15]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("142.250.0.1")}, 16 \
<unfinished ...>
104 <... connect resumed>) = -1 EINPROGRESS (Operation now in progress)
105 socket(0x2c /* AF_??? */, SOCK_DGRAM, 0) = -1 EAFNOSUPPORT (Address family not supported by protocol)
106 sendmmsg(7<UDPv6:[16]>, [{msg_hdr={msg_name=NULL, msg_namelen=0}}], 2, MSG_NOSIGNAL) = 2
107 io_uring_setup(8, {flags=0, sq_thread_cpu=0}) = 9<anon_inode:[io_uring]>
108 socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)) = 10<PACKET:[17]>
109 listen(11<TCPv6:[18]>, 5) = 0
110 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=111, si_status=0} ---
111 +++ exited with 0 +++
"""


def test_checker_rules_on_tricky_lines():
    bad = network_violations(SAMPLE)
    flagged = sorted(int(line.split()[0]) for line in bad)
    # 101-103: D-Bus, netlink (whose payload names AF_INET: not an address), X11 abstract socket, a resumed half.
    assert flagged == [104, 105, 106, 107, 108, 109], "\n".join(bad)
    assert unix_connects(SAMPLE) == [(101, "/run/user/1000/bus"), (103, "@/tmp/.X11-unix/X0")]
    assert calls_seen(SAMPLE) >= {"socket", "connect", "sendmsg", "bind", "sendto", "io_uring_setup", "listen"}
