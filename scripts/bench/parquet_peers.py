#!/usr/bin/env python3
"""Run the peer readers on one Parquet file and print their time and peak memory as JSON.

usage: parquet_peers.py FILE                 run every peer, each in a fresh subprocess
       parquet_peers.py --command CMD...      run one command, report its wall/CPU time and peak RSS
                                              (via /usr/bin/time when present)

Peers (single-threaded, computing the same per-column profile lakectl's `profile` reports:
count, nulls, min, max, mean for numbers, distinct estimate):
  pyarrow  pq.ParquetFile(FILE).read(use_threads=False) + pyarrow.compute (exact distinct count)
  duckdb   SET threads=1; one SELECT of count, nulls, min, max, avg (numbers), approx_count_distinct
           per column (not SUMMARIZE, which also computes quantiles)
  polars   POLARS_MAX_THREADS=1; pl.read_parquet + the same aggregates (approx_n_unique)

Per peer: "seconds" is the read + profile time measured inside the process (imports excluded),
"process_seconds" the whole subprocess, "max_rss_mb" its peak resident set (getrusage); the
"cpu_seconds" fields are user + system CPU time, steadier than wall time on a busy machine.

Every reader, peers and lakectl alike, runs REPEAT times (default 3), each in a fresh process, and the run
with the median time is reported ("runs" lists all of them): single runs of 0.3-0.6 s move by 15% on a
shared machine, enough to flip a 0.8 goal either way.
"""
import json
import os
import resource
import subprocess
import sys
import time

REPEAT = max(1, int(os.environ.get("REPEAT", "3")))


def median_run(runs: list, key: str) -> dict:
    """The run whose `key` is the median (the lower middle one for an even count), with every run's
    `key` listed under "runs"."""
    ordered = sorted(runs, key=lambda r: r.get(key, float("inf")))
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    chosen["runs"] = [r.get(key) for r in runs]
    return chosen


def cpu_seconds(who=resource.RUSAGE_SELF) -> float:
    """User + system CPU time: steadier than wall time on a machine shared with other jobs."""
    u = resource.getrusage(who)
    return u.ru_utime + u.ru_stime


def profile_pyarrow(path: str) -> dict:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    pa.set_cpu_count(1)
    pa.set_io_thread_count(1)
    c0 = cpu_seconds()
    t0 = time.perf_counter()
    table = pq.ParquetFile(path).read(use_threads=False)
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
    return {"seconds": seconds, "cpu_seconds": cpu_seconds() - c0, "rows": table.num_rows, "columns": len(columns)}


def profile_duckdb(path: str) -> dict:
    import duckdb

    con = duckdb.connect()
    con.execute("SET threads=1")
    c0 = cpu_seconds()
    t0 = time.perf_counter()
    columns = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [path]).fetchall()
    numeric = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
               "UBIGINT", "FLOAT", "DOUBLE", "DECIMAL")
    parts = ["count(*)"]
    for name, kind, *_ in columns:
        q = '"' + name.replace('"', '""') + '"'
        parts += [f"count({q})", f"count(*) - count({q})", f"min({q})", f"max({q})"]
        if kind.startswith(numeric):
            parts.append(f"avg({q})")
        parts.append(f"approx_count_distinct({q})")
    row = con.execute(f"SELECT {', '.join(parts)} FROM read_parquet(?)", [path]).fetchone()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "cpu_seconds": cpu_seconds() - c0, "rows": row[0], "columns": len(columns)}


