# Dossier: the README's two commands are `make run` and `make test`.
SWIFT ?= swift
SWIFT_FLAGS ?=
BIN = .build/debug/dossier

.PHONY: all build run test deps bench data clean

all: build

build:
	@scripts/ensure-deps.sh build
	$(SWIFT) build $(SWIFT_FLAGS)

## Build, then open the browser on the articles bundled in Data/.
run: build
	@$(BIN) run-bundled Data/articles

## Build and pass every test (unit, CLI and tmux end-to-end).
test:
	@scripts/ensure-deps.sh test
	$(SWIFT) build $(SWIFT_FLAGS) --build-tests
	$(SWIFT) test $(SWIFT_FLAGS) --skip-build

## Benchmarks: BENCH_N articles (default 10000; BENCH_N=100000 for the full run). See bench/RESULTS.md.
bench:
	@scripts/ensure-deps.sh bench
	bench/run.sh

clean:
	rm -rf .build
