#!/usr/bin/env bash
# Rebuild assets/models/pose_landmarker_full.task from BlazePose's Apache-2.0 weights (see
# scripts/build_pose_model.py for why). The weights and mediapipe's metadata writer come from the
# mediapipe 0.10.21 wheel, which needs Python 3.9–3.12: this makes build/model-venv with one.
# Nothing else is downloaded; the result's SHA-256 must equal MODEL_SHA256 in coach/pose/landmarker.py.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=""
for candidate in python3.12 python3.11 python3.10 python3.9 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(not ((3, 9) <= sys.version_info[:2] <= (3, 12)))' 2>/dev/null; then
    PY="$candidate"; break
  fi
done
[ -n "$PY" ] || { echo "build_pose_model: needs Python 3.9–3.12 (the mediapipe 0.10.21 wheel holds the weights)"; exit 1; }
VENV=build/model-venv
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q "mediapipe==0.10.21"
"$VENV/bin/python" scripts/build_pose_model.py "$@"
