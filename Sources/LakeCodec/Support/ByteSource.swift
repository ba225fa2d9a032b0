/// Random access to the bytes of one file, wherever they live: a local file read with `pread`, or the
/// byte ranges of an S3 object fetched ahead of decoding. The Parquet reader reads only through this,
/// so the codec decodes a remote object exactly as it decodes a local file and stays free of AWS: the
/// fetching (ranged GETs, in parallel) is the caller's, done before the reader asks for the bytes.
package protocol ByteSource: Sendable {
    /// What errors name: a path or an `s3://` URL.
    var name: String { get }
    /// The total size in bytes.
    var size: Int { get }
    /// Exactly `buffer.count` bytes at `offset`, written into `buffer`; a range outside the source is a
    /// typed error naming `what`. The one primitive, so a reader that streams a column chunk refills one
    /// buffer instead of allocating (and page-faulting) an array per read.
    func read(offset: Int, into buffer: UnsafeMutableRawBufferPointer, what: String) throws
}

extension ByteSource {
    /// Exactly `count` bytes at `offset`, in a new array; a range outside the source is a typed error
    /// naming `what`, raised before anything is allocated.
    package func read(offset: Int, count: Int, what: String) throws -> [UInt8] {
        try checkRange(offset: offset, count: count, what: what)
        // Uninitialized storage: zero-filling it first would write (and fault in) every page twice.
        return try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            try read(offset: offset, into: UnsafeMutableRawBufferPointer(buffer), what: what)
            initialized = count
        }
    }

    /// Throws unless `count` bytes at `offset` lie inside the source.
    package func checkRange(offset: Int, count: Int, what: String) throws {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else {
            throw CodecError.corrupt(
                what: what, offset: offset,
                reason: "range of \(count) bytes at \(offset) lies outside the file of \(size) bytes")
        }
    }
}
