"""Qt is an extra: without PySide6 the core and the CLI work, and plain ``coach`` says what to install.

Each check runs in a subprocess whose ``sitecustomize`` makes PySide6 and
shiboken6 unimportable, as on a machine where only ``pip install coach`` ran.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT = '''
import sys

class _NoQt:
    """A meta-path finder that refuses PySide6 (and its binding library) like an absent package."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _NoQt())
'''

IMPORT_THE_CORE = '''
import importlib, pkgutil, sys
import coach
failed = []
for m in pkgutil.walk_packages(coach.__path__, "coach."):
    if m.name == "coach.ui" or m.name.startswith("coach.ui."):
        continue
    try:
        importlib.import_module(m.name)
    except Exception as exc:
        failed.append(f"{m.name}: {exc!r}")
print("\\n".join(failed) or "all imported")
'''


@pytest.fixture
def no_qt_env(tmp_path: Path) -> dict:
    (tmp_path / "sitecustomize.py").write_text(BLOCK_QT, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _run(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_the_blocker_really_hides_qt(no_qt_env):
    proc = _run(["-c", "import PySide6"], no_qt_env)
    assert proc.returncode != 0 and "No module named 'PySide6'" in proc.stderr


def test_coach_without_arguments_says_in_one_line_to_install_the_gui_extra(no_qt_env):
    proc = _run(["-m", "coach.cli"], no_qt_env)
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert lines == ['coach: the desktop app needs Qt, which is not installed: pip install "coach[gui]"']


def test_the_core_and_the_cli_need_no_qt(no_qt_env):
    proc = _run(["-c", IMPORT_THE_CORE], no_qt_env)
    assert proc.returncode == 0 and proc.stdout.strip() == "all imported", proc.stdout + proc.stderr
    proc = _run(["-m", "coach.cli", "analyze", "--help"], no_qt_env)
    assert proc.returncode == 0 and "--exercise" in proc.stdout and "Traceback" not in proc.stderr
