/// Random access to the bytes of one file, wherever they live: a local file read with `pread`, or the
/// byte ranges of an S3 object fetched ahead of decoding. The Parquet reader reads only through this,
/// so the codec decodes a remote object exactly as it decodes a local file and stays free of AWS: the
/// fetching (ranged GETs, in parallel) is the caller's, done before the reader asks for the bytes.
package protocol ByteSource: Sendable {
    /// What errors name: a path or an `s3://` URL.
    var name: String { get }
    /// The total size in bytes.
    var size: Int { get }
    /// Exactly `count` bytes at `offset`; a range outside the source is a typed error naming `what`.
    func read(offset: Int, count: Int, what: String) throws -> [UInt8]
    /// Exactly `buffer.count` bytes at `offset`, written into `buffer`: a reader that streams a column
    /// chunk refills one buffer instead of allocating (and page-faulting) an array per read.
    func read(offset: Int, into buffer: UnsafeMutableRawBufferPointer, what: String) throws
}

extension ByteSource {
    /// Through `read(offset:count:what:)`, for sources whose bytes are already in memory.
    package func read(offset: Int, into buffer: UnsafeMutableRawBufferPointer, what: String) throws {
        let bytes = try read(offset: offset, count: buffer.count, what: what)
        buffer.copyBytes(from: bytes)
    }
}
