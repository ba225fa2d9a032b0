/// Dictionary of fixed-width values (INT32, INT64, FLOAT, DOUBLE as 64-bit bit patterns) for
/// RLE_DICTIONARY pages (Encodings.md, "Dictionary Encoding"). Open addressing over a power-of-two table
/// of entry indices, so a lookup is one multiply and usually one probe; floats compare by bit pattern, so
/// -0.0 and 0.0 (and distinct NaN payloads) stay distinct values, as PLAIN would keep them.
struct FixedWidthDictionary {
    private(set) var keys: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    /// The index of `key`, adding it when new.
    @inline(__always)
    mutating func index(of key: UInt64) -> Int32 {
        var i = Self.hash(key) & mask
        while true {
            let s = slots[i]
            if s < 0 { break }
            if keys[Int(s)] == key { return s }
            i = (i + 1) & mask
        }
        let index = Int32(truncatingIfNeeded: keys.count)
        slots[i] = index
        keys.append(key)
        if keys.count * 2 > slots.count { grow() }
        return index
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (k, key) in keys.enumerated() {
            var i = Self.hash(key) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(truncatingIfNeeded: k)
        }
    }
}
