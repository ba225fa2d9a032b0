#!/usr/bin/env bash
# A 100,000-row Athena result from the emulator, same query, same emulator, same run: lakectl by each fetch
# path (page = GetQueryResults, csv = the result file from S3, unload = UNLOAD to Parquet read back) and by the
# path it chooses itself (auto), vs a boto3 start/poll/GetQueryResults paging loop and vs the AWS CLI
# (start-query-execution, get-query-execution polls, get-query-results with its paginator). Whole process
# (start to last row) and fetch-only (rows of a finished query) where the path allows it. Prints means and
# ratios; the goal is ≥ 5× boto3 on the whole process for the path lakectl chooses.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
ROWS=${ROWS:-100000}
POLL=${POLL:-0.05}  # every client polls at the same interval, so waiting is not what is measured
if [ -z "${LAKECTL:-}" ]; then
  LAKECTL="$(scripts/release-build.sh lakectl 2>/dev/null)"
fi
export LAKECTL_EMULATOR_DIR="${LAKECTL_EMULATOR_DIR:-$PWD/.emulator/bench-$$}"
trap 'scripts/emulator/stop.sh >/dev/null 2>&1 || true' EXIT
scripts/emulator/start.sh >/dev/null
set -a; . "$LAKECTL_EMULATOR_DIR/credentials.env"; set +a
export AWS_ENDPOINT_URL=$(cat "$LAKECTL_EMULATOR_DIR/endpoint") AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
export AWS_DEFAULT_REGION=${AWS_DEFAULT_REGION:-us-east-1} AWS_REGION=${AWS_REGION:-us-east-1}
BUCKET=athena-bench-$$
aws s3 mb "s3://$BUCKET" >/dev/null
OUT="s3://$BUCKET/results/"
SQL="SELECT range AS n, 'label-' || CAST(range AS varchar) AS label, CAST(range * 1.25 AS decimal(12,2)) AS price, CAST(range AS double) / 8 AS ratio FROM range($ROWS)"
export LAKECTL OUT SQL POLL RUNS ROWS

python3 - <<'PY'
import json, os, subprocess, sys, time
import boto3

lakectl, out, sql, poll, runs, rows = (os.environ[k] for k in ("LAKECTL", "OUT", "SQL", "POLL", "RUNS", "ROWS"))
runs, rows, poll = int(runs), int(rows), float(poll)
endpoint = os.environ["AWS_ENDPOINT_URL"]
athena = boto3.client("athena", endpoint_url=endpoint)


def mean(fn):
    fn()  # warm-up
    t = time.perf_counter()
    for _ in range(runs):
        fn()
    return (time.perf_counter() - t) / runs


def sh(*cmd, out_rows=None):
    r = subprocess.run(cmd, check=True, capture_output=True, text=True)
    if out_rows is not None:
        got = r.stdout.count("\n") - 1  # csv header
        assert got == out_rows, f"{cmd[:3]} printed {got} rows, expected {out_rows}"
    return r.stdout


def lakectl_whole(fetch):
    return lambda: sh(lakectl, "query", sql, "--output-location", out, "--fetch", fetch, "--output", "csv",
                      "--poll-interval", str(poll), out_rows=rows)


def started():
    qid = athena.start_query_execution(QueryString=sql, ResultConfiguration={"OutputLocation": out})[
        "QueryExecutionId"]
    while athena.get_query_execution(QueryExecutionId=qid)["QueryExecution"]["Status"]["State"] not in (
            "SUCCEEDED", "FAILED", "CANCELLED"):
        time.sleep(poll)
    return qid


def boto3_fetch(qid):
    got, token, first = [], None, True
    while True:
        kw = {"QueryExecutionId": qid, "MaxResults": 1000}
        if token:
            kw["NextToken"] = token
        page = athena.get_query_results(**kw)
        data = page["ResultSet"]["Rows"]
        if first:
            data, first = data[1:], False
        got.extend([d.get("VarCharValue") for d in r["Data"]] for r in data)
        token = page.get("NextToken")
        if not token:
            break
    assert len(got) == rows, len(got)
    return got


def boto3_whole():
    # A fresh process, as a script would run: interpreter, boto3 import, client, start, poll, page.
    subprocess.run([sys.executable, "-c", f"""
import boto3, time
a = boto3.client("athena", endpoint_url={endpoint!r})
q = a.start_query_execution(QueryString={sql!r}, ResultConfiguration={{"OutputLocation": {out!r}}})["QueryExecutionId"]
while a.get_query_execution(QueryExecutionId=q)["QueryExecution"]["Status"]["State"] not in ("SUCCEEDED", "FAILED", "CANCELLED"):
    time.sleep({poll})
rows, token, first = [], None, True
while True:
    kw = {{"QueryExecutionId": q, "MaxResults": 1000}}
    if token: kw["NextToken"] = token
    p = a.get_query_results(**kw)
    d = p["ResultSet"]["Rows"]
    if first: d, first = d[1:], False
    rows.extend([x.get("VarCharValue") for x in r["Data"]] for r in d)
    token = p.get("NextToken")
    if not token: break
assert len(rows) == {rows}
"""], check=True)


def cli_fetch(qid):
    data = json.loads(sh("aws", "athena", "get-query-results", "--query-execution-id", qid, "--output", "json"))
    assert len(data["ResultSet"]["Rows"]) == rows + 1


def cli_whole():
    qid = json.loads(sh("aws", "athena", "start-query-execution", "--query-string", sql,
                        "--result-configuration", f"OutputLocation={out}", "--output", "json"))["QueryExecutionId"]
    while json.loads(sh("aws", "athena", "get-query-execution", "--query-execution-id", qid, "--output", "json"))[
            "QueryExecution"]["Status"]["State"] not in ("SUCCEEDED", "FAILED", "CANCELLED"):
        time.sleep(poll)
    cli_fetch(qid)


finished = started()
whole = {f"lakectl {f}": mean(lakectl_whole(f)) for f in ("auto", "page", "csv", "unload")}
whole["boto3"] = mean(boto3_whole)
whole["aws cli"] = mean(cli_whole)
fetch = {f"lakectl {f}": mean(lambda f=f: sh(lakectl, "query", "results", finished, "--fetch", f, "--output", "csv",
                                             out_rows=rows)) for f in ("page", "csv")}
fetch["boto3 (in-process)"] = mean(lambda: boto3_fetch(finished))
fetch["aws cli"] = mean(lambda: cli_fetch(finished))

print(f"athena: {rows:,} rows, {runs} runs each after a warm-up, poll interval {poll}s for every client")
for title, table in (("whole process (start → last row)", whole), ("fetch only (finished query)", fetch)):
    print(f"  {title}")
    for name, secs in table.items():
        print(f"    {name:22s} {secs:8.3f} s")
b = whole["boto3"]
for name in ("lakectl auto", "lakectl page", "lakectl csv", "lakectl unload"):
    print(f"  whole: boto3 / {name} = {b / whole[name]:.1f}x, aws cli / {name} = {whole['aws cli'] / whole[name]:.1f}x")
goal = b / whole["lakectl auto"]
print(f"  goal ≥ 5x boto3 for the path lakectl chooses (auto): {goal:.1f}x — {'met' if goal >= 5 else 'MISSED'}")
for name in ("lakectl page", "lakectl csv"):
    print(f"  fetch: boto3 / {name} = {fetch['boto3 (in-process)'] / fetch[name]:.1f}x, "
          f"aws cli / {name} = {fetch['aws cli'] / fetch[name]:.1f}x")
PY
