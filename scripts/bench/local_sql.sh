#!/usr/bin/env bash
# Local SQL: `lakectl preview` with a selective row filter and `lakectl query --local` (a GROUP BY over the
# ROWS-row facts table, and its join with a 200,000-row table) against DuckDB (threads=1) on the same
# Parquet files and the same query text, each in a fresh process in the same run. Prints seconds, peak RSS
# and the ratios (goals: <= 1.0x DuckDB on the filter, <= 1.5x on the aggregate and the join; peak memory
# <= DuckDB's). ROWS=5000000 by default; LAKECTL=path/to/lakectl skips the release build.
# Needs python3 with pyarrow, duckdb, numpy.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bench="scripts/bench"
out="bench-out/local-sql"
rows="${ROWS:-5000000}"
mkdir -p "$out"

if [[ -z "${LAKECTL:-}" ]]; then
    LAKECTL="$(scripts/release-build.sh lakectl)"
fi

if [[ ! -f "$out/.rows-$rows" ]]; then
    rm -f "$out"/.rows-* "$out"/*.parquet
    python3 "$bench/local_sql_gen.py" "$out" "$rows"
    touch "$out/.rows-$rows"
fi
facts="$out/facts.parquet"
customers="$out/customers.parquet"
echo "input: $facts ($rows rows), $customers (200000 rows)"

filter="category = 'cat_07' AND qty > 99000"
aggregate="SELECT category, count(*) AS n, sum(amount) AS total, avg(qty) AS q FROM facts GROUP BY category ORDER BY category"
join="SELECT c.region, count(*) AS n, sum(f.amount) AS total FROM facts f JOIN customers c ON f.customer = c.customer GROUP BY c.region ORDER BY c.region"

results="$out/results"
: >"$results"
run() {
    local name="$1"
    shift
    printf '%s\t%s\n' "$name" "$(python3 "$bench/convert_run.py" "$@" 2>/dev/null)" >>"$results"
}
duck() {
    python3 -c "
import duckdb, sys
con = duckdb.connect()
con.execute('SET threads=1')
con.execute(\"CREATE VIEW facts AS SELECT * FROM read_parquet('$facts')\")
con.execute(\"CREATE VIEW customers AS SELECT * FROM read_parquet('$customers')\")
rows = con.execute(sys.argv[1]).fetchall()
sys.stdout.write(''.join(','.join('' if v is None else str(v) for v in r) + '\n' for r in rows))" "$1" >/dev/null
}
export -f duck
export facts customers

run "filter lakectl" "$LAKECTL" preview "$facts" --row-filter "$filter" --output csv
run "filter duckdb" bash -c "duck \"SELECT * FROM facts WHERE $filter\""
run "aggregate lakectl" "$LAKECTL" query --local "$aggregate" --data "facts=$facts" --output csv
run "aggregate duckdb" bash -c "duck \"$aggregate\""
run "join lakectl" "$LAKECTL" query --local "$join" --data "facts=$facts" --data "customers=$customers" --output csv
run "join duckdb" bash -c "duck \"$join\""

python3 - "$results" <<'PY'
import json, sys
r = {}
for line in open(sys.argv[1]):
    name, js = line.rstrip("\n").split("\t", 1)
    r[name] = json.loads(js)
goals = {"filter": 1.0, "aggregate": 1.5, "join": 1.5}
print(f"{'case':<10} {'lakectl s':>10} {'duckdb s':>10} {'ratio':>7} {'goal':>6}  {'lakectl MB':>10} {'duckdb MB':>10}")
for case, goal in goals.items():
    a, b = r[f"{case} lakectl"], r[f"{case} duckdb"]
    ratio = a["seconds"] / b["seconds"]
    flag = "" if a["exit"] == 0 and b["exit"] == 0 else "  (a run failed)"
    print(f"{case:<10} {a['seconds']:>10.2f} {b['seconds']:>10.2f} {ratio:>6.2f}x {goal:>5.1f}x  "
          f"{a['peak_rss_mb']:>10.0f} {b['peak_rss_mb']:>10.0f}{flag}")
PY
# Both engines must give the same answer to the aggregate and the join.
for q in "$aggregate" "$join"; do
    a="$("$LAKECTL" query --local "$q" --data "facts=$facts" --data "customers=$customers" --output csv | tail -n +2 | cut -d, -f1-3)"
    b="$(python3 -c "
import duckdb, sys
con = duckdb.connect()
con.execute(\"CREATE VIEW facts AS SELECT * FROM read_parquet('$facts')\")
con.execute(\"CREATE VIEW customers AS SELECT * FROM read_parquet('$customers')\")
for r in con.execute(sys.argv[1]).fetchall(): print(','.join(str(v) for v in r[:3]))" "$q")"
    if [[ "$a" == "$b" ]]; then echo "same answer: ${q:0:40}…"; else echo "ANSWERS DIFFER: ${q:0:40}…"; fi
done
