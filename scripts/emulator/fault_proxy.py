#!/usr/bin/env python3
"""A fault-injecting HTTP proxy between lakectl and the test emulator (EMULATOR.md, "Fault injection").

Listens on a free 127.0.0.1 port and forwards every request to the emulator unchanged: the request line,
every header (the client's Host header included, since SigV4 signed it and moto rebuilds the canonical
request from what it receives) and the body, byte for byte. On a seeded schedule it answers a share of
requests itself instead, the way AWS misbehaves:

  500           HTTP 500 in the service's own error shape (InternalFailure / InternalError)
  503           HTTP 503 (ServiceUnavailableException / ServiceUnavailable)
  throttle      the service's throttling error (ThrottlingException, Throttling, S3 SlowDown)
  reset-before  a connection reset before the request reached the emulator
  reset-after   a connection reset after the emulator handled the request (a retried create then finds
                its resource already made)
  truncate      the emulator's reply cut off mid-body (mid-headers when it has no body), then a reset
  slow          the emulator's reply held back for --slow-seconds (past the client's timeout)

Firehose PutRecordBatch partial failures, independent of the kinds above: with "recordFailRate" > 0 every
PutRecordBatch that reaches the emulator has that share of its records named in an unsigned header
(X-Lakectl-Fail-Records: 0,7,...); the emulator's gap layer (gaps/firehose_records.py) stores only the
others and answers 200 with FailedPutCount and a per-record ErrorCode for the named ones, as Firehose does.
The proxy counts the records it failed, and the records the emulator stored in calls whose reply the
client never got (reset-after, truncate, slow): the only records a correct client can store twice.

The protocol (and so the error shape) comes from the SigV4 credential scope's service name, X-Amz-Target
and Content-Type. Control routes, never faulted and never forwarded:

  GET  /__faults/stats   counters as JSON: requests, forwarded, faults by kind, per operation (with
                         bodyBytes: the reply bodies relayed whole, e.g. what ranged GETs fetched)
  POST /__faults/reset   zero the counters and restart the schedule from the seed
  POST /__faults/config  JSON {"rate": 0.2, "seed": 7, "kinds": [...], "slowSeconds": 3, "recordFailRate": 0.1};
                         omitted keys stay

The emulator's own control routes (/moto-api/, /lakectl-emulator/) pass through without faults. The proxy
only ever connects to the emulator on loopback; bodies, concurrency and upstream waits are bounded.
Python standard library only.
"""
import argparse
import http.client
import http.server
import json
import os
import random
import signal
import socket
import struct
import sys
import threading
import time
import uuid
from urllib.parse import parse_qs, urlsplit

KINDS = ("500", "503", "throttle", "reset-before", "reset-after", "truncate", "slow")
MAX_BODY = 512 * 1024 * 1024
MAX_CONCURRENT = 64
UPSTREAM_TIMEOUT = 300
PASS_THROUGH_PREFIXES = ("/moto-api/", "/lakectl-emulator/")
FAIL_RECORDS_HEADER = "X-Lakectl-Fail-Records"
LOST_REPLY_KINDS = ("reset-after", "truncate", "slow")


