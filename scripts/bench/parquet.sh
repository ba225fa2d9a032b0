#!/usr/bin/env bash
# Whole-file Parquet decoding: lakectl `profile` against pyarrow, DuckDB and polars, each single-threaded,
# lakectl pinned to one core (`taskset -c 0 … --threads 1`), again with every core (default --threads), and
# with its default --threads pinned to one core (the issue's "never slower than one core on one").
# Generates bench-out/*.parquet once (ROWS=5000000 by default: the issue's file, 5M rows in pyarrow's
# 1Mi-row groups, so 5 row groups; delete bench-out/ to regenerate), builds lakectl in release mode, then
# per variant prints MB/s of uncompressed data, rows/s, peak RSS and the lakectl/peer time ratios, each
# reader's figure the median of REPEAT runs (default 7 here: the "not slower" goal is judged on paired
# rounds, and a sign test needs at least 5 to show anything; see goal.py),
# then one line per goal (goal.py: three decimals, met or MISSED), and every variant's goal lines again at
# the end.
# Needs python3 with pyarrow and duckdb.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bench="scripts/bench"
out="bench-out"
rows="${ROWS:-5000000}"
export REPEAT="${REPEAT:-7}"
variants=(snappy zstd gzip plain v2)

lakectl="$(scripts/release-build.sh lakectl)"

if [[ ! -f "$out/.rows-$rows" ]]; then
    rm -f "$out"/*.parquet "$out"/.rows-*
    python3 "$bench/parquet_gen.py" "$out" "$rows"
    touch "$out/.rows-$rows"
fi

# A build without the subcommand prints the top-level usage (exit 0), so look for the subcommand's own.
have_profile=1
if ! "$lakectl" profile --help 2>/dev/null | grep -q "USAGE: lakectl profile"; then
    have_profile=0
    echo "lakectl profile: not available"
fi

# Side by side: REPEAT rounds, each running every peer, lakectl on one core and lakectl on every core
# once, so that a drift in the machine's speed (a shared VM) reaches every reader alike.
json_args() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "$@"; }
export GOALS_FILE="$out/profile.goals"
: >"$GOALS_FILE"
for v in "${variants[@]}"; do
    file="$out/$v.parquet"
    if [[ $have_profile == 1 ]]; then
        pin=()
        command -v taskset >/dev/null && pin=(taskset -c 0)
        pinned=()
        [[ ${#pin[@]} -gt 0 ]] && pinned=("$(json_args "${pin[@]}" "$lakectl" profile "$file" --output json)")
        python3 "$bench/parquet_peers.py" --side-by-side "$file" "$out/$v" \
            "$(json_args "${pin[@]}" "$lakectl" profile "$file" --output json --threads 1)" \
            "$(json_args "$lakectl" profile "$file" --output json)" "${pinned[@]}"
        reports=("$out/$v.lakectl.json" "$out/$v.lakectl-all.json")
        [[ ${#pinned[@]} -gt 0 ]] && reports+=("$out/$v.lakectl-pinned.json")
        python3 "$bench/parquet_report.py" "$v" "$file" "$out/$v.peers.json" "${reports[@]}"
    else
        python3 "$bench/parquet_peers.py" "$file" >"$out/$v.peers.json"
        python3 "$bench/parquet_report.py" "$v" "$file" "$out/$v.peers.json"
    fi
done

if [[ -s "$GOALS_FILE" ]]; then
    echo
    echo "== profile goals: $(grep -c ' met$' "$GOALS_FILE") met, $(grep -c ' MISSED$' "$GOALS_FILE") missed =="
    cat "$GOALS_FILE"
fi
unset GOALS_FILE

# The page decoders alone on the same files (no record assembly, no profile), next to pyarrow's
# read_table: meaningful even before `lakectl profile` exists. SKIP_DECODERS=1 skips it.
if [[ ${SKIP_DECODERS:-0} != 1 ]]; then
    echo
    echo "== LakeCodec page decoders alone (scripts/bench/parquet_decode_files.sh) =="
    "$bench/parquet_decode_files.sh" $(for v in "${variants[@]}"; do echo "$out/$v.parquet"; done)
fi
