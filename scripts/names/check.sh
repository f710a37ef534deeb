#!/usr/bin/env bash
# Regenerates the first-name lexicon twice into temporary directories and compares both runs
# with each other and with the committed files: the output must be deterministic and current.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
a="$(mktemp -d)"; b="$(mktemp -d)"
trap 'rm -rf "$a" "$b"' EXIT
python3 "$root/scripts/names/generate.py" --out-dir "$a" >/dev/null
python3 "$root/scripts/names/generate.py" --out-dir "$b" >/dev/null
for f in Data/names/first-names.txt Sources/DossierCore/Import/Generated/FirstNamesData.swift; do
  cmp "$a/$f" "$b/$f" || { echo "data-check: $f differs between two runs (not deterministic)" >&2; exit 1; }
  cmp "$a/$f" "$root/$f" || { echo "data-check: $f is out of date; run make data" >&2; exit 1; }
done
echo "data-check: first-name lexicon is deterministic and up to date"
