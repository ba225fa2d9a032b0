/// Snappy's raw format (format_description.txt in google/snappy), decoded here rather than by libsnappy.
///
/// Why not the library: Debian's libsnappy 1.1.9 calls `memmove` through two PLT hops for every copy tag
/// (its `MemMove` is an exported, non-inlined function), so on a page of short literals and copies 35% of
/// a one-core `profile` of a snappy file was spent entering and leaving `memmove` for 64 bytes at a time.
/// This decoder copies a tag's bytes with one to four 16-byte moves where the buffers have room, and
/// checks every tag exactly, as libsnappy does: it accepts the same streams and produces the same bytes
/// (held to that by `SnappyDecoderTests` and the `FuzzSnappy` target, both against libsnappy, which still
/// compresses).
///
/// A stream is a varint of the uncompressed length, then tags: a literal (low bits 00) of 1–60 bytes, or of
/// a length stored in the next 1–4 bytes; or a copy of earlier output, with a 1-byte (01), 2-byte (10) or
/// 4-byte (11) offset. A copy may overlap the bytes it writes (offset < length repeats a pattern).
enum SnappyDecoder {
    /// Decodes `input` into `out`, which holds `expected` bytes plus at least one spare byte, and returns
    /// the bytes produced (always `expected`). Bytes of `out` past the output may be overwritten.
    static func decompress(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer, expected: Int)
        throws -> Int
    {
        guard let src = input.baseAddress, !input.isEmpty else {
            throw CodecError.compression(codec: "SNAPPY", reason: "empty input")
        }
        let (declared, headerBytes) = try uncompressedLength(input)
        guard declared == expected else {
            throw Decompressor.sizeMismatch(.snappy, produced: declared, expected: expected)
        }
        guard expected < out.count, let dst = out.baseAddress else {
            throw Decompressor.sizeMismatch(.snappy, produced: declared, expected: out.count - 1)
        }
        return try decodeTags(
            src, count: input.count, from: headerBytes, into: dst, room: out.count, expected: expected)
    }

    /// The stream's declared uncompressed length and the bytes its varint takes: at most five bytes, the
    /// value below 2^32 (libsnappy's limit).
    static func uncompressedLength(_ input: UnsafeRawBufferPointer) throws -> (length: Int, bytes: Int) {
        var value = 0
        for i in 0..<min(5, input.count) {
            let b = Int(input[i])
            if i == 4 && b >= 0x10 { break }
            value |= (b & 0x7F) << (7 * i)
            if b < 0x80 { return (value, i + 1) }
        }
        throw CodecError.compression(codec: "SNAPPY", reason: "invalid stream header")
    }

    /// The tag loop. `room` is the writable size of `dst` (more than `expected`): up to 64 bytes before
    /// the declared length, a tag's bytes are moved 16 (or, for copies 8–15 bytes back, 8) at a time, which
    /// may write past the tag's end into room a later tag overwrites; elsewhere each byte is written exactly.
    @inline(__always)
    private static func decodeTags(
        _ src: UnsafeRawPointer, count n: Int, from start: Int, into dst: UnsafeMutableRawPointer, room: Int,
        expected: Int
    ) throws -> Int {
        var ip = start
        var op = 0
        // The fast path runs while 70 input bytes remain and the output has 64 bytes to go, so no tag there
        // (at most 64 bytes) can run past the declared length; and from output byte 16 on, so that a copy's
        // offset check is one unsigned comparison.
        let ipLimit = n - 70
        let opLimit = expected - 64
        try tagTable.withUnsafeBufferPointer { table in
            while ip < n {
                if op >= 16 {
                    while ip <= ipLimit && op <= opLimit, fastTag(src, &ip, dst, &op, table: table) {}
                    if ip >= n { break }
                }
                try exactTag(src, count: n, &ip, dst, &op, room: room, expected: expected)
            }
        }
        return op
    }

