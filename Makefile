# lakectl — the two commands a fresh machine needs are `make demo` and `make test`; both install what is
# missing first (`make setup`: Debian -dev packages, and the Python test peers: moto, pyarrow, duckdb,
# botocore, the AWS CLI).
SHELL := /bin/bash
SWIFT ?= swift

.PHONY: setup build release test demo bench fuzz lint emulator-start emulator-stop clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

# The shipped binary: Swift runtime and Foundation linked in (see scripts/release-build.sh).
release: setup
	@scripts/release-build.sh lakectl

test: setup
	@scripts/test.sh

demo: setup
	@scripts/demo.sh

bench: setup
	@scripts/bench/run.sh

# libFuzzer targets for the codec and reply parsers (Fuzz/), each run for FUZZ_SECONDS (default 60) on one
# core with -rss_limit_mb and -timeout; prints executions and crashes per target.
FUZZ_SECONDS ?= 60
fuzz: setup
	@FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

lint:
	$(SWIFT) format lint --recursive --strict Sources Tests Benchmarks Package.swift

emulator-start: setup
	@scripts/emulator/start.sh

emulator-stop:
	@scripts/emulator/stop.sh

clean:
	rm -rf .build .emulator bench-out
