#!/usr/bin/env bash
# `make demo`: builds lakectl, starts the emulator (signature checking on), seeds what an operator would
# find in a real account (a MySQL instance `shop-db` with a snapshot, a bucket, a KMS key) and runs the
# pipeline end to end: identity, least-privilege policy, snapshot export with its role/policy/key grant,
# Glue tables from the exported Parquet, the catalog, an Athena query, and the local tools (with a row-filter
# preview) on an exported file.
# Leaves the emulator running for you to explore; `make emulator-stop` ends it.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product lakectl
LAKECTL="$(swift build --show-bin-path)/lakectl"
scripts/emulator/start.sh
set -a; . .emulator/credentials.env; set +a
export AWS_ENDPOINT_URL=$(cat .emulator/endpoint) AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
  AWS_EC2_METADATA_DISABLED=true
eval "$(python3 scripts/emulator/seed_demo.py --endpoint "$AWS_ENDPOINT_URL" \
  --access-key "$AWS_ACCESS_KEY_ID" --secret-key "$AWS_SECRET_ACCESS_KEY")"

step() { printf '\n\033[1m$ lakectl %s\033[0m\n' "$*"; "$LAKECTL" "$@"; }

step whoami
step iam policy generate --for rds-export --bucket "$DEMO_BUCKET" --prefix exports --kms-key "$DEMO_KMS_KEY"
# The emulator's export advances one step per poll; against AWS leave --poll-interval at its default.
step ingest snapshot "$DEMO_SNAPSHOT" --bucket "$DEMO_BUCKET" --prefix exports --kms-key "$DEMO_KMS_KEY" \
  --catalog shop --poll-interval 0.5
echo; echo "# Running the same command again changes nothing and finds the same task:"
step ingest snapshot "$DEMO_SNAPSHOT" --bucket "$DEMO_BUCKET" --prefix exports --kms-key "$DEMO_KMS_KEY" \
  --catalog shop --poll-interval 0.5
echo; echo "# --plan reads everything and writes nothing: after the run above, every line is '=' (no change):"
step ingest snapshot "$DEMO_SNAPSHOT" --bucket "$DEMO_BUCKET" --prefix exports --kms-key "$DEMO_KMS_KEY" \
  --catalog shop --plan
step ingest status
step catalog tables shop
step catalog describe shop.orders
# Athena (the emulator runs the SQL with DuckDB over the exported Parquet behind the Glue tables).
step query "SELECT status, count(*) AS orders, sum(amount) AS total FROM shop.orders GROUP BY status ORDER BY status" \
  --database shop --output-location "s3://$DEMO_BUCKET/athena-results/"
step usage --since 1d
# Governance: a team gets the shipped orders without customer_id (a data cells filter plus a SELECT grant on it),
# checked against the Glue columns before anything is sent; a re-run is unchanged.
TEAM="arn:aws:iam::123456789012:role/shipping-analysts"
step grant --principal "$TEAM" --table shop.orders --row-filter "status = 'shipped'" \
  --exclude-columns customer_id --permissions SELECT
step grant --principal "$TEAM" --table shop.orders --row-filter "status = 'shipped'" \
  --exclude-columns customer_id --permissions SELECT
step grants --table shop.orders
step lf check --database shop
# Streaming: a Firehose delivery stream into the raw zone, then 3,000 click events through it (batched within
# Firehose's limits, 4 calls in flight, only failed records resent).
python3 - .emulator/clicks.jsonl <<'PY'
import json, random, sys
random.seed(7)
with open(sys.argv[1], "w") as f:
    for i in range(3000):
        f.write(json.dumps({"event_id": i + 1, "user_id": random.randint(1, 500),
                            "page": random.choice(["/", "/cart", "/checkout", "/product"]),
                            "ts": f"2024-06-01T12:{i // 60 % 60:02d}:{i % 60:02d}Z"}) + "\n")
PY
step stream create clicks --bucket "$DEMO_BUCKET" --prefix raw/clicks/ --error-prefix raw/errors/ --buffer-interval 60s
step ingest stream clicks --file .emulator/clicks.jsonl --concurrency 4

# The local codec on an exported file (no AWS involved past the download).
key=$(python3 - "$AWS_ENDPOINT_URL" "$DEMO_BUCKET" <<'PY'
import os, sys, botocore.session
s3 = botocore.session.get_session().create_client("s3", region_name="us-east-1", endpoint_url=sys.argv[1])
keys = [o["Key"] for o in s3.list_objects_v2(Bucket=sys.argv[2], Prefix="exports/")["Contents"]]
print(next(k for k in keys if "shop.orders" in k and k.endswith(".parquet")))
PY
)
python3 - "$AWS_ENDPOINT_URL" "$DEMO_BUCKET" "$key" .emulator/orders.gz.parquet <<'PY'
import sys, botocore.session
s3 = botocore.session.get_session().create_client("s3", region_name="us-east-1", endpoint_url=sys.argv[1])
open(sys.argv[4], "wb").write(s3.get_object(Bucket=sys.argv[2], Key=sys.argv[3])["Body"].read())
PY
step inspect .emulator/orders.gz.parquet
step cat .emulator/orders.gz.parquet --limit 5 --output table
step profile .emulator/orders.gz.parquet
echo; echo "# What a team granted 'orders where status = shipped, without customer_id' would see (no AWS call):"
step preview .emulator/orders.gz.parquet --row-filter "status = 'shipped' AND amount > 900" \
  --exclude-columns customer_id --limit 5 --output table

# The lake file: the demo's governed lake declared (scripts/demo-lake.yaml), checked offline, planned, applied,
# and planned again: no changes, so --detailed-exitcode exits 0.
step validate --config scripts/demo-lake.yaml
step plan --config scripts/demo-lake.yaml
step apply --config scripts/demo-lake.yaml --auto-approve
step plan --config scripts/demo-lake.yaml --detailed-exitcode

echo
echo "The emulator is still running at $AWS_ENDPOINT_URL; 'make emulator-stop' stops it."
