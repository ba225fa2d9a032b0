#!/usr/bin/env bash
# Filtered scan: `lakectl cat --columns id,price --where 'qty < 0'` (about 1% of rows) as JSON lines,
# against DuckDB (threads=1) running the same SELECT and writing the same JSON lines, both to /dev/null,
# each a whole process; lakectl pinned to one core and again with every core. Uses bench-out/snappy.parquet
# from parquet.sh (generated here when missing; ROWS=5000000 by default, as there).
# Then the page index: the same table rewritten by pyarrow with write_page_index=True (bench-out/
# indexed.parquet, ids ascending), `--where 'id < 30000'` (the first 10,000 rows): lakectl decodes only the
# pages those rows sit in, DuckDB (threads=1, same SELECT) prunes by row group.
# Every figure is the median of REPEAT runs (default 3), run side by side in rounds (parquet_peers.py --rounds).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bench="scripts/bench"
out="bench-out"
rows="${ROWS:-5000000}"

lakectl="$(scripts/release-build.sh lakectl)"
if [[ ! -f "$out/.rows-$rows" ]]; then
    rm -f "$out"/*.parquet "$out"/.rows-*
    python3 "$bench/parquet_gen.py" "$out" "$rows"
    touch "$out/.rows-$rows"
fi
file="$out/snappy.parquet"
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

# Side by side: REPEAT rounds, each running every command once (parquet_peers.py --rounds).
json_args() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "$@"; }
pick() { python3 -c 'import json, sys; print(json.dumps(json.loads(sys.argv[1])[int(sys.argv[2])]))' "$@"; }
results=$(python3 "$bench/parquet_peers.py" --rounds \
    "$(json_args "${pin[@]}" sh -c '"$0" cat "$1" --columns id,price --where "qty < 0" --threads 1 >/dev/null' "$lakectl" "$file")" \
    "$(json_args sh -c '"$0" cat "$1" --columns id,price --where "qty < 0" >/dev/null' "$lakectl" "$file")" \
    "$(json_args python3 -c "
import duckdb
con = duckdb.connect()
con.execute('SET threads=1')
con.execute(\"COPY (SELECT id, price FROM read_parquet('$file') WHERE qty < 0) TO '/dev/stdout' (FORMAT json)\")
")")
one=$(pick "$results" 0)
every=$(pick "$results" 1)
duck=$(pick "$results" 2)
kept=$("$lakectl" cat "$file" --columns id,price --where "qty < 0" | wc -l)
python3 - "$one" "$every" "$duck" "$kept" "$rows" <<'PY'
import json, sys
sys.path.insert(0, "scripts/bench")
from goal import goal_line
one, every, duck = (json.loads(a) for a in sys.argv[1:4])
print(f"== filtered scan: {int(sys.argv[4]):,} of {int(sys.argv[5]):,} rows kept ==")
print(f"{'reader':<20} {'seconds':>8} {'cpu s':>8} {'peak RSS MB':>12}")
for name, r in (("lakectl (1 core)", one), ("lakectl (all cores)", every), ("duckdb (threads=1)", duck)):
    status = "" if r["exit"] == 0 else f"   (exit {r['exit']}: {r['stderr'][-200:]})"
    print(f"{name:<20} {r['process_seconds']:>8.3f} {r['process_cpu_seconds']:>8.3f} {r['max_rss_mb']:>12.1f}{status}")
print(goal_line("filtered scan one core / duckdb time", one["process_seconds"] / duck["process_seconds"], 1.0))
print(goal_line("filtered scan peak RSS one core / duckdb", one["max_rss_mb"] / duck["max_rss_mb"], 1.0))
print(goal_line("filtered scan peak RSS every core / duckdb threads=1", every["max_rss_mb"] / duck["max_rss_mb"], 1.0))
PY

indexed="$out/indexed.parquet"
if [[ ! -f "$indexed" || "$indexed" -ot "$file" ]]; then
    python3 -c "
import pyarrow.parquet as pq, sys
pq.write_table(pq.read_table(sys.argv[1]), sys.argv[2], compression='snappy', write_page_index=True)" "$file" "$indexed"
fi
where="id < 30000"
results=$(python3 "$bench/parquet_peers.py" --rounds \
    "$(json_args "${pin[@]}" sh -c '"$0" cat "$1" --columns id,price --where "$2" --threads 1 >/dev/null' "$lakectl" "$indexed" "$where")" \
    "$(json_args python3 -c "
import duckdb
con = duckdb.connect()
con.execute('SET threads=1')
con.execute(\"COPY (SELECT id, price FROM read_parquet('$indexed') WHERE $where) TO '/dev/stdout' (FORMAT json)\")
")")
one=$(pick "$results" 0)
duck=$(pick "$results" 1)
kept=$("$lakectl" cat "$indexed" --columns id,price --where "$where" | wc -l)
python3 - "$one" "$duck" "$kept" "$rows" <<'PY'
import json, sys
one, duck = (json.loads(a) for a in sys.argv[1:3])
print(f"== filtered scan with a page index: {int(sys.argv[3]):,} of {int(sys.argv[4]):,} rows kept ==")
print(f"{'reader':<20} {'seconds':>8} {'cpu s':>8} {'peak RSS MB':>12}")
for name, r in (("lakectl (1 core)", one), ("duckdb (threads=1)", duck)):
    status = "" if r["exit"] == 0 else f"   (exit {r['exit']}: {r['stderr'][-200:]})"
    print(f"{name:<20} {r['process_seconds']:>8.3f} {r['process_cpu_seconds']:>8.3f} {r['max_rss_mb']:>12.1f}{status}")
print(f"lakectl(1 core)/duckdb: {one['process_seconds'] / duck['process_seconds']:.2f}")
PY
