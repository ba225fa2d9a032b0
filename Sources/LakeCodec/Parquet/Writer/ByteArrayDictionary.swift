/// Dictionary of BYTE_ARRAY / FIXED_LEN_BYTE_ARRAY values for RLE_DICTIONARY pages (Encodings.md,
/// "Dictionary Encoding"). Entries live in one `BinaryArray` (what the dictionary page writes PLAIN);
/// an open-addressing table of entry indices plus their hashes finds repeats with one hash per value and
/// a byte comparison only on a hash match.
struct ByteArrayDictionary {
    private(set) var entries = BinaryArray()
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { entries.count }
    /// Bytes the dictionary page will hold: the PLAIN encoding (4-byte length + bytes per entry).
    var plainSize: Int { entries.bytes.count + 4 * entries.count }

    /// A word-at-a-time hash (64-bit multiply-xorshift per 8 bytes): strings are hashed in a few steps
    /// instead of one multiply per byte.
    @inline(__always)
    static func hash(_ p: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(p.count)
        var i = 0
        let n = p.count
        while i + 8 <= n {
            let w = p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 31)
    }

    /// The index of `value`, adding it when new.
    mutating func index(of value: UnsafeRawBufferPointer) throws -> Int32 {
        let h = Self.hash(value)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { break }
            if hashes[Int(s)] == h && equals(Int(s), value) { return s }
            i = (i + 1) & mask
        }
        let index = Int32(truncatingIfNeeded: entries.count)
        try entries.append(value)
        hashes.append(h)
        slots[i] = index
        if entries.count * 2 > slots.count { grow() }
        return index
    }

    @inline(__always)
    private func equals(_ k: Int, _ value: UnsafeRawBufferPointer) -> Bool {
        let r = entries.range(at: k)
        guard r.count == value.count else { return false }
        if r.isEmpty { return true }
        return entries.bytes.withUnsafeBytes { all in
            guard let a = all.baseAddress, let b = value.baseAddress else { return false }
            return memcmp(a + r.lowerBound, b, r.count) == 0
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (k, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(truncatingIfNeeded: k)
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
