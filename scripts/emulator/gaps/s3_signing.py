"""S3 signature checking on the URI as sent. moto rebuilds an S3 request's URL from werkzeug's
`request.url`, which decodes it again: `%2B`, `%3D` and UTF-8 escapes in a key come back as `+`, `=`
and raw characters, and `%2F` in a query value (`prefix=exports%2F`) as `/`. botocore's S3 signer then
canonicalises that rewritten URL, so a client that encodes exactly as AWS requires (and as botocore
itself sends) is refused with SignatureDoesNotMatch for such keys and prefixes. Here moto's check is
given the raw request URI instead, when it names the same path and query; the check itself is moto's.
"""
import threading
from urllib.parse import parse_qsl, unquote, urlsplit

from moto.iam import access_control

_local = threading.local()


def remember(environ):
    """Called for every request on the serving thread, before moto sees it."""
    _local.raw_uri = environ.get("RAW_URI") or environ.get("REQUEST_URI")


def _same_target(rebuilt, raw):
    a, b = urlsplit(rebuilt), urlsplit(raw)
    return (unquote(a.path) == unquote(b.path)
            and sorted(parse_qsl(a.query, keep_blank_values=True)) == sorted(parse_qsl(b.query, keep_blank_values=True)))


_original = access_control.S3IAMRequest._create_aws_request


def _create_aws_request(self):
    request = _original(self)
    raw = getattr(_local, "raw_uri", None)
    if raw and raw != request.url and _same_target(request.url, raw):
        request.url = raw
    return request


access_control.S3IAMRequest._create_aws_request = _create_aws_request
