#!/usr/bin/env bash
# Where each Athena fetch path pays off: lakectl's three paths (page = GetQueryResults, csv = the result file
# from S3 by ranged GETs, unload = UNLOAD to Parquet read back by the Parquet scan) and `auto`, whole process
# (start → last row printed), for results of about 10, 1,000, 10,000 and 100,000 rows, from the same
# emulator in the same run. The runs are interleaved (each size: path after path, RUNS times) so drift on a
# shared machine hits every path alike; prints the median and the mean per cell and the fastest path per
# size. The thresholds in `QueryFetch.choose` come from this table.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
SIZES=${SIZES:-10 1000 10000 100000}
POLL=${POLL:-0.05}
if [ -z "${LAKECTL:-}" ]; then
  LAKECTL="$(scripts/release-build.sh lakectl 2>/dev/null)"
fi
export LAKECTL_EMULATOR_DIR="${LAKECTL_EMULATOR_DIR:-$PWD/.emulator/bench-paths-$$}"
trap 'scripts/emulator/stop.sh >/dev/null 2>&1 || true' EXIT
scripts/emulator/start.sh >/dev/null
set -a; . "$LAKECTL_EMULATOR_DIR/credentials.env"; set +a
export AWS_ENDPOINT_URL=$(cat "$LAKECTL_EMULATOR_DIR/endpoint") AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
export AWS_DEFAULT_REGION=${AWS_DEFAULT_REGION:-us-east-1} AWS_REGION=${AWS_REGION:-us-east-1}
BUCKET=athena-paths-$$
aws s3 mb "s3://$BUCKET" >/dev/null
export LAKECTL RUNS SIZES POLL OUT="s3://$BUCKET/results/"

python3 - <<'PY'
import os, statistics, subprocess, time

lakectl, out, poll = os.environ["LAKECTL"], os.environ["OUT"], os.environ["POLL"]
runs = int(os.environ["RUNS"])
sizes = [int(s) for s in os.environ["SIZES"].split()]
# `auto` sees no size in `range(N)` (no catalog table, no LIMIT) and UNLOADs; `auto+limit` is the same query
# with `LIMIT N`, a bound `auto` reads from the text, so it shows the path chosen when the size is known.
paths = ("page", "csv", "unload", "auto", "auto+limit")


def sql(rows):
    # The columns of scripts/bench/athena.sh: a bigint, a varchar, a decimal and a double per row.
    return ("SELECT range AS n, 'label-' || CAST(range AS varchar) AS label, "
            "CAST(range * 1.25 AS decimal(12,2)) AS price, CAST(range AS double) / 8 AS ratio "
            f"FROM range({rows})")


def once(rows, path):
    fetch, text = ("auto", sql(rows) + f" LIMIT {rows}") if path == "auto+limit" else (path, sql(rows))
    t = time.perf_counter()
    r = subprocess.run([lakectl, "query", text, "--output-location", out, "--fetch", fetch, "--output", "csv",
                        "--poll-interval", poll], check=True, capture_output=True, text=True)
    secs = time.perf_counter() - t
    got = r.stdout.count("\n") - 1
    assert got == rows, f"{path} printed {got} rows, expected {rows}"
    return secs


print(f"athena fetch paths: whole process, {runs} interleaved runs per cell after a warm-up, "
      f"poll interval {poll}s; median (mean) seconds")
print(f"  {'rows':>8s}  " + "  ".join(f"{p:>16s}" for p in paths) + "  fastest")
for rows in sizes:
    for p in paths:
        once(rows, p)  # warm-up
    times = {p: [] for p in paths}
    for _ in range(runs):
        for p in paths:
            times[p].append(once(rows, p))
    med = {p: statistics.median(v) for p, v in times.items()}
    cells = "  ".join(f"{med[p]:7.3f} ({statistics.mean(times[p]):6.3f})" for p in paths)
    best = min(("page", "csv", "unload"), key=med.get)
    print(f"  {rows:8,d}  {cells}  {best}")
PY
