#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written sequentially under a temporary name (`path + ".tmp"`) and renamed onto `path` only by
/// `commit()`, so a failed conversion never leaves a half-written output: `discard()` (or deinit without
/// commit) removes the temporary file. A class because it owns the descriptor; not `Sendable`.
final class OutputFile {
    let path: String
    let temporaryPath: String
    private var fd: Int32
    private(set) var offset: Int64 = 0

    init(path: String) throws {
        self.path = path
        temporaryPath = path + ".tmp"
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw CodecError.io(path: temporaryPath, reason: "cannot create: \(String(cString: strerror(errno)))")
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                guard let base = raw.baseAddress else { return }
                let n = Glibc.write(fd, base + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw CodecError.io(
                        path: temporaryPath, reason: "write failed: \(String(cString: strerror(errno)))")
                }
                done += n
            }
        }
        offset += Int64(bytes.count)
    }

    /// Closes the file and renames it onto `path`.
    func commit() throws {
        guard fd >= 0 else { return }
        let closed = close(fd)
        fd = -1
        guard closed == 0 else {
            unlink(temporaryPath)
            throw CodecError.io(path: temporaryPath, reason: "close failed: \(String(cString: strerror(errno)))")
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CodecError.io(path: path, reason: "cannot rename \(temporaryPath) onto it: \(reason)")
        }
    }

    /// Closes and removes the temporary file.
    func discard() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporaryPath)
    }

    deinit { discard() }
}
