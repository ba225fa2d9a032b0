"""RDS snapshot export (EMULATOR.md, AWS-NOTES B3). moto's StartExportTask is complete at once, in
lower case, and writes nothing. Here a task goes STARTING → IN_PROGRESS (PercentProgress rising, one
step per DescribeExportTasks call) → COMPLETE, and on COMPLETE its tables are written to the bucket in
RDS's layout from the fixture dataset registered for the snapshot's DB instance. Like RDS, the bucket,
role and key are checked once the task runs, and a problem ends it FAILED with a FailureCause.
"""
import datetime as dt
import json
import threading
import uuid

from moto.iam.models import iam_backends
from moto.kms.models import kms_backends
from moto.rds import models as rds_models
from moto.rds.models import rds_backends
from moto.s3.models import s3_backends

from . import datasets

ACCOUNT = "123456789012"
STEPS = [("IN_PROGRESS", 20), ("IN_PROGRESS", 55), ("IN_PROGRESS", 85), ("COMPLETE", 100)]

_lock = threading.Lock()
_tracked = {}  # (region, task id) -> index into STEPS of the next state, or -1 while STARTING
_dataset_for_instance = {"shop-db": "shop"}
_fail_next = {}  # db instance id -> FailureCause for its next export


def _starting_init(original):
    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        # RDS answers StartExportTask with a STARTING task; moto says "complete" at once.
        self.status, self.percent_progress, self.total_extracted_data_in_gb = "STARTING", 0, 0
        self.task_start_time = dt.datetime.now(dt.timezone.utc)
    return init


rds_models.ExportTask.__init__ = _starting_init(rds_models.ExportTask.__init__)


def register_dataset(payload):
    inst, name = payload["dbInstanceIdentifier"], payload["dataset"]
    datasets.tables(name)  # raises on an unknown name
    with _lock:
        _dataset_for_instance[inst] = name
    return {"dbInstanceIdentifier": inst, "dataset": name}


def fail_next(payload):
    with _lock:
        _fail_next[payload["dbInstanceIdentifier"]] = payload["failureCause"]
    return {"ok": True}


def _backend(region):
    return rds_backends[ACCOUNT][region]


