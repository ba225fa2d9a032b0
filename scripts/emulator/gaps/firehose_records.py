"""Firehose PutRecordBatch partial failures (EMULATOR.md: moto's FailedPutCount is always 0).

The fault proxy names the records of a call to fail in an unsigned header, X-Lakectl-Fail-Records: 0,7,...
(SigV4 covers only the signed headers, so moto's signature check is unaffected). This module makes moto's
own put_record_batch store only the other records, in one object as it always does, and answer the named
ones the way Firehose does: FailedPutCount > 0 and, at their positions in RequestResponses, ErrorCode
ServiceUnavailableException with no RecordId. A failed record is never stored, so a client that resends
exactly the failed records stores each record once.
"""
import threading

from moto.firehose.models import FirehoseBackend

_ENVIRON_KEY = "HTTP_X_LAKECTL_FAIL_RECORDS"
_local = threading.local()
_original = FirehoseBackend.put_record_batch


def take(environ):
    """Reads (and removes) the header for the request this thread is about to hand to moto."""
    raw = environ.pop(_ENVIRON_KEY, None)
    _local.failed = {int(part) for part in raw.split(",") if part.strip().isdigit()} if raw else None


def _put_record_batch(self, delivery_stream_name, records):
    failed = getattr(_local, "failed", None)
    _local.failed = None
    if not failed:
        return _original(self, delivery_stream_name, records)
    failed = {i for i in failed if 0 <= i < len(records)}
    kept = [record for i, record in enumerate(records) if i not in failed]
    if delivery_stream_name not in self.delivery_streams:
        return _original(self, delivery_stream_name, records)  # moto's ResourceNotFoundException
    # Every record failed: nothing is stored (moto would write an empty object).
    stored = _original(self, delivery_stream_name, kept) if kept else {"RequestResponses": []}
    accepted = iter(stored["RequestResponses"])
    responses = [
        {"ErrorCode": "ServiceUnavailableException", "ErrorMessage": "Slow down."} if i in failed else next(accepted)
        for i in range(len(records))
    ]
    return {"FailedPutCount": len(failed), "Encrypted": stored.get("Encrypted", False),
            "RequestResponses": responses}


FirehoseBackend.put_record_batch = _put_record_batch
