/// BYTE_STREAM_SPLIT encoder (Encodings.md, "Byte Stream Split"): the inverse of
/// `ByteStreamSplitDecoder`, for the writer and tests.
enum ByteStreamSplitEncoder {
    /// `values` holds `values.count / width` values of `width` bytes back to back.
    static func encode(_ values: [UInt8], width: Int, into out: inout [UInt8]) {
        guard width > 0 else { return }
        let count = values.count / width
        out.reserveForAppending(count * width)
        for k in 0..<width {
            for i in 0..<count { out.append(values[i * width + k]) }
        }
    }

    static func encode<T: BitwiseCopyable>(_ values: [T], into out: inout [UInt8]) {
        let bytes = values.withUnsafeBytes { Array($0) }
        encode(bytes, width: MemoryLayout<T>.size, into: &out)
    }
}