def profile_polars(path: str) -> dict:
    import polars as pl

    c0 = cpu_seconds()
    t0 = time.perf_counter()
    df = pl.read_parquet(path)
    exprs = [pl.len().alias("__rows")]
    for name, dtype in df.schema.items():
        c = pl.col(name)
        exprs += [c.count().alias(f"{name}:count"), c.null_count().alias(f"{name}:nulls")]
        if dtype.is_numeric() or dtype.is_temporal() or dtype == pl.String:
            exprs += [c.min().alias(f"{name}:min"), c.max().alias(f"{name}:max")]
        if dtype.is_numeric():
            exprs.append(c.mean().alias(f"{name}:mean"))
        exprs.append(c.approx_n_unique().alias(f"{name}:distinct"))
    row = df.select(exprs).row(0)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "cpu_seconds": cpu_seconds() - c0, "rows": row[0], "columns": df.width}


PEERS = {"pyarrow": profile_pyarrow, "duckdb": profile_duckdb, "polars": profile_polars}


def run_child(args: list) -> dict:
    """Run `args` as a subprocess; wall time and the child's peak RSS (fresh wrapper per call).
    POLARS_MAX_THREADS=1 is set for every child: polars reads it once, at import."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    c0 = cpu_seconds(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    env = dict(os.environ, POLARS_MAX_THREADS="1")
    proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - t0
    cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - c0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "exit": proc.returncode,
        "process_seconds": round(wall, 4),
        "process_cpu_seconds": round(cpu, 4),
        # RUSAGE_CHILDREN is the largest child so far: run one command per wrapper process.
        "max_rss_mb": round(max(peak_kb, before) / 1024, 1),
        "stdout": proc.stdout,
        "stderr": proc.stderr[-2000:],
    }


def run_timed(args: list) -> dict:
    """Like run_child, but through /usr/bin/time when it exists: a forked Python child counts the
    interpreter's pages in its peak RSS, GNU time's tiny fork does not."""
    if not os.path.exists("/usr/bin/time"):
        return run_child(args)
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        result = run_child(["/usr/bin/time", "-o", report.name, "-f", "%e %U %S %M"] + args)
        fields = report.read().split()
    # Wall time stays run_child's clock (microseconds, GNU time's fork included); GNU time reports
    # only 10 ms steps, too coarse for 0.3 s runs. CPU time and peak RSS come from GNU time.
    if len(fields) >= 4:
        result["process_cpu_seconds"] = round(float(fields[-3]) + float(fields[-2]), 4)
        result["max_rss_mb"] = round(int(fields[-1]) / 1024, 1)
    return result


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--command":
        if REPEAT == 1:
            runs = [run_timed(sys.argv[2:])]
        else:
            # A fresh wrapper per run: without GNU time the peak RSS is RUSAGE_CHILDREN's, the largest
            # child so far, which a second run in the same wrapper would inherit.
            runs = [
                json.loads(subprocess.run(
                    [sys.executable, __file__, "--command"] + sys.argv[2:], stdout=subprocess.PIPE, text=True,
                    check=True, env=dict(os.environ, REPEAT="1"),
                ).stdout)
                for _ in range(REPEAT)
            ]
        result = median_run(runs, "process_seconds")
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
        runs = []
        for _ in range(REPEAT):
            # A fresh wrapper per run so RUSAGE_CHILDREN sees only that run.
            wrapper = subprocess.run(
                [sys.executable, __file__, "--command", sys.executable, __file__, "--peer", name, path],
                stdout=subprocess.PIPE, text=True, check=True, env=dict(os.environ, REPEAT="1"),
            )
            outer = json.loads(wrapper.stdout)
            if outer["exit"] != 0:
                runs = [{"error": outer["stderr"]}]
                break
            inner = json.loads(outer["stdout"])
            runs.append({
                "seconds": round(inner["seconds"], 4),
                "cpu_seconds": round(inner["cpu_seconds"], 4),
                "process_seconds": outer["process_seconds"],
                "max_rss_mb": outer["max_rss_mb"],
                "rows": inner["rows"],
            })
        results[name] = runs[0] if "error" in runs[0] else median_run(runs, "seconds")
    print(json.dumps({"file": os.path.abspath(path), "peers": results}, indent=2))


if __name__ == "__main__":
    main()
