#!/usr/bin/env python3
"""Generate the Parquet benchmark files: one table of mixed columns written five ways.

usage: parquet_gen.py OUTDIR [ROWS]     (ROWS defaults to 5,000,000)

Columns: id int64 (increasing), qty int32, price double, category (low-cardinality strings),
comment (free text, ~10% nulls), ts timestamp[us], flag bool. Seeded, so every run writes the same
values. Variants differ from `snappy` in one setting each:
  snappy.parquet  zstd.parquet  gzip.parquet
  plain.parquet   use_dictionary=False (snappy)
  v2.parquet      data_page_version='2.0' (snappy)
"""
import os
import sys
import time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

SEED = 20240611
VARIANTS = {
    "snappy": dict(compression="snappy"),
    "zstd": dict(compression="zstd"),
    "gzip": dict(compression="gzip"),
    "plain": dict(compression="snappy", use_dictionary=False),
    "v2": dict(compression="snappy", data_page_version="2.0"),
}

WORDS = (
    "the lake stores events from sensors orders users and payments every minute while a crawler "
    "infers schemas partitions tables and columns for queries that scan compressed pages quickly "
    "across regions buckets prefixes with retries timeouts errors warnings and notes about data"
).split()


def make_table(rows: int) -> pa.Table:
    rng = np.random.default_rng(SEED)
    ids = np.arange(rows, dtype=np.int64) * 3 + rng.integers(0, 3, rows)
    qty = rng.integers(-1000, 100_000, rows, dtype=np.int32)
    price = np.round(rng.gamma(2.0, 40.0, rows), 2)
    categories = pa.array([f"category-{i:02d}" for i in range(24)])
    category = categories.take(pa.array(rng.integers(0, 24, rows)))
    # Free text: 200k distinct sentences of 3-14 words drawn for the rows, 10% nulls.
    n_sentences = 200_000
    lengths = rng.integers(3, 15, n_sentences)
    word_idx = rng.integers(0, len(WORDS), int(lengths.sum()))
    sentences, pos = [], 0
    for n in lengths:
        sentences.append(" ".join(WORDS[i] for i in word_idx[pos : pos + n]))
        pos += n
    comment = pa.array(sentences).take(pa.array(rng.integers(0, n_sentences, rows)))
    comment = pc.if_else(pa.array(rng.random(rows) < 0.10), pa.scalar(None, pa.string()), comment)
    start = np.datetime64("2024-01-01T00:00:00", "us").astype(np.int64)
    ts = pa.array(start + np.cumsum(rng.integers(0, 20_000_000, rows)), type=pa.timestamp("us"))
    flag = pa.array(rng.random(rows) < 0.3)
    return pa.table(
        {"id": ids, "qty": qty, "price": price, "category": category, "comment": comment, "ts": ts, "flag": flag}
    )


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000_000
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    table = make_table(rows)
    for name, options in VARIANTS.items():
        path = os.path.join(out, f"{name}.parquet")
        pq.write_table(table, path, **options)
        print(f"wrote {path} ({os.path.getsize(path) / 1e6:.1f} MB)", file=sys.stderr)
    print(f"generated {rows} rows in {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
