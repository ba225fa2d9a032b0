"""Prints the convert benchmark table from the JSON lines of convert_run.py (name<TAB>json per line), each
the median of the runs convert.sh made (listed after the row)."""
import sys

rows = int(sys.argv[1])
results = {}
for line in open(sys.argv[2]):
    name, js = line.rstrip("\n").split("\t", 1)
    import json
    results[name] = json.loads(js)
print(f"{'tool':<18} {'seconds':>9} {'rows/s':>12} {'peak RSS MB':>12} {'out MB':>8}")
for name, r in results.items():
    rate = rows / r["seconds"] if r["seconds"] > 0 else 0
    runs = " ".join(f"{t:.2f}" for t in r.get("runs", []))
    print(f"{name:<18} {r['seconds']:>9.2f} {rate:>12,.0f} {r['peak_rss_mb']:>12.1f} {r.get('out_mb', 0):>8.1f}"
          + ("" if r["exit"] == 0 else f"   (exit {r['exit']})") + (f"   runs {runs}" if runs else ""))
if "lakectl" in results:
    for peer in ("pyarrow", "duckdb"):
        if peer in results:
            t = results["lakectl"]["seconds"] / results[peer]["seconds"]
            m = results["lakectl"]["peak_rss_mb"] / results[peer]["peak_rss_mb"]
            print(f"lakectl/{peer}: time x{t:.2f}, peak RSS x{m:.2f}")
pairs = [("lakectl-all-cores", "duckdb-all-cores", "all cores, goal: below 1")]
for ours, theirs, note in pairs:
    if ours in results and theirs in results:
        t = results[ours]["seconds"] / results[theirs]["seconds"]
        print(f"{ours}/{theirs}: time x{t:.2f} ({note})")
