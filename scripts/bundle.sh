#!/usr/bin/env bash
# Build a self-contained Coach for this platform (Linux here): dist/coach/ with the `coach` executable
# (plain `coach` opens the window; `coach analyze …` is the command line), packed as
# dist/coach-linux-<arch>.tar.gz, then smoke-test the bundle itself (packaging/smoke_bundle.py).
# Run after `bash scripts/setup.sh` (its system libraries are what the bundle carries). PyInstaller
# goes in a build environment of its own (build/bundle-venv, the `bundle` extra), never in .venv.
# build/ and dist/ are git-ignored.
#   bash scripts/bundle.sh            build and smoke-test
#   bash scripts/bundle.sh --no-smoke build only
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=1
[ "${1:-}" = "--no-smoke" ] && SMOKE=0

# PyInstaller reads shared-library dependencies with objdump/ldd (binutils); the smoke test uses readelf.
if ! command -v objdump >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi

. scripts/find_python.sh  # sets PY (we are in the project root)
[ -n "$PY" ] || { echo "bundle: needs Python 3.9–3.14"; exit 1; }
# PyInstaller bundles the shared libpython. Debian's and Ubuntu's Pythons keep it in a package of its
# own (libpython3.X); a Python built from source (pyenv) needs PYTHON_CONFIGURE_OPTS=--enable-shared.
PYVER="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if ! "$PY" -c 'import sysconfig, sys; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))' \
   && [ "$("$PY" -c 'import sys; print(sys.base_prefix)')" = "/usr" ] && command -v apt-get >/dev/null 2>&1 && ! dpkg -s "libpython$PYVER" >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "libpython$PYVER" >/dev/null
fi

VENV=build/bundle-venv
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
# Not editable: the bundle is made from a plain install, like a user's (the spec also puts this
# tree first on the import path, so the bundle is this checkout's code).
"$VENV/bin/python" -m pip install -q ".[bundle]"

echo "bundle: building dist/coach with PyInstaller (a few minutes)"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/coach.spec

ARCH="$(uname -m)"
tar -C dist -czf "dist/coach-linux-$ARCH.tar.gz" coach
echo "bundle: dist/coach ($(du -sh dist/coach | cut -f1)), packed as dist/coach-linux-$ARCH.tar.gz" \
     "($(du -sh "dist/coach-linux-$ARCH.tar.gz" | cut -f1))"

if [ "$SMOKE" -eq 1 ]; then
  "$VENV/bin/python" packaging/smoke_bundle.py dist/coach
fi
