/// PLAIN decoding (Encodings.md, "Plain: (PLAIN = 0)"): values back to back, little endian. Numbers are
/// copied into the output array with one `memcpy` per page; byte arrays are walked once, lengths checked
/// against the bytes left before anything is appended.
///
/// Every function appends exactly `count` values or throws; on a throw `into` is left as it was, except
/// for byte arrays where values decoded before the bad one stay appended.
enum PlainDecoder {
    /// Booleans, bit-packed LSB first, `ceil(count / 8)` bytes.
    static func decodeBooleans(_ c: inout ByteCursor, count: Int, into out: inout [Bool]) throws {
        try EncodingLimits.checkCount(count, "PLAIN booleans", offset: c.fileOffset)
        let nBytes = (count + 7) / 8
        let r = try c.take(nBytes, "PLAIN booleans (\(count) values)")
        out.reserveForAppending(count)
        c.bytes.withUnsafeBufferPointer { buf in
            var left = count
            var i = r.lowerBound
            while left >= 8 {
                let b = buf[i]
                out.append(b & 0x01 != 0); out.append(b & 0x02 != 0)
                out.append(b & 0x04 != 0); out.append(b & 0x08 != 0)
                out.append(b & 0x10 != 0); out.append(b & 0x20 != 0)
                out.append(b & 0x40 != 0); out.append(b & 0x80 != 0)
                left -= 8
                i += 1
            }
            if left > 0 {
                let b = buf[i]
                for j in 0..<left { out.append((b >> UInt8(j)) & 1 != 0) }
            }
        }
    }

    static func decodeInt32(_ c: inout ByteCursor, count: Int, into out: inout [Int32]) throws {
        try copyLittleEndian(&c, count: count, into: &out, what: "PLAIN INT32")
    }

    static func decodeInt64(_ c: inout ByteCursor, count: Int, into out: inout [Int64]) throws {
        try copyLittleEndian(&c, count: count, into: &out, what: "PLAIN INT64")
    }

    static func decodeFloat(_ c: inout ByteCursor, count: Int, into out: inout [Float]) throws {
        try copyLittleEndian(&c, count: count, into: &out, what: "PLAIN FLOAT")
    }

    static func decodeDouble(_ c: inout ByteCursor, count: Int, into out: inout [Double]) throws {
        try copyLittleEndian(&c, count: count, into: &out, what: "PLAIN DOUBLE")
    }

    static func decodeInt96(_ c: inout ByteCursor, count: Int, into out: inout [Int96]) throws {
        try EncodingLimits.checkCount(count, "PLAIN INT96", offset: c.fileOffset)
        let n = try EncodingLimits.byteCount(count, width: 12, in: c, "PLAIN INT96 (\(count) values)")
        let r = try c.take(n, "PLAIN INT96")
        out.reserveForAppending(count)
        c.bytes.withUnsafeBytes { raw in
            var p = r.lowerBound
            for _ in 0..<count {
                out.append(
                    Int96(
                        lo: raw.loadUnaligned(fromByteOffset: p, as: UInt64.self),
                        hi: raw.loadUnaligned(fromByteOffset: p + 8, as: UInt32.self)))
                p += 12
            }
        }
    }

