"""Glue crawler and job runs (EMULATOR.md "Glue job runs and crawlers in the layer", AWS-NOTES B2).

moto stores crawlers and jobs but runs nothing: a crawl stays RUNNING and creates no table, a job run
succeeds at once without reading its script, and UpdateCrawler, GetCrawlerMetrics, UpdateJob and
BatchStopJobRun are not implemented (500). Here, on moto's own backends:

- A crawl advances one step per poll of its crawler (GetCrawler, ListCrawls). GetCrawlers and GetCrawlerMetrics
  advance none: one caller's listing must not finish another's crawl under its feet (concurrent tests share the
  emulator, and a crawl finished early cannot be stopped). On the second poll after StartCrawler it walks its S3 targets in moto's S3 backend and creates or updates
  one table per folder in moto's Glue backend (Parquet footers and CSV/JSON read with pyarrow, `key=value`
  folders as string partition keys, other folders as partition_0, partition_1, …), then the crawler is
  READY with LastCrawl SUCCEEDED and the counts GetCrawlerMetrics reports. A target with no readable file
  ends the crawl FAILED with an ErrorMessage. StopCrawler → STOPPING → READY with LastCrawl CANCELLED.
- A job run goes STARTING → RUNNING → SUCCEEDED over GetJobRun/GetJobRuns polls, or FAILED with an
  ErrorMessage when its script (read from moto's S3 at Command.ScriptLocation) contains a line
  `raise Exception("…")`. The script is not executed: the string literals of its `print(...)` lines are
  its output, written to CloudWatch Logs `/aws-glue/jobs/output` (stream = run id) in moto's logs backend;
  a failure writes the traceback to `/aws-glue/jobs/error`. BatchStopJobRun → STOPPING → STOPPED.
- UpdateCrawler and UpdateJob change moto's stored crawler/job; GetCrawlerMetrics answers from the crawls.

moto sees every request first, so its signature check decides who gets in (as athena.py does).
"""
import ast
import datetime as dt
import io
import json
import re
import threading
import time
import uuid

from moto.glue import models as glue_models
from moto.glue.models import glue_backends
from moto.logs.models import logs_backends
from moto.moto_api import state_manager
from moto.s3.models import s3_backends

ACCOUNT = "123456789012"
OUTPUT_LOG, ERROR_LOG = "/aws-glue/jobs/output", "/aws-glue/jobs/error"
_OWN = {"UpdateCrawler", "GetCrawlerMetrics", "UpdateJob", "BatchStopJobRun"}
_lock = threading.RLock()

# The layer drives these states itself; moto's own progression must not move them.
state_manager.set_transition("glue::crawl", {"progression": "manual", "times": 10 ** 9})
state_manager.set_transition("glue::job_run", {"progression": "manual", "times": 10 ** 9})


