#!/usr/bin/env bash
# Set up Coach on a fresh Debian/Ubuntu machine: system libraries, then a virtual environment
# in .venv with Coach and its test tools installed (editable). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libgl1 libglib2.0-0 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0
  libpulse0 speech-dispatcher espeak-ng   # QtMultimedia/QtTextToSpeech and the speechd voice engine
  xvfb                                    # a virtual screen for GUI screenshots
  strace                                  # the privacy test watches network system calls with it
)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# COACH_PYTHON=/path/to/python3.X and COACH_VENV=DIR set up another Python beside .venv (CI tests 3.13 so).
VENV="${COACH_VENV:-.venv}"
if [ -n "${COACH_PYTHON:-}" ]; then
  PY="$COACH_PYTHON"
  "$PY" -c 'import sys; sys.exit(not ((3, 9) <= sys.version_info[:2] <= (3, 14)))' \
    || { echo "Coach needs Python 3.9–3.14 (COACH_PYTHON=$PY is not)"; exit 1; }
else
  . scripts/find_python.sh  # sets PY (we are in the project root)
  [ -n "$PY" ] || { echo "Coach needs Python 3.9–3.14 (python3 --version says which you have)"; exit 1; }
fi
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e ".[test]"
# The tests' fifth exercise is a plug-in package of its own: installed like any other, found by entry point.
"$VENV/bin/python" -m pip install -q -e tests/plugins/coach_knee_raise
echo "Coach is set up in $VENV (run it with $VENV/bin/coach)"
