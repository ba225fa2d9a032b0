/// DEFLATE (RFC 1951), the body of a GZIP page, decoded here rather than by zlib's `inflate`.
///
/// Why not the library: a one-core `profile` of a GZIP file spent 70% of its time in zlib, 64 points of it
/// in `inflate`, which refills its bit buffer a byte at a time and decodes through tables of 9 (literals and
/// lengths) and 6 (distances) bits. A page is decoded whole into a buffer of known size, which is what lets
/// a decoder do better (libdeflate's design, rewritten here): the bit buffer is refilled eight bytes at a
/// time, literals and lengths are looked up in 11-bit tables (distances in 8-bit ones) whose entries carry
/// everything a symbol needs, and where the output has room for the overshoot up to three literals are
/// taken per refill and a match is copied 16 bytes at a time (8 from closer than 16 bytes back).
///
/// It accepts exactly the streams zlib accepts and produces the same bytes (held to that by
/// `DeflateDecoderTests` and the `FuzzGzip` target, both against zlib, which still compresses): the same
/// code-length checks (an over-subscribed code is rejected; an incomplete one only where zlib allows it, a
/// single one-bit code), the same limits (286 literal/length codes, 30 distance codes), and no distance
/// reaching before the member's first byte.
enum DeflateDecoder {
    /// Decodes one raw DEFLATE stream from `src[start...]` into `dst[outStart...]`, writing nothing at or past
    /// `room`. Returns the index of the first input byte after the stream (its last byte's unused bits
    /// dropped) and the index after the last byte written. Bytes of `dst` from that index to `room` may be
    /// overwritten.
    static func decode(
        _ src: UnsafePointer<UInt8>, count n: Int, from start: Int, into dst: UnsafeMutablePointer<UInt8>,
        at outStart: Int, room: Int, tables: DeflateTables
    ) throws -> (inputEnd: Int, outputEnd: Int) {
        var bits = DeflateBitReader(src, count: n, at: start)
        var op = outStart
        var last = false
        while !last {
            try bits.ensure(3)
            last = bits.take(1) == 1
            switch bits.take(2) {
            case 0: try copyStored(&bits, dst, &op, room: room)
            case 1:
                tables.useFixedCode()
                try decodeBlock(&bits, dst, &op, outStart: outStart, room: room, tables: tables)
            case 2:
                try readDynamicCode(&bits, tables)
                try decodeBlock(&bits, dst, &op, outStart: outStart, room: room, tables: tables)
            default: throw corrupt("invalid block type", bits)
            }
        }
        let end = try bits.alignedPosition()
        return (end, op)
    }

    /// A stored block: aligned to a byte, its length and the length's complement, then that many bytes.
    private static func copyStored(
        _ bits: inout DeflateBitReader, _ dst: UnsafeMutablePointer<UInt8>, _ op: inout Int, room: Int
    ) throws {
        let at = try bits.alignedPosition()
        guard bits.count - at >= 4 else { throw truncated(at) }
        let length = Int(bits.src[at]) | Int(bits.src[at + 1]) << 8
        let complement = Int(bits.src[at + 2]) | Int(bits.src[at + 3]) << 8
        guard length == complement ^ 0xFFFF else { throw corrupt("invalid stored block lengths", at: at) }
        guard bits.count - (at + 4) >= length else { throw truncated(at + 4) }
        guard length <= room - op else { throw overflow(room) }
        (dst + op).update(from: bits.src + (at + 4), count: length)
        op += length
        bits.restart(at: at + 4 + length)
    }