class Schedule:
    """The seeded schedule and the counters, shared by all handler threads under one lock."""

    def __init__(self, rate, seed, kinds, slow_seconds):
        self.lock = threading.Lock()
        self.rate = rate
        self.seed = seed
        self.kinds = list(kinds)
        self.slow_seconds = slow_seconds
        self.rng = random.Random(seed)
        self.record_fail_rate = 0.0
        self.record_rng = random.Random(seed + 1)
        self.reset_counters()

    def reset_counters(self):
        self.records_failed = 0
        self.lost_reply_records = 0
        self.lost_reply_calls = 0
        self.requests = 0
        self.forwarded = 0
        self.faults = {kind: 0 for kind in KINDS}
        self.operations = {}

    def reset(self):
        with self.lock:
            self.rng = random.Random(self.seed)
            self.record_rng = random.Random(self.seed + 1)
            self.reset_counters()

    def configure(self, values):
        with self.lock:
            if "rate" in values:
                rate = float(values["rate"])
                if not 0 <= rate <= 1:
                    raise ValueError("rate must be between 0 and 1")
                self.rate = rate
            if "kinds" in values:
                self.kinds = parse_kinds(values["kinds"])
            if "slowSeconds" in values:
                slow = float(values["slowSeconds"])
                if not 0 <= slow <= 600:
                    raise ValueError("slowSeconds must be between 0 and 600")
                self.slow_seconds = slow
            if "recordFailRate" in values:
                record_rate = float(values["recordFailRate"])
                if not 0 <= record_rate <= 1:
                    raise ValueError("recordFailRate must be between 0 and 1")
                self.record_fail_rate = record_rate
            if "seed" in values:
                self.seed = int(values["seed"])
                self.rng = random.Random(self.seed)
                self.record_rng = random.Random(self.seed + 1)

    def draw(self, operation):
        """Counts one request and decides its fate: a fault kind, or None to forward it untouched."""
        with self.lock:
            self.requests += 1
            entry = self.operations.setdefault(operation, {"requests": 0, "faults": {}})
            entry["requests"] += 1
            # Two draws every time, so the schedule depends only on the seed and the request order.
            roll, pick = self.rng.random(), self.rng.random()
            if not self.kinds or roll >= self.rate:
                return None
            kind = self.kinds[int(pick * len(self.kinds)) % len(self.kinds)]
            self.faults[kind] += 1
            entry["faults"][kind] = entry["faults"].get(kind, 0) + 1
            return kind

    def count_body(self, operation, size):
        """Adds a reply body relayed whole to its operation, so a test can check what reads cost in bytes."""
        with self.lock:
            entry = self.operations.setdefault(operation, {"requests": 0, "faults": {}})
            entry["bodyBytes"] = entry.get("bodyBytes", 0) + size

    def fail_records(self, count):
        """The indices of a PutRecordBatch's records to fail, drawn from their own seeded stream."""
        with self.lock:
            if self.record_fail_rate <= 0:
                return []
            failed = [i for i in range(count) if self.record_rng.random() < self.record_fail_rate]
            self.records_failed += len(failed)
            return failed

    def count_lost_reply(self, stored_records):
        with self.lock:
            self.lost_reply_calls += 1
            self.lost_reply_records += stored_records

    def count_forwarded(self):
        with self.lock:
            self.forwarded += 1

    def stats(self):
        with self.lock:
            return {
                "requests": self.requests,
                "forwarded": self.forwarded,
                "faults": dict(self.faults),
                "faultsTotal": sum(self.faults.values()),
                "operations": json.loads(json.dumps(self.operations)),
                "rate": self.rate,
                "seed": self.seed,
                "kinds": list(self.kinds),
                "slowSeconds": self.slow_seconds,
                "recordFailRate": self.record_fail_rate,
                "recordsFailed": self.records_failed,
                "lostReplyCalls": self.lost_reply_calls,
                "lostReplyRecords": self.lost_reply_records,
            }


def parse_kinds(value):
    items = value.split(",") if isinstance(value, str) else list(value)
    kinds = [str(k).strip() for k in items if str(k).strip()]
    if kinds == ["all"]:
        return list(KINDS)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError("unknown fault kinds %s; known: %s" % (unknown, ", ".join(KINDS)))
    return kinds


def request_profile(method, path, headers, body):
    """(service, protocol, operation) of a request: protocol is json, rest-json, query or s3."""
    service = ""
    auth = headers.get("Authorization", "")
    marker = "Credential="
    if marker in auth:
        scope = auth.split(marker, 1)[1].split(",", 1)[0].split("/")
        if len(scope) >= 4:
            service = scope[3]
    if not service:
        query = parse_qs(urlsplit(path).query)
        credential = query.get("X-Amz-Credential", [""])[0].split("/")
        if len(credential) >= 4:
            service = credential[3]
    target = headers.get("X-Amz-Target", "")
    content_type = headers.get("Content-Type", "").lower()
    if target:
        return service or "json", "json", target.rsplit(".", 1)[-1]
    if service == "s3":
        segments = [s for s in urlsplit(path).path.split("/") if s]
        return service, "s3", "s3:%s %s" % (method, "object" if len(segments) > 1 else "bucket")
    if content_type.startswith("application/x-www-form-urlencoded") or "Action=" in path:
        params = parse_qs(urlsplit(path).query)
        if content_type.startswith("application/x-www-form-urlencoded"):
            params.update(parse_qs(body.decode("utf-8", "replace")))
        return service or "query", "query", params.get("Action", ["?"])[0]
    segments = [s for s in urlsplit(path).path.split("/") if s]
    return service or "rest", "rest-json", "%s:%s %s" % (service or "rest", method, segments[0] if segments else "/")


