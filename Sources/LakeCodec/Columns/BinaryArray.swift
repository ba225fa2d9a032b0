/// Variable-length values (BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY, strings) stored as one contiguous byte
/// buffer plus `count + 1` offsets, the layout Arrow uses for its binary arrays. Decoders fill it in
/// bulk, so a page of a million strings is two allocations, not a million.
///
/// Offsets are `Int32`, so one array holds at most `BinaryArray.maxByteCount` bytes; every append
/// checks that and throws `CodecError.limitExceeded` instead of overflowing.
struct BinaryArray: Sendable, Equatable {
    /// The concatenated values.
    var bytes: [UInt8]
    /// Start of value `i` is `offsets[i]`, end is `offsets[i + 1]`; `offsets[0] == 0`.
    var offsets: [Int32]
    /// Number of values.
    var count: Int

    /// The largest total byte size an `Int32` offset can address.
    static let maxByteCount = Int(Int32.max)

    init() {
        bytes = []
        offsets = [0]
        count = 0
    }

    /// Builds an array from values, for tests and small literals.
    init<S: Sequence>(_ values: S) throws where S.Element: Collection, S.Element.Element == UInt8 {
        self.init()
        for v in values { try append(v) }
    }

    var isEmpty: Bool { count == 0 }

    /// The byte range of value `i` inside `bytes`. `i` must be in `0..<count`.
    @inline(__always)
    func range(at i: Int) -> Range<Int> {
        Int(offsets[i])..<Int(offsets[i + 1])
    }

    /// Value `i` as a slice of `bytes` (no copy).
    subscript(i: Int) -> ArraySlice<UInt8> {
        bytes[range(at: i)]
    }

    /// Length in bytes of value `i`.
    @inline(__always)
    func length(at i: Int) -> Int { Int(offsets[i + 1] &- offsets[i]) }

    /// Empties the array, keeping its buffers for the next values.
    mutating func removeAll(keepingCapacity: Bool) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
        offsets.removeAll(keepingCapacity: keepingCapacity)
        offsets.append(0)
        count = 0
    }

    mutating func reserveCapacity(values: Int, bytes byteCount: Int) {
        offsets.reserveForAppending(max(0, values))
        bytes.reserveForAppending(max(0, byteCount))
    }

    /// Throws unless `extra` more bytes still fit under `maxByteCount`.
    @inline(__always)
    func checkRoom(for extra: Int) throws {
        let (total, overflow) = bytes.count.addingReportingOverflow(extra)
        guard !overflow, extra >= 0, total <= Self.maxByteCount else {
            throw CodecError.limitExceeded(
                what: "byte array column size", value: overflow ? Int.max : total,
                limit: Self.maxByteCount)
        }
    }

    mutating func append(_ value: UnsafeRawBufferPointer) throws {
        try checkRoom(for: value.count)
        bytes.append(contentsOf: value)
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
        count += 1
    }

    mutating func append<C: Collection>(_ value: C) throws where C.Element == UInt8 {
        try checkRoom(for: value.count)
        bytes.append(contentsOf: value)
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
        count += 1
    }

    /// Appends all values of `other`, rebasing its offsets.
    mutating func append(contentsOf other: BinaryArray) throws {
        try checkRoom(for: other.bytes.count)
        let base = Int32(truncatingIfNeeded: bytes.count)
        bytes.append(contentsOf: other.bytes)
        offsets.reserveForAppending(other.count)
        for i in 1..<other.offsets.count { offsets.append(base &+ other.offsets[i]) }
        count += other.count
    }

    /// Appends `dictionary[indices[k]]` for every k: the expansion of a dictionary-encoded page.
    /// Every index is checked against the dictionary size and the result size against the limit
    /// before anything is copied.
    mutating func appendGathering(from dictionary: BinaryArray, indices: UnsafeBufferPointer<Int32>) throws {
        let dictCount = dictionary.count
        var total = 0
        try dictionary.offsets.withUnsafeBufferPointer { off in
            for idx in indices {
                guard idx >= 0, Int(idx) < dictCount else {
                    throw CodecError.corrupt(
                        what: "dictionary index", offset: 0,
                        reason: "index \(idx) outside dictionary of \(dictCount) values")
                }
                total &+= Int(off[Int(idx) + 1] &- off[Int(idx)])
                // Each term is < 2^31 and there are < 2^31 terms: a 64-bit sum cannot overflow, but
                // stop early so a huge expansion fails fast.
                if total > Self.maxByteCount { break }
            }
        }
        try checkRoom(for: total)
        let oldCount = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: total))
        offsets.reserveForAppending(indices.count)
        var pos = oldCount
        dictionary.bytes.withUnsafeBytes { src in
            dictionary.offsets.withUnsafeBufferPointer { off in
                bytes.withUnsafeMutableBytes { dst in
                    // Both buffers are non-empty whenever a value has bytes to copy.
                    let d = dst.baseAddress
                    let s0 = src.baseAddress
                    for idx in indices {
                        let s = Int(off[Int(idx)])
                        let n = Int(off[Int(idx) + 1]) - s
                        if n > 0, let d, let s0 {
                            (d + pos).copyMemory(from: s0 + s, byteCount: n)
                        }
                        pos += n
                        offsets.append(Int32(truncatingIfNeeded: pos))
                    }
                }
            }
        }
        count += indices.count
    }

    /// All values as Swift arrays, for tests and small outputs.
    var values: [[UInt8]] { (0..<count).map { Array(self[$0]) } }

    /// Appends `count` values of `width` bytes each, taken back to back from `source`.
    mutating func appendFixedWidth(_ source: ArraySlice<UInt8>, count: Int, width: Int) throws {
        try checkRoom(for: source.count)
        var pos = Int32(truncatingIfNeeded: bytes.count)
        let step = Int32(truncatingIfNeeded: width)
        bytes.append(contentsOf: source)
        offsets.reserveForAppending(count)
        for _ in 0..<count {
            pos &+= step
            offsets.append(pos)
        }
        self.count += count
    }
}
