"""A stuck speech-dispatcher must not freeze start-up: probed with a time limit, then the chime takes over."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from coach.ui.speechd_probe import speechd_socket_path, speechd_stuck


class FakeDaemon:
    """A Unix socket that accepts connections and either answers like speech-dispatcher or says nothing."""

    def __init__(self, path: Path, answer: bool) -> None:
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(4)
        self.answer = answer
        self.heard: list[bytes] = []
        self._clients: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self._clients.append(client)  # kept open: a stuck daemon holds the line without a word
            self.heard.append(client.recv(256))
            if self.answer:
                client.sendall(b"208 OK CLIENT NAME SET\r\n")

    def close(self) -> None:
        self.server.close()
        for c in self._clients:
            c.close()


@pytest.fixture
def short_dir(tmp_path_factory):
    # Unix socket paths are limited to ~100 bytes; pytest's tmp_path can be longer.
    import tempfile

    with tempfile.TemporaryDirectory(prefix="sd") as d:
        yield Path(d)


def test_socket_path_follows_libspeechd(tmp_path):
    assert speechd_socket_path({"SPEECHD_ADDRESS": "unix_socket:/x/s.sock"}) == Path("/x/s.sock")
    assert speechd_socket_path({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6560"}) is None
    assert speechd_socket_path({"XDG_RUNTIME_DIR": "/run/user/7"}) == Path("/run/user/7/speech-dispatcher/speechd.sock")
    assert speechd_socket_path({"HOME": "/home/p"}) == Path("/home/p/.cache/speech-dispatcher/speechd.sock")


def test_a_daemon_that_never_answers_is_stuck_within_the_time_limit(short_dir):
    daemon = FakeDaemon(short_dir / "s.sock", answer=False)
    try:
        started = time.monotonic()
        assert speechd_stuck(0.3, {"SPEECHD_ADDRESS": f"unix_socket:{short_dir / 's.sock'}"})
        assert time.monotonic() - started < 2.0
        assert daemon.heard and daemon.heard[0].startswith(b"SET SELF CLIENT_NAME")
    finally:
        daemon.close()


def test_a_working_daemon_or_none_at_all_is_not_stuck(short_dir):
    daemon = FakeDaemon(short_dir / "ok.sock", answer=True)
    try:
        assert not speechd_stuck(1.0, {"SPEECHD_ADDRESS": f"unix_socket:{short_dir / 'ok.sock'}"})
    finally:
        daemon.close()
    assert not speechd_stuck(1.0, {"SPEECHD_ADDRESS": f"unix_socket:{short_dir / 'absent.sock'}"})
    stale = short_dir / "stale.sock"  # a socket file left behind by a daemon that died: refused at once
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(stale))
    s.close()
    assert not speechd_stuck(1.0, {"SPEECHD_ADDRESS": f"unix_socket:{stale}"})


def test_voice_with_a_stuck_daemon_starts_at_once_and_falls_back(qtbot, short_dir, monkeypatch):
    from PySide6.QtTextToSpeech import QTextToSpeech

    from coach.ui.speech import Voice

    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's speechd engine is not installed here")
    daemon = FakeDaemon(short_dir / "s.sock", answer=False)
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{short_dir / 's.sock'}")
    try:
        started = time.monotonic()
        v = Voice(engine="speechd", sound=False)
        assert time.monotonic() - started < 5.0
        assert not v.can_speak and "off" in v.description
        v.say("Lift your hips")
        assert v.history[-1] == ("say", "Lift your hips")
    finally:
        daemon.close()