class GlueError(Exception):
    def __init__(self, code, message, status=400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


# --- moto's models, extended with what the real API answers ---------------------------------------------

_crawler_as_dict = glue_models.FakeCrawler.as_dict


def _crawler_dict(self):
    data = _crawler_as_dict(self)
    if self.crawls:
        crawl = self.crawls[-1]
        last = data["LastCrawl"]
        status = crawl.status
        last["Status"] = {"COMPLETED": "SUCCEEDED", "STOPPED": "CANCELLED"}.get(status, status)
        if getattr(crawl, "lakectl_error", None):
            last["ErrorMessage"] = crawl.lakectl_error
        if status == "STOPPING":
            data["State"] = "STOPPING"
    return data


glue_models.FakeCrawler.as_dict = _crawler_dict

_crawl_as_dict = glue_models.FakeCrawl.as_dict


def _crawl_dict(self):
    data = _crawl_as_dict(self)
    if getattr(self, "lakectl_error", None):
        data["ErrorMessage"] = self.lakectl_error
    if getattr(self, "lakectl_summary", None):
        data["Summary"] = json.dumps(self.lakectl_summary)
    return data


glue_models.FakeCrawl.as_dict = _crawl_dict

_run_as_dict = glue_models.FakeJobRun.as_dict


def _run_dict(self):
    data = _run_as_dict(self)
    data["LogGroupName"] = "/aws-glue/jobs"
    data["GlueVersion"] = getattr(self, "lakectl_glue_version", None) or data.get("GlueVersion")
    ended = getattr(self, "lakectl_ended", None)
    now = ended or dt.datetime.now(dt.timezone.utc)
    started = self.started_on if self.started_on.tzinfo else self.started_on.replace(tzinfo=dt.timezone.utc)
    seconds = max(0, int((now - started).total_seconds()))
    data["ExecutionTime"] = seconds
    workers = self.number_of_workers or 2
    data["DPUSeconds"] = float(seconds * workers)
    if ended is None:
        data.pop("CompletedOn", None)
    else:
        data["CompletedOn"] = ended
    if getattr(self, "lakectl_error", None):
        data["ErrorMessage"] = self.lakectl_error
    return data


glue_models.FakeJobRun.as_dict = _run_dict


# --- the WSGI hook -------------------------------------------------------------------------------------

def handles(req):
    return req.environ.get("HTTP_X_AMZ_TARGET", "").startswith("AWSGlue.")


def serve(moto_app, req, environ, start_response):
    op = req.environ.get("HTTP_X_AMZ_TARGET", "").split(".", 1)[-1]
    try:
        body = json.loads(req.body or b"{}")
    except ValueError:
        body = {}
    if op not in _OWN:
        _before(req.region, op, body)
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"] = int(status.split(" ", 1)[0])
            return start_response(status, headers, exc_info)

        result = moto_app(environ, capture)
        out = b"".join(result)
        if hasattr(result, "close"):
            result.close()
        if captured.get("status") == 200:
            _after(req.region, op, body, out)
        return [out]
    captured = {}

    def quiet(status, headers, exc_info=None):
        captured["status"], captured["headers"] = status, headers
        return lambda _data: None

    try:
        result = moto_app(environ, quiet)
        moto_body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    except Exception:
        moto_body = b""
    if captured.get("status", "500").split(" ", 1)[0] in ("401", "403"):
        start_response(captured["status"], captured["headers"])
        return [moto_body]
    try:
        with _lock:
            payload, status = _own(req.region, op, body), 200
    except GlueError as e:
        payload, status = {"__type": e.code, "message": e.message}, e.status
    data = json.dumps(payload, default=_epoch).encode()
    start_response(f"{status} {'OK' if status == 200 else 'Bad Request'}", [
        ("Content-Type", "application/x-amz-json-1.1"), ("Content-Length", str(len(data))),
        ("x-amzn-RequestId", str(uuid.uuid4()))])
    return [data]


def _epoch(value):
    if isinstance(value, dt.datetime):
        return value.timestamp()
    return str(value)


def _backend(region):
    return glue_backends[ACCOUNT][region]


def _before(region, op, body):
    if not region:
        return
    with _lock:
        backend = _backend(region)
        if op == "GetCrawler":
            _poll_crawler(region, backend.crawlers.get(body.get("Name", "")))
        elif op == "ListCrawls":
            _poll_crawler(region, backend.crawlers.get(body.get("CrawlerName", "")))
        elif op == "GetJobRun":
            job = backend.jobs.get(body.get("JobName", ""))
            for run in (job.job_runs if job else []):
                if run.job_run_id == body.get("RunId"):
                    _poll_run(region, job, run)
        elif op == "GetJobRuns":
            job = backend.jobs.get(body.get("JobName", ""))
            for run in (job.job_runs if job else []):
                _poll_run(region, job, run)


def _after(region, op, body, out):
    if op == "StartJobRun":
        with _lock:
            job = _backend(region).jobs.get(body.get("JobName", ""))
            run_id = json.loads(out or b"{}").get("JobRunId")
            for run in (job.job_runs if job else []):
                if run.job_run_id == run_id:
                    run.lakectl_glue_version = job.glue_version
                    _log(region, OUTPUT_LOG, run_id, [f"Glue job {job.name} run {run_id} starting"])


# --- crawls ----------------------------------------------------------------------------------------------

def _poll_crawler(region, crawler):
    if crawler is None or not crawler.crawls:
        return
    crawl = crawler.crawls[-1]
    if crawl.status == "STOPPING":
        crawl.status, crawl.end_time = "STOPPED", dt.datetime.now()
    elif crawl.status == "RUNNING":
        polls = getattr(crawl, "lakectl_polls", 0) + 1
        crawl.lakectl_polls = polls
        if polls >= 2:
            _crawl(region, crawler, crawl)


def _crawl(region, crawler, crawl):
    started = time.monotonic()
    try:
        summary = _run_crawl(region, crawler)
        crawl.lakectl_summary = summary
        crawl.status = "COMPLETED"
    except GlueError as e:
        crawl.lakectl_error = e.message
        crawl.lakectl_summary = {"TablesCreated": 0, "TablesUpdated": 0, "TablesDeleted": 0}
        crawl.status = "FAILED"
    crawl.end_time = dt.datetime.now()
    crawl.lakectl_seconds = time.monotonic() - started


def _run_crawl(region, crawler):
    glue = _backend(region)
    if crawler.database_name not in glue.databases:
        raise GlueError("EntityNotFoundException", f"Database {crawler.database_name} not found.")
    tables = {}
    for target in (crawler.targets or {}).get("S3Targets") or []:
        for name, table in _tables_under(target.get("Path", ""), target.get("Exclusions") or []).items():
            tables[(crawler.table_prefix or "") + name] = table
    if not tables:
        paths = ", ".join(t.get("Path", "") for t in (crawler.targets or {}).get("S3Targets") or [])
        raise GlueError("CrawlerFailed", f"Internal Service Exception: no readable data files under {paths or 'the targets'}"
                        " (the crawler found nothing it could classify).")
    db = glue.databases[crawler.database_name]
    created = updated = 0
    for name, table in sorted(tables.items()):
        table_input = dict(table["input"], Name=name)
        table_input.setdefault("Parameters", {})["UPDATED_BY_CRAWLER"] = crawler.name
        existing = db.tables.get(name)
        if existing is None:
            glue.create_table(crawler.database_name, name, table_input)
            created += 1
        else:
            current = existing.versions.get(str(existing._current_version)) or {}
            same = (current.get("StorageDescriptor", {}).get("Columns") == table_input["StorageDescriptor"]["Columns"]
                    and current.get("PartitionKeys", []) == table_input["PartitionKeys"]
                    and current.get("StorageDescriptor", {}).get("Location") == table_input["StorageDescriptor"]["Location"])
            if not same:
                glue.update_table(crawler.database_name, name, table_input)
                updated += 1
        live = db.tables[name]
        for values, location in table["partitions"]:
            if live.partitions.get(str(values)) is None:
                sd = dict(table_input["StorageDescriptor"], Location=location)
                live.create_partition({"Values": values, "StorageDescriptor": sd})
    deleted = _handle_gone(glue, crawler, db, tables)
    return {"TablesCreated": created, "TablesUpdated": updated, "TablesDeleted": deleted}


def _handle_gone(glue, crawler, db, found):
    """Tables this crawler wrote last (UPDATED_BY_CRAWLER), under one of its paths, that the crawl no longer
    found, treated per its SchemaChangePolicy's DeleteBehavior: DELETE_FROM_DATABASE deletes them,
    DEPRECATE_IN_DATABASE (AWS's default) marks them, LOG leaves them. AWS documents the mark only as "a
    property that says DEPRECATED with a timestamp"; the layer writes DEPRECATED_BY_CRAWLER = epoch seconds.
    Returns how many were deleted."""
    behavior = (crawler.schema_change_policy or {}).get("DeleteBehavior") or "DEPRECATE_IN_DATABASE"
    paths = [t.get("Path", "") for t in (crawler.targets or {}).get("S3Targets") or []]
    deleted = 0
    for name, existing in sorted(db.tables.items()):
        if name in found:
            continue
        current = existing.versions.get(str(existing._current_version)) or {}
        parameters = current.get("Parameters") or {}
        location = (current.get("StorageDescriptor") or {}).get("Location") or ""
        if parameters.get("UPDATED_BY_CRAWLER") != crawler.name or not any(_is_under(location, p) for p in paths):
            continue
        if behavior == "DELETE_FROM_DATABASE":
            glue.delete_table(crawler.database_name, name)
            deleted += 1
        elif behavior == "DEPRECATE_IN_DATABASE" and "DEPRECATED_BY_CRAWLER" not in parameters:
            existing.update(dict(current, Parameters=dict(parameters, DEPRECATED_BY_CRAWLER=str(int(time.time())))))
    return deleted


def _is_under(location, path):
    def folder(text):
        text = re.sub(r"^s3a://", "s3://", text)
        return text if text.endswith("/") else text + "/"
    return bool(location) and folder(location).startswith(folder(path))


def _split_s3(path):
    m = re.match(r"s3a?://([^/]+)/?(.*)", path)
    if not m:
        raise GlueError("InvalidInputException", f"Not an S3 path: {path}")
    return m.group(1), m.group(2)


def _glue_name(folder):
    return re.sub(r"[^a-z0-9_]", "_", folder.lower())



def _exclusion_regex(pattern):
    """A crawler exclude pattern (Glue's glob: `*` within a folder, `**` across folders, `?`, `[a-z]`, `[!a]`,
    `{a,b}`, `\\` escaping) as a regular expression over the key relative to the target path."""
    out, i, depth = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1])); i += 2; continue
        if pattern.startswith("**", i):
            out.append(".*"); i += 2; continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:end]
                out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
                i = end
        elif c == "{":
            out.append("(?:"); depth += 1
        elif c == "}" and depth:
            out.append(")"); depth -= 1
        elif c == "," and depth:
            out.append("|")
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out) + ")" * depth

