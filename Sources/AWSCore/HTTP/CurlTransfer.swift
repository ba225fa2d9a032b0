import CCurl
import Foundation

/// The state of one transfer, shared with libcurl's C callbacks through an opaque pointer.
///
/// `@unchecked Sendable` is safe because: the callbacks and `perform` run on the one thread that calls
/// `curl_easy_perform`, so the mutable buffers are only touched there; the only field written from another
/// thread is `cancelled`, which is guarded by `lock`.
final class CurlTransfer: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    /// Upload source: in-memory bytes or an open file.
    private let uploadBytes: [UInt8]
    private var uploadOffset = 0
    private let uploadFile: FileHandle?

    /// Download target when the caller asked for the body on disk (only used for 2xx answers, so an
    /// error body is still available to decode).
    private let downloadPath: String?
    private var downloadFile: FileHandle?
    private var decidedDestination = false
    private(set) var wroteToFile = false
    private(set) var fileError: String?

    private(set) var body: [UInt8] = []
    private(set) var headers: [HTTPHeader] = []
    /// Set by the transport so the write callback can ask for the status on first byte.
    var handle: UnsafeMutableRawPointer?

    init(uploadBytes: [UInt8], uploadFile: FileHandle?, downloadPath: String?) {
        self.uploadBytes = uploadBytes
        self.uploadFile = uploadFile
        self.downloadPath = downloadPath
    }

    deinit {
        try? uploadFile?.close()
        try? downloadFile?.close()
    }

    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Flushes and closes the download file (called after perform, before reporting success).
    func finishDownload() {
        try? downloadFile?.synchronize()
        try? downloadFile?.close()
        downloadFile = nil
    }

    // MARK: - Callback bodies

    /// READFUNCTION: copies up to `capacity` bytes of the request body into curl's buffer.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        if let file = uploadFile {
            // nil or empty data means end of file; a read error aborts the transfer.
            let data: Data
            do { data = try file.read(upToCount: capacity) ?? Data() } catch { return Int(CURL_READFUNC_ABORT) }
            data.withUnsafeBytes { raw in
                if let base = raw.baseAddress {
                    UnsafeMutableRawPointer(buffer).copyMemory(from: base, byteCount: raw.count)
                }
            }
            return data.count
        }
        let remaining = uploadBytes.count - uploadOffset
        let count = min(remaining, capacity)
        guard count > 0 else { return 0 }
        uploadBytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress {
                UnsafeMutableRawPointer(buffer).copyMemory(from: base + uploadOffset, byteCount: count)
            }
        }
        uploadOffset += count
        return count
    }

    /// WRITEFUNCTION: appends response bytes to memory or to the download file. Returning a short count
    /// makes curl fail the transfer with CURLE_WRITE_ERROR.
    func write(_ buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int {
        if !decidedDestination {
            decidedDestination = true
            if let path = downloadPath, (200..<300).contains(currentStatus()) {
                if FileManager.default.createFile(atPath: path, contents: nil),
                    let file = FileHandle(forWritingAtPath: path)
                {
                    downloadFile = file
                    wroteToFile = true
                } else {
                    fileError = "cannot create the file"
                    return 0
                }
            }
        }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: count)
        if let file = downloadFile {
            do { try file.write(contentsOf: Data(bytes)) } catch {
                fileError = "write failed: \(error.localizedDescription)"
                return 0
            }
        } else {
            body.append(contentsOf: bytes)
        }
        return count
    }

    /// HEADERFUNCTION: one raw header line per call. A status line starts a new header block (after a
    /// `100 Continue` or a proxy CONNECT), so earlier headers are dropped.
    func header(_ buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int {
        let raw = UnsafeRawBufferPointer(start: buffer, count: count)
        let line = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append(HTTPHeader(name, value))
        }
        return count
    }

    /// If the download was started but later there was nothing to write (empty 2xx body), still create
    /// the file so the caller finds what it asked for.
    func ensureDownloadFileForEmptyBody(status: Int) -> Bool {
        guard let path = downloadPath, !decidedDestination, (200..<300).contains(status) else { return wroteToFile }
        decidedDestination = true
        if FileManager.default.createFile(atPath: path, contents: nil) {
            wroteToFile = true
        } else {
            fileError = "cannot create the file"
        }
        return wroteToFile
    }

    private func currentStatus() -> Int {
        guard let handle else { return 0 }
        var code: Int = 0
        _ = lakectl_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }
}
