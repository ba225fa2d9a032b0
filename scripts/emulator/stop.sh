#!/usr/bin/env bash
# Stops the emulator started by start.sh, by its pid, and removes its state files.
set -euo pipefail
cd "$(dirname "$0")/../.."
STATE_DIR=${LAKECTL_EMULATOR_DIR:-$PWD/.emulator}
if [ -f "$STATE_DIR/pid" ]; then
  pid=$(cat "$STATE_DIR/pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$pid" 2>/dev/null || true
  fi
fi
rm -f "$STATE_DIR/pid" "$STATE_DIR/endpoint" "$STATE_DIR/credentials.env"
echo "emulator: stopped"