def _tables_under(path, exclusions):
    """One table per folder holding data: the target itself when files sit directly in it, otherwise
    each child folder; folders between a table's root and its files are its partitions."""
    bucket_name, prefix = _split_s3(path)
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    bucket = s3_backends[ACCOUNT]["aws"].buckets.get(bucket_name)
    if bucket is None:
        return {}
    files = []
    for key in list(bucket.keys.keys()):
        if not key.startswith(prefix):
            continue
        rel = key[len(prefix):]
        parts = rel.split("/")
        if not parts[-1] or any(p.startswith(("_", ".")) for p in parts):
            continue
        if any(re.fullmatch(_exclusion_regex(x), rel) for x in exclusions):
            continue
        files.append(rel)
    roots = {}
    for rel in sorted(files):
        parts = rel.split("/")
        root = "" if len(parts) == 1 else parts[0]
        roots.setdefault(root, []).append(rel)
    direct = roots.pop("", None)
    result = {}
    if direct:
        name = _glue_name(prefix.rstrip("/").rsplit("/", 1)[-1] or bucket_name)
        table = _table(bucket, bucket_name, prefix, direct)
        if table:
            result[name] = table
    per_root = {}
    for root, rels in roots.items():
        table = _table(bucket, bucket_name, prefix + root + "/", [r[len(root) + 1:] for r in rels])
        if table:
            per_root[root] = table
    if per_root and not direct and _similar(list(per_root.values())):
        # Sibling folders alike in format, depth and columns are one table partitioned by folder, rooted at
        # the target (AWS-NOTES B2; the same rule as lakectl's local CrawlPlanner).
        rels = [r for root in per_root for r in roots[root]]
        table = _table(bucket, bucket_name, prefix, rels)
        if table:
            result[_glue_name(prefix.rstrip("/").rsplit("/", 1)[-1] or bucket_name)] = table
        return result
    for root, table in per_root.items():
        result[_glue_name(root)] = table
    return result


