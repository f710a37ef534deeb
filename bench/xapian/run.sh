#!/usr/bin/env bash
# Xapian beside the library: index the quotes of a `bench/run.sh` run with Xapian, time the same
# top-50 queries as `dossier-bench latency`, and compare with the exact FTS5 bm25 top 50.
#   BENCH_N=10000 BENCH_DIR=/work/bench-data bash bench/xapian/run.sh          # the run's own corpus
#   SCALE=10 ... bash bench/xapian/run.sh   # 10 copies of the quotes (ids +1e6 per copy, copies
#                                           # after the first drop 10% of body words): an
#                                           # approximation of 10x the posting lengths, not a real corpus;
#                                           # also bulk-loads raw FTS5 at that size for comparison
# Needs libxapian-dev, g++, sqlite3, python3, and a finished bench/run.sh in $BENCH_DIR/run-$BENCH_N.
set -euo pipefail
N="${BENCH_N:-10000}"
WORK="$(realpath -m "${BENCH_DIR:-$(dirname "$0")/../.work}")"  # before the cd: BENCH_DIR may be relative
cd "$(dirname "$0")"
SCALE="${SCALE:-1}"
RUN="$WORK/run-$N"
OUT="$WORK/xapian/n$N-x$SCALE"
mkdir -p "$OUT"
BIN="$WORK/xapian/xapian-eval"
g++ -std=c++17 -O2 -Wall xapian-eval.cc $(xapian-config --cxxflags --libs) -o "$BIN"

# The library's filter keys (the dump has names and headings, the filters match ids and keys).
LIBKEYS="$WORK/xapian/keys-$N.csv"
[ -f "$LIBKEYS" ] || sqlite3 -csv "$RUN/library.sqlite" "SELECT id, expert_id, section_key FROM quote ORDER BY id" >"$LIBKEYS"
# The latency run's classes and queries: a class row, then its queries indented by four spaces.
awk '/^class / {next} /^    / {sub(/^    /, ""); print cls "\t" $0; next} NF {cls = $1}' "$RUN/latency.out" >"$OUT/queries.tsv"

CSV="$RUN/quotes.csv"; KEYS="$LIBKEYS"; RAW="$RUN/raw.sqlite"
if [ "$SCALE" != 1 ]; then
  CSV="$OUT/quotes.csv"; KEYS="$OUT/keys.csv"; RAW="$OUT/raw.sqlite"
  [ -f "$CSV" ] || "$BIN" scale "$RUN/quotes.csv" "$LIBKEYS" "$SCALE" "$CSV" "$KEYS"
  if [ ! -f "$RAW" ]; then  # the same bulk load as bench/run.sh
    sed -e "s#\.import .*#.import $CSV src#" "$RUN/raw.sql" >"$OUT/raw.sql"
    /usr/bin/time -v sqlite3 "$RAW" <"$OUT/raw.sql" >/dev/null 2>"$OUT/raw.time"
  fi
fi
echo "quotes: $(wc -c <"$CSV") bytes of CSV in $CSV"

rm -rf "$OUT/db"
/usr/bin/time -v "$BIN" index "$CSV" "$KEYS" "$OUT/db" 2>"$OUT/index.time" | tee "$OUT/index.out"
echo "xapian index: $(du -sb "$OUT/db" | cut -f1) bytes; peak RSS $(awk '/Maximum resident/ {print int($NF/1024)}' "$OUT/index.time") MB"
[ -f "$OUT/raw.time" ] && echo "raw FTS5 bulk load: $(grep -E 'Elapsed|User time|System time' "$OUT/raw.time" | tr -s ' \t' ' ' | paste -sd';'); db $(stat -c %s "$RAW") bytes"

"$BIN" query "$OUT/db" "$OUT/queries.tsv" "$OUT/results.tsv" | tee "$OUT/query.out"
python3 overlap.py "$RAW" "$KEYS" "$OUT/keys.sqlite" "$OUT/results.tsv" | tee "$OUT/overlap.out"

# Variants: phrases weighted as one term (OP_SYNONYM), and Xapian's own BM25Weight.
grep -P '^phrase\t' "$OUT/queries.tsv" >"$OUT/queries-phrase.tsv"
PHRASE=synonym "$BIN" query "$OUT/db" "$OUT/queries-phrase.tsv" "$OUT/results-phrase-synonym.tsv" >/dev/null
WEIGHT=bm25 "$BIN" query "$OUT/db" "$OUT/queries.tsv" "$OUT/results-xapian-bm25.tsv" >/dev/null
for v in phrase-synonym xapian-bm25; do
  echo "== variant $v"
  python3 overlap.py "$RAW" "$KEYS" "$OUT/keys.sqlite" "$OUT/results-$v.tsv" | sed -n '/^class/,$p' | tee "$OUT/overlap-$v.out"
done
