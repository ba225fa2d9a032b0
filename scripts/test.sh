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
swift test --skip-build "$@"
