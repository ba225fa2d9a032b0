#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/build.sh) and runs each for FUZZ_SECONDS (default 60), one after the
# other on one core, with a memory and a per-input time limit. Prints executions and crashes per target and
# exits non-zero when any target found a crash, leaving its input under .build/fuzz/crashes/<target>/.
#   FUZZ_SECONDS=600 scripts/fuzz.sh                 # all targets, ten minutes each
#   FUZZ_RUNS=2000 scripts/fuzz.sh FuzzCSV           # a fixed number of inputs instead of a time
# Seeds: the shared corpus ($LAKECTL_CORPUS, else ../shared/corpus) and Fuzz/Seeds; what a run learns is
# kept in .build/fuzz/corpus/<target> and reused by the next run.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
RUNS=${FUZZ_RUNS:-}
RSS_MB=${FUZZ_RSS_MB:-2048}
TIMEOUT=${FUZZ_TIMEOUT:-10}
OUT=${FUZZ_BUILD_DIR:-.build/fuzz}
CORPUS=${LAKECTL_CORPUS:-../shared/corpus}

Fuzz/build.sh "$@" || { echo "fuzz: build failed" >&2; exit 2; }

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    mapfile -t targets < <(find Fuzz/Targets -name '*.swift' -exec basename {} .swift \; | sort)
fi

# Seeds for the Thrift target: the footers of the corpus's Parquet files.
seed_footers() {
    local dir=$1
    [[ -d "$CORPUS/parquet" ]] || return 0
    python3 - "$CORPUS/parquet" "$dir" <<'PY'
import os, struct, sys
root, out = sys.argv[1], sys.argv[2]
for base, _, files in os.walk(root):
    for name in files:
        if not name.endswith(".parquet"):
            continue
        with open(os.path.join(base, name), "rb") as f:
            data = f.read()
        if len(data) < 12 or data[-4:] != b"PAR1":
            continue
        n = struct.unpack("<I", data[-8:-4])[0]
        if 0 < n <= min(len(data) - 8, 1 << 16):
            with open(os.path.join(out, name + ".footer"), "wb") as g:
                g.write(data[-8 - n:-8])
PY
}

total_execs=0
failed=0
printf '%-18s %12s %8s %s\n' target executions crashes seconds
for target in "${targets[@]}"; do
    work="$OUT/corpus/$target"
    crashes="$OUT/crashes/$target"
    mkdir -p "$work" "$crashes"
    seeds=()
    max_len=16384
    case "$target" in
    FuzzParquetFile)
        max_len=65536
        if [[ -d "$CORPUS/parquet" ]]; then
            mkdir -p "$OUT/seeds/parquet"
            find "$CORPUS/parquet" -name '*.parquet' -size -64k -exec cp -n {} "$OUT/seeds/parquet/" \;
            seeds+=("$OUT/seeds/parquet")
        fi
        ;;
    FuzzThriftCompact)
        mkdir -p "$OUT/seeds/footers"
        [[ -n "$(ls -A "$OUT/seeds/footers")" ]] || seed_footers "$OUT/seeds/footers"
        seeds+=("$OUT/seeds/footers")
        ;;
    FuzzCSV)
        if [[ -d "$CORPUS/csv" ]]; then
            mkdir -p "$OUT/seeds/csv"
            find "$CORPUS/csv" -type f -size -64k -exec cp -n {} "$OUT/seeds/csv/" \;
            seeds+=("$OUT/seeds/csv")
        fi
        ;;
    esac
    [[ -d "Fuzz/Seeds/$target" ]] && seeds+=("Fuzz/Seeds/$target")
    [[ -d "Fuzz/Regressions/$target" ]] && seeds+=("Fuzz/Regressions/$target")
    limit=(-max_total_time="$SECONDS_EACH")
    [[ -n "$RUNS" ]] && limit=(-runs="$RUNS")
    log="$OUT/$target.log"
    start=$(date +%s)
    "$OUT/$target" "${limit[@]}" -rss_limit_mb="$RSS_MB" -malloc_limit_mb="$RSS_MB" -timeout="$TIMEOUT" \
        -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "${seeds[@]}" >"$log" 2>&1
    status=$?
    elapsed=$(($(date +%s) - start))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    execs=${execs:-0}
    # crash-, oom-, timeout- and leak- inputs; slow-unit- files only note inputs slower than 10 s.
    found=$(find "$crashes" -type f ! -name 'slow-unit-*' | wc -l)
    total_execs=$((total_execs + execs))
    printf '%-18s %12s %8s %s\n' "$target" "$execs" "$found" "$elapsed"
    if [[ $status -ne 0 || $found -gt 0 ]]; then
        failed=1
        echo "fuzz: $target stopped with status $status; see $log and $crashes" >&2
        grep -m5 -E 'ERROR|Fatal error|SUMMARY' "$log" >&2 || true
    fi
done
echo "fuzz: $total_execs executions in total"
exit $failed