    /// A dynamic block's header: the code-length code, then the literal/length and distance code lengths
    /// it encodes, built into `tables`.
    private static func readDynamicCode(_ bits: inout DeflateBitReader, _ tables: DeflateTables) throws {
        try bits.ensure(14)
        let literalCount = 257 + Int(bits.take(5))
        let distanceCount = 1 + Int(bits.take(5))
        let codeLengthCount = 4 + Int(bits.take(4))
        guard literalCount <= 286, distanceCount <= 30 else {
            throw corrupt("too many length or distance symbols", bits)
        }
        let lengths = tables.lengths
        for i in 0..<19 { lengths[i] = 0 }
        for i in 0..<codeLengthCount {
            try bits.ensure(3)
            lengths[Int(codeLengthOrder[i])] = UInt8(truncatingIfNeeded: bits.take(3))
        }
        guard tables.build(.codeLengths, lengths: lengths, count: 19) else {
            throw corrupt("invalid code lengths set", bits)
        }
        let total = literalCount + distanceCount
        var have = 0
        while have < total {
            try bits.ensure(14)
            let entry = tables.codeLengthTable[Int(truncatingIfNeeded: bits.peek() & 0x7F)]
            bits.drop(Int(entry & 15))
            let symbol = Int(entry >> 16)
            if symbol < 16 {
                lengths[have] = UInt8(truncatingIfNeeded: symbol)
                have += 1
                continue
            }
            let value: UInt8
            let repeats: Int
            switch symbol {
            case 16:
                guard have > 0 else { throw corrupt("invalid bit length repeat", bits) }
                value = lengths[have - 1]
                repeats = 3 + Int(bits.take(2))
            case 17:
                value = 0
                repeats = 3 + Int(bits.take(3))
            default:
                value = 0
                repeats = 11 + Int(bits.take(7))
            }
            guard repeats <= total - have else { throw corrupt("invalid bit length repeat", bits) }
            for k in have..<(have + repeats) { lengths[k] = value }
            have += repeats
        }
        guard lengths[256] != 0 else { throw corrupt("invalid code -- missing end-of-block", bits) }
        guard tables.build(.literalLength, lengths: lengths, count: literalCount) else {
            throw corrupt("invalid literal/lengths set", bits)
        }
        guard tables.build(.distance, lengths: lengths + literalCount, count: distanceCount) else {
            throw corrupt("invalid distances set", bits)
        }
    }

    /// The order in which a dynamic block stores the code-length code's lengths.
    private static let codeLengthOrder: [UInt8] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// One Huffman-coded block, up to its end-of-block symbol. Each symbol starts with at least 48 bits in
    /// the buffer, enough for the longest literal/length code and its extra bits and the longest distance
    /// code and its extra bits (15 + 5 + 15 + 13). Where eight input bytes and `fastRoom` bytes of output
    /// remain, `fastSymbols` decodes without checking each write; the rest, symbol by symbol, checked.
    private static func decodeBlock(
        _ bits: inout DeflateBitReader, _ dst: UnsafeMutablePointer<UInt8>, _ op: inout Int, outStart: Int,
        room: Int, tables: DeflateTables
    ) throws {
        var r = bits
        defer { bits = r }
        let literals = tables.literalTable
        let distances = tables.distanceTable
        while true {
            if r.wordAvailable && room - op >= fastRoom {
                if try fastSymbols(&r, dst, &op, outStart: outStart, room: room, literals, distances) { return }
            }
            if r.available < 48 { try r.refill() }
            let entry = followSubtable(
                literals[Int(truncatingIfNeeded: r.peek() & DeflateTables.literalMask)], &r, literals,
                tableBits: DeflateTables.literalBits)
            r.drop(Int(entry & 15))
            let kind = entry & DeflateTables.kindMask
            if kind == DeflateTables.literal {
                guard op < room else { throw overflow(room) }
                dst[op] = UInt8(truncatingIfNeeded: entry >> 16)
                op += 1
                continue
            }
            if kind == DeflateTables.endOfBlock { return }
            guard kind == DeflateTables.base else { throw corrupt("invalid literal/length code", r) }
            let length = Int(entry >> 16) + Int(truncatingIfNeeded: r.take(Int((entry >> 4) & 15)))
            let distance = try decodeDistance(&r, distances)
            guard distance <= op - outStart else { throw corrupt("invalid distance too far back", r) }
            guard length <= room - op else { throw overflow(room) }
            if room - op >= max(32, length + 15) {
                copyMatchFast(dst, at: op, distance: distance, length: length)
            } else {
                for k in 0..<length { dst[op + k] = dst[op + k - distance] }
            }
            op += length
        }
    }

