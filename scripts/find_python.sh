# Sourced by setup.sh and bundle.sh: sets PY to a Python that mediapipe 0.10.21 has wheels for (3.9–3.12).
PY=""
for candidate in python3.11 python3.12 python3.10 python3.9 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(not ((3, 9) <= sys.version_info[:2] <= (3, 12)))'; then
    PY="$candidate"; break
  fi
done
