#!/usr/bin/env bash
# Update the translation sources (.ts) from the code and the rule files, then compile them (.qm).
#   bash scripts/update_translations.sh          # every language in coach/ui/translations (coach_en.ts: plurals)
#   bash scripts/update_translations.sh fr       # also start coach_fr.ts for a new language
# Translate the new or changed entries with pyside6-linguist (or any .ts editor), then run this
# again so the .qm files the app loads are rebuilt. tests/ui/test_translations.py fails while an entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-$(dirname "$(command -v python)")}"
[ -x "$BIN/pyside6-lupdate" ] || BIN=".venv/bin"
PY="$BIN/python"
DIR=coach/ui/translations

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# lupdate cannot read TOML: the texts the GUI shows from data (cues, exercise texts, fault names)
# are written out as QT_TRANSLATE_NOOP calls for it to read.
"$PY" scripts/i18n_data_strings.py > "$work/data_strings.py"
# The GUI's code, and the core's sentences marked with coach.phrase.QT_TRANSLATE_NOOP (errors, headlines, advice).
find coach -name '*.py' | sort > "$work/sources.txt"
echo "$work/data_strings.py" >> "$work/sources.txt"

targets=()
for ts in "$DIR"/coach_*.ts; do [ -e "$ts" ] && targets+=("$ts"); done
for lang in "$@"; do
  ts="$DIR/coach_${lang}.ts"
  [[ " ${targets[*]-} " == *" $ts "* ]] || targets+=("$ts")
done
[ "${#targets[@]}" -gt 0 ] || { echo "no .ts files in $DIR; name a language, e.g. de"; exit 1; }

for ts in "${targets[@]}"; do
  lang="$(basename "$ts" .ts)"; lang="${lang#coach_}"
  # English is the source language: its file holds only the plural forms of "%n" texts ("1 rep", "2 reps").
  only=(); [ "$lang" = en ] && only=(-pluralonly)
  "$BIN/pyside6-lupdate" @"$work/sources.txt" -ts "$ts" -target-language "$lang" -source-language en \
    -no-obsolete -locations none "${only[@]}"
  "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