    /// BYTE_ARRAY: each value is a 4-byte little-endian length then that many bytes.
    ///
    /// Two passes over the page: the first walks the lengths, checking each against the bytes left and
    /// writing the offsets; the second copies the values into storage sized exactly once. On a throw,
    /// `into` is unchanged.
    static func decodeByteArrays(_ c: inout ByteCursor, count: Int, into out: inout BinaryArray) throws {
        try EncodingLimits.checkCount(count, "PLAIN BYTE_ARRAY", offset: c.fileOffset)
        // Every value needs at least its 4 length bytes: check before reserving.
        _ = try EncodingLimits.byteCount(count, width: 4, in: c, "PLAIN BYTE_ARRAY lengths (\(count) values)")
        let start = c.position
        let end = c.end
        let baseOffsets = out.offsets.count
        let baseBytes = out.bytes.count
        out.offsets.reserveForAppending(count)
        // Pass 1: offsets (relative to the values' bytes) and the end of the encoded values.
        let consumed: Int = try c.bytes.withUnsafeBytes { raw in
            var p = start
            var total = baseBytes
            for k in 0..<count {
                guard end - p >= 4 else {
                    out.offsets.removeSubrange(baseOffsets...)
                    throw CodecError.truncated(
                        what: "PLAIN BYTE_ARRAY length of value \(k)",
                        offset: c.baseOffset + p, needed: 4, available: end - p)
                }
                let len = Int(raw.loadUnaligned(fromByteOffset: p, as: UInt32.self))
                p += 4
                guard len <= end - p else {
                    out.offsets.removeSubrange(baseOffsets...)
                    throw CodecError.truncated(
                        what: "PLAIN BYTE_ARRAY value \(k)", offset: c.baseOffset + p,
                        needed: len, available: end - p)
                }
                p += len
                total += len
                // Bytes come from a buffer under 2 GiB per page, but earlier pages may fill the array.
                guard total <= BinaryArray.maxByteCount else {
                    out.offsets.removeSubrange(baseOffsets...)
                    throw CodecError.limitExceeded(
                        what: "byte array column size", value: total,
                        limit: BinaryArray.maxByteCount)
                }
                out.offsets.append(Int32(truncatingIfNeeded: total))
            }
            return p - start
        }
        // Pass 2: copy each value after its length prefix, into new storage the values fill exactly.
        let added = Int(out.offsets[out.offsets.count - 1]) - baseBytes
        c.bytes.withUnsafeBytes { raw in
            out.offsets.withUnsafeBufferPointer { offsets in
                out.bytes.appendUninitialized(added) { region in
                    let dst = UnsafeMutableRawBufferPointer(region)
                    guard let s = raw.baseAddress, let d = dst.baseAddress else {
                        region.initialize(repeating: 0)  // unreachable: values were read from `raw`
                        return
                    }
                    var p = start
                    var at = 0
                    for k in 0..<count {
                        let next = Int(offsets[baseOffsets + k]) - baseBytes
                        let len = next - at
                        // A short value (most strings of a category or code column) moves as two 8-byte
                        // words instead of a `memcpy` call, where 16 bytes can be read and written: the bytes
                        // past its end are the next length prefix, and the next value overwrites them.
                        if len <= 16 && p + 20 <= end && at + 16 <= dst.count {
                            ByteWords.copy16(from: s + p + 4, to: d + at)
                        } else {
                            (d + at).copyMemory(from: s + p + 4, byteCount: len)
                        }
                        p += 4 + len
                        at = next
                    }
                }
            }
        }
        out.count += count
        try c.skip(consumed, "PLAIN BYTE_ARRAY")
    }

    /// FIXED_LEN_BYTE_ARRAY: `count` values of `typeLength` bytes each, no lengths.
    static func decodeFixedLenByteArrays(
        _ c: inout ByteCursor, count: Int, typeLength: Int, into out: inout BinaryArray
    ) throws {
        try EncodingLimits.checkCount(count, "PLAIN FIXED_LEN_BYTE_ARRAY", offset: c.fileOffset)
        guard typeLength >= 0 else {
            throw CodecError.corrupt(
                what: "FIXED_LEN_BYTE_ARRAY type length", offset: c.fileOffset,
                reason: "negative length \(typeLength)")
        }
        let n = try EncodingLimits.byteCount(
            count, width: typeLength, in: c,
            "PLAIN FIXED_LEN_BYTE_ARRAY (\(count) × \(typeLength) bytes)")
        let r = try c.take(n, "PLAIN FIXED_LEN_BYTE_ARRAY")
        try out.appendFixedWidth(c.bytes[r], count: count, width: typeLength)
    }

    /// One bulk copy of `count` little-endian fixed-width values (the host is little endian, see
    /// EncodingLimits.swift). The array is grown with zeros and then overwritten, which is two fast passes
    /// rather than one slow per-value loop.
    @inline(__always)
    static func copyLittleEndian<T: BitwiseCopyable & AdditiveArithmetic>(
        _ c: inout ByteCursor, count: Int, into out: inout [T], what: String
    ) throws {
        try EncodingLimits.checkCount(count, what, offset: c.fileOffset)
        let n = try EncodingLimits.byteCount(count, width: MemoryLayout<T>.size, in: c, "\(what) (\(count) values)")
        let r = try c.take(n, what)
        guard n > 0 else { return }
        c.bytes.withUnsafeBytes { src in
            out.appendUninitialized(count) { dst in
                UnsafeMutableRawBufferPointer(dst).copyMemory(from: UnsafeRawBufferPointer(rebasing: src[r]))
            }
        }
    }
}
