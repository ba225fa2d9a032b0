"""Prints the convert benchmark table from convert.sh's results file (name<TAB>json per line: a tool's median
run from parquet_peers.py --rounds, whose "runs" are listed after the row, plus its output's size)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goal import goal_line  # noqa: E402

rows = int(sys.argv[1])
results = {}
for line in open(sys.argv[2]):
    name, js = line.rstrip("\n").split("\t", 1)
    results[name] = json.loads(js)
print(f"{'tool':<18} {'seconds':>9} {'rows/s':>12} {'peak RSS MB':>12} {'out MB':>8}")
for name, r in results.items():
    rate = rows / r["process_seconds"] if r["process_seconds"] > 0 else 0
    runs = " ".join(f"{t:.2f}" for t in r.get("runs", []))
    print(f"{name:<18} {r['process_seconds']:>9.2f} {rate:>12,.0f} {r['max_rss_mb']:>12.1f} {r.get('out_mb', 0):>8.1f}"
          + ("" if r["exit"] == 0 else f"   (exit {r['exit']})") + (f"   runs {runs}" if runs else ""))
if "lakectl" in results:
    for peer in ("pyarrow", "duckdb"):
        if peer in results:
            t = results["lakectl"]["process_seconds"] / results[peer]["process_seconds"]
            m = results["lakectl"]["max_rss_mb"] / results[peer]["max_rss_mb"]
            print(f"lakectl/{peer}: time x{t:.2f}, peak RSS x{m:.2f}")
# The goals: one core at most 0.8 of DuckDB's time, every core ahead of DuckDB on every core, and
# peak memory at most DuckDB's on the same work.
goals = [("lakectl", "duckdb", "one core", 0.8), ("lakectl-all-cores", "duckdb-all-cores", "every core", 1.0)]
for ours, theirs, what, limit in goals:
    if ours in results and theirs in results:
        mine, peer = results[ours], results[theirs]
        print(goal_line(f"convert {what} / duckdb time", mine["process_seconds"] / peer["process_seconds"], limit,
                        strict=what == "every core"))
        print(goal_line(f"convert peak RSS {what} / duckdb", mine["max_rss_mb"] / peer["max_rss_mb"], 1.0))
