"""Athena (EMULATOR.md, AWS-NOTES B5). moto's Athena runs nothing: its GetQueryResults is empty, it ignores
ClientRequestToken, reports no data scanned and answers 500 for an unknown id. Here the query really runs:
`db.table` names in the SQL are resolved through moto's Glue backend to the table's S3 location, those
objects are read from moto's S3 backend into a temporary directory, DuckDB views named like the tables are
made over them, and the SQL runs with DuckDB. Then the execution behaves as Athena's does: QUEUED → RUNNING →
SUCCEEDED (or FAILED with DuckDB's message as StateChangeReason) over successive GetQueryExecution polls,
header row first in GetQueryResults with Athena's type names, MaxResults/NextToken paging, `<id>.csv` at the
output location (quote-all, empty = NULL), DataScannedInBytes = bytes of the objects read.
`UNLOAD (query) TO 's3://…/' WITH (format = 'PARQUET' | 'TEXTFILE')` runs the inner query and writes its rows
into moto's S3 under that prefix as Parquet (DuckDB's writer, files of at most 10,000 rows) or as
comma-separated text, plus Athena's `<id>-manifest.csv` listing them at the output location; like Athena it
refuses a prefix that already holds objects, and a result with repeated column names (files need distinct
ones; the wording is the emulator's). `timestamp with time zone` values read as Athena prints them
(`2024-01-02 03:04:05.000 UTC`). `SHOW TABLES [IN db]` and `SHOW DATABASES` list moto's Glue catalog as
Athena's DDL results. ResultReuseConfiguration (reuse by age) answers a new execution
with a previous SUCCEEDED one's rows when the SQL, parameters, database and workgroup match and it is young
enough, scanning nothing (Statistics.ResultReuseInformation.ReusedPreviousResult). Not filled: other UNLOAD
formats (ORC, AVRO, JSON), compression options, partitioned_by.

Workgroups live in moto's Athena backend (moto creates, lists and deletes them); here a query takes its
workgroup's output location (always when the workgroup enforces its configuration, otherwise when the query
gives none) and is CANCELLED when it would scan more than the workgroup's BytesScannedCutoffPerQuery.
A query in a workgroup moto does not know fails as in Athena. GetWorkGroup answers InvalidRequestException
for an unknown name (moto answers null), UpdateWorkGroup (which moto lacks) edits moto's WorkGroup in place,
and GetQueryRuntimeStatistics answers the rows and bytes read and written. DeleteWorkGroup stays moto's
(it accepts an unknown name, where Athena refuses it).

The request has already passed moto's own signature check when this module answers it (layer.py lets moto
see every Athena request first and only keeps moto's answer when it refused the request).
"""
import base64
import datetime as dt
import decimal
import io
import json
import math
import os
import re
import tempfile
import threading
import time
import uuid

import duckdb
from moto.athena.models import athena_backends
from moto.glue.models import glue_backends
from moto.s3.models import s3_backends

ACCOUNT = "123456789012"
MAX_RESULTS = 1000
FINAL = ("SUCCEEDED", "FAILED", "CANCELLED")

_lock = threading.Lock()
_queries = {}  # query id -> _Query
_tokens = {}  # (region, ClientRequestToken) -> query id
_order = []  # query ids, oldest first (ListQueryExecutions answers newest first)


class AthenaError(Exception):
    def __init__(self, message, code="InvalidRequestException", status=400):
        super().__init__(message)
        self.code, self.status, self.message = code, status, message


