#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only file read at explicit offsets (`pread`), so column chunks are read on demand and memory
/// stays bounded by what is being decoded, not by the file size.
///
/// `@unchecked Sendable`: the descriptor is immutable after `init` and `pread` does not use or move the
/// file position, so concurrent reads from several tasks are safe; it is closed once, in `deinit`.
final class RandomAccessFile: @unchecked Sendable {
    let path: String
    let size: Int
    private let fd: Int32

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CodecError.io(path: path, reason: "cannot open: \(String(cString: strerror(errno)))")
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            throw CodecError.io(path: path, reason: "cannot stat: \(String(cString: strerror(errno)))")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw CodecError.io(path: path, reason: "is a directory, not a Parquet file")
        }
        self.fd = fd
        self.size = Int(st.st_size)
    }

    deinit { close(fd) }

    /// Reads exactly `buffer.count` bytes at `offset` into `buffer`; the range must lie inside the file.
    func read(offset: Int, into buffer: UnsafeMutableRawBufferPointer, what: String) throws {
        try checkRange(offset: offset, count: buffer.count, what: what)
        try readFully(offset: offset, into: buffer)
    }

    /// `pread` until `buffer` is full (a read may return fewer bytes, or be interrupted).
    private func readFully(offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws {
        guard let base = buffer.baseAddress else { return }
        var done = 0
        while done < buffer.count {
            let n = pread(fd, base + done, buffer.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw CodecError.io(path: path, reason: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { throw CodecError.io(path: path, reason: "file shrank while reading") }
            done += n
        }
    }
}