    /// Output room below which symbols are decoded one by one, checked: the longest match (258 bytes), the
    /// 15 bytes a 16-byte move may write past it, and two literals besides.
    private static let fastRoom = 258 + 16 + 2

    /// Symbols decoded while eight input bytes and `fastRoom` bytes of output remain, the buffer refilled
    /// once a symbol from a single word and up to three literals taken per refill. Returns true at the end
    /// of the block, false when the input or output margin runs out.
    @inline(__always)
    private static func fastSymbols(
        _ r: inout DeflateBitReader, _ dst: UnsafeMutablePointer<UInt8>, _ opOut: inout Int, outStart: Int,
        room: Int, _ literals: UnsafeMutablePointer<UInt32>, _ distances: UnsafeMutablePointer<UInt32>
    ) throws -> Bool {
        let literalMask = DeflateTables.literalMask
        // A local copy: written through `inout` after every byte stored, as it otherwise is.
        var op = opOut
        defer { opOut = op }
        repeat {
            r.refillWord()
            var entry = literals[Int(truncatingIfNeeded: r.peek() & literalMask)]
            if entry & DeflateTables.kindMask == DeflateTables.literal {
                // 56 bits or more: room for three literal codes of up to 15 bits.
                r.drop(Int(entry & 15))
                dst[op] = UInt8(truncatingIfNeeded: entry >> 16)
                op &+= 1
                entry = literals[Int(truncatingIfNeeded: r.peek() & literalMask)]
                if entry & DeflateTables.kindMask == DeflateTables.literal {
                    r.drop(Int(entry & 15))
                    dst[op] = UInt8(truncatingIfNeeded: entry >> 16)
                    op &+= 1
                    entry = literals[Int(truncatingIfNeeded: r.peek() & literalMask)]
                    if entry & DeflateTables.kindMask == DeflateTables.literal {
                        r.drop(Int(entry & 15))
                        dst[op] = UInt8(truncatingIfNeeded: entry >> 16)
                        op &+= 1
                    }
                }
                continue
            }
            entry = followSubtable(entry, &r, literals, tableBits: DeflateTables.literalBits)
            if entry & DeflateTables.kindMask == DeflateTables.literal {  // a literal of 12–15 bits
                r.drop(Int(entry & 15))
                dst[op] = UInt8(truncatingIfNeeded: entry >> 16)
                op &+= 1
                continue
            }
            r.drop(Int(entry & 15))
            let kind = entry & DeflateTables.kindMask
            if kind == DeflateTables.endOfBlock { return true }
            guard kind == DeflateTables.base else { throw corrupt("invalid literal/length code", r) }
            let length = Int(entry >> 16) &+ Int(truncatingIfNeeded: r.take(Int((entry >> 4) & 15)))
            let distance = try decodeDistance(&r, distances)
            guard distance <= op &- outStart else { throw corrupt("invalid distance too far back", r) }
            copyMatchFast(dst, at: op, distance: distance, length: length)
            op &+= length
        } while r.wordAvailable && room &- op >= fastRoom
        return false
    }

    /// A distance code and its extra bits, at most 28 bits, which the caller has made available.
    @inline(__always)
    private static func decodeDistance(_ r: inout DeflateBitReader, _ distances: UnsafeMutablePointer<UInt32>) throws
        -> Int
    {
        let entry = followSubtable(
            distances[Int(truncatingIfNeeded: r.peek() & DeflateTables.distanceMask)], &r, distances,
            tableBits: DeflateTables.distanceBits)
        r.drop(Int(entry & 15))
        guard entry & DeflateTables.kindMask == DeflateTables.base else { throw corrupt("invalid distance code", r) }
        return Int(entry >> 16) &+ Int(truncatingIfNeeded: r.take(Int((entry >> 4) & 15)))
    }