def _similar(tables):
    """Same format, same partition depth, and every pair sharing at least 70 % of their column names."""
    first = tables[0]["input"]
    for other in tables[1:]:
        t = other["input"]
        if t["Parameters"]["classification"] != first["Parameters"]["classification"]:
            return False
        if len(t["PartitionKeys"]) != len(first["PartitionKeys"]):
            return False
    names = [{c["Name"] for c in t["input"]["StorageDescriptor"]["Columns"]} for t in tables]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if len(a & b) / max(1, len(a | b)) < 0.7:
                return False
    return True


def _table(bucket, bucket_name, root, files):
    schema, fmt, keys, parts = None, None, None, {}
    for rel in files:
        folders = rel.split("/")[:-1]
        if keys is None:
            keys = [f.split("=", 1)[0] if "=" in f else f"partition_{i}" for i, f in enumerate(folders)]
        if len(folders) != len(keys):
            continue
        read = _read_schema(bucket.keys[root + rel].value, rel)
        if read is None:
            continue
        if schema is None:
            fmt, schema = read
        if folders:
            values = [f.split("=", 1)[1] if "=" in f else f for f in folders]
            parts[tuple(values)] = f"s3://{bucket_name}/{root}{'/'.join(folders)}/"
    if schema is None:
        return None
    serde = {
        "parquet": ("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                    "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                    "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", {}),
        "csv": ("org.apache.hadoop.mapred.TextInputFormat",
                "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
                "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe", {"field.delim": ","}),
        "json": ("org.apache.hadoop.mapred.TextInputFormat",
                 "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
                 "org.openx.data.jsonserde.JsonSerDe", {}),
    }[fmt]
    sd = {"Columns": schema, "Location": f"s3://{bucket_name}/{root}", "InputFormat": serde[0],
          "OutputFormat": serde[1], "SerdeInfo": {"SerializationLibrary": serde[2], "Parameters": serde[3]}}
    table_input = {"StorageDescriptor": sd, "PartitionKeys": [{"Name": k, "Type": "string"} for k in keys or []],
                   "TableType": "EXTERNAL_TABLE", "Parameters": {"classification": fmt}}
    return {"input": table_input, "partitions": [(list(v), loc) for v, loc in sorted(parts.items())]}


