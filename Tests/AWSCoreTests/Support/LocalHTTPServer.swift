import Foundation

/// A real HTTP/1.1 keep-alive server on 127.0.0.1 (a free port chosen by the OS), run by python3 for
/// transport tests. The test that starts one stops it.
final class LocalHTTPServer: @unchecked Sendable {
    // @unchecked Sendable: `process` is set once in init and only terminated afterwards.
    let port: Int
    private let process: Process

    var baseURL: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", LocalHTTPServer.script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw ServerError.noPort(text)
        }
        self.port = port
        self.process = process
    }

    func stop() {
        // SIGKILL, not terminate(): a child spawned from a test thread inherits its blocked-signal
        // mask, so SIGTERM may never be delivered.
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    enum ServerError: Error { case noPort(String) }

    static let script = #"""
        import hashlib, http.server, socket, struct, sys, threading, time
        lock = threading.Lock()
        active = 0
        peak = 0
        class H(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            def log_message(self, *a): pass
            def reply(self, code, body, ctype="text/plain", extra=()):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in extra: self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
            def do_GET(self):
                if self.path.startswith("/big"):
                    n = int(self.path.split("=")[1])
                    self.reply(200, (bytes(range(251)) * (n // 251 + 1))[:n], "application/octet-stream")
                elif self.path == "/slow":
                    time.sleep(600)
                    self.reply(200, b"late")
                elif self.path.startswith("/sleep"):
                    global active, peak
                    with lock:
                        active += 1
                        peak = max(peak, active)
                    time.sleep(float(self.path.split("=")[1]))
                    with lock:
                        active -= 1
                        seen = peak
                    self.reply(200, str(seen).encode())
                elif self.path == "/cut":
                    # Promises 100 bytes, sends 40, then resets the connection (a reply cut off mid-body).
                    self.send_response(200)
                    self.send_header("Content-Length", "100")
                    self.end_headers()
                    self.wfile.write(b"x" * 40)
                    self.wfile.flush()
                    time.sleep(0.02)
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    self.connection.close()
                elif self.path == "/missing":
                    self.reply(404, b"<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>", "application/xml")
                elif self.path == "/headers":
                    self.reply(200, "".join("%s: %s\n" % (k, v) for k, v in self.headers.items()).encode())
                else:
                    self.reply(200, b"hello", extra=[("X-Echo", "one")])
            def do_PUT(self):
                n = int(self.headers.get("Content-Length", "0"))
                data = self.rfile.read(n)
                self.reply(200, ("%s %d %s" % (hashlib.sha256(data).hexdigest(), len(data), self.command)).encode())
            do_POST = do_PUT
            do_PATCH = do_PUT
            def do_DELETE(self): self.reply(204, b"")
            def do_HEAD(self):
                self.send_response(200)
                self.send_header("Content-Length", "5")
                self.end_headers()
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        print(srv.server_address[1], flush=True)
        srv.serve_forever()
        """#
}
