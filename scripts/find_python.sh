# Sourced by setup.sh and bundle.sh: sets PY to a Python that Coach supports (3.9–3.14; mediapipe's
# wheels are py3-none for all of them): the default python3 if it is one, else the newest found. A
# pyenv shim for a version that is not active fails the check and is passed over.
PY=""
for candidate in python3 python3.14 python3.13 python3.12 python3.11 python3.10 python3.9; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(not ((3, 9) <= sys.version_info[:2] <= (3, 14)))' 2>/dev/null; then
    PY="$candidate"; break
  fi
done