def _read_schema(blob, rel):
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.json as pajson
    import pyarrow.parquet as pq
    if not blob:
        return None
    name = rel.lower()
    try:
        if blob[:4] == b"PAR1" and blob[-4:] == b"PAR1":
            return "parquet", _columns(pq.read_schema(pa.BufferReader(blob)))
        data = blob
        if name.endswith(".gz"):
            import gzip
            data = gzip.decompress(blob)
            name = name[:-3]
        sample = data[: 1 << 20]
        if name.endswith((".json", ".jsonl", ".ndjson")):
            last = sample.rfind(b"\n")
            return "json", _columns(pajson.read_json(io.BytesIO(sample[: last + 1] if last > 0 else sample)).schema)
        if name.endswith((".csv", ".tsv", ".txt")):
            last = sample.rfind(b"\n")
            table = pacsv.read_csv(io.BytesIO(sample[: last + 1] if last > 0 else sample))
            if table.num_columns < 2:
                return None
            return "csv", _columns(table.schema)
    except Exception:
        return None
    return None


def _glue_type(t):
    import pyarrow as pa
    import pyarrow.types as pt
    if pt.is_boolean(t): return "boolean"
    if pt.is_int8(t): return "tinyint"
    if pt.is_int16(t): return "smallint"
    if pt.is_int32(t) or pt.is_uint8(t) or pt.is_uint16(t): return "int"
    if pt.is_integer(t): return "bigint"
    if pt.is_float32(t): return "float"
    if pt.is_floating(t): return "double"
    if pt.is_decimal(t): return f"decimal({t.precision},{t.scale})"
    if pt.is_date(t): return "date"
    if pt.is_timestamp(t): return "timestamp"
    if pt.is_string(t) or pt.is_large_string(t): return "string"
    if pt.is_binary(t) or pt.is_large_binary(t) or pt.is_fixed_size_binary(t): return "binary"
    if pt.is_list(t) or pt.is_large_list(t): return f"array<{_glue_type(t.value_type)}>"
    if pt.is_map(t): return f"map<{_glue_type(t.key_type)},{_glue_type(t.item_type)}>"
    if pt.is_struct(t):
        return "struct<" + ",".join(f"{f.name}:{_glue_type(f.type)}" for f in t) + ">"
    if isinstance(t, pa.DictionaryType): return _glue_type(t.value_type)
    return "string"


