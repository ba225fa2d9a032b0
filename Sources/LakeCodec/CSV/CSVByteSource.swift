import CCompression

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the reader's bytes come from, one chunk at a time: memory, a file, or a gzip stream over a file
/// (Glue classifies gzip CSVs, DuckDB reads them, and the corpus has several). Gzip is recognised by its
/// magic bytes, not the file name, and concatenated gzip members are read through.
///
/// A class because it owns a file descriptor and a zlib stream that must be released exactly once; it is
/// not `Sendable` and is used by one reader on one task.
package final class CSVByteSource {
    private enum Backing {
        case memory([UInt8], position: Int)
        case file(Int32)
        case gzip(Int32)
    }

    private var backing: Backing
    /// A name for error messages: the path, or `<memory>`.
    package let name: String
    private var stream = z_stream()
    private var inflating = false
    /// zlib keeps `next_in` pointing into this between calls, so it is manually allocated (an array's
    /// storage may move) and freed in `deinit`.
    private var compressed: UnsafeMutableBufferPointer<UInt8>?
    private var compressedEOF = false
    /// A gzip member has started and not yet reached its end marker (so EOF now means truncation).
    private var memberOpen = false

    package init(bytes: [UInt8], name: String = "<memory>") {
        backing = .memory(bytes, position: 0)
        self.name = name
    }

    /// Opens `path`, switching to gzip decoding when the file starts with the gzip magic `1f 8b`.
    package init(path: String) throws {
        name = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CodecError.io(path: path, reason: String(cString: strerror(errno))) }
        var magic: [UInt8] = [0, 0]
        let got = magic.withUnsafeMutableBytes { read(fd, $0.baseAddress, 2) }
        guard lseek(fd, 0, SEEK_SET) == 0 else {
            close(fd)
            throw CodecError.io(path: path, reason: "cannot seek: \(String(cString: strerror(errno)))")
        }
        if got == 2 && magic[0] == 0x1F && magic[1] == 0x8B {
            backing = .gzip(fd)
            let rc = inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
            guard rc == Z_OK else {
                close(fd)
                throw CodecError.compression(codec: "gzip", reason: "inflateInit2 returned \(rc)")
            }
            inflating = true
            compressed = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256 << 10)
        } else {
            backing = .file(fd)
        }
    }

    deinit {
        switch backing {
        case .file(let fd), .gzip(let fd): close(fd)
        case .memory: break
        }
        if inflating { inflateEnd(&stream) }
        compressed?.deallocate()
        scratch.deallocate()
    }

    /// Appends up to `maxBytes` bytes to `buffer`; returns how many were added, 0 only at the end of input.
    package func readChunk(into buffer: inout [UInt8], maxBytes: Int) throws -> Int {
        switch backing {
        case .memory(let bytes, let position):
            let take = min(maxBytes, bytes.count - position)
            guard take > 0 else { return 0 }
            buffer.append(contentsOf: bytes[position..<(position + take)])
            backing = .memory(bytes, position: position + take)
            return take
        case .file(let fd):
            return try readFile(fd, into: &buffer, maxBytes: maxBytes)
        case .gzip(let fd):
            return try inflateChunk(fd, into: &buffer, maxBytes: maxBytes)
        }
    }

    /// Reused landing area for `read(2)` and `inflate`, so a chunk is copied once into the caller's
    /// buffer instead of zero-filling the caller's array first.
    private var scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    private func scratchArea(_ size: Int) -> UnsafeMutableRawBufferPointer {
        if scratch.count < size {
            scratch.deallocate()
            scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        }
        return scratch
    }

    private func readFile(_ fd: Int32, into buffer: inout [UInt8], maxBytes: Int) throws -> Int {
        let area = scratchArea(maxBytes)
        let got = read(fd, area.baseAddress, maxBytes)
        guard got >= 0 else { throw CodecError.io(path: name, reason: String(cString: strerror(errno))) }
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: area[0..<got]))
        return got
    }

    private func inflateChunk(_ fd: Int32, into buffer: inout [UInt8], maxBytes: Int) throws -> Int {
        guard let input = compressed, let inputBase = input.baseAddress else { return 0 }
        let area = scratchArea(maxBytes)
        var produced = 0
        while produced == 0 {
            if stream.avail_in == 0 && !compressedEOF {
                let got = read(fd, inputBase, input.count)
                guard got >= 0 else {
                    throw CodecError.io(path: name, reason: String(cString: strerror(errno)))
                }
                stream.next_in = inputBase
                stream.avail_in = UInt32(clamping: got)
                compressedEOF = got == 0
            }
            if stream.avail_in == 0 && compressedEOF {
                if memberOpen {
                    throw CodecError.compression(codec: "gzip", reason: "\(name): the compressed stream ends early")
                }
                break
            }
            memberOpen = true
            stream.next_out = area.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) + produced }
            let offered = min(maxBytes - produced, Int(UInt32.max))
            stream.avail_out = UInt32(offered)
            let rc = inflate(&stream, Z_NO_FLUSH)
            produced += offered - Int(stream.avail_out)
            if rc == Z_STREAM_END {
                memberOpen = false
                // Another gzip member may follow (concatenated files); start over on the rest.
                if stream.avail_in > 0 || !compressedEOF { inflateReset(&stream) } else { break }
            } else if rc != Z_OK && rc != Z_BUF_ERROR {
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(rc)"
                throw CodecError.compression(codec: "gzip", reason: "\(name): \(message)")
            }
        }
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: area[0..<produced]))
        return produced
    }
}
