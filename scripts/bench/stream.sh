#!/usr/bin/env bash
# `lakectl ingest stream` vs a boto3 put_record_batch loop (the seeds' SDK approach) doing the same work:
# the same 100,000 JSON-lines click events, 500-record batches, the same number of calls in flight, only
# failed records resent, into two streams of the same emulator. Also measures the emulator's own ceiling
# for this work (500-record calls signed in advance, same concurrency), since moto decodes, checks the
# signature of and stores every call itself and may be the limit for both. Prints records/s for both and the ratio (goal ≥ 3×).
set -euo pipefail
cd "$(dirname "$0")/../.."
RECORDS=${RECORDS:-100000}
CONCURRENCY=${CONCURRENCY:-4}
if [ -z "${LAKECTL:-}" ]; then
  LAKECTL="$(scripts/release-build.sh lakectl 2>/dev/null)"
fi
export LAKECTL_EMULATOR_DIR="${LAKECTL_EMULATOR_DIR:-$PWD/.emulator/bench-$$}"
trap 'scripts/emulator/stop.sh >/dev/null 2>&1 || true' EXIT
scripts/emulator/start.sh >/dev/null
set -a; . "$LAKECTL_EMULATOR_DIR/credentials.env"; set +a
export AWS_ENDPOINT_URL=$(cat "$LAKECTL_EMULATOR_DIR/endpoint") AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
work=$(mktemp -d)
trap 'scripts/emulator/stop.sh >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

python3 - "$RECORDS" "$work/clicks.jsonl" <<'PY'
import json, random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(15)
with open(path, "w") as f:
    for i in range(1, n + 1):
        f.write(json.dumps({"line": i, "user": "u%d" % rng.randrange(5000), "page": "/p/%d" % rng.randrange(300),
                            "at": 1764900000 + i, "ms": rng.randrange(2000)}, separators=(",", ":")) + "\n")
PY

# Setup (not timed): a bucket and a stream for each side, so neither reads the other's objects.
python3 - <<'PY'
import boto3, os
s3 = boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
fh = boto3.client("firehose", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
for name in ("lakectl", "boto3"):
    bucket = "bench-stream-" + name
    try:
        s3.create_bucket(Bucket=bucket)
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass
    if "bench-" + name not in fh.list_delivery_streams()["DeliveryStreamNames"]:
        fh.create_delivery_stream(DeliveryStreamName="bench-" + name, DeliveryStreamType="DirectPut",
                                  ExtendedS3DestinationConfiguration={
                                      "RoleARN": "arn:aws:iam::123456789012:role/bench",
                                      "BucketARN": "arn:aws:s3:::" + bucket, "Prefix": "raw/"})
PY

start=$(python3 -c 'import time; print(time.perf_counter())')
"$LAKECTL" ingest stream bench-lakectl --file "$work/clicks.jsonl" --concurrency "$CONCURRENCY" --output json \
  >"$work/lakectl.json" 2>"$work/lakectl.err"
ours=$(python3 -c "import time,sys; print(time.perf_counter() - float(sys.argv[1]))" "$start")

peer=$(python3 - "$work/clicks.jsonl" "$CONCURRENCY" <<'PY'
# The seeds' approach: boto3 put_record_batch of 500 records, resending only the failed entries.
import boto3, os, sys, time
from concurrent.futures import ThreadPoolExecutor
path, concurrency = sys.argv[1], int(sys.argv[2])
fh = boto3.client("firehose", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
def send(batch):
    pending = batch
    while pending:
        reply = fh.put_record_batch(DeliveryStreamName="bench-boto3", Records=[{"Data": r} for r in pending])
        pending = [r for r, e in zip(pending, reply["RequestResponses"]) if "ErrorCode" in e]
t = time.perf_counter()
with open(path, "rb") as f, ThreadPoolExecutor(concurrency) as pool:
    batch, futures = [], []
    for line in f:
        batch.append(line)
        if len(batch) == 500:
            futures.append(pool.submit(send, batch)); batch = []
    if batch:
        futures.append(pool.submit(send, batch))
    for fut in futures:
        fut.result()
print(time.perf_counter() - t)
PY
)

ceiling=$(python3 - "$CONCURRENCY" "$work/clicks.jsonl" <<'PY'
# The emulator's own ceiling for this work: 500-record PutRecordBatch calls signed in advance and sent over
# keep-alive connections with the standard library, same concurrency, so the client costs next to nothing.
import base64, http.client, json, os, sys, time, botocore.session
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit
concurrency, calls = int(sys.argv[1]), 40
with open(sys.argv[2], "rb") as f:
    records = [next(f) for _ in range(500)]
endpoint = os.environ["AWS_ENDPOINT_URL"]
body = json.dumps({"DeliveryStreamName": "bench-boto3",
                   "Records": [{"Data": base64.b64encode(r).decode()} for r in records]}).encode()
credentials = botocore.session.get_session().get_credentials()
signed = []
for _ in range(calls):
    request = AWSRequest(method="POST", url=endpoint + "/", data=body, headers={
        "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "Firehose_20150804.PutRecordBatch"})
    SigV4Auth(credentials, "firehose", os.environ.get("AWS_REGION", "us-east-1")).add_auth(request)
    signed.append(dict(request.headers.items()))
host = urlsplit(endpoint)
def worker(chunk):
    connection = http.client.HTTPConnection(host.hostname, host.port)
    for headers in chunk:
        connection.request("POST", "/", body=body, headers=headers)
        reply = connection.getresponse(); reply.read()
        assert reply.status == 200, reply.status
t = time.perf_counter()
with ThreadPoolExecutor(concurrency) as pool:
    list(pool.map(worker, [signed[i::concurrency] for i in range(concurrency)]))
print(calls / (time.perf_counter() - t))
PY
)

python3 - "$RECORDS" "$ours" "$peer" "$ceiling" "$work/lakectl.json" "$CONCURRENCY" <<'PY'
import json, sys
n, ours, peer, ceiling = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
summary = json.load(open(sys.argv[5]))
assert summary["records"] == n and summary["failed"] == 0, summary
print(f"ingest stream, {n} records, 500 per call, {sys.argv[6]} in flight: lakectl {ours:.2f} s ({n/ours:,.0f} records/s, "
      f"{summary['calls']} calls), boto3 loop {peer:.2f} s ({n/peer:,.0f} records/s), ratio {peer/ours:.2f}x (goal 3x); "
      f"emulator ceiling {ceiling:.1f} PutRecordBatch calls/s of 500 records = {ceiling*500:,.0f} records/s "
      f"(pre-signed, standard-library client): lakectl reaches {n/ours/(ceiling*500):.0%} of it, boto3 {n/peer/(ceiling*500):.0%}")
PY
