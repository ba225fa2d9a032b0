#!/usr/bin/env python3
"""Run the peer readers on one Parquet file and print their time and peak memory as JSON.

usage: parquet_peers.py FILE                 run every peer, each in a fresh subprocess
       parquet_peers.py --command CMD...      run one command, report its wall/CPU time and peak RSS
                                              (via /usr/bin/time when present)
       parquet_peers.py --rounds CMD_JSON...    several commands (JSON arrays) in REPEAT rounds, each run once
                                              a round; prints a JSON array of their results, in order
       parquet_peers.py --side-by-side FILE PREFIX ONE_JSON ALL_JSON [PINNED_JSON]
                                              every peer and two or three lakectl commands (JSON arrays:
                                              one core, every core, the default --threads pinned to one
                                              core) in rounds; writes PREFIX.peers.json,
                                              PREFIX.lakectl.json, PREFIX.lakectl-all.json (and
                                              PREFIX.lakectl-pinned.json)

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
shared machine, enough to flip a 0.8 goal either way. --side-by-side interleaves them: REPEAT rounds,
each running every reader once, so that a machine whose speed drifts for a minute (a VM beside busy
neighbours: one reader's runs 30% slower than its runs a minute later) slows every reader alike instead of
whichever one was running then.
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


def peer_run(name: str, path: str) -> dict:
    """One run of one peer in a fresh wrapper (so RUSAGE_CHILDREN sees only that run)."""
    wrapper = subprocess.run(
        [sys.executable, __file__, "--command", sys.executable, __file__, "--peer", name, path],
        stdout=subprocess.PIPE, text=True, check=True, env=dict(os.environ, REPEAT="1"),
    )
    outer = json.loads(wrapper.stdout)
    if outer["exit"] != 0:
        return {"error": outer["stderr"]}
    inner = json.loads(outer["stdout"])
    return {
        "seconds": round(inner["seconds"], 4),
        "cpu_seconds": round(inner["cpu_seconds"], 4),
        "process_seconds": outer["process_seconds"],
        "max_rss_mb": outer["max_rss_mb"],
        "rows": inner["rows"],
    }


def command_run(args: list) -> dict:
    """One run of a command in a fresh wrapper (its peak RSS its own)."""
    return json.loads(subprocess.run(
        [sys.executable, __file__, "--command"] + args, stdout=subprocess.PIPE, text=True, check=True,
        env=dict(os.environ, REPEAT="1"),
    ).stdout)


def command_result(runs: list) -> dict:
    result = median_run(runs, "process_seconds")
    result["stdout"] = result["stdout"][-2000:]
    return result


def rounds(commands: list) -> list:
    """REPEAT rounds, each running every command once (as side_by_side does for the profile); the median
    result per command."""
    runs = [[] for _ in commands]
    for _ in range(REPEAT):
        for k, command in enumerate(commands):
            runs[k].append(command_run(command))
    return [command_result(r) for r in runs]


def side_by_side(path: str, prefix: str, one: list, every: list, pinned: list = None) -> None:
    """REPEAT rounds of every peer, then lakectl on one core, on every core (and, given `pinned`, with its
    default threads on one core); medians per reader."""
    peer_runs = {name: [] for name in PEERS}
    one_runs, every_runs, pinned_runs = [], [], []
    for _ in range(REPEAT):
        for name in PEERS:
            if peer_runs[name] and "error" in peer_runs[name][0]:
                continue
            run = peer_run(name, path)
            peer_runs[name] = [run] if "error" in run else peer_runs[name] + [run]
        one_runs.append(command_run(one))
        every_runs.append(command_run(every))
        if pinned:
            pinned_runs.append(command_run(pinned))
    peers = {name: runs[0] if "error" in runs[0] else median_run(runs, "seconds") for name, runs in peer_runs.items()}
    with open(prefix + ".peers.json", "w") as f:
        json.dump({"file": os.path.abspath(path), "peers": peers}, f, indent=2)
    with open(prefix + ".lakectl.json", "w") as f:
        json.dump(command_result(one_runs), f)
    with open(prefix + ".lakectl-all.json", "w") as f:
        json.dump(command_result(every_runs), f)
    if pinned:
        with open(prefix + ".lakectl-pinned.json", "w") as f:
            json.dump(command_result(pinned_runs), f)


def main() -> None:
    if len(sys.argv) in (6, 7) and sys.argv[1] == "--side-by-side":
        side_by_side(*sys.argv[2:4], *(json.loads(a) for a in sys.argv[4:]))
        return
    if len(sys.argv) >= 3 and sys.argv[1] == "--rounds":
        print(json.dumps(rounds([json.loads(a) for a in sys.argv[2:]])))
        return
    if len(sys.argv) >= 3 and sys.argv[1] == "--command":
        if REPEAT == 1:
            runs = [run_timed(sys.argv[2:])]
        else:
            # A fresh wrapper per run: without GNU time the peak RSS is RUSAGE_CHILDREN's, the largest
            # child so far, which a second run in the same wrapper would inherit.
            runs = [command_run(sys.argv[2:]) for _ in range(REPEAT)]
        print(json.dumps(command_result(runs)))
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
            run = peer_run(name, path)
            if "error" in run:
                runs = [run]
                break
            runs.append(run)
        results[name] = runs[0] if "error" in runs[0] else median_run(runs, "seconds")
    print(json.dumps({"file": os.path.abspath(path), "peers": results}, indent=2))


if __name__ == "__main__":
    main()
