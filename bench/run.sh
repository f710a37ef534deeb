#!/usr/bin/env bash
# make bench: generate a corpus of BENCH_N articles (default 10000), import it with
# `dossier import`, load the same quote text into a plain sqlite3 FTS5 table, and time
# top-50 queries on both, plus ripgrep over the raw files. Prints a report and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${BENCH_N:-10000}"
WORK="${BENCH_DIR:-bench/.work}"
CORPUS="$WORK/corpus-$N"
RUN="$WORK/run-$N"
mkdir -p "$WORK"
rm -rf "$RUN"; mkdir -p "$RUN"

swift build -c release --product dossier >/dev/null
swift build -c release --product dossier-bench >/dev/null
BIN="$(swift build -c release --show-bin-path)"

if [ ! -f "$CORPUS/.done" ]; then
  rm -rf "$CORPUS"
  "$BIN/dossier-bench" generate "$N" "$CORPUS"
  touch "$CORPUS/.done"
fi
BYTES=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "corpus: $N articles, $BYTES bytes ($(awk "BEGIN {printf \"%.1f\", $BYTES/1048576}") MB) in $CORPUS"

secs() { awk -F: '/Elapsed \(wall clock\)/ {t=$NF; n=split($0,a,": "); v=a[n]; k=split(v,p,":"); s=0; for(i=1;i<=k;i++) s=s*60+p[i]; print s}' "$1"; }
rss() { awk '/Maximum resident set size/ {print int($NF/1024)}' "$1"; }

# 1. dossier import (batches of whole articles; a bulk import into the empty library)
/usr/bin/time -v "$BIN/dossier" import --timings --library "$RUN/library.sqlite" "$CORPUS" >"$RUN/import.out" 2>"$RUN/import.time" || true
IMPORT_S=$(secs "$RUN/import.time"); IMPORT_RSS=$(rss "$RUN/import.time")
head -1 "$RUN/import.out"
grep -h '^parse and store' "$RUN/import.time" || true
LIB_BYTES=$(( $(stat -c %s "$RUN/library.sqlite") + $(stat -c %s "$RUN/library.sqlite-wal" 2>/dev/null || echo 0) ))

# 2. the same quote text, bulk-loaded into sqlite3's own FTS5
"$BIN/dossier-bench" dump-quotes "$RUN/library.sqlite" "$RUN/quotes.csv"
cat >"$RUN/raw.sql" <<SQL
PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE src(id INTEGER PRIMARY KEY, quote_id TEXT, fingerprint TEXT, body TEXT, expert_name TEXT, credentials TEXT, heading TEXT, title TEXT);
.mode csv
.import $RUN/quotes.csv src
CREATE VIRTUAL TABLE fts USING fts5(body, expert_name, credentials, heading, title, tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO fts(rowid, body, expert_name, credentials, heading, title) SELECT id, body, expert_name, credentials, heading, title FROM src;
CREATE TABLE quote_key AS SELECT id, quote_id, fingerprint FROM src;
CREATE INDEX quote_key_i ON quote_key(quote_id, fingerprint);
DROP TABLE src;
SQL
/usr/bin/time -v sqlite3 "$RUN/raw.sqlite" <"$RUN/raw.sql" >/dev/null 2>"$RUN/raw.time"
RAW_S=$(secs "$RUN/raw.time"); RAW_RSS=$(rss "$RUN/raw.time")
RAW_BYTES=$(( $(stat -c %s "$RUN/raw.sqlite") + $(stat -c %s "$RUN/raw.sqlite-wal" 2>/dev/null || echo 0) ))

echo
echo "== import =="
awk -v b="$BYTES" -v n="$N" -v s="$IMPORT_S" -v r="$RAW_S" -v m="$IMPORT_RSS" -v rm="$RAW_RSS" -v lb="$LIB_BYTES" -v rb="$RAW_BYTES" 'BEGIN {
  printf "dossier import : %7.1f s  %6.2f MB/s  %7.0f articles/s  peak RSS %d MB  library %.0f MB\n", s, b/1048576/s, n/s, m, lb/1048576
  printf "sqlite3 FTS5   : %7.1f s  %6.2f MB/s  (bulk load of the extracted quote text)  peak RSS %d MB  db %.0f MB\n", r, b/1048576/r, rm, rb/1048576
  printf "ratio          : dossier import runs at %.2fx the raw bulk-load speed\n", r/s
}'

# 3. the search accelerator: what the import spent on it, and a full rebuild's time and size
echo
echo "== search accelerator =="
grep -ho 'search accelerator [0-9.]* s' "$RUN/import.time" | sed 's/^/during the import: /' || true
/usr/bin/time -v "$BIN/dossier" index --rebuild --library "$RUN/library.sqlite" 2>"$RUN/rebuild.time" | sed 's/^/dossier index --rebuild: /'
echo "rebuild peak RSS: $(rss "$RUN/rebuild.time") MB"

# 4. query latency, library vs raw FTS5 (same MATCH, ORDER BY bm25 LIMIT 50)
echo
echo "== top-50 query latency in the process (5 runs per query after a warm-up) =="
/usr/bin/time -v "$BIN/dossier-bench" latency --queries-out "$RUN/queries.tsv" "$RUN/library.sqlite" "$RUN/raw.sqlite" 2>"$RUN/latency.time" | tee "$RUN/latency.out"
echo "query process peak RSS: $(rss "$RUN/latency.time") MB"

# 5. whole `dossier search Q --limit 50 --json` processes (3 runs per query), p50 / p99 per class
echo
echo "== dossier search as a whole process (start-up included; 3 runs per query) =="
BIN="$BIN" "$(dirname "$0")/process-latency.sh" "$RUN/library.sqlite" "$RUN/queries.tsv" 3 "$RUN"

# 6. ripgrep over the raw corpus (no ranking: every matching line)
echo
echo "== ripgrep over the corpus (case-insensitive, count only) =="
RARE="$(grep -m1 '^    ' "$RUN/latency.out" | awk '{print $1}')"
command -v rg >/dev/null || { echo "(ripgrep is not installed: skipped)"; exit 0; }
for q in "$RARE" the "of the" sanct; do
  [ -z "$q" ] && continue
  start=$(date +%s%N); rg -c -i -F "$q" "$CORPUS" >/dev/null || true; end=$(date +%s%N)
  awk -v q="$q" -v t=$(( (end-start)/1000000 )) 'BEGIN {printf "rg %-20s %6d ms\n", "\"" q "\"", t}'
done
