#if !_endian(little)
    #error(
        "LakeCodec's Parquet decoders copy little-endian values straight into memory; add byte swaps for big-endian hosts"
    )
#endif

/// Safety limits for the Parquet decoders. A page header or an encoded stream declares counts and sizes;
/// these bound what one call may allocate, so a few hostile bytes cannot ask for gigabytes.
enum EncodingLimits {
    /// Most values one decode call produces. Parquet page value counts are `i32`; 2^28 four-byte values
    /// is 1 GiB, the same ceiling as `Decompressor.maxUncompressedSize`.
    static let maxValues = 1 << 28

    /// Largest DELTA_BINARY_PACKED block size accepted (the spec's writers use 128 or 256).
    static let maxDeltaBlockSize = 1 << 16

    /// Throws unless `count` is a usable value count.
    @inline(__always)
    static func checkCount(_ count: Int, _ what: @autoclosure () -> String, offset: Int) throws {
        guard count >= 0 else {
            throw CodecError.corrupt(what: what(), offset: offset, reason: "negative value count \(count)")
        }
        guard count <= maxValues else {
            throw CodecError.limitExceeded(what: what(), value: count, limit: maxValues)
        }
    }

    /// `count * width` bytes, throwing `truncated` if that is more than `cursor` holds (checked, so
    /// an overflowing product is reported as truncation rather than wrapping).
    @inline(__always)
    static func byteCount(_ count: Int, width: Int, in cursor: ByteCursor, _ what: @autoclosure () -> String) throws
        -> Int
    {
        let (n, overflow) = count.multipliedReportingOverflow(by: width)
        guard !overflow, n <= cursor.remaining else {
            throw CodecError.truncated(
                what: what(), offset: cursor.fileOffset,
                needed: overflow ? Int.max : n, available: cursor.remaining)
        }
        return n
    }
}
