/// A bounds-checked reader over a byte buffer. Every read checks the bytes left first and throws
/// `CodecError.truncated` naming what was being read and where, so decoders of untrusted files cannot
/// read past the end or trap. `offset` is relative to the start of `bytes`; `baseOffset` is added in
/// error messages so they point at the byte in the file, not in the slice.
struct ByteCursor {
    let bytes: [UInt8]
    private(set) var position: Int
    let end: Int
    let baseOffset: Int

    init(_ bytes: [UInt8], start: Int = 0, end: Int? = nil, baseOffset: Int = 0) {
        self.bytes = bytes
        let upper = min(end ?? bytes.count, bytes.count)
        self.position = max(0, min(start, upper))
        self.end = upper
        self.baseOffset = baseOffset
    }

    var remaining: Int { end - position }
    var isAtEnd: Bool { position >= end }
    /// Position in the file, for error messages.
    var fileOffset: Int { baseOffset &+ position }

    mutating func readByte(_ what: @autoclosure () -> String) throws -> UInt8 {
        guard position < end else {
            throw CodecError.truncated(what: what(), offset: fileOffset, needed: 1, available: 0)
        }
        let b = bytes[position]
        position += 1
        return b
    }

    /// The next `count` bytes as an index range into `bytes` (no copy).
    mutating func take(_ count: Int, _ what: @autoclosure () -> String) throws -> Range<Int> {
        guard count >= 0 else {
            throw CodecError.corrupt(what: what(), offset: fileOffset, reason: "negative length \(count)")
        }
        guard count <= remaining else {
            throw CodecError.truncated(what: what(), offset: fileOffset, needed: count, available: remaining)
        }
        let r = position..<(position + count)
        position += count
        return r
    }

    mutating func skip(_ count: Int, _ what: @autoclosure () -> String) throws {
        _ = try take(count, what())
    }

    mutating func readUInt32LE(_ what: @autoclosure () -> String) throws -> UInt32 {
        let r = try take(4, what())
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[r.lowerBound + i]) << (8 * UInt32(i)) }
        return v
    }

    /// ULEB128 varint, at most 10 bytes (64 bits).
    mutating func readVarUInt64(_ what: @autoclosure () -> String) throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let start = fileOffset
            let b = try readByte(what())
            if shift == 63 && b > 1 {
                throw CodecError.corrupt(what: what(), offset: start, reason: "varint overflows 64 bits")
            }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 {
                throw CodecError.corrupt(what: what(), offset: start, reason: "varint longer than 10 bytes")
            }
        }
    }

    /// Zigzag-encoded signed varint (Thrift compact, DELTA_BINARY_PACKED).
    mutating func readZigZagInt64(_ what: @autoclosure () -> String) throws -> Int64 {
        let u = try readVarUInt64(what())
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }
}
