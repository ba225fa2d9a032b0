#!/usr/bin/env python3
"""Run the peer readers on one Parquet file and print their time and peak memory as JSON.

usage: parquet_peers.py FILE                 run every peer, each in a fresh subprocess
       parquet_peers.py --command CMD...      run one command, report its wall time and peak RSS

Peers (single-threaded, computing the same per-column profile lakectl's `profile` reports:
count, nulls, min, max, mean for numbers, distinct count):
  pyarrow  pq.read_table(use_threads=False) + pyarrow.compute
  duckdb   SET threads=1; SUMMARIZE SELECT * FROM read_parquet(FILE)

Per peer: "seconds" is the read + profile time measured inside the process (imports excluded),
"process_seconds" the whole subprocess, "max_rss_mb" its peak resident set (getrusage).
"""
import json
import os
import resource
import subprocess
import sys
import time


def profile_pyarrow(path: str) -> dict:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    pa.set_cpu_count(1)
    pa.set_io_thread_count(1)
    t0 = time.perf_counter()
    table = pq.read_table(path, use_threads=False)
    columns = {}
    for name in table.column_names:
        col = table[name]
        stats = {"count": pc.count(col).as_py(), "nulls": col.null_count}
        t = col.type
        if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_timestamp(t) or pa.types.is_string(t):
            mm = pc.min_max(col)
            stats["min"], stats["max"] = str(mm["min"].as_py()), str(mm["max"].as_py())
        if pa.types.is_integer(t) or pa.types.is_floating(t):
            stats["mean"] = pc.mean(col).as_py()
        if pa.types.is_boolean(t):
            stats["true"] = pc.sum(col).as_py()
        stats["distinct"] = pc.count_distinct(col).as_py()
        columns[name] = stats
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "rows": table.num_rows, "columns": len(columns)}


def profile_duckdb(path: str) -> dict:
    import duckdb

    con = duckdb.connect()
    con.execute("SET threads=1")
    t0 = time.perf_counter()
    rows = con.execute("SUMMARIZE SELECT * FROM read_parquet(?)", [path]).fetchall()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "rows": rows[0][-2] if rows else 0, "columns": len(rows)}


PEERS = {"pyarrow": profile_pyarrow, "duckdb": profile_duckdb}


def run_child(args: list) -> dict:
    """Run `args` as a subprocess; wall time and the child's peak RSS (fresh wrapper per call)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "exit": proc.returncode,
        "process_seconds": round(wall, 4),
        # RUSAGE_CHILDREN is the largest child so far: run one command per wrapper process.
        "max_rss_mb": round(max(peak_kb, before) / 1024, 1),
        "stdout": proc.stdout,
        "stderr": proc.stderr[-2000:],
    }


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--command":
        result = run_child(sys.argv[2:])
        result["stdout"] = result["stdout"][-2000:]
        print(json.dumps(result))
        return
    if len(sys.argv) == 4 and sys.argv[1] == "--peer":
        print(json.dumps(PEERS[sys.argv[2]](sys.argv[3])))
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    results = {}
    for name in PEERS:
        # A fresh wrapper per peer so RUSAGE_CHILDREN sees only that peer.
        wrapper = subprocess.run(
            [sys.executable, __file__, "--command", sys.executable, __file__, "--peer", name, path],
            stdout=subprocess.PIPE, text=True, check=True,
        )
        outer = json.loads(wrapper.stdout)
        if outer["exit"] != 0:
            results[name] = {"error": outer["stderr"]}
            continue
        inner = json.loads(outer["stdout"])
        results[name] = {
            "seconds": round(inner["seconds"], 4),
            "process_seconds": outer["process_seconds"],
            "max_rss_mb": outer["max_rss_mb"],
            "rows": inner["rows"],
        }
    print(json.dumps({"file": os.path.abspath(path), "peers": results}, indent=2))


if __name__ == "__main__":
    main()
