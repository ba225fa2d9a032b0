/// Lowercase hex for digests and signatures, by table (no `String(format:)` on the signing path).
enum Hex {
    static func lowercase(_ bytes: some Collection<UInt8>) -> String {
        if let text = bytes.withContiguousStorageIfAvailable({ lowercase($0) }) { return text }
        return Array(bytes).withUnsafeBufferPointer { lowercase($0) }
    }

    static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
            guard let target = buffer.baseAddress else { return 0 }
            write(bytes, to: target)
            return bytes.count * 2
        }
    }

    /// Writes `2 * bytes.count` characters at `target`, which must have room for them.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        var out = target
        for byte in bytes {
            out[0] = digit(byte >> 4)
            out[1] = digit(byte & 0x0f)
            out += 2
        }
    }

    /// `0…9` → `'0'…'9'`, `10…15` → `'a'…'f'`, without a table lookup (which costs a lazy-global check).
    @inline(__always)
    static func digit(_ nibble: UInt8) -> UInt8 {
        nibble &+ 48 &+ (((9 &- nibble) >> 7) & 1) &* 39
    }
}
