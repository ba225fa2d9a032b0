"""WSGI middleware in front of moto: reads the request once, lets each gap look at it, passes it on."""
import io
import json
import re
from urllib.parse import parse_qs

from . import athena, lakeformation, rds_export, signature_paths  # noqa: F401  (some patch moto on import)
from . import glue_runs  # noqa: E402  (patches moto's Glue crawl/job-run models on import)
from . import firehose_records
from . import firehose_listing  # noqa: F401  (patches moto's ListDeliveryStreams paging on import)

_SCOPE = re.compile(r"Credential=[^/]+/\d{8}/([^/]+)/([^/]+)/aws4_request")


class Request:
    def __init__(self, environ, body: bytes):
        self.environ = environ
        self.body = body
        self.method = environ.get("REQUEST_METHOD", "GET")
        self.path = environ.get("PATH_INFO", "")
        m = _SCOPE.search(environ.get("HTTP_AUTHORIZATION", ""))
        self.region, self.service = (m.group(1), m.group(2)) if m else (None, None)
        ctype = environ.get("CONTENT_TYPE", "")
        self.form = {}
        if ctype.startswith("application/x-www-form-urlencoded"):
            self.form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        elif self.method == "GET" and environ.get("QUERY_STRING"):
            self.form = {k: v[0] for k, v in parse_qs(environ["QUERY_STRING"]).items()}
        self.action = self.form.get("Action")


class GapLayer:
    """The WSGI app the emulator serves: control routes under /lakectl-emulator/, gaps, then moto."""

    def __init__(self, moto_app):
        self.moto_app = moto_app

    def __call__(self, environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length > 0 else b""
        environ["wsgi.input"] = io.BytesIO(body)
        req = Request(environ, body)
        firehose_records.take(environ)

        if req.path.startswith("/lakectl-emulator/"):
            return self._control(req, start_response)

        if req.service == "athena" and athena.handles(req):
            return athena.serve(self.moto_app, req, environ, start_response)
        if req.service == "glue" and glue_runs.handles(req):
            return glue_runs.serve(self.moto_app, req, environ, start_response)
        if req.service == "rds":
            rds_export.before(req)
            captured = {}

            def capture(status, headers, exc_info=None):
                captured["status"] = int(status.split(" ", 1)[0])
                return start_response(status, headers, exc_info)

            result = self.moto_app(environ, capture)
            body_out = b"".join(result)
            if hasattr(result, "close"):
                result.close()
            rds_export.after(req, captured.get("status", 500))
            return [body_out]
        return self.moto_app(environ, start_response)

    def _control(self, req, start_response):
        try:
            payload = json.loads(req.body or b"{}")
            if req.path == "/lakectl-emulator/rds/dataset":
                out = rds_export.register_dataset(payload)
            elif req.path == "/lakectl-emulator/rds/fail-next-export":
                out = rds_export.fail_next(payload)
            elif req.path == "/lakectl-emulator/athena/unprocess-next-batches":
                out = athena.unprocess_next_batches(payload)
            else:
                start_response("404 Not Found", [("Content-Type", "application/json")])
                return [b'{"error":"unknown control route"}']
            start_response("200 OK", [("Content-Type", "application/json")])
            return [json.dumps(out).encode()]
        except Exception as e:  # a control call with bad input answers 400 with the reason
            start_response("400 Bad Request", [("Content-Type", "application/json")])
            return [json.dumps({"error": str(e)}).encode()]
