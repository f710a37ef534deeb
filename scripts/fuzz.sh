#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (with AddressSanitizer) and runs each for FUZZ_SECONDS,
# then prints executions, coverage (cov: edges, ft: features) and findings per target.
# Environment: FUZZ_SECONDS (default 60), FUZZ_TARGETS (default: all), FUZZ_SANITIZE
# (default fuzzer,address), FUZZ_MAX_LEN (largest input, default 16384), FUZZ_ARGS (extra libFuzzer flags).
# Findings (crash-*, timeout-*, oom-*, leak-*) land in .build-fuzz/findings/TARGET/; the corpus
# grows in .build-fuzz/corpus/TARGET/ (Fuzz/Corpus/TARGET/ is the committed seed, read only).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"importer-text importer-markdown html query export-reader"}
scratch=.build-fuzz

scripts/ensure-deps.sh fuzz
# One product at a time: a plain build would also build (and fail to link) the main package's executables.
for target in $targets; do
  swift build -c release --package-path Fuzz --scratch-path "$scratch" --product "fuzz-$target" \
    -Xswiftc "-sanitize=${FUZZ_SANITIZE:-fuzzer,address}" -Xswiftc -parse-as-library
done
bin=$(swift build -c release --package-path Fuzz --scratch-path "$scratch" --show-bin-path)

dictionary() {
  case "$1" in
    importer-*) echo Fuzz/Dictionaries/roundup.dict ;;
    html) echo Fuzz/Dictionaries/html.dict ;;
    query) echo Fuzz/Dictionaries/query.dict ;;
    export-reader) echo Fuzz/Dictionaries/export.dict ;;
  esac
}

# Leaks are not checked: Swift's runtime keeps lazily made metadata that LeakSanitizer
# cannot always prove reachable. The quarantine is kept small so RSS measures the parser.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}  # its crash handler trips ASan
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:quarantine_size_mb=32:malloc_context_size=20}
summary=()
found=0
for target in $targets; do
  corpus=$scratch/corpus/$target findings=$scratch/findings/$target log=$scratch/logs/$target.log
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  : >"$log"
  before=$(ls "$findings" | wc -l)
  echo "== fuzz-$target: ${seconds}s (log: $log)"
  # libFuzzer stops at a finding: start it again (on the grown corpus) until the time is used.
  execs=0 deadline=$((SECONDS + seconds)) runs=0
  while [ $((deadline - SECONDS)) -gt 2 ] && [ $runs -lt 50 ]; do
    runs=$((runs + 1))
    # shellcheck disable=SC2086
    "$bin/fuzz-$target" "$corpus" "Fuzz/Corpus/$target" -dict="$(dictionary "$target")" \
      -max_total_time=$((deadline - SECONDS)) -timeout=1 -rss_limit_mb=512 -max_len="${FUZZ_MAX_LEN:-16384}" \
      -artifact_prefix="$findings/" -print_final_stats=1 ${FUZZ_ARGS:-} >"$log.run" 2>&1 || true
    # Executions: the final stats, or the last progress line (#N) of a run a finding ended.
    run=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log.run" | grep -o '[0-9]*$' || true)
    [ -n "$run" ] || run=$(grep -oE '^#[0-9]+' "$log.run" | tail -1 | tr -d '#' || true)
    execs=$((execs + ${run:-0}))
    cat "$log.run" >>"$log" && rm -f "$log.run"
  done
  cov=$(grep -oE '(cov|ft): [0-9]+' "$log" | tail -2 | tr '\n' ' ' || true)
  new=$(( $(ls "$findings" | wc -l) - before ))
  [ "$new" -gt 0 ] && found=1
  summary+=("$(printf '%-18s execs %-9s %-22s corpus %-5s new findings %s' "$target" "$execs" "$cov" \
    "$(ls "$corpus" | wc -l)" "$new")")
  grep -E '^(==[0-9]+==ERROR|dossier-fuzz|SUMMARY|Test unit written)' "$log" | head -12 || true
done
echo
echo "== fuzz summary (${seconds}s each)"
printf '%s\n' "${summary[@]}"
ls -1 "$scratch"/findings/*/ 2>/dev/null | grep -E '^(crash|timeout|oom|leak|slow)-' >/dev/null \
  && echo "findings so far: $(ls -d "$scratch"/findings/*/* 2>/dev/null | tr '\n' ' ')"
exit $found
