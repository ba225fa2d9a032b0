#!/usr/bin/env bash
# Whole-process `lakectl whoami` vs `aws sts get-caller-identity`, same emulator, same credentials,
# same run: what a CI job pays per call. Prints both means and the ratio (goal ≥ 10×).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-20}
LAKECTL="$(scripts/release-build.sh lakectl 2>/dev/null)"
export LAKECTL_EMULATOR_DIR="${LAKECTL_EMULATOR_DIR:-$PWD/.emulator/bench-$$}"
trap 'scripts/emulator/stop.sh >/dev/null 2>&1 || true' EXIT
scripts/emulator/start.sh >/dev/null
set -a; . "$LAKECTL_EMULATOR_DIR/credentials.env"; set +a
export AWS_ENDPOINT_URL=$(cat "$LAKECTL_EMULATOR_DIR/endpoint") AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true

time_runs() {  # prints mean seconds per run of "$@"
  python3 - "$RUNS" "$@" <<'PY'
import subprocess, sys, time
runs = int(sys.argv[1]); cmd = sys.argv[2:]
subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)  # warm-up (page cache, emulator)
t = time.perf_counter()
for _ in range(runs):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
print(f"{(time.perf_counter() - t) / runs:.4f}")
PY
}
ours=$(time_runs "$LAKECTL" whoami --output json)
peer=$(time_runs aws --endpoint-url "$AWS_ENDPOINT_URL" sts get-caller-identity)
python3 -c "import sys; o,p=float(sys.argv[1]),float(sys.argv[2]); print(f'whoami process: lakectl {o*1000:.1f} ms, aws cli {p*1000:.1f} ms, ratio {p/o:.1f}x (runs: $RUNS each)')" "$ours" "$peer"
