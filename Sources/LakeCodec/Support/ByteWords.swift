/// Eight bytes at a time where a buffer has room: the word loads and moves the decoders and the profiler
/// share, so that each of them reads past a value's end only where the caller has checked the bytes are
/// its own.
enum ByteWords {
    /// The first `count` (0...8) bytes at `p` as a little-endian word, the other bytes zero. Eight bytes
    /// from `p` must be readable, whatever `count` is.
    @inline(__always)
    static func low(_ p: UnsafeRawPointer, count: Int) -> UInt64 {
        // Swift's `>>` gives 0 for a shift of 64, so `count` 0 masks everything off without a branch.
        UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) & (UInt64.max >> (64 - 8 * UInt64(count)))
    }

    /// Sixteen bytes moved from `from` to `to` as two words: where a short value's move may carry bytes past
    /// its end, for the next value to overwrite.
    @inline(__always)
    static func copy16(from: UnsafeRawPointer, to: UnsafeMutableRawPointer) {
        let a = from.loadUnaligned(as: UInt64.self)
        let b = from.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        to.storeBytes(of: a, as: UInt64.self)
        to.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
    }
}