    /// One tag decoded without a branch on its kind, where at least 70 input bytes remain, at least 16 bytes
    /// have been produced and at least 64 are still to come: a literal of up to 60 bytes or a copy from 8 or
    /// more bytes back, its length and offset looked up in `tagTable`, checked, and moved 16 bytes at a
    /// time (one move for most tags; 8 for a copy from 8–15 bytes back). Returns false, having consumed
    /// nothing, for any other tag (a longer literal, a copy from closer than 8 bytes, anything invalid),
    /// which `exactTag` then decodes or rejects. Text pages are mostly short literals and copies in no
    /// order: profiling only a snappy file's text column took 257 ms with `exactTag` alone, 186 ms with this
    /// in front of it (libsnappy: 209 ms). With the limits checked once a run of fast tags rather than
    /// each tag, and the offset check one comparison, a text column's pages decode 3% faster. With the next
    /// tag's position worked out from the tag byte rather than its table entry, one-core `profile` of the
    /// bench's snappy file took 5.8% less time (0.1990 → 0.1874 s), of its PLAIN-encoded file 6.6% less.
    @inline(__always)
    private static func fastTag(
        _ src: UnsafeRawPointer, _ ip: inout Int, _ dst: UnsafeMutableRawPointer, _ op: inout Int,
        table: UnsafeBufferPointer<UInt64>
    ) -> Bool {
        let tag = Int(src.load(fromByteOffset: ip, as: UInt8.self))
        let entry = table[tag]
        let length = Int(entry & 0xFF)
        let word = src.loadUnaligned(fromByteOffset: ip + 1, as: UInt64.self)
        let offset =
            Int(truncatingIfNeeded: UInt64(littleEndian: word) & ((1 << ((entry >> 16) & 0xFF)) &- 1))
            &+ Int(entry >> 32)
        // 8 <= offset <= op (op is at least 16); a literal's offset is 16, a long literal's 2^32 - 1.
        guard UInt(bitPattern: offset &- 8) <= UInt(bitPattern: op &- 8) else { return false }
        let to = dst + op
        let from = tag & 3 == 0 ? src + (ip + 1) : UnsafeRawPointer(to - offset)
        if offset < 16 {
            copyWords(from: from, to: to, length: length)  // 8–15 bytes back: a run of short records
        } else {
            ByteWords.copy16(from: from, to: to)
            if length > 16 {
                ByteWords.copy16(from: from + 16, to: to + 16)
                if length > 32 {
                    ByteWords.copy16(from: from + 32, to: to + 32)
                    ByteWords.copy16(from: from + 48, to: to + 48)
                }
            }
        }
        // The next tag's position from this tag's byte alone, not from `entry`: the loop is a chain of
        // dependent loads (tag, then its entry, then the next tag), and this takes the entry off it. A copy
        // takes 2, 3 or 5 input bytes by its type; a literal here (at most 60 bytes), its length and the tag.
        let type = tag & 3
        ip &+= type == 0 ? (tag >> 2) &+ 2 : (0x0503_0200 >> (type << 3)) & 0xFF
        op += length
        return true
    }

    /// Per tag byte: bits 0–7 the bytes it produces (0 for a literal whose length follows in 1–4 bytes),
    /// 16–23 how many bits of the word after the tag are its offset, 32–63 what is added to them (a
    /// 1-byte-offset copy's high bits from the tag; 16 for a literal, so that it passes `fastTag`'s offset
    /// check and takes its 16-byte moves; 2^32 - 1 for a literal whose length follows, so that it fails the
    /// check and takes `exactTag`). The input bytes a tag takes are not here: `fastTag` works them out from
    /// the tag byte itself.
    private static let tagTable: [UInt64] = (0..<256).map { tag -> UInt64 in
        let upper = UInt64(tag >> 2)
        switch tag & 3 {
        case 0: return upper >= 60 ? 0xFFFF_FFFF << 32 : (upper + 1) | 16 << 32
        case 1: return (4 + (upper & 7)) | 8 << 16 | UInt64(tag >> 5) << 40
        case 2: return (upper + 1) | 16 << 16
        default: return (upper + 1) | 32 << 16
        }
    }

