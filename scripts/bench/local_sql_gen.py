"""Writes the tables for scripts/bench/local_sql.sh, deterministic (fixed seed):

facts.parquet: ROWS rows — id (bigint, sequential), customer (bigint, 0..199999), category (20 values),
qty (bigint), amount (decimal(10,2)); customers.parquet: 200,000 rows — customer (bigint), region (8 values).
"""
import sys

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

folder, rows = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(20261205)
cats = np.array([f"cat_{i:02d}" for i in range(20)])
schema = pa.schema([("id", pa.int64()), ("customer", pa.int64()), ("category", pa.string()), ("qty", pa.int64()),
                    ("amount", pa.decimal128(10, 2))])
with pq.ParquetWriter(f"{folder}/facts.parquet", schema, compression="snappy") as w:
    chunk = 500_000
    for start in range(0, rows, chunk):
        n = min(chunk, rows - start)
        cents = rng.integers(-100_000, 10_000_000, n)
        # Exact cents: "%.2f" of cents/100 rounds back to the integer cents, then text → decimal is exact.
        amount = pa.array(np.char.mod("%.2f", cents / 100)).cast(pa.decimal128(10, 2))
        w.write_table(pa.table({
            "id": np.arange(start, start + n, dtype=np.int64),
            "customer": rng.integers(0, 200_000, n),
            "category": cats[rng.integers(0, 20, n)],
            "qty": rng.integers(-1000, 100_000, n),
            "amount": amount,
        }, schema=schema), row_group_size=chunk)
regions = np.array(["north", "south", "east", "west", "seoul", "busan", "tokyo", "paris"])
pq.write_table(pa.table({"customer": np.arange(200_000, dtype=np.int64),
                         "region": regions[rng.integers(0, 8, 200_000)]}), f"{folder}/customers.parquet")
