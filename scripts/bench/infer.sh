#!/usr/bin/env bash
# Schema inference of a large CSV: `lakectl schema infer` against DuckDB's `sniff_csv`, in the same run,
# one thread each. Two pairings, each like for like:
#   full scan:  lakectl --rules full (every row, dates/decimals)  vs  sniff_csv(sample_size=-1)
#   sampled:    lakectl --rules glue (1,000 rows / 1 MB)          vs  sniff_csv default sample (20,480 rows)
# Reuses bench-out/big.csv when present (the writer benchmark makes one); otherwise generates a
# deterministic 1M-row mixed CSV. Best of 3 wall-clock seconds. Figures, never pass/fail.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench-out
mkdir -p "$out"
csv="$out/big.csv"
rows="${INFER_BENCH_ROWS:-1000000}"
if [ ! -s "$csv" ]; then
  python3 - "$csv" "$rows" <<'PY'
import random, sys, datetime
path, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(42)
words = ["alpha", "beta", "gamma, inc", "delta", "epsilon \"e\""]
base = datetime.datetime(2020, 1, 1)
with open(path, "w", newline="") as f:
    f.write("id,amount,price,flag,day,ts,name,code\n")
    for i in range(rows):
        w = words[rng.randrange(len(words))]
        name = '"' + w.replace('"', '""') + '"' if ("," in w or '"' in w) else w
        d = base + datetime.timedelta(seconds=rng.randrange(0, 4 * 365 * 86400))
        f.write(f"{i},{rng.randrange(-10**6, 10**6)},{rng.randrange(0, 10**7) / 100:.2f},"
                f"{'true' if rng.random() < 0.5 else 'false'},{d:%Y-%m-%d},{d:%Y-%m-%d %H:%M:%S},{name},"
                f"C{rng.randrange(0, 10**5):05d}\n")
PY
fi
bin="$(scripts/release-build.sh lakectl 2>/dev/null)"
size=$(stat -c %s "$csv")

best() {  # best of 3 wall-clock seconds of a command
  local b=""
  for _ in 1 2 3; do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$b" ] || (( $(echo "$t < $b" | bc -l) )); then b=$t; fi
  done
  printf '%.3f' "$b"
}

duck() {  # sniff_csv on one thread; $1 = extra sniff_csv arguments
  python3 -c "
import duckdb, sys
con = duckdb.connect()
con.execute('SET threads=1')
con.execute(\"SELECT * FROM sniff_csv('$csv'$1)\").fetchall()
"
}

echo "file: $csv ($rows rows, $size bytes)"
ours_full=$(best "$bin" schema infer --rules full "$csv")
duck_full=$(best duck ", sample_size=-1")
ours_glue=$(best "$bin" schema infer --rules glue "$csv")
duck_default=$(best duck "")
printf '%-52s %8s s\n' "lakectl schema infer --rules full (all rows)" "$ours_full"
printf '%-52s %8s s\n' "duckdb sniff_csv sample_size=-1, threads=1" "$duck_full"
printf '%-52s %8s\n' "ratio full scan (lakectl / duckdb)" "$(printf "%.2f" "$(echo "$ours_full / $duck_full" | bc -l)")"
printf '%-52s %8s s\n' "lakectl schema infer --rules glue (1,000 rows/1 MB)" "$ours_glue"
printf '%-52s %8s s\n' "duckdb sniff_csv default sample, threads=1" "$duck_default"
printf '%-52s %8s\n' "ratio sampled (lakectl / duckdb)" "$(printf "%.2f" "$(echo "$ours_glue / $duck_default" | bc -l)")"
echo "types (full):"
"$bin" schema infer --rules full "$csv" --output csv
echo "duckdb (sample_size=-1):"
python3 -c "
import duckdb
con = duckdb.connect(); con.execute('SET threads=1')
print(con.execute(\"SELECT Columns FROM sniff_csv('$csv', sample_size=-1)\").fetchone()[0])
"
