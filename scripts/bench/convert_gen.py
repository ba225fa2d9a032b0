"""Writes the CSV for scripts/bench/convert.sh: ROWS rows, deterministic (fixed seed), mixed types.

Columns: id (sequential bigint), qty (bigint, ~5% empty), price (2-decimal double), category (20 values),
comment (free text of 3-7 words, some with commas so they are quoted), ts (timestamps, seconds),
flag (true/false, ~2% empty), score (double with full precision).
"""
import sys

import numpy as np
import pyarrow as pa
import pyarrow.csv as pcsv

path, rows = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(20261124)
chunk = 500_000
words = np.array("lake parquet column stream batch river delta, north south quick slow data table row "
                 "value page group schema crawler glue athena query".split())
cats = np.array([f"cat_{i:02d}" for i in range(20)])
base = np.datetime64("2020-01-01T00:00:00")
with pcsv.CSVWriter(path, pa.schema([
        ("id", pa.int64()), ("qty", pa.int64()), ("price", pa.float64()), ("category", pa.string()),
        ("comment", pa.string()), ("ts", pa.timestamp("s")), ("flag", pa.bool_()), ("score", pa.float64())]),
        write_options=pcsv.WriteOptions(quoting_style="needed")) as w:
    for start in range(0, rows, chunk):
        n = min(chunk, rows - start)
        qty = rng.integers(-1000, 100000, n)
        price = np.round(rng.random(n) * 1000, 2)
        comment = words[rng.integers(0, len(words), n)]
        for _ in range(2):
            comment = np.char.add(np.char.add(comment, " "), words[rng.integers(0, len(words), n)])
        extra = rng.integers(0, 3, n)
        for k in range(2):
            more = np.char.add(" ", words[rng.integers(0, len(words), n)])
            comment = np.where(extra > k, np.char.add(comment, more), comment)
        ts = base + rng.integers(0, 5 * 365 * 86400, n).astype("timedelta64[s]")
        table = pa.table({
            "id": pa.array(np.arange(start, start + n)),
            "qty": pa.array(qty, mask=rng.random(n) < 0.05),
            "price": pa.array(price),
            "category": pa.array(cats[rng.integers(0, len(cats), n)]),
            "comment": pa.array(comment),
            "ts": pa.array(ts),
            "flag": pa.array(rng.random(n) < 0.5, mask=rng.random(n) < 0.02),
            "score": pa.array(rng.standard_normal(n)),
        })
        w.write_table(table)
