#!/usr/bin/env bash
# `make demo`: builds lakectl, starts the emulator (signature checking on), seeds what an operator would
# find in a real account (a MySQL instance `shop-db` with a snapshot, a bucket, a KMS key) and runs the
# pipeline end to end: identity, least-privilege policy, snapshot export with its role/policy/key grant,
# Glue tables from the exported Parquet, the catalog, an Athena query, a Glue crawler and job, and the local
# tools (with a row-filter preview) reading the exported files straight from S3.
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

# A Glue crawler over the exported files (its least-privilege role generated for exactly that path), then a
# Glue job: deployed twice (the second is unchanged), run while following its output log. The emulator's
# crawler writes the tables moto's Glue then serves; its job runs "run" the script's print lines.
export_root=$(python3 - "$AWS_ENDPOINT_URL" "$DEMO_BUCKET" <<'PY'
import sys, botocore.session
s3 = botocore.session.get_session().create_client("s3", region_name="us-east-1", endpoint_url=sys.argv[1])
keys = [o["Key"] for o in s3.list_objects_v2(Bucket=sys.argv[2], Prefix="exports/")["Contents"]]
print(next(k for k in keys if "/shop/shop.orders/" in k).split("/shop/shop.orders/")[0] + "/shop/")
PY
)
step crawl run shop-export --create --database shop --path "s3://$DEMO_BUCKET/$export_root" --table-prefix crawled_ \
  --poll-interval 0.5
step crawl status shop-export
# What the crawler would change now, computed locally from footers read with ranged GETs: nothing, it just ran.
step crawl diff shop-export
printf 'print("reading shop.orders")\nprint("wrote daily totals")\n' > .emulator/daily_orders.py
step job deploy daily-orders --script .emulator/daily_orders.py --scripts-location "s3://$DEMO_BUCKET/scripts/" \
  --arg day=2024-01-01
step job deploy daily-orders --script .emulator/daily_orders.py --scripts-location "s3://$DEMO_BUCKET/scripts/" \
  --arg day=2024-01-01
step job run daily-orders --arg day=2024-01-02 --follow --poll-interval 0.5
step job status daily-orders

# The local tools read the exported table straight from S3 (ranged GETs: the footer, then only the
# column chunks a command needs); its location comes from the Glue catalog.
orders=$("$LAKECTL" catalog describe shop.orders --output json | sed -n 's/^  "location": "\(.*\)",\{0,1\}$/\1/p')
step crawl --dry-run "$orders"
step inspect "$orders" -v
step cat "$orders" --columns order_id,status,amount --limit 5 --output table -v
step profile "$orders"
echo; echo "# What a team granted 'orders where status = shipped, without customer_id' would see (no AWS call):"
step preview "$orders" --row-filter "status = 'shipped' AND amount > 900" \
  --exclude-columns customer_id --limit 5 --output table
echo; echo "# What that team sees with the grant that is live now: its filter read from Lake Formation, applied here:"
step preview "$orders" --as "$TEAM" --table shop.orders --limit 5 --output table
# Local SQL on the Glue table itself (read from its S3 location, no Athena), then as the team sees it.
step query --local "SELECT status, count(*) AS orders, sum(amount) AS total FROM shop.orders GROUP BY status ORDER BY status" \
  --output table
step query --local "SELECT status, count(*) AS orders FROM orders GROUP BY status ORDER BY status" \
  --database shop --as "$TEAM" --output table

# The lake file: the demo's governed lake declared (scripts/demo-lake.yaml), checked offline, planned, applied,
# and planned again: no changes, so --detailed-exitcode exits 0.
step validate --config scripts/demo-lake.yaml
step plan --config scripts/demo-lake.yaml
step apply --config scripts/demo-lake.yaml --auto-approve
step plan --config scripts/demo-lake.yaml --detailed-exitcode

echo
echo "The emulator is still running at $AWS_ENDPOINT_URL; 'make emulator-stop' stops it."