def _columns(schema):
    return [{"Name": f.name.lower(), "Type": _glue_type(f.type)} for f in schema]


# --- jobs -------------------------------------------------------------------------------------------------

_RAISE = re.compile(r"^\s*raise\s+Exception\((.*)\)\s*$")
_PRINT = re.compile(r"^\s*print\((.*)\)\s*$")


def _literal(text):
    try:
        value = ast.literal_eval(text)
        return value if isinstance(value, str) else str(value)
    except Exception:
        return text


def _script(job):
    location = (job.command or {}).get("ScriptLocation", "")
    try:
        bucket_name, key = _split_s3(location)
    except GlueError:
        return None
    bucket = s3_backends[ACCOUNT]["aws"].buckets.get(bucket_name)
    obj = bucket.keys.get(key) if bucket else None
    return obj.value.decode("utf-8", "replace") if obj is not None else None


def _poll_run(region, job, run):
    status = run.status
    if status == "STOPPING":
        run.status, run.lakectl_ended = "STOPPED", dt.datetime.now(dt.timezone.utc)
        _log(region, OUTPUT_LOG, run.job_run_id, ["Run stopped by request"])
    elif status == "STARTING":
        run.status = "RUNNING"
    elif status == "RUNNING":
        script = _script(job)
        run.lakectl_ended = dt.datetime.now(dt.timezone.utc)
        if script is None:
            run.status = "FAILED"
            run.lakectl_error = f"Script not found at {(job.command or {}).get('ScriptLocation')}"
            _log(region, ERROR_LOG, run.job_run_id, [run.lakectl_error])
            return
        lines = []
        for number, line in enumerate(script.splitlines(), start=1):
            raised = _RAISE.match(line)
            if raised:
                message = _literal(raised.group(1))
                run.status = "FAILED"
                run.lakectl_error = f"Exception: {message}"
                _log(region, OUTPUT_LOG, run.job_run_id, lines)
                _log(region, ERROR_LOG, run.job_run_id, [
                    "Traceback (most recent call last):",
                    f'  File "script.py", line {number}, in <module>',
                    f"    {line.strip()}",
                    f"Exception: {message}"])
                return
            printed = _PRINT.match(line)
            if printed:
                lines.append(_literal(printed.group(1)))
        run.status = "SUCCEEDED"
        _log(region, OUTPUT_LOG, run.job_run_id, lines)


def _log(region, group, stream, messages):
    if not messages:
        return
    logs = logs_backends[ACCOUNT][region]
    if group not in logs.groups:
        logs.create_log_group(group, {})
    logs.ensure_log_stream(group, stream)
    now = int(time.time() * 1000)
    logs.put_log_events(group, stream, [{"timestamp": now, "message": m} for m in messages])


# --- operations moto does not implement ----------------------------------------------------------------

_CRAWLER_FIELDS = {"Role": "role", "DatabaseName": "database_name", "Description": "description",
                   "Targets": "targets", "Classifiers": "classifiers", "TablePrefix": "table_prefix",
                   "SchemaChangePolicy": "schema_change_policy", "RecrawlPolicy": "recrawl_policy",
                   "LineageConfiguration": "lineage_configuration", "Configuration": "configuration",
                   "CrawlerSecurityConfiguration": "crawler_security_configuration"}