def error_reply(protocol, kind, request_id):
    """(status, headers, body) of the error AWS would send for this fault, in the protocol's shape."""
    if kind == "throttle":
        status = 503 if protocol == "s3" else 400
        code = {"json": "ThrottlingException", "rest-json": "ThrottlingException", "query": "Throttling"}.get(
            protocol, "SlowDown")
        message = "Please reduce your request rate." if protocol == "s3" else "Rate exceeded"
        fault = "Sender"
    elif kind == "503":
        status = 503
        code = {"json": "ServiceUnavailableException", "rest-json": "ServiceUnavailableException"}.get(
            protocol, "ServiceUnavailable")
        message = "Service is unavailable. Please try again later. (injected by the fault proxy)"
        fault = "Receiver"
    else:
        status = 500
        code = {"json": "InternalFailure", "rest-json": "InternalFailure", "query": "InternalFailure"}.get(
            protocol, "InternalError")
        message = "We encountered an internal error. Please try again. (injected by the fault proxy)"
        fault = "Receiver"
    if protocol in ("json", "rest-json"):
        body = json.dumps({"__type": code, "message": message}).encode()
        headers = [("Content-Type", "application/x-amz-json-1.1"), ("x-amzn-RequestId", request_id)]
        if protocol == "rest-json":
            headers = [("Content-Type", "application/json"), ("x-amzn-RequestId", request_id),
                       ("x-amzn-ErrorType", code)]
        return status, headers, body
    if protocol == "query":
        body = ('<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>%s</Type>'
                "<Code>%s</Code><Message>%s</Message></Error><RequestId>%s</RequestId></ErrorResponse>"
                % (fault, code, message, request_id)).encode()
        return status, [("Content-Type", "text/xml"), ("x-amzn-RequestId", request_id)], body
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>%s</Code><Message>%s</Message>'
            "<RequestId>%s</RequestId><HostId>fault-proxy</HostId></Error>" % (code, message, request_id)).encode()
    return status, [("Content-Type", "application/xml"), ("x-amz-request-id", request_id)], body


