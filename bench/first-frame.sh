#!/usr/bin/env bash
# bench/first-frame.sh LIBRARY [RUNS]: time from the start of a `dossier` process to its first
# frame drawn, in a real terminal (tmux, 100x30), RUNS times (default 7). The start time is taken
# inside the terminal right before exec; the first frame is the browser's own log line
# (DOSSIER_LOG). Prints every run, then min / median / max.
set -euo pipefail
cd "$(dirname "$0")/.."
LIB="${1:?usage: bench/first-frame.sh LIBRARY [RUNS]}"
RUNS="${2:-7}"
BIN="$(swift build -c release --show-bin-path)/dossier"
[ -x "$BIN" ] || swift build -c release --product dossier >/dev/null
command -v tmux >/dev/null || { echo "first-frame: tmux is not installed" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/config"
times=()
for i in $(seq 1 "$RUNS"); do
  rm -f "$WORK/start" "$WORK/log"
  tmux -L dossier-ff new-session -d -s "ff$i" -x 100 -y 30 \
    "sh -c 'date +%s.%N > $WORK/start; XDG_CONFIG_HOME=$WORK/config DOSSIER_LOG=$WORK/log exec $BIN --library $LIB'"
  for _ in $(seq 1 500); do
    grep -q "first frame drawn" "$WORK/log" 2>/dev/null && break
    sleep 0.01
  done
  start="$(cat "$WORK/start")"
  frame="$(sed -n 's/.*first frame drawn, epoch \([0-9.]*\).*/\1/p' "$WORK/log" | head -1)"
  ms="$(awk -v a="$start" -v b="$frame" 'BEGIN { printf "%.1f", (b - a) * 1000 }')"
  times+=("$ms")
  echo "run $i: ${ms} ms"
  tmux -L dossier-ff send-keys -t "ff$i" q
  sleep 0.2
  tmux -L dossier-ff kill-session -t "ff$i" 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "first frame from process start (%d runs): min %.1f ms  median %.1f ms  max %.1f ms\n", NR, a[1], a[int((NR + 1) / 2)], a[NR] }'
