"""Fixture databases that an emulated RDS snapshot export writes out (RDS itself would read the
snapshot). Deterministic: the same rows on every run, so tests can assert on them.

The `shop` database mirrors a small MySQL shop with the Parquet types RDS exports for MySQL
(AWS-NOTES B3): INT → INT32, BIGINT → INT64, DECIMAL(p,s) → INT32/INT64 DECIMAL, VARCHAR → UTF-8
BYTE_ARRAY, DATE → DATE, DATETIME → TIMESTAMP(µs), nullable columns where a shop would have them.
"""
import datetime as dt
import decimal
import io
import random

import pyarrow as pa
import pyarrow.parquet as pq

COUNTRIES = ["DE", "FR", "US", "GB", "NL", "SE", "ES", "IT", "PL", "JP"]
STATUSES = ["pending", "paid", "shipped", "delivered", "returned"]


def _customers(n=500):
    rnd = random.Random(20261124)
    ids, emails, names, countries, signup, tiers = [], [], [], [], [], []
    base = dt.date(2021, 1, 1)
    for i in range(1, n + 1):
        ids.append(i)
        emails.append(f"customer{i}@example.com")
        names.append(f"Customer {i}")
        countries.append(rnd.choice(COUNTRIES))
        signup.append(base + dt.timedelta(days=rnd.randrange(0, 1400)))
        tiers.append(None if rnd.random() < 0.2 else rnd.choice(["gold", "silver", "bronze"]))
    return pa.table({
        "customer_id": pa.array(ids, pa.int32()),
        "email": pa.array(emails, pa.string()),
        "full_name": pa.array(names, pa.string()),
        "country": pa.array(countries, pa.string()),
        "signup_date": pa.array(signup, pa.date32()),
        "loyalty_tier": pa.array(tiers, pa.string()),
    })


def _orders(n=3000, customers=500):
    rnd = random.Random(20261125)
    ids, cust, status, amount, qty, ordered, shipped = [], [], [], [], [], [], []
    base = dt.datetime(2024, 1, 1)
    for i in range(1, n + 1):
        ids.append(100000 + i)
        cust.append(rnd.randrange(1, customers + 1))
        st = rnd.choice(STATUSES)
        status.append(st)
        amount.append(decimal.Decimal(rnd.randrange(199, 99999)) / 100)
        qty.append(rnd.randrange(1, 10))
        t = base + dt.timedelta(seconds=rnd.randrange(0, 365 * 86400))
        ordered.append(t)
        shipped.append(None if st in ("pending", "paid") else (t + dt.timedelta(days=rnd.randrange(1, 6))).date())
    return pa.table({
        "order_id": pa.array(ids, pa.int64()),
        "customer_id": pa.array(cust, pa.int32()),
        "status": pa.array(status, pa.string()),
        "amount": pa.array(amount, pa.decimal128(10, 2)),
        "quantity": pa.array(qty, pa.int32()),
        "ordered_at": pa.array(ordered, pa.timestamp("us")),
        "shipped_on": pa.array(shipped, pa.date32()),
    })


def _example_customers():
    """`shop` as LAKEFILE.md's example governs it: customers with a phone and a segment."""
    table = _customers()
    n = table.num_rows
    rnd = random.Random(20261205)
    phones = [None if rnd.random() < 0.1 else f"+49 30 {1000000 + i}" for i in range(1, n + 1)]
    segments = [rnd.choice(["consumer", "business"]) for _ in range(n)]
    return table.append_column("phone", pa.array(phones, pa.string())).append_column(
        "segment", pa.array(segments, pa.string()))


def _example_orders():
    """Orders with the country they ship to (the example's `country = 'KR'` row filter), KR among them."""
    table = _orders()
    rnd = random.Random(20261206)
    countries = [rnd.choice(COUNTRIES + ["KR"]) for _ in range(table.num_rows)]
    return table.append_column("country", pa.array(countries, pa.string()))


# MySQL column types as RDS reports them in export_tables_info's schemaMetadata.
ORIGINAL_TYPES = {
    "customer_id": "int", "email": "varchar", "full_name": "varchar", "country": "char",
    "signup_date": "date", "loyalty_tier": "varchar", "order_id": "bigint", "status": "varchar",
    "amount": "decimal", "quantity": "int", "ordered_at": "datetime", "shipped_on": "date",
    "phone": "varchar", "segment": "varchar",
}

DATASETS = {
    "shop": {"customers": _customers, "orders": _orders},
    # The database `shop` with the columns LAKEFILE.md's example names (its grants, filters, tag assignments).
    "lakefile-example": {"customers": _example_customers, "orders": _example_orders},
}

# The database a dataset exports as, when it is not the dataset's own name.
DATABASE_NAMES = {"lakefile-example": "shop"}


def tables(dataset: str):
    """[(database, table, pyarrow.Table)] for a registered dataset name."""
    if dataset not in DATASETS:
        raise KeyError(f"unknown dataset {dataset!r}; known: {sorted(DATASETS)}")
    database = DATABASE_NAMES.get(dataset, dataset)
    return [(database, name, make()) for name, make in DATASETS[dataset].items()]


def gzip_parquet(table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="gzip", store_decimal_as_integer=True)
    return buf.getvalue()