    /// One tag decoded with every bound checked and each byte written exactly (see `decodeTags`).
    @inline(never)
    private static func exactTag(
        _ src: UnsafeRawPointer, count n: Int, _ ip: inout Int, _ dst: UnsafeMutableRawPointer, _ op: inout Int,
        room: Int, expected: Int
    ) throws {
        let tag = Int(src.load(fromByteOffset: ip, as: UInt8.self))
        if tag & 3 == 0 {
            var length = (tag >> 2) + 1
            if length <= 16 && n - ip > 16 && room - op >= 16 {
                guard length <= expected - op else { throw overrun(at: ip, op: op, length: length) }
                ByteWords.copy16(from: src + (ip + 1), to: dst + op)
                ip += 1 + length
                op += length
                return
            }
            ip += 1
            if length > 60 {
                let extra = length - 60
                guard extra <= n - ip else { throw truncated(at: ip - 1, needed: extra, available: n - ip) }
                length = 0
                for k in 0..<extra { length |= Int(src.load(fromByteOffset: ip + k, as: UInt8.self)) << (8 * k) }
                // The stored value is the length less one, summed in 32 bits as libsnappy does: a 4-byte
                // 0xFFFFFFFF wraps to an empty literal there, and so here, so that a stream is read the same
                // as pyarrow and DuckDB (both on libsnappy) read it.
                length = (length + 1) & 0xFFFF_FFFF
                ip += extra
            }
            guard length <= n - ip else { throw truncated(at: ip - 1, needed: length, available: n - ip) }
            guard length <= expected - op else { throw overrun(at: ip - 1, op: op, length: length) }
            if length <= 64 && n - ip >= 64 && room - op >= 64 {
                var k = 0
                repeat {
                    ByteWords.copy16(from: src + (ip + k), to: dst + (op + k))
                    k += 16
                } while k < length
            } else {
                (dst + op).copyMemory(from: src + ip, byteCount: length)
            }
            ip += length
            op += length
            return
        }
        let length: Int
        let offset: Int
        switch tag & 3 {
        case 1:
            guard n - ip >= 2 else { throw truncated(at: ip, needed: 2, available: n - ip) }
            length = 4 + ((tag >> 2) & 7)
            offset = (tag >> 5) << 8 | Int(src.load(fromByteOffset: ip + 1, as: UInt8.self))
            ip += 2
        case 2:
            guard n - ip >= 3 else { throw truncated(at: ip, needed: 3, available: n - ip) }
            length = (tag >> 2) + 1
            offset = Int(UInt16(littleEndian: src.loadUnaligned(fromByteOffset: ip + 1, as: UInt16.self)))
            ip += 3
        default:
            guard n - ip >= 5 else { throw truncated(at: ip, needed: 5, available: n - ip) }
            length = (tag >> 2) + 1
            offset = Int(UInt32(littleEndian: src.loadUnaligned(fromByteOffset: ip + 1, as: UInt32.self)))
            ip += 5
        }
        guard offset > 0, offset <= op else {
            throw CodecError.compression(
                codec: "SNAPPY",
                reason: "corrupt stream: the copy at byte \(ip) reaches \(offset) bytes back from output byte \(op)")
        }
        guard length <= expected - op else { throw overrun(at: ip, op: op, length: length) }
        let to = dst + op
        let from = UnsafeRawPointer(to - offset)
        if offset >= 16 && room - op >= 64 {
            // Each 16-byte source lies wholly before its destination, so an overlapping copy reads only
            // bytes already final.
            var k = 0
            repeat {
                ByteWords.copy16(from: from + k, to: to + k)
                k += 16
            } while k < length
        } else if offset >= 8 && room - op >= 64 {
            copyWords(from: from, to: to, length: length)
        } else {
            for k in 0..<length {
                to.storeBytes(of: from.load(fromByteOffset: k, as: UInt8.self), toByteOffset: k, as: UInt8.self)
            }
        }
        op += length
    }

    /// `length` bytes (rounded up to a multiple of 8) moved eight at a time, for a copy from 8 or more bytes
    /// back: each 8-byte source then lies wholly before its destination, so an overlapping copy reads only
    /// bytes already final.
    @inline(__always)
    private static func copyWords(from: UnsafeRawPointer, to: UnsafeMutableRawPointer, length: Int) {
        var k = 0
        repeat {
            to.storeBytes(of: (from + k).loadUnaligned(as: UInt64.self), toByteOffset: k, as: UInt64.self)
            k += 8
        } while k < length
    }

    private static func truncated(at tag: Int, needed: Int, available: Int) -> CodecError {
        .compression(
            codec: "SNAPPY",
            reason: "truncated stream: the tag at byte \(tag) needs \(needed) more bytes, \(available) remain")
    }

    private static func overrun(at tag: Int, op: Int, length: Int) -> CodecError {
        .compression(
            codec: "SNAPPY",
            reason:
                "corrupt stream: the tag at byte \(tag) writes \(length) bytes from output byte \(op), past the declared length"
        )
    }
}