class _Query:
    def __init__(self, qid, region, body):
        self.id = qid
        self.region = region
        self.sql = body["QueryString"]
        ctx = body.get("QueryExecutionContext") or {}
        self.database = ctx.get("Database")
        self.catalog = ctx.get("Catalog") or "AwsDataCatalog"
        self.workgroup = body.get("WorkGroup") or "primary"
        self.params = body.get("ExecutionParameters") or []
        location = (body.get("ResultConfiguration") or {}).get("OutputLocation")
        group = _workgroup(region, self.workgroup)
        conf = group.configuration or {}
        group_location = (conf.get("ResultConfiguration") or {}).get("OutputLocation")
        if group_location and (conf.get("EnforceWorkGroupConfiguration") or not location):
            location = group_location
        self.cutoff = conf.get("BytesScannedCutoffPerQuery")
        self.input_rows = 0
        if not location:
            raise AthenaError(
                "No output location provided. An output location is required either through the Workgroup "
                "result configuration setting or as an API input.")
        self.output = location.rstrip("/") + f"/{qid}.csv"
        self.state = "QUEUED"
        self.reason = None
        self.submitted = time.time()
        self.completed = None
        self.polls = 0
        self.columns = []  # [(name, athena type, precision, scale)]
        self.rows = []  # [[str | None]]
        self.scanned = 0
        self.engine_ms = 0
        self.outcome = None  # the final state this query reaches once polled enough
        self.statement_type = _statement_type(self.sql)
        self.manifest = None  # UNLOAD: where the manifest of written files went
        reuse = ((body.get("ResultReuseConfiguration") or {}).get("ResultReuseByAgeConfiguration") or {})
        self.reuse_minutes = int(reuse.get("MaxAgeInMinutes") or 60) if reuse.get("Enabled") else None
        self.reused = False

    def describe(self):
        status = {"State": self.state, "SubmissionDateTime": self.submitted}
        if self.reason:
            status["StateChangeReason"] = self.reason
        if self.completed:
            status["CompletionDateTime"] = self.completed
        if self.state == "FAILED":
            status["AthenaError"] = {"ErrorCategory": 2, "ErrorType": 1006, "Retryable": False,
                                     "ErrorMessage": self.reason or ""}
        final = self.state in FINAL
        scanned = self.scanned if final else (self.scanned // 2 if self.state == "RUNNING" else 0)
        elapsed = int(((self.completed or time.time()) - self.submitted) * 1000)
        out = {
            "QueryExecutionId": self.id, "Query": self.sql, "StatementType": self.statement_type,
            "ResultConfiguration": {"OutputLocation": self.output},
            "QueryExecutionContext": {"Catalog": self.catalog.lower(), **(
                {"Database": self.database} if self.database else {})},
            "Status": status,
            "Statistics": {
                "EngineExecutionTimeInMillis": self.engine_ms if final else 0,
                "DataScannedInBytes": 0 if self.outcome == "FAILED" and final else scanned,
                "TotalExecutionTimeInMillis": elapsed, "QueryQueueTimeInMillis": 0,
                "ServicePreProcessingMillis": 0, "QueryPlanningTimeInMillis": 0,
                "ServiceProcessingTimeInMillis": 0,
                "ResultReuseInformation": {"ReusedPreviousResult": self.reused},
            },
            "WorkGroup": self.workgroup,
            "EngineVersion": {"SelectedEngineVersion": "AUTO", "EffectiveEngineVersion": "Athena engine version 3"},
        }
        if self.params:
            out["ExecutionParameters"] = self.params
        if self.reuse_minutes is not None:
            out["ResultReuseConfiguration"] = {"ResultReuseByAgeConfiguration": {
                "Enabled": True, "MaxAgeInMinutes": self.reuse_minutes}}
        if self.manifest:
            out["Statistics"]["DataManifestLocation"] = self.manifest
        return out


def _workgroup(region, name):
    group = athena_backends[ACCOUNT][region].work_groups.get(name)
    if group is None:
        raise AthenaError(f"WorkGroup {name} is not found.")
    return group


def get_workgroup(region, body):
    group = _workgroup(region, body.get("WorkGroup") or "")
    return {"WorkGroup": {"Name": group.name, "State": group.state, "Description": group.description or "",
                          "Configuration": group.configuration, "CreationTime": time.time()}}


def update_workgroup(region, body):
    group = _workgroup(region, body.get("WorkGroup") or "")
    conf = group.configuration
    updates = body.get("ConfigurationUpdates") or {}
    result = updates.get("ResultConfigurationUpdates") or {}
    if result.get("RemoveOutputLocation"):
        (conf.get("ResultConfiguration") or {}).pop("OutputLocation", None)
    if result.get("OutputLocation"):
        conf.setdefault("ResultConfiguration", {})["OutputLocation"] = result["OutputLocation"]
    if updates.get("RemoveBytesScannedCutoffPerQuery"):
        conf.pop("BytesScannedCutoffPerQuery", None)
    if updates.get("BytesScannedCutoffPerQuery") is not None:
        if int(updates["BytesScannedCutoffPerQuery"]) < 10_000_000:
            raise AthenaError("BytesScannedCutoffPerQuery must be at least 10000000")
        conf["BytesScannedCutoffPerQuery"] = int(updates["BytesScannedCutoffPerQuery"])
    if "EnforceWorkGroupConfiguration" in updates:
        conf["EnforceWorkGroupConfiguration"] = bool(updates["EnforceWorkGroupConfiguration"])
    if "Description" in body:
        group.description = body["Description"]
    if body.get("State"):
        group.state = body["State"]
    return {}


def runtime_statistics(region, body):
    with _lock:
        q = _get(body.get("QueryExecutionId"))
    final = q.state in FINAL
    out_bytes = sum(len(",".join('"' + (v or "") + '"' for v in row)) + 1 for row in q.rows) if final else 0
    return {"QueryRuntimeStatistics": {
        "Timeline": {"QueryQueueTimeInMillis": 0, "EngineExecutionTimeInMillis": q.engine_ms if final else 0,
                     "TotalExecutionTimeInMillis": int(((q.completed or time.time()) - q.submitted) * 1000)},
        "Rows": {"InputRows": q.input_rows if final else 0, "InputBytes": q.scanned if final else 0,
                 "OutputRows": len(q.rows) if final else 0, "OutputBytes": out_bytes},
    }}


def _statement_type(sql):
    word = (re.match(r"\s*(\w+)", sql) or [None, ""])[1].upper()
    if word in ("CREATE", "DROP", "ALTER", "SHOW", "DESCRIBE", "MSCK"):
        return "DDL"
    return "DML"


# --- request handling ------------------------------------------------------------------------------

def handle(req):
    """(status, JSON body) for one Athena request that moto has authenticated."""
    target = req.environ.get("HTTP_X_AMZ_TARGET", "")
    op = target.split(".", 1)[-1]
    try:
        body = json.loads(req.body or b"{}")
        return 200, _OPERATIONS[op](req.region or "us-east-1", body)
    except AthenaError as e:
        return e.status, {"__type": e.code, "Message": e.message, "AthenaErrorCode": "INVALID_INPUT"}


def handles(req):
    target = req.environ.get("HTTP_X_AMZ_TARGET", "")
    return target.startswith("AmazonAthena.") and target.split(".", 1)[-1] in _OPERATIONS


def serve(moto_app, req, environ, start_response):
    """moto sees the request first, so its signature check (EMULATOR.md) decides who gets in; when moto
    refuses it (403), its answer stands. Otherwise moto's own Athena answer is dropped and this module's
    is sent."""
    captured = {}

    def capture(status, headers, exc_info=None):
        captured["status"], captured["headers"] = status, headers
        return lambda _data: None

    try:
        result = moto_app(environ, capture)
        moto_body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    except Exception:  # moto's Athena raising (e.g. KeyError on an id it does not know) came after its auth
        moto_body = b""
    if captured.get("status", "500").split(" ", 1)[0] in ("401", "403"):
        start_response(captured["status"], captured["headers"])
        return [moto_body]
    status, payload = handle(req)
    data = json.dumps(payload, default=str).encode()
    reason = "OK" if status == 200 else "Bad Request"
    start_response(f"{status} {reason}", [("Content-Type", "application/x-amz-json-1.1"),
                                          ("Content-Length", str(len(data))),
                                          ("x-amzn-RequestId", str(uuid.uuid4()))])
    return [data]


def _get(qid):
    q = _queries.get(qid or "")
    if q is None:
        raise AthenaError(f"QueryExecution {qid} was not found")
    return q


def start(region, body):
    if not body.get("QueryString"):
        raise AthenaError("QueryString must not be empty")
    token = body.get("ClientRequestToken")
    with _lock:
        if token and (region, token) in _tokens:
            return {"QueryExecutionId": _tokens[(region, token)]}
        qid = str(uuid.uuid4())
        q = _Query(qid, region, body)
        _queries[qid] = q
        _order.append(qid)
        if token:
            _tokens[(region, token)] = qid
    previous = _reusable(q)
    if previous is not None:
        q.columns, q.rows, q.output = previous.columns, previous.rows, previous.output
        q.outcome, q.reused, q.scanned, q.engine_ms = "SUCCEEDED", True, 0, 1
    else:
        _run(q)
    return {"QueryExecutionId": qid}


def _reusable(q):
    """The newest SUCCEEDED query whose result this one may reuse (ResultReuseByAgeConfiguration)."""
    if q.reuse_minutes is None or _UNLOAD.match(q.sql):
        return None
    oldest = time.time() - q.reuse_minutes * 60
    with _lock:
        for other_id in reversed(_order):
            other = _queries[other_id]
            if (other is not q and other.state == "SUCCEEDED" and other.submitted >= oldest
                    and other.region == q.region and other.sql == q.sql and other.params == q.params
                    and other.database == q.database and other.workgroup == q.workgroup):
                return other
    return None


def get(region, body):
    with _lock:
        q = _get(body.get("QueryExecutionId"))
        out = q.describe()
        _advance(q)
    return {"QueryExecution": out}


def _advance(q):
    if q.state in FINAL:
        return
    q.polls += 1
    if q.state == "QUEUED":
        q.state = "RUNNING"
    else:
        q.state = q.outcome
        q.completed = time.time()


def stop(region, body):
    with _lock:
        q = _get(body.get("QueryExecutionId"))
        if q.state not in FINAL:
            q.state, q.outcome, q.completed = "CANCELLED", "CANCELLED", time.time()
            q.reason = "Query cancelled by user"
    return {}


def results(region, body):
    limit = int(body.get("MaxResults") or MAX_RESULTS)
    if limit < 1 or limit > MAX_RESULTS:
        raise AthenaError(f"MaxResults must be between 1 and {MAX_RESULTS}, got {limit}")
    with _lock:
        q = _get(body.get("QueryExecutionId"))
        if q.state != "SUCCEEDED":
            if q.state in ("FAILED", "CANCELLED"):
                raise AthenaError(f"Query did not finish successfully. Final query state: {q.state}")
            raise AthenaError(f"Query has not yet finished. Current state: {q.state}")
    offset = 0
    if body.get("NextToken"):
        try:
            tid, off = base64.urlsafe_b64decode(body["NextToken"].encode()).decode().split(":")
            offset = int(off)
            assert tid == q.id
        except Exception:
            raise AthenaError("Invalid NextToken")
    header = [[c[0] for c in q.columns]] if q.statement_type == "DML" and q.columns else []
    everything = header + q.rows
    page = everything[offset:offset + limit]
    out = {
        "UpdateCount": 0,
        "ResultSet": {
            "Rows": [{"Data": [{} if v is None else {"VarCharValue": v} for v in row]} for row in page],
            "ResultSetMetadata": {"ColumnInfo": [_column_info(q, c) for c in q.columns]},
        },
    }
    if offset + limit < len(everything):
        out["NextToken"] = base64.urlsafe_b64encode(f"{q.id}:{offset + limit}".encode()).decode()
    return out


def _column_info(q, col):
    name, typ, precision, scale = col
    return {"CatalogName": "hive", "SchemaName": "", "TableName": "", "Name": name, "Label": name,
            "Type": typ, "Precision": precision, "Scale": scale, "Nullable": "UNKNOWN",
            "CaseSensitive": typ == "varchar"}


def list_executions(region, body):
    limit = int(body.get("MaxResults") or 50)
    if limit < 0 or limit > 50:
        raise AthenaError("MaxResults must be between 0 and 50")
    workgroup = body.get("WorkGroup") or "primary"
    with _lock:
        ids = [i for i in reversed(_order) if _queries[i].region == region and _queries[i].workgroup == workgroup]
    offset = int(body.get("NextToken") or 0)
    out = {"QueryExecutionIds": ids[offset:offset + limit]}
    if offset + limit < len(ids):
        out["NextToken"] = str(offset + limit)
    return out


_unprocessed_batches = {}  # workgroup -> how many more BatchGetQueryExecution calls to leave unprocessed


def unprocess_next_batches(payload):
    """Test control: the next `count` BatchGetQueryExecution calls asking for queries of `workgroup` answer
    every id in UnprocessedQueryExecutionIds (ErrorCode INTERNAL_FAILURE, the emulator's wording), as Athena
    may for ids it could not read at that moment, so callers' handling of them can be tested. Scoped to one
    workgroup so tests running at the same time are not disturbed."""
    _unprocessed_batches[payload["workgroup"]] = int(payload.get("count", 1))
    return {"workgroup": payload["workgroup"], "count": _unprocessed_batches[payload["workgroup"]]}


def batch_get(region, body):
    ids = body.get("QueryExecutionIds") or []
    if not 1 <= len(ids) <= 50:
        raise AthenaError("QueryExecutionIds must hold between 1 and 50 ids")
    found, missing = [], []
    with _lock:
        groups = {q.workgroup for q in (_queries.get(i) for i in ids) if q is not None}
        group = next((g for g in groups if _unprocessed_batches.get(g, 0) > 0), None)
        if group is not None:
            _unprocessed_batches[group] -= 1
            return {"QueryExecutions": [], "UnprocessedQueryExecutionIds": [
                {"QueryExecutionId": i, "ErrorCode": "INTERNAL_FAILURE",
                 "ErrorMessage": "The emulator was told to leave this batch unprocessed"} for i in ids]}
        for i in ids:
            q = _queries.get(i)
            if q is None:
                missing.append({"QueryExecutionId": i, "ErrorCode": "INVALID_INPUT",
                                "ErrorMessage": f"QueryExecution {i} was not found"})
            else:
                found.append(q.describe())
    return {"QueryExecutions": found, "UnprocessedQueryExecutionIds": missing}


_OPERATIONS = {
    "StartQueryExecution": start, "GetQueryExecution": get, "GetQueryResults": results,
    "StopQueryExecution": stop, "ListQueryExecutions": list_executions,
    "BatchGetQueryExecution": batch_get,
    "GetWorkGroup": get_workgroup, "UpdateWorkGroup": update_workgroup,
    "GetQueryRuntimeStatistics": runtime_statistics,
}


# --- running the SQL -------------------------------------------------------------------------------

_NAME = r'(?:"([^"]+)"|`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))'
_QUALIFIED = re.compile(_NAME + r"\s*\.\s*" + _NAME)
_WORD = re.compile(r'"([^"]+)"|\b([A-Za-z_][A-Za-z0-9_]*)\b')


_UNLOAD = re.compile(r"^\s*UNLOAD\s*\((.*)\)\s*TO\s*'((?:[^']|'')*)'\s*(?:WITH\s*\((.*)\))?\s*;?\s*$",
                     re.IGNORECASE | re.DOTALL)
_UNLOAD_FILE_ROWS = 10_000


_SHOW = re.compile(r"^\s*SHOW\s+(TABLES|DATABASES|SCHEMAS)(?:\s+(?:IN|FROM)\s+`?(\w+)`?)?"
                   r"(?:\s+(?:LIKE\s+)?'([^']*)')?\s*;?\s*$", re.IGNORECASE)


def _show(q, sql):
    """`SHOW TABLES [IN db] ['pattern']` and `SHOW DATABASES|SCHEMAS ['pattern']` answered from moto's Glue
    backend as Athena's DDL results: one `string` column (tab_name, database_name), no header row, nothing
    scanned. None for any other statement (DuckDB's own SHOW would list its in-memory tables)."""
    m = _SHOW.match(sql)
    if not m:
        return None
    glue = glue_backends[ACCOUNT][q.region]
    what, db, pattern = m.group(1).upper(), m.group(2) or q.database, m.group(3)
    if what == "TABLES":
        if not db:
            raise AthenaError("SHOW TABLES needs a database: SHOW TABLES IN db, or a QueryExecutionContext")
        try:
            names = [t.name for t in glue.get_tables(db.lower(), None)]
        except Exception:
            raise AthenaError(f"SCHEMA_NOT_FOUND: Database {db} not found")
        column = "tab_name"
    else:
        names, column = [d.name for d in glue.get_databases()], "database_name"
    if pattern:  # Athena's patterns: `*` any characters, `|` alternatives
        rx = re.compile("|".join(".*".join(map(re.escape, p.split("*"))) for p in pattern.split("|")), re.I)
        names = [n for n in names if rx.fullmatch(n)]
    return [(column, "string", 0, 0)], [[n] for n in sorted(names)]


def _run(q):
    began = time.time()
    try:
        shown = _show(q, _bind(q.sql, q.params))
        if shown is not None:
            q.columns, q.rows = shown
            q.outcome = "SUCCEEDED"
            _write_csv(q)
            q.engine_ms = max(1, int((time.time() - began) * 1000))
            return
    except AthenaError as e:
        q.outcome, q.reason = "FAILED", e.message
        return
    try:
        sql = _bind(q.sql, q.params)
        unload = _UNLOAD.match(sql)
        with tempfile.TemporaryDirectory(prefix="athena-") as tmp:
            con = duckdb.connect()
            try:
                inner = unload.group(1) if unload else sql
                q.scanned = _register_tables(con, q, inner, tmp)
                if q.cutoff and q.scanned > int(q.cutoff):
                    q.outcome = "CANCELLED"
                    q.reason = (f"Query cancelled! : Bytes scanned limit was exceeded ({q.scanned} bytes to scan, "
                                f"limit {q.cutoff} bytes per query in workgroup {q.workgroup})")
                    return
                if unload:
                    _unload(con, q, inner, unload.group(2).replace("''", "'"), unload.group(3) or "", tmp)
                    desc, rows = [], []
                else:
                    cur = con.execute(_translate(sql))
                    desc = cur.description or []
                    zoned = [name for name, typ, *_ in desc if str(typ) == "TIMESTAMP WITH TIME ZONE"]
                    if zoned:
                        cur = con.execute(_zoned_as_text(_translate(sql), zoned))
                    rows = cur.fetchall() if desc else []
            finally:
                con.close()
        q.columns = [_athena_type(name, typ) for name, typ, *_ in desc]
        q.rows = [[_text(v) for v in row] for row in rows]
        q.outcome = "SUCCEEDED"
        if not unload:
            _write_csv(q)
    except AthenaError as e:
        q.outcome, q.reason = "FAILED", e.message
    except duckdb.Error as e:
        q.outcome, q.reason = "FAILED", str(e)
    q.engine_ms = max(1, int((time.time() - began) * 1000))
    if q.outcome == "FAILED" or q.statement_type == "DDL":
        q.scanned = 0 if q.outcome == "FAILED" else q.scanned


def _zoned_as_text(sql, names):
    """The query again with its `timestamp with time zone` columns as the text Athena prints for them
    (`2024-01-02 03:04:05.000 UTC`): DuckDB's Python client would need pytz to hand them over as values."""
    def text(name):
        quoted = '"' + name.replace('"', '""') + '"'
        return f"strftime(timezone('UTC', {quoted}), '%Y-%m-%d %H:%M:%S.%g UTC') AS {quoted}"
    inner = sql.strip().rstrip(";")
    return f"SELECT * REPLACE ({', '.join(text(n) for n in names)}) FROM ({inner}) AS __zoned"


def _bind(sql, params):
    """ExecutionParameters fill the `?` placeholders in order, as SQL literals (outside quoted text)."""
    if not params:
        return sql
    out, i, n, quote = [], 0, 0, None
    while i < len(sql):
        ch = sql[i]
        if quote:
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?":
            if n >= len(params):
                raise AthenaError("Query has more parameter placeholders than ExecutionParameters")
            out.append(params[n])
            n += 1
            i += 1
            continue
        out.append(ch)
        i += 1
    if n != len(params):
        raise AthenaError(f"Query has {n} parameter placeholders but {len(params)} ExecutionParameters were given")
    return "".join(out)


def _translate(sql):
    """The little of Trino's dialect DuckDB spells differently that the tests use."""
    return re.sub(r"\bapprox_distinct\s*\(", "approx_count_distinct(", sql, flags=re.IGNORECASE)


def _pick(m, base):
    return m.group(base) or m.group(base + 1) or m.group(base + 2)


def _register_tables(con, q, sql, tmp):
    glue = glue_backends[ACCOUNT][q.region]
    wanted = set()
    for m in _QUALIFIED.finditer(sql):
        wanted.add((_pick(m, 1), _pick(m, 4)))
    if q.database:
        for m in _WORD.finditer(sql):
            wanted.add((q.database, m.group(1) or m.group(2)))
    scanned = 0
    for db, name in sorted(wanted):
        try:
            table = glue.get_table(db.lower(), name.lower()).as_dict()
        except Exception:
            continue
        scanned += _create_view(con, db.lower(), name.lower(), table, tmp, default=(db.lower() == (q.database or "").lower()))
        q.input_rows += con.execute(f'SELECT count(*) FROM "{db.lower()}"."{name.lower()}"').fetchone()[0]
    return scanned


def _create_view(con, db, name, table, tmp, default):
    sd = table.get("StorageDescriptor") or {}
    location = sd.get("Location") or ""
    m = re.match(r"s3a?://([^/]+)/?(.*)", location)
    if not m:
        raise AthenaError(f"Table {db}.{name} has no S3 location")
    bucket_name, prefix = m.group(1), m.group(2)
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    s3 = s3_backends[ACCOUNT]["aws"]
    bucket = s3.buckets.get(bucket_name)
    if bucket is None:
        raise AthenaError(f"The specified bucket does not exist: {bucket_name} (location of {db}.{name})")
    files, total = [], 0
    for key_name in list(bucket.keys.keys()):
        if not key_name.startswith(prefix):
            continue
        base = key_name.rsplit("/", 1)[-1]
        if not base or base.startswith("_") or base.startswith("."):
            continue
        blob = bucket.keys[key_name].value
        if not blob:
            continue
        path = os.path.join(tmp, db, name, key_name[len(prefix):])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(blob)
        files.append(path)
        total += len(blob)
    columns = sd.get("Columns") or []
    parts = table.get("PartitionKeys") or []
    serde = json.dumps(sd.get("SerdeInfo") or {}) + (sd.get("InputFormat") or "")
    con.execute(f'CREATE SCHEMA IF NOT EXISTS "{db}"')
    hive = "true" if parts else "false"
    if not files:
        cols = ", ".join(f'NULL::VARCHAR AS "{c["Name"]}"' for c in columns + parts) or "NULL AS empty"
        source = f"(SELECT {cols} WHERE false)"
    elif "parquet" in serde.lower():
        source = f"read_parquet({_list(files)}, hive_partitioning={hive}, union_by_name=true)"
    else:
        names = ", ".join(f"'{c['Name']}': 'VARCHAR'" for c in columns)
        delim = ((sd.get("SerdeInfo") or {}).get("Parameters") or {}).get("field.delim", ",")
        source = (f"read_csv({_list(files)}, header=false, delim='{delim}', columns={{{names}}}, "
                  f"hive_partitioning={hive})")
    con.execute(f'CREATE VIEW "{db}"."{name}" AS SELECT * FROM {source}')
    if default:
        con.execute(f'CREATE VIEW IF NOT EXISTS main."{name}" AS SELECT * FROM "{db}"."{name}"')
    return total


def _list(paths):
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


_SIMPLE = {
    "BIGINT": "bigint", "HUGEINT": "bigint", "UBIGINT": "bigint", "INTEGER": "integer", "UINTEGER": "bigint",
    "SMALLINT": "smallint", "USMALLINT": "integer", "TINYINT": "tinyint", "UTINYINT": "smallint",
    "DOUBLE": "double", "FLOAT": "float", "BOOLEAN": "boolean", "VARCHAR": "varchar", "DATE": "date",
    "BLOB": "varbinary", "TIME": "time", "UUID": "varchar", "NULL": "unknown", '"NULL"': "unknown",
}


def _athena_type(name, typ):
    """(name, Athena type, Precision, Scale) as ColumnInfo reports them."""
    t = str(typ).upper()
    m = re.match(r"DECIMAL\((\d+),\s*(\d+)\)", t)
    if m:
        return name, "decimal", int(m.group(1)), int(m.group(2))
    if t == "TIMESTAMP WITH TIME ZONE":
        return name, "timestamp with time zone", 3, 0
    if t.startswith("TIMESTAMP"):
        return name, "timestamp", 3, 0
    if t.endswith("[]"):
        return name, "array", 0, 0
    if t.startswith("STRUCT"):
        return name, "row", 0, 0
    if t.startswith("MAP"):
        return name, "map", 0, 0
    simple = _SIMPLE.get(t, "varchar")
    precision = {"bigint": 19, "integer": 10, "smallint": 5, "tinyint": 3, "double": 17, "float": 7,
                 "varchar": 2147483647, "boolean": 0, "date": 0}.get(simple, 0)
    return name, simple, precision, 0


def _text(v, nested=False):
    """A value as Athena's engine prints it into VarCharValue."""
    if v is None:
        return None if not nested else "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return repr(v)
    if isinstance(v, decimal.Decimal):
        return str(v)
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.") + f"{v.microsecond // 1000:03d}"
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(_text(x, True) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}={_text(x, True)}" for k, x in v.items()) + "}"
    if isinstance(v, (bytes, bytearray)):
        return " ".join(f"{b:02x}" for b in v)
    return str(v)


def _write_csv(q):
    m = re.match(r"s3://([^/]+)/(.*)", q.output)
    if not m:
        return
    s3 = s3_backends[ACCOUNT]["aws"]
    if m.group(1) not in s3.buckets:
        raise AthenaError(f"Unable to verify/create output bucket {m.group(1)}")
    buf = io.StringIO()

    def line(values):
        buf.write(",".join("" if v is None else '"' + v.replace('"', '""') + '"' for v in values) + "\n")

    if q.statement_type == "DML":
        line([c[0] for c in q.columns])
    for row in q.rows:
        line(row)
    s3.put_object(m.group(1), m.group(2), buf.getvalue().encode("utf-8"))


def _unload(con, q, inner, target, options, tmp):
    """UNLOAD: the inner query's rows written under `target` in moto's S3, as Athena writes them (several
    files, named after the query id), and the manifest listing them at the output location."""
    fmt = (re.search(r"format\s*=\s*'([^']*)'", options, re.IGNORECASE) or [None, "TEXTFILE"])[1].upper()
    if fmt not in ("PARQUET", "TEXTFILE"):
        raise AthenaError(f"The emulator's UNLOAD writes PARQUET or TEXTFILE, not {fmt}")
    delim = (re.search(r"field_delimiter\s*=\s*'([^']*)'", options, re.IGNORECASE) or [None, ","])[1]
    m = re.match(r"s3://([^/]+)/(.*)", target)
    if not m:
        raise AthenaError(f"UNLOAD location must be an s3:// URL, got {target}")
    bucket_name, prefix = m.group(1), m.group(2)
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    s3 = s3_backends[ACCOUNT]["aws"]
    bucket = s3.buckets.get(bucket_name)
    if bucket is None:
        raise AthenaError(f"The specified bucket does not exist: {bucket_name}")
    if any(k.startswith(prefix) for k in bucket.keys.keys()):
        raise AthenaError(f"HIVE_PATH_ALREADY_EXISTS: Target directory for table already exists: {target}. "
                          "UNLOAD writes only to an empty location.")
    # A query whose result the engine answers may still be one UNLOAD cannot write: its files need
    # distinct column names (Trino's writers refuse the rest; the message is the emulator's wording). DuckDB
    # would rename the second `a` to `a_1` and write it, so the names are checked before.
    seen = set()
    for name, *_ in con.execute(f"DESCRIBE {_translate(inner)}").fetchall():
        if name.lower() in seen:
            raise AthenaError(f"Column name '{name}' specified more than once; UNLOAD writes distinct column names")
        seen.add(name.lower())
    con.execute(f"CREATE TEMP TABLE __unload AS {_translate(inner)}")
    # Athena's types, not DuckDB's wider ones: sum(bigint) is a bigint there, a HUGEINT here.
    columns = []
    for name, typ, *_ in con.execute("DESCRIBE __unload").fetchall():
        quoted = '"' + name.replace('"', '""') + '"'
        columns.append(f"CAST({quoted} AS BIGINT) AS {quoted}" if typ in ("HUGEINT", "UBIGINT") else quoted)
    total = con.execute("SELECT count(*) FROM __unload").fetchone()[0]
    keys = []
    for n, offset in enumerate(range(0, max(total, 1), _UNLOAD_FILE_ROWS)):
        path = os.path.join(tmp, f"unload-{n}")
        select = f"SELECT {', '.join(columns)} FROM __unload LIMIT {_UNLOAD_FILE_ROWS} OFFSET {offset}"
        if fmt == "PARQUET":
            con.execute(f"COPY ({select}) TO '{path}' (FORMAT PARQUET)")
        else:
            con.execute(f"COPY ({select}) TO '{path}' (FORMAT CSV, HEADER false, DELIMITER '{delim}')")
        key = f"{prefix}{q.id}_{n:05d}"
        with open(path, "rb") as f:
            s3.put_object(bucket_name, key, f.read())
        keys.append(f"s3://{bucket_name}/{key}")
    base = re.match(r"s3://([^/]+)/(.*)", q.output)
    if base and base.group(1) in s3.buckets:
        manifest_key = base.group(2)[: -len(".csv")] + "-manifest.csv"
        s3.put_object(base.group(1), manifest_key, ("\n".join(keys) + "\n").encode())
        q.manifest = f"s3://{base.group(1)}/{manifest_key}"