_JOB_FIELDS = {"Role": "role", "Description": "description", "Command": "command", "LogUri": "log_uri",
               "ExecutionProperty": "execution_property", "DefaultArguments": "default_arguments",
               "NonOverridableArguments": "non_overridable_arguments", "Connections": "connections",
               "MaxRetries": "max_retries", "Timeout": "timeout", "MaxCapacity": "max_capacity",
               "WorkerType": "worker_type", "NumberOfWorkers": "number_of_workers", "GlueVersion": "glue_version",
               "SecurityConfiguration": "security_configuration", "ExecutionClass": "execution_class"}


def _own(region, op, body):
    backend = _backend(region)
    if op == "UpdateCrawler":
        crawler = backend.crawlers.get(body.get("Name", ""))
        if crawler is None:
            raise GlueError("EntityNotFoundException", f"Crawler entry with name {body.get('Name')} does not exist")
        if crawler.status != "READY":
            raise GlueError("CrawlerRunningException", f"Crawler with name {crawler.name} is running")
        for field, attr in _CRAWLER_FIELDS.items():
            if field in body:
                setattr(crawler, attr, body[field])
        if "Schedule" in body:
            crawler.schedule = body["Schedule"]
        crawler.version += 1
        crawler.last_updated = dt.datetime.now()
        return {}
    if op == "GetCrawlerMetrics":
        names = body.get("CrawlerNameList") or list(backend.crawlers.keys())
        metrics = []
        for name in names:
            crawler = backend.crawlers.get(name)
            if crawler is None:
                continue
            summary = {"TablesCreated": 0, "TablesUpdated": 0, "TablesDeleted": 0}
            last_runtime = 0.0
            for crawl in crawler.crawls:
                if getattr(crawl, "lakectl_summary", None):
                    summary = crawl.lakectl_summary
                    last_runtime = getattr(crawl, "lakectl_seconds", 0.0)
            running = crawler.crawls and crawler.crawls[-1].status in ("RUNNING", "STOPPING")
            metrics.append({"CrawlerName": name, "TimeLeftSeconds": 0.0, "StillEstimating": bool(running),
                            "LastRuntimeSeconds": last_runtime, "MedianRuntimeSeconds": last_runtime, **summary})
        return {"CrawlerMetricsList": metrics}
    if op == "UpdateJob":
        job = backend.jobs.get(body.get("JobName", ""))
        if job is None:
            raise GlueError("EntityNotFoundException", f"Job {body.get('JobName')} not found")
        update = body.get("JobUpdate") or {}
        if not update.get("Role") or not update.get("Command"):
            raise GlueError("InvalidInputException", "JobUpdate must give Role and Command")
        for field, attr in _JOB_FIELDS.items():
            # UpdateJob replaces the definition: a field left out is reset.
            value = update.get(field)
            if field in ("ExecutionProperty", "DefaultArguments"):
                value = value or {}
            setattr(job, attr, value)
        job.last_modified_on = dt.datetime.now()
        return {"JobName": job.name}
    if op == "BatchStopJobRun":
        job = backend.jobs.get(body.get("JobName", ""))
        ok, errors = [], []
        for run_id in body.get("JobRunIds") or []:
            run = next((r for r in (job.job_runs if job else []) if r.job_run_id == run_id), None)
            if run is None or run.status not in ("STARTING", "RUNNING", "WAITING"):
                errors.append({"JobName": body.get("JobName"), "JobRunId": run_id, "ErrorDetail": {
                    "ErrorCode": "InvalidInputException",
                    "ErrorMessage": f"Job run {run_id} is not running" if run else f"Job run {run_id} not found"}})
                continue
            run.status = "STOPPING"
            ok.append({"JobName": job.name, "JobRunId": run_id})
        return {"SuccessfulSubmissions": ok, "Errors": errors}
    raise GlueError("InvalidInputException", f"unsupported operation {op}")
