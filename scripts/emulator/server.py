#!/usr/bin/env python3
"""lakectl's test emulator: moto's own WSGI app on 127.0.0.1, in this process.

Binds port 0 (the kernel picks a free port, so parallel runs never collide), writes the endpoint to
--endpoint-file once it is listening, and serves until SIGTERM. Speaks HTTP/1.1 so clients can keep
connections alive, as they do against AWS.

The gap layer (scripts/emulator/gaps/) sits in front of moto for the behaviours EMULATOR.md lists as
missing; every other request goes to moto unchanged.
"""
import argparse
import os
import signal
import sys

from werkzeug.serving import WSGIRequestHandler, make_server
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gaps import GapLayer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--endpoint-file", required=True)
    args = parser.parse_args()

    WSGIRequestHandler.protocol_version = "HTTP/1.1"
    app = GapLayer(DomainDispatcherApplication(create_backend_app))
    server = make_server(args.host, args.port, app, threaded=True)
    host, port = server.server_address[:2]
    tmp = args.endpoint_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"http://{host}:{port}\n")
    os.replace(tmp, args.endpoint_file)

    def stop(*_):
        # shutdown() waits for serve_forever to return, so it must run off the serving thread.
        import threading
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
