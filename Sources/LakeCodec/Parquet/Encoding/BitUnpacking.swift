/// Unpacks little-endian, LSB-first bit-packed integers: the order of the RLE/bit-packed hybrid runs and
/// of DELTA_BINARY_PACKED miniblocks (Encodings.md, "Run Length Encoding / Bit-Packing Hybrid", note 1).
///
/// Value `i` of width `w` occupies bits `i*w ..< (i+1)*w` of the buffer read as one little-endian number,
/// so one unaligned 64-bit load, a shift and a mask extract it. Widths are dispatched once per call to a
/// copy of the loop with the width as a literal, which lets the compiler fold the shifts and masks.
/// Callers guarantee the buffer holds `byteCount` readable bytes; values that would need bytes past
/// `byteCount` read those bits as zero (the tail takes a byte-by-byte path, never reading past the end).
enum BitUnpacking {
    /// Writes values `first ..< first + count` of width `bitWidth` (0...32) to `dst` as Int32 bit patterns.
    static func unpack32(
        _ base: UnsafeRawPointer, byteCount: Int, bitWidth: Int, first: Int, count: Int,
        into dst: UnsafeMutablePointer<Int32>
    ) {
        switch bitWidth {
        case 0: dst.update(repeating: 0, count: count)
        case 1: kernel32(base, byteCount, 1, first, count, dst)
        case 2: kernel32(base, byteCount, 2, first, count, dst)
        case 3: kernel32(base, byteCount, 3, first, count, dst)
        case 4: kernel32(base, byteCount, 4, first, count, dst)
        case 5: kernel32(base, byteCount, 5, first, count, dst)
        case 6: kernel32(base, byteCount, 6, first, count, dst)
        case 7: kernel32(base, byteCount, 7, first, count, dst)
        case 8: kernel32(base, byteCount, 8, first, count, dst)
        case 9: kernel32(base, byteCount, 9, first, count, dst)
        case 10: kernel32(base, byteCount, 10, first, count, dst)
        case 11: kernel32(base, byteCount, 11, first, count, dst)
        case 12: kernel32(base, byteCount, 12, first, count, dst)
        case 13: kernel32(base, byteCount, 13, first, count, dst)
        case 14: kernel32(base, byteCount, 14, first, count, dst)
        case 15: kernel32(base, byteCount, 15, first, count, dst)
        case 16: kernel32(base, byteCount, 16, first, count, dst)
        case 17: kernel32(base, byteCount, 17, first, count, dst)
        case 18: kernel32(base, byteCount, 18, first, count, dst)
        case 19: kernel32(base, byteCount, 19, first, count, dst)
        case 20: kernel32(base, byteCount, 20, first, count, dst)
        case 21: kernel32(base, byteCount, 21, first, count, dst)
        case 22: kernel32(base, byteCount, 22, first, count, dst)
        case 23: kernel32(base, byteCount, 23, first, count, dst)
        case 24: kernel32(base, byteCount, 24, first, count, dst)
        default: kernel32(base, byteCount, min(bitWidth, 32), first, count, dst)
        }
    }

    /// Writes values `first ..< first + count` of width `bitWidth` (0...64) to `dst` as Int64 bit patterns.
    static func unpack64(
        _ base: UnsafeRawPointer, byteCount: Int, bitWidth: Int, first: Int, count: Int,
        into dst: UnsafeMutablePointer<Int64>
    ) {
        switch bitWidth {
        case 0: dst.update(repeating: 0, count: count)
        case 1...56: kernel64(base, byteCount, bitWidth, first, count, dst)
        default: wide64(base, byteCount, min(bitWidth, 64), first, count, dst)
        }
    }

    @inline(__always)
    private static func kernel32(
        _ base: UnsafeRawPointer, _ byteCount: Int, _ w: Int, _ first: Int, _ count: Int,
        _ dst: UnsafeMutablePointer<Int32>
    ) {
        let mask: UInt64 = (1 &<< UInt64(w)) &- 1
        var bit = first &* w
        var i = 0
        // Fast path: the 8-byte load at bit/8 stays inside the buffer.
        let lastFastByte = byteCount &- 8
        while i < count {
            let byte = bit &>> 3
            if byte > lastFastByte { break }
            let word = base.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
            dst[i] = Int32(truncatingIfNeeded: (word &>> UInt64(bit & 7)) & mask)
            bit &+= w
            i &+= 1
        }
        while i < count {
            dst[i] = Int32(truncatingIfNeeded: slowValue(base, byteCount, bit, w))
            bit &+= w
            i &+= 1
        }
    }

    @inline(__always)
    private static func kernel64(
        _ base: UnsafeRawPointer, _ byteCount: Int, _ w: Int, _ first: Int, _ count: Int,
        _ dst: UnsafeMutablePointer<Int64>
    ) {
        let mask: UInt64 = (1 &<< UInt64(w)) &- 1
        var bit = first &* w
        var i = 0
        let lastFastByte = byteCount &- 8
        while i < count {
            let byte = bit &>> 3
            if byte > lastFastByte { break }
            let word = base.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
            dst[i] = Int64(bitPattern: (word &>> UInt64(bit & 7)) & mask)
            bit &+= w
            i &+= 1
        }
        while i < count {
            dst[i] = Int64(bitPattern: slowValue(base, byteCount, bit, w))
            bit &+= w
            i &+= 1
        }
    }

    /// Widths 57...64 can straddle nine bytes.
    private static func wide64(
        _ base: UnsafeRawPointer, _ byteCount: Int, _ w: Int, _ first: Int, _ count: Int,
        _ dst: UnsafeMutablePointer<Int64>
    ) {
        let mask: UInt64 = w == 64 ? ~0 : (1 &<< UInt64(w)) &- 1
        var bit = first &* w
        var i = 0
        let lastFastByte = byteCount &- 9
        while i < count {
            let byte = bit &>> 3
            if byte > lastFastByte { break }
            let shift = UInt64(bit & 7)
            var v = base.loadUnaligned(fromByteOffset: byte, as: UInt64.self) &>> shift
            if shift != 0 {
                let next = UInt64(base.load(fromByteOffset: byte &+ 8, as: UInt8.self))
                v |= next &<< (64 &- shift)
            }
            dst[i] = Int64(bitPattern: v & mask)
            bit &+= w
            i &+= 1
        }
        while i < count {
            dst[i] = Int64(bitPattern: slowValue(base, byteCount, bit, w))
            bit &+= w
            i &+= 1
        }
    }

    /// One value assembled byte by byte; bits past `byteCount` read as zero.
    @inline(never)
    static func slowValue(_ base: UnsafeRawPointer, _ byteCount: Int, _ bit: Int, _ w: Int) -> UInt64 {
        var v: UInt64 = 0
        var got = 0
        var b = bit >> 3
        var s = bit & 7
        while got < w && b < byteCount {
            let byte = UInt64(base.load(fromByteOffset: b, as: UInt8.self)) >> UInt64(s)
            v |= byte << UInt64(got)
            got += 8 - s
            s = 0
            b += 1
        }
        return w >= 64 ? v : v & ((1 << UInt64(w)) - 1)
    }
}
