#!/usr/bin/env bash
# CSV → Parquet (snappy): `lakectl convert` against pyarrow (read_csv use_threads=False + write_table) and
# DuckDB (threads=1, COPY ... TO parquet), each in a fresh process in the same run. Generates
# bench-out/big.csv once (ROWS=5000000 by default; deterministic; delete it to regenerate), builds lakectl
# in release mode, prints seconds, rows/s, peak RSS and the ratios, then checks that every output, read back
# by pyarrow and by DuckDB, holds DuckDB's rows. Needs python3 with pyarrow, duckdb, numpy.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bench="scripts/bench"
out="bench-out"
rows="${ROWS:-5000000}"
mkdir -p "$out"

lakectl="$(scripts/release-build.sh lakectl)"

csv="$out/big.csv"
if [[ ! -f "$out/.convert-rows-$rows" || ! -f "$csv" ]]; then
    rm -f "$csv" "$out"/.convert-rows-*
    python3 "$bench/convert_gen.py" "$csv" "$rows"
    touch "$out/.convert-rows-$rows"
fi
echo "input: $csv ($(du -m "$csv" | cut -f1) MB, $rows rows)"

results="$out/convert.results"
# Side by side, as parquet.sh and filter.sh (parquet_peers.py --rounds): REPEAT rounds (default 3), each running
# every tool once in a fresh process, so that a machine whose speed drifts for a minute slows every tool alike.
# Run one tool's three runs after another's, lakectl on one core took 2.14 s against DuckDB's 2.46 s, and
# fifteen minutes later, in rounds, 1.81 s against 2.47 s. Each run first removes its tool's output (`rm` of
# one file, inside the timed process). The median run (by time) is reported, all runs' seconds listed.

# One core: lakectl pinned with taskset, the peers single-threaded. Then every core for lakectl and DuckDB.
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
json_args() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "$@"; }
fresh() { json_args sh -c 'rm -f "$0"; exec "$@"' "$@"; }
duckdb_copy() {
    echo "
import duckdb
con = duckdb.connect()
$1
con.execute('SET enable_progress_bar=false')
con.execute(\"COPY (SELECT * FROM read_csv('$csv')) TO '$2' (FORMAT parquet, COMPRESSION snappy)\")"
}
tools=(lakectl lakectl-all-cores pyarrow duckdb duckdb-all-cores)
targets=("$out/big.lakectl.parquet" "$out/big.lakectl-all.parquet" "$out/big.pyarrow.parquet"
    "$out/big.duckdb.parquet" "$out/big.duckdb-all.parquet")
python3 "$bench/parquet_peers.py" --rounds \
    "$(fresh "${targets[0]}" "${pin[@]}" "$lakectl" convert "$csv" "${targets[0]}" --compression snappy)" \
    "$(fresh "${targets[1]}" "$lakectl" convert "$csv" "${targets[1]}" --compression snappy)" \
    "$(fresh "${targets[2]}" python3 -c "
import pyarrow.csv as c, pyarrow.parquet as pq
t = c.read_csv('$csv', read_options=c.ReadOptions(use_threads=False))
pq.write_table(t, '${targets[2]}', compression='snappy')")" \
    "$(fresh "${targets[3]}" python3 -c "$(duckdb_copy "con.execute('SET threads=1')" "${targets[3]}")")" \
    "$(fresh "${targets[4]}" python3 -c "$(duckdb_copy "" "${targets[4]}")")" |
    python3 -c '
import json, os, sys
names, targets = sys.argv[1].split(), sys.argv[2].split()
for name, target, r in zip(names, targets, json.load(sys.stdin)):
    r["out_mb"] = os.path.getsize(target) / 1e6 if os.path.exists(target) else 0
    print(f"{name}\t{json.dumps(r)}")' "${tools[*]}" "${targets[*]}" >"$results"

python3 "$bench/convert_report.py" "$rows" "$results"
# Every output must hold DuckDB's rows: read by pyarrow, each equals DuckDB's one-core output table (every
# value, in order; a schema that differs, as pyarrow's timestamp[ms] for ts, is named and the values compared
# after a cast to DuckDB's types); read by DuckDB, neither has a row the other lacks (EXCEPT ALL both ways).
python3 - "$out" <<'PY'
import sys, duckdb, pyarrow.parquet as pq
base = f"{sys.argv[1]}/big.duckdb.parquet"
reference = pq.read_table(base)
def count(q):
    return duckdb.execute(f"select count(*) from ({q})").fetchone()[0]
for f in ["lakectl", "lakectl-all", "pyarrow", "duckdb-all"]:
    path = f"{sys.argv[1]}/big.{f}.parquet"
    table = pq.read_table(path)
    if table.schema == reference.schema:
        same = "equal" if table.equals(reference) else "NOT EQUAL"
    else:
        differs = ", ".join(f"{a.name}: {a.type}" for a, b in zip(table.schema, reference.schema) if a != b)
        same = f"schema differs ({differs}); values {'equal' if table.cast(reference.schema).equals(reference) else 'NOT EQUAL'}"
    missing = count(f"select * from '{base}' except all select * from '{path}'")
    extra = count(f"select * from '{path}' except all select * from '{base}'")
    print(f"read back: {f}: {table.num_rows:,} rows; pyarrow: {same} to DuckDB's output; "
          f"DuckDB: {missing:,} of its rows missing, {extra:,} extra")
PY