def before(req):
    if req.action != "DescribeExportTasks" or not req.region:
        return
    # Only the tasks this call asks about move on, so callers polling different tasks (tests run in
    # parallel on one emulator) do not advance each other's.
    wanted_id = req.form.get("ExportTaskIdentifier")
    wanted_source = req.form.get("SourceArn")
    with _lock:
        for (region, task_id), step in list(_tracked.items()):
            if region != req.region or (wanted_id and task_id != wanted_id):
                continue
            task = _backend(region).export_tasks.get(task_id)
            if task is None:
                del _tracked[(region, task_id)]
                continue
            if wanted_source and task.source_arn != wanted_source:
                continue
            if task.status == "CANCELING":
                task.status = "CANCELED"
                task.task_end_time = dt.datetime.now(dt.timezone.utc)
                del _tracked[(region, task_id)]
                continue
            if step == -1:
                cause = _check(region, task)
                if cause:
                    task.status, task.failure_cause = "FAILED", cause
                    task.task_end_time = dt.datetime.now(dt.timezone.utc)
                    del _tracked[(region, task_id)]
                    continue
                step = 0
            status, pct = STEPS[step]
            task.status, task.percent_progress = status, pct
            if status == "COMPLETE":
                total = _write_export(region, task)
                task.total_extracted_data_in_gb = max(0, total // (1 << 30))
                task.task_end_time = dt.datetime.now(dt.timezone.utc)
                del _tracked[(region, task_id)]
            else:
                _tracked[(region, task_id)] = step + 1


def after(req, status):
    if status != 200 or not req.region:
        return
    task_id = req.form.get("ExportTaskIdentifier")
    with _lock:
        if req.action == "StartExportTask" and task_id:
            task = _backend(req.region).export_tasks.get(task_id)
            if task is None:
                return
            task.snapshot_time = getattr(task.snapshot, "created", None)
            _tracked[(req.region, task_id)] = -1
        elif req.action == "CancelExportTask" and task_id:
            task = _backend(req.region).export_tasks.get(task_id)
            if task is not None:
                task.status = "CANCELING"
                _tracked[(req.region, task_id)] = _tracked.get((req.region, task_id), -1)


def _instance_id(task):
    snap = task.snapshot
    return getattr(snap, "db_instance_identifier", None) or getattr(getattr(snap, "cluster", None), "db_cluster_identifier", "")


def _check(region, task):
    """The checks RDS makes when the task runs, with the FailureCause texts of the RDS user guide."""
    injected = _fail_next.pop(_instance_id(task), None)
    if injected:
        return injected
    s3 = s3_backends[ACCOUNT]["aws"]
    bucket = s3.buckets.get(task.s3_bucket)
    if bucket is None:
        return f"The S3 bucket {task.s3_bucket} doesn't exist."
    if bucket.region_name != region:
        return (f"The S3 bucket {task.s3_bucket} isn't located in the current AWS Region. "
                "Please, review your S3 bucket name and retry the export.")
    iam = iam_backends[ACCOUNT]["aws"]
    try:
        role = iam.get_role_by_arn(task.iam_role_arn)
    except Exception:
        return f"The IAM role {task.iam_role_arn} couldn't be assumed: the role doesn't exist."
    trust = role.assume_role_policy_document
    if isinstance(trust, str):
        trust_text = trust
    else:
        trust_text = json.dumps(trust)
    if "export.rds.amazonaws.com" not in trust_text:
        return (f"The IAM role {task.iam_role_arn} couldn't be assumed: its trust policy doesn't allow "
                "export.rds.amazonaws.com.")
    kms = kms_backends[ACCOUNT][region]
    try:
        key = kms.describe_key(task.kms_key_id or "")
    except Exception:
        key = None
    if key is None:
        return f"The KMS key {task.kms_key_id} doesn't exist or isn't accessible."
    if key.key_state != "Enabled":
        return f"The KMS key {task.kms_key_id} is {key.key_state.lower()}, so it can't be used for the export."
    return None


def _selected(export_only, db, table):
    if not export_only:
        return True
    return any(e == db or e == f"{db}.{table}" for e in export_only)


def _write_export(region, task):
    s3 = s3_backends[ACCOUNT]["aws"]
    name = _dataset_for_instance.get(_instance_id(task))
    tables = datasets.tables(name) if name else []
    prefix = (task.s3_prefix or "").strip("/")
    root = f"{prefix}/{task.export_task_identifier}" if prefix else task.export_task_identifier
    total, per_table = 0, []
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for db, table, data in tables:
        if not _selected(task.export_only or [], db, table):
            continue
        blob = datasets.gzip_parquet(data)
        part = uuid.uuid5(uuid.NAMESPACE_URL, f"{task.export_task_identifier}/{db}.{table}")
        key = f"{root}/{db}/{db}.{table}/1/part-00000-{part}-c000.gz.parquet"
        s3.put_object(task.s3_bucket, key, blob)
        s3.put_object(task.s3_bucket, f"{root}/{db}/{db}.{table}/1/_SUCCESS", b"")
        total += len(blob)
        per_table.append({
            "TableStatistics": {
                "ExtractionStartTime": now, "ExtractionEndTime": now,
                "partitioningInfo": {"numberOfPartitions": 1, "numberOfCompletedPartitions": 1},
            },
            "schemaMetadata": {"originalTypeMappings": [
                {"columnName": f.name, "originalType": datasets.ORIGINAL_TYPES.get(f.name, "varchar"),
                 "expectedExportedType": str(f.type), "originalCharMaxLength": 0,
                 "originalNumPrecision": 0, "originalDateTimePrecision": 0}
                for f in data.schema]},
            "status": "COMPLETE", "sizeGB": len(blob) / float(1 << 30), "target": f"{db}.{table}",
        })
    info = {
        "exportTaskIdentifier": task.export_task_identifier, "sourceArn": task.source_arn,
        "exportOnly": task.export_only or [], "taskStartTime": now, "taskEndTime": now,
        "s3Bucket": task.s3_bucket, "s3Prefix": task.s3_prefix or "", "exportedFilesPath": root,
        "iamRoleArn": task.iam_role_arn, "kmsKeyId": task.kms_key_id, "status": "COMPLETE",
        "percentProgress": 100, "totalExportedDataInGB": total / float(1 << 30),
    }
    s3.put_object(task.s3_bucket, f"{root}/export_info_{task.export_task_identifier}.json", json.dumps(info).encode())
    n = max(1, len(per_table))
    s3.put_object(task.s3_bucket, f"{root}/export_tables_info_{task.export_task_identifier}_from_1_to_{n}.json",
                  json.dumps({"perTableStatus": per_table}).encode())
    return total
