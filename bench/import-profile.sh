#!/usr/bin/env bash
# Importer performance helper (not a benchmark suite):
#   bench/import-profile.sh time DIR          CPU time of `dossier import` of DIR (release build), 3 runs
#   bench/import-profile.sh perf DIR          perf profile of the same, DossierCore symbols by inclusive share
#   bench/import-profile.sh golden DIR OUT    `dossier parse --json` of every article under DIR into OUT/
#   bench/import-profile.sh compare DIR OUT   the same, diffed against OUT/ (behaviour must not change)
# DOSSIER_BIN=PATH uses another build (e.g. a copy of the binary before a change, for golden). RUNS=N sets the number of timed runs.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${DOSSIER_BIN:-$(swift build -c release --show-bin-path)/dossier}"
MODE="$1"; DIR="$2"
case "$MODE" in
  time)
    BYTES=$(find "$DIR" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
    N=$(find "$DIR" -name '*.txt' | wc -l)
    for run in $(seq 1 "${RUNS:-3}"); do
      LIB=$(mktemp -u /tmp/import-profile.XXXXXX.sqlite)
      /usr/bin/time -f '%U %S %e' -o /tmp/import-profile.time "$BIN" import --library "$LIB" "$DIR" >/dev/null
      rm -f "$LIB" "$LIB-wal" "$LIB-shm"
      read -r user sys wall </tmp/import-profile.time
      awk -v u="$user" -v s="$sys" -v w="$wall" -v b="$BYTES" -v n="$N" 'BEGIN {
        printf "user %.2f s  sys %.2f s  wall %.2f s  %.2f MB/s of CPU (user+sys)  %.1f CPU ms/article\n", u, s, w, b/1048576/(u+s), (u+s)*1000/n }'
    done ;;
  perf)
    LIB=$(mktemp -u /tmp/import-profile.XXXXXX.sqlite)
    perf record -o /tmp/import-profile.perf -g -- "$BIN" import --library "$LIB" "$DIR" >/dev/null 2>&1
    rm -f "$LIB" "$LIB-wal" "$LIB-shm"
    perf report -i /tmp/import-profile.perf --children --sort symbol -g none 2>/dev/null | grep -v '^#' | head -60 ;;
  golden|compare)
    OUT="$3"; mkdir -p "$OUT"; status=0
    while IFS= read -r file; do
      name=$(echo "${file#"$DIR"/}" | tr '/' '_')
      if [ "$MODE" = golden ]; then
        "$BIN" parse --json "$file" >"$OUT/$name.json" 2>&1 || true
      elif ! { "$BIN" parse --json "$file" 2>&1 || true; } | cmp -s - "$OUT/$name.json"; then
        echo "DIFFERS: $file"; status=1
      fi
    done < <(find "$DIR" \( -name '*.txt' -o -name '*.md' \) | sort)
    exit $status ;;
esac
