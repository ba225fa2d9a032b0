#!/usr/bin/env python3
"""Summarise one benchmark variant: peers' JSON (parquet_peers.py FILE) and lakectl's measurement
(parquet_peers.py --command ...), printed as one table row per reader.

usage: parquet_report.py VARIANT FILE PEERS_JSON [LAKECTL_JSON [LAKECTL_ALL_CORES_JSON [LAKECTL_PINNED_JSON]]]

MB/s and rows/s use wall seconds; "cpu s" is user + system CPU time, the steadier figure on a shared
machine. MB/s is the file's uncompressed data size (sum of the footer's column-chunk total_uncompressed_size,
read with pyarrow) over the reader's seconds. Peers are timed inside their process (read + profile,
imports excluded) and as whole processes; lakectl is timed as a whole process. Ratios are given
against both peer figures: "in-process" flatters the peers (no start-up), "process" is like for like.
Each figure is the median of the runs parquet_peers.py made (REPEAT, default 3); the runs are listed.
Then one line per goal of the issue (goal.py): one core against DuckDB and polars (lakectl's whole process
against the peers' in-process time, which flatters the peers), every core over one core, the default
--threads pinned to one core over --threads 1 ("never slower on one core": judged on the paired rounds,
goal.not_slower_line), and peak memory against DuckDB's.
"""
import json
import os
import sys

import pyarrow.parquet as pq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goal import goal_line, not_slower_line  # noqa: E402


def uncompressed_bytes(path: str) -> tuple:
    md = pq.ParquetFile(path).metadata
    total = 0
    for rg in range(md.num_row_groups):
        group = md.row_group(rg)
        for col in range(group.num_columns):
            total += group.column(col).total_uncompressed_size
    return total, md.num_rows


def lakectl_row(path: str, mark: str, what: str, size: int, rows: int):
    """Prints the table row of a further lakectl measurement (`what`, marked `mark`) and returns it; None
    (with the failure printed) when that run failed."""
    run = json.load(open(path))
    if run["exit"] != 0:
        print(f"lakectl {what} failed (exit {run['exit']}): {run['stderr'][-300:]}")
        return None
    t = run["process_seconds"]
    print(f"{'lakectl' + mark:<10} {t:>8.3f} {run['process_cpu_seconds']:>8.3f} {size / 1e6 / t:>8.1f} "
          f"{rows / t:>12,.0f} {run['max_rss_mb']:>12.1f}   ({mark} {what}; runs "
          f"{' '.join(f'{x:.3f}' for x in run.get('runs', []))})")
    return run


def main() -> None:
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    variant, path = sys.argv[1], sys.argv[2]
    peers = json.load(open(sys.argv[3]))["peers"]
    lakectl = json.load(open(sys.argv[4])) if len(sys.argv) > 4 else None
    size, rows = uncompressed_bytes(path)
    print(f"\n== {variant}: {rows:,} rows, {size / 1e6:.1f} MB uncompressed ==")
    print(f"{'reader':<10} {'seconds':>8} {'cpu s':>8} {'MB/s':>8} {'rows/s':>12} {'peak RSS MB':>12}")
    times, cpus, procs = {}, {}, {}
    for name, r in peers.items():
        if "error" in r:
            print(f"{name:<10} error: {r['error'][-200:]}")
            continue
        times[name], cpus[name], procs[name] = r["seconds"], r["cpu_seconds"], r["process_seconds"]
        print(f"{name:<10} {r['seconds']:>8.3f} {r['cpu_seconds']:>8.3f} {size / 1e6 / r['seconds']:>8.1f} "
              f"{rows / r['seconds']:>12,.0f} {r['max_rss_mb']:>12.1f}")
    if lakectl is None:
        print("lakectl    profile: not available")
        return
    if lakectl["exit"] != 0:
        print(f"lakectl    failed (exit {lakectl['exit']}): {lakectl['stderr'][-300:]}")
        return
    s, c = lakectl["process_seconds"], lakectl["process_cpu_seconds"]
    print(f"{'lakectl':<10} {s:>8.3f} {c:>8.3f} {size / 1e6 / s:>8.1f} {rows / s:>12,.0f} {lakectl['max_rss_mb']:>12.1f}")
    print("runs (s): " + "; ".join(
        f"{name} {' '.join(f'{t:.3f}' for t in r.get('runs', []))}" for name, r in peers.items() if "runs" in r)
        + f"; lakectl {' '.join(f'{t:.3f}' for t in lakectl.get('runs', []))}")
    for name, t in times.items():
        print(f"lakectl(1 core)/{name} ratio: wall {s / t:.2f} in-process, {s / procs[name]:.2f} process; "
              f"cpu {c / cpus[name]:.2f} (below 1 is faster)")
    goals = []
    for name in ("duckdb", "polars"):
        if name in times:
            goals.append(goal_line(f"{variant} one core / {name} time", s / times[name], 0.8))
    # A run that failed counts as a missed goal (ratio inf), not as one left out.
    every = pinned = None
    if len(sys.argv) > 5:
        every = lakectl_row(sys.argv[5], "*", "every core, default --threads", size, rows)
        a = every["process_seconds"] if every else float("inf")
        goals.append(goal_line(f"{variant} every core / one core (2 cores)", a / s, 0.6))
    if len(sys.argv) > 6:
        pinned = lakectl_row(sys.argv[6], "°", "default --threads pinned to one core", size, rows)
        what = f"{variant} default --threads on one core / --threads 1"
        if pinned:
            goals.append(not_slower_line(what, pinned["runs"], lakectl["runs"]))
        else:
            goals.append(goal_line(what, float("inf"), 1.0))
    if "duckdb" in peers and "max_rss_mb" in peers["duckdb"]:
        duck_mb = peers["duckdb"]["max_rss_mb"]
        goals.append(goal_line(f"{variant} peak RSS one core / duckdb", lakectl["max_rss_mb"] / duck_mb, 1.0))
        if every:
            goals.append(goal_line(f"{variant} peak RSS every core / duckdb threads=1", every["max_rss_mb"] / duck_mb, 1.0))
    for line in goals:
        print(line)


if __name__ == "__main__":
    main()
