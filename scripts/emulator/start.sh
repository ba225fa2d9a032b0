#!/usr/bin/env bash
# Starts the emulator (moto on a free 127.0.0.1 port), waits until it answers, turns signature checking
# on, and leaves in $STATE_DIR (default .emulator/): endpoint, pid, credentials.env, emulator.log.
# Tests and the demo read those files. A running emulator is reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
STATE_DIR=${LAKECTL_EMULATOR_DIR:-$PWD/.emulator}
mkdir -p "$STATE_DIR"
PYTHON=${PYTHON:-python3}

if [ -f "$STATE_DIR/pid" ] && kill -0 "$(cat "$STATE_DIR/pid")" 2>/dev/null && [ -f "$STATE_DIR/credentials.env" ]; then
  echo "emulator: already running at $(cat "$STATE_DIR/endpoint")"
  exit 0
fi
rm -f "$STATE_DIR/endpoint" "$STATE_DIR/credentials.env" "$STATE_DIR/pid"

MOTO_IAM_LOAD_MANAGED_POLICIES=${MOTO_IAM_LOAD_MANAGED_POLICIES:-false} \
  nohup "$PYTHON" scripts/emulator/server.py --endpoint-file "$STATE_DIR/endpoint" \
  >"$STATE_DIR/emulator.log" 2>&1 &
echo $! >"$STATE_DIR/pid"

for _ in $(seq 1 400); do
  if [ -f "$STATE_DIR/endpoint" ] && curl -s -o /dev/null "$(cat "$STATE_DIR/endpoint")/moto-api/data.json"; then
    break
  fi
  kill -0 "$(cat "$STATE_DIR/pid")" 2>/dev/null || { echo "emulator: failed to start:"; cat "$STATE_DIR/emulator.log"; exit 1; }
  sleep 0.05
done
ENDPOINT=$(cat "$STATE_DIR/endpoint" 2>/dev/null) || { echo "emulator: did not answer within 20 s"; exit 1; }
"$PYTHON" scripts/emulator/enable_auth.py --endpoint "$ENDPOINT" --credentials-file "$STATE_DIR/credentials.env"
echo "emulator: $ENDPOINT (pid $(cat "$STATE_DIR/pid"), signature checking on)"
