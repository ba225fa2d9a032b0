#!/usr/bin/env bash
# SigV4 signing rate: lakectl's signer (lakebench sign, release build) against botocore's SigV4Auth on
# the same request mix, one core each.
#
#   scripts/bench/sigv4.sh [N]      N requests per run (default 20000)
#
# Prints: sigv4 signing: lakectl R1 req/s, botocore R2 req/s, ratio X×
# Both sides time their signing loop in thread CPU seconds (a per-core rate that other processes on a
# shared machine disturb far less than wall time). Each side runs RUNS times (default 3, env RUNS),
# alternately, and keeps its best rate.
set -euo pipefail

count="${1:-20000}"
runs="${RUNS:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

bench="$(scripts/release-build.sh lakebench)"

rate() { sed -n 's/.* \([0-9][0-9]*\) req\/s$/\1/p'; }

best_lakectl=0
best_botocore=0
for _ in $(seq "$runs"); do
    line="$("$bench" sign "$count")"
    echo "$line" >&2
    r="$(echo "$line" | rate)"
    (( r > best_lakectl )) && best_lakectl="$r"

    line="$(python3 "$root/scripts/bench/botocore_sign.py" "$count")"
    echo "$line" >&2
    r="$(echo "$line" | rate)"
    (( r > best_botocore )) && best_botocore="$r"
done

ratio="$(awk -v a="$best_lakectl" -v b="$best_botocore" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')"
echo "sigv4 signing: lakectl ${best_lakectl} req/s, botocore ${best_botocore} req/s, ratio ${ratio}×"