    /// A match of `length` bytes from `distance` back copied to `op`, where at least `max(32, length + 15)`
    /// bytes of room remain past `op`, so every distance is
    /// copied a word or two at a time, the first 32 (or 16) bytes without a branch on the length: a loop
    /// whose trip count follows each match's length mispredicts its exit once a match. From 16 or more
    /// bytes back, 16 bytes a move; from 8–15, 8; one byte back, the byte spread across a word; from 2–7,
    /// the first eight bytes one by one, after which the pattern repeats `step` (a multiple of the distance,
    /// eight or more) bytes back.
    @inline(__always)
    private static func copyMatchFast(_ dst: UnsafeMutablePointer<UInt8>, at op: Int, distance: Int, length: Int) {
        let to = UnsafeMutableRawPointer(dst + op)
        if distance >= 16 {
            let from = UnsafeRawPointer(to - distance)
            ByteWords.copy16(from: from, to: to)
            ByteWords.copy16(from: from + 16, to: to + 16)
            var k = 32
            while k < length {
                ByteWords.copy16(from: from + k, to: to + k)
                k &+= 16
            }
            return
        }
        var step = distance
        var k = 0
        if distance < 8 {
            if distance == 1 {
                let word = UInt64(dst[op &- 1]) &* 0x0101_0101_0101_0101
                to.storeBytes(of: word, as: UInt64.self)
                to.storeBytes(of: word, toByteOffset: 8, as: UInt64.self)
                k = 16
                while k < length {
                    to.storeBytes(of: word, toByteOffset: k, as: UInt64.self)
                    to.storeBytes(of: word, toByteOffset: k &+ 8, as: UInt64.self)
                    k &+= 16
                }
                return
            }
            for i in 0..<8 { dst[op &+ i] = dst[op &+ i &- distance] }
            if length <= 8 { return }
            step = distance &* ((8 &+ distance &- 1) / distance)
            k = 8
        }
        let from = UnsafeRawPointer(to - step)
        repeat {
            to.storeBytes(of: (from + k).loadUnaligned(as: UInt64.self), toByteOffset: k, as: UInt64.self)
            k &+= 8
        } while k < length
    }

    /// `entry`, or where it points to a subtable, the entry there for the bits after the table's: the one
    /// step every literal/length and distance lookup takes for codes longer than the table's bits.
    @inline(__always)
    private static func followSubtable(
        _ entry: UInt32, _ r: inout DeflateBitReader, _ table: UnsafeMutablePointer<UInt32>, tableBits: Int
    ) -> UInt32 {
        guard entry & DeflateTables.kindMask == DeflateTables.subtable else { return entry }
        r.drop(tableBits)
        let indexMask: UInt64 = (1 << UInt64((entry >> 4) & 15)) &- 1
        return table[Int(entry >> 16) &+ Int(truncatingIfNeeded: r.peek() & indexMask)]
    }

    static func corrupt(_ reason: String, _ bits: DeflateBitReader) -> CodecError {
        corrupt(reason, at: bits.position)
    }

    static func corrupt(_ reason: String, at offset: Int) -> CodecError {
        .compression(codec: "GZIP", reason: "\(reason) (near compressed byte \(offset))")
    }

    static func truncated(_ offset: Int) -> CodecError {
        .compression(codec: "GZIP", reason: "stream is truncated (at compressed byte \(offset))")
    }

    /// More output than the buffer holds: the page is longer than its header says.
    static func overflow(_ room: Int) -> CodecError {
        Decompressor.sizeMismatch(.gzip, produced: room, expected: room - 1)
    }
}
