"""moto rebuilds the URL it checks a signature against from werkzeug's re-quoted URL, which turns
`%3D`, `%2B`, `%2F`… back into `=`, `+`, `/`. Every correctly signed S3 request for a key such as
`day=1/part.parquet` (Hive partitions) or a ListObjectsV2 with `prefix=a/` then fails with
SignatureDoesNotMatch — boto3's requests fail the same way, so it is moto's bug, not the client's.

The fix: when moto checks a signature, it sees the request target exactly as the client sent it
(`RAW_URI`). The check itself is moto's, unchanged.
"""
from urllib.parse import urlsplit, urlunsplit

from moto.core.authorization import ActionAuthenticatorMixin

_original = ActionAuthenticatorMixin._authenticate_and_authorize_action


def _with_raw_uri(self, iam_request_cls, resource="*"):
    request = getattr(self, "request", None)
    environ = getattr(request, "environ", None) or {}
    raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    uri = getattr(self, "uri", None)
    if raw and uri:
        parts = urlsplit(uri)
        raw_parts = urlsplit(raw)
        self.uri = urlunsplit((parts.scheme, parts.netloc, raw_parts.path, raw_parts.query, ""))
        try:
            return _original(self, iam_request_cls, resource)
        finally:
            self.uri = uri
    return _original(self, iam_request_cls, resource)


ActionAuthenticatorMixin._authenticate_and_authorize_action = _with_raw_uri
