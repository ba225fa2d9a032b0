#!/usr/bin/env bash
# `make test`: builds, starts a private emulator (signature checking on), runs every test against it,
# and stops the emulator whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
export LAKECTL_EMULATOR_DIR="${LAKECTL_EMULATOR_DIR:-$PWD/.emulator/test-$$}"
trap 'scripts/emulator/stop.sh >/dev/null 2>&1 || true; rm -rf "$LAKECTL_EMULATOR_DIR"' EXIT
# Rules the build enforces (ARCHITECTURE.md): formatting, and no import a target's Package.swift entry does not declare.
swift format lint --recursive --strict Sources Tests Benchmarks Package.swift
python3 scripts/check-imports.py
swift build --build-tests --explicit-target-dependency-import-check error
scripts/emulator/start.sh
# The run is kept in a log and counted (scripts/test_summary.py): passed, failed, skipped, known issues,
# ending on the line `N passed, N failed, N skipped`. A skipped test not on Tests/skip-allowlist.txt fails
# the run; so does a failing `swift test`, after the counts are printed.
# The log stays for reading after a failure (.emulator/ is git-ignored).
log="${LAKECTL_TEST_LOG:-.emulator/test-$$.log}"
mkdir -p "$(dirname "$log")"
status=0
swift test --skip-build "$@" 2>&1 | tee "$log" || status=$?
full=()
if [ $# -eq 0 ]; then full=(--full); fi
gate=0
echo "full output: $log"
python3 scripts/test_summary.py "$log" Tests/skip-allowlist.txt "${full[@]}" || gate=$?
if [ "$status" -ne 0 ]; then exit "$status"; fi
exit "$gate"