class UpstreamReply:
    def __init__(self, status, reason, headers, body):
        self.status, self.reason, self.headers, self.body = status, reason, headers, body


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "lakectl-fault-proxy"
    sys_version = ""

    def log_message(self, *args):
        pass

    # Every method goes through one path; BaseHTTPRequestHandler dispatches on do_<METHOD>.
    def do_ANY(self):
        try:
            self.serve()
        except (ConnectionError, socket.timeout, BrokenPipeError):
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = do_ANY

    def read_body(self):
        """The request body, whole, so nothing is left in the socket to be misread as the next request."""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            raw = bytearray()
            while True:
                line = self.rfile.readline(1024)
                size = int(line.split(b";")[0].strip() or b"0", 16)
                raw += line
                if size == 0:
                    while True:
                        trailer = self.rfile.readline(8192)
                        raw += trailer
                        if trailer in (b"\r\n", b"\n", b""):
                            break
                    return bytes(raw)
                if len(raw) + size > MAX_BODY:
                    raise ValueError("request body over %d bytes" % MAX_BODY)
                raw += self.rfile.read(size + 2)
        length = int(self.headers.get("Content-Length", "0") or "0")
        if length > MAX_BODY:
            raise ValueError("request body over %d bytes" % MAX_BODY)
        return self.rfile.read(length) if length > 0 else b""

    def serve(self):
        schedule = self.server.schedule
        try:
            body = self.read_body()
        except ValueError as error:
            self.close_connection = True
            return self.reply(413, [("Content-Type", "text/plain")], str(error).encode())
        if self.path.startswith("/__faults/"):
            return self.control(body)
        if self.path.startswith(PASS_THROUGH_PREFIXES):
            return self.relay(self.forward(body))
        with self.server.slots:
            service, protocol, operation = request_profile(self.command, self.path, self.headers, body)
            name = "%s:%s" % (service, operation) if ":" not in operation else operation
            kind = schedule.draw(name)
            if kind == "reset-before":
                return self.reset()
            if kind in ("500", "503", "throttle"):
                status, headers, payload = error_reply(protocol, kind, str(uuid.uuid4()))
                return self.reply(status, headers, payload)
            if operation == "PutRecordBatch":
                return self.serve_record_batch(kind, body)
            upstream = self.forward(body)
            if kind == "reset-after":
                return self.reset()
            if kind == "truncate":
                return self.relay(upstream, truncate=True)
            if kind == "slow":
                time.sleep(schedule.slow_seconds)
            if self.command != "HEAD":
                schedule.count_body(name, len(upstream.body))
            return self.relay(upstream)

    def serve_record_batch(self, kind, body):
        """A PutRecordBatch that reaches the emulator (no fault, or one that strikes after it): some records
        failed by name, and the records stored in a call whose reply is then lost counted."""
        try:
            count = len(json.loads(body or b"{}").get("Records") or [])
        except (ValueError, AttributeError):
            count = 0
        failed = self.server.schedule.fail_records(count)
        extra = [(FAIL_RECORDS_HEADER, ",".join(str(i) for i in failed))] if failed else []
        upstream = self.forward(body, extra)
        if kind in LOST_REPLY_KINDS and upstream.status == 200:
            self.server.schedule.count_lost_reply(count - len(failed))
        if kind == "reset-after":
            return self.reset()
        if kind == "truncate":
            return self.relay(upstream, truncate=True)
        if kind == "slow":
            time.sleep(self.server.schedule.slow_seconds)
        return self.relay(upstream)

    def forward(self, body, extra_headers=()):
        """Sends the request to the emulator exactly as received (plus any unsigned `extra_headers`, which
        SigV4 ignores) and reads the whole reply."""
        host, port = self.server.upstream
        lines = ["%s %s %s" % (self.command, self.path, self.request_version)]
        lines += ["%s: %s" % (name, value) for name, value in self.headers.items()]
        lines += ["%s: %s" % (name, value) for name, value in extra_headers]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        with socket.create_connection((host, port), timeout=UPSTREAM_TIMEOUT) as sock:
            sock.sendall(head + body)
            response = http.client.HTTPResponse(sock, method=self.command)
            response.begin()
            payload = response.read()
            headers = [(k, v) for k, v in response.getheaders()
                       if k.lower() not in ("transfer-encoding", "connection", "content-length")]
            reply = UpstreamReply(response.status, response.reason, headers, payload)
            if self.command == "HEAD":
                length = response.getheader("Content-Length")
                if length is not None:
                    reply.headers.append(("Content-Length", length))
        self.server.schedule.count_forwarded()
        return reply

    def relay(self, upstream, truncate=False):
        self.send_response_only(upstream.status, upstream.reason)
        for name, value in upstream.headers:
            self.send_header(name, value)
        if self.command != "HEAD":
            self.send_header("Content-Length", str(len(upstream.body)))
        if truncate:
            # Cut the reply off mid-body; a reply with no body (PutObject, HEAD) is cut mid-headers instead,
            # so the client never holds a complete reply.
            head = b"".join(self._headers_buffer) + b"\r\n"
            self._headers_buffer = []
            body = b"" if self.command == "HEAD" else upstream.body
            whole = head + body
            cut = len(head) + len(body) // 2 if body else len(head) // 2
            self.wfile.write(whole[:cut])
            self.wfile.flush()
            time.sleep(0.02)  # let the partial reply reach the client before the reset discards it
            return self.reset()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(upstream.body)
        self.wfile.flush()

    def reply(self, status, headers, body):
        self.send_response_only(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(0 if self.command == "HEAD" else len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.wfile.flush()

    def reset(self):
        """Closes the client's connection with a TCP RST (SO_LINGER 0) rather than an orderly FIN."""
        try:
            self.wfile.flush()
        except OSError:
            pass
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def control(self, body):
        schedule = self.server.schedule
        route = urlsplit(self.path).path
        try:
            if route == "/__faults/stats" and self.command == "GET":
                result = schedule.stats()
            elif route == "/__faults/reset" and self.command == "POST":
                schedule.reset()
                result = schedule.stats()
            elif route == "/__faults/config" and self.command == "POST":
                schedule.configure(json.loads(body or b"{}"))
                result = schedule.stats()
            else:
                return self.reply(404, [("Content-Type", "application/json")],
                                  b'{"error":"unknown fault proxy route"}')
        except (ValueError, TypeError) as error:
            return self.reply(400, [("Content-Type", "application/json")],
                              json.dumps({"error": str(error)}).encode())
        self.reply(200, [("Content-Type", "application/json")], json.dumps(result).encode())


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        pass


def loopback_upstream(url):
    parts = urlsplit(url.strip())
    if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost") or not parts.port:
        raise SystemExit("fault proxy: --upstream must be http://127.0.0.1:PORT (the emulator), not %r" % url)
    return "127.0.0.1", parts.port


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--upstream", help="the emulator's endpoint, http://127.0.0.1:PORT")
    target.add_argument("--upstream-file", help="a file holding the emulator's endpoint (.emulator/endpoint)")
    parser.add_argument("--endpoint-file", help="where to write this proxy's endpoint once it listens")
    parser.add_argument("--rate", type=float, default=0.2, help="share of requests answered with a fault")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="all", help="comma-separated subset of: " + ", ".join(KINDS))
    parser.add_argument("--slow-seconds", type=float, default=3.0)
    args = parser.parse_args()

    upstream = args.upstream
    if args.upstream_file:
        with open(args.upstream_file) as f:
            upstream = f.read()
    try:
        kinds = parse_kinds(args.kinds)
    except ValueError as error:
        raise SystemExit("fault proxy: %s" % error)
    if not 0 <= args.rate <= 1:
        raise SystemExit("fault proxy: --rate must be between 0 and 1")

    server = Server(("127.0.0.1", 0), Handler)
    server.upstream = loopback_upstream(upstream)
    server.schedule = Schedule(args.rate, args.seed, kinds, args.slow_seconds)
    server.slots = threading.BoundedSemaphore(MAX_CONCURRENT)
    endpoint = "http://127.0.0.1:%d" % server.server_address[1]
    if args.endpoint_file:
        tmp = args.endpoint_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(endpoint + "\n")
        os.replace(tmp, args.endpoint_file)
    print(endpoint, flush=True)

    def stop(*_):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
