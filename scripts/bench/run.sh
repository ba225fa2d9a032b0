#!/usr/bin/env bash
# `make bench`: every benchmark script in this folder, each printing its ratios against the peers it
# runs side by side (botocore, the AWS CLI, pyarrow, DuckDB). Figures, never pass/fail.
set -uo pipefail
cd "$(dirname "$0")/../.."
status=0
for b in scripts/bench/*.sh; do
  [ "$(basename "$b")" = run.sh ] && continue
  echo "== $(basename "$b" .sh)"
  "$b" || { echo "benchmark $(basename "$b") failed"; status=1; }
done
exit $status
