#!/usr/bin/env bash
# Whole `dossier search Q --limit 50 --json` processes, start-up included: p50 / p99 ms per
# query class and peak RSS. Usage: bench/process-latency.sh LIBRARY QUERIES.tsv [RUNS] [OUTDIR]
# (QUERIES.tsv is `class<TAB>query` a line, as `dossier-bench latency --queries-out` writes it.)
set -euo pipefail
LIB=$1; QUERIES=$2; RUNS=${3:-3}; OUT=${4:-$(mktemp -d)}
BIN=${BIN:-$(cd "$(dirname "$0")/.." && pwd)/.build/release}
mkdir -p "$OUT"
printf "%-12s %8s %8s %8s\n" class p50_ms p99_ms rss_MB
for class in $(cut -f1 "$QUERIES" | uniq); do
  : >"$OUT/proc-$class.ms"; maxrss=0
  while IFS=$'\t' read -r c q; do
    [ "$c" = "$class" ] || continue
    for _ in $(seq "$RUNS"); do
      start=$(date +%s%N)
      /usr/bin/time -f %M -o "$OUT/proc.rss" "$BIN/dossier" search --library "$LIB" --limit 50 --json "$q" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      echo $(( (end-start)/1000000 )) >>"$OUT/proc-$class.ms"
      r=$(( $(cat "$OUT/proc.rss") / 1024 )); [ "$r" -gt "$maxrss" ] && maxrss=$r
    done
  done <"$QUERIES"
  sort -n "$OUT/proc-$class.ms" | awk -v c="$class" -v m="$maxrss" '{a[NR]=$1} END {i50=int(NR*0.5)+1; i99=int(NR*0.99)+1; if(i50>NR)i50=NR; if(i99>NR)i99=NR; printf "%-12s %8d %8d %8d\n", c, a[i50], a[i99], m}'
done
