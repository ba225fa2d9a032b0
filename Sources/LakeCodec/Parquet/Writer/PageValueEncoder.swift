/// The value section of data pages for one column chunk: PLAIN (Encodings.md "Plain") or dictionary
/// indices (Encodings.md "Dictionary Encoding": RLE_DICTIONARY, one byte of bit width then the
/// RLE/bit-packed hybrid), with the fallback parquet-mr and arrow use: once the dictionary passes its byte
/// or entry limit the remaining pages are PLAIN, and when the first page shows the dictionary does not
/// pay (dictionary plus indices no smaller than PLAIN) the chunk is PLAIN from the start.
struct PageValueEncoder {
    let values: ColumnValues
    let typeLength: Int
    let maxBytes: Int
    let maxEntries: Int
    private(set) var state: State
    private var fixed = FixedWidthDictionary()
    private var binary = ByteArrayDictionary()
    private var indices: [Int32] = []
    private var pagesEncoded = 0

    enum State: Equatable {
        /// Pages so far use the dictionary.
        case dictionary
        /// The dictionary filled up after some pages; later pages are PLAIN.
        case fellBack
        /// No page uses a dictionary.
        case plain
    }

    init(values: ColumnValues, typeLength: Int, options: ParquetWriterOptions) {
        self.values = values
        self.typeLength = typeLength
        maxBytes = options.dictionaryMaxBytes
        maxEntries = options.dictionaryMaxEntries
        switch values {
        case .boolean, .int96: state = .plain
        default: state = options.dictionary ? .dictionary : .plain
        }
    }

    var usesDictionary: Bool { state != .plain }
    var dictionaryCount: Int {
        if case .bytes = values { return binary.count }
        return fixed.count
    }

    /// The chunk's distinct byte-array values when every page used the dictionary: its entries are then
    /// exactly the values the chunk holds, so statistics over them equal those over the chunk, at one
    /// comparison per distinct value instead of one per value (a category column of 24 values in a million
    /// rows). Nil after a fallback (the dictionary holds only the values before it), for PLAIN chunks and
    /// for other types, whose min/max pass over the values is cheap.
    var distinctByteArrays: BinaryArray? {
        guard state == .dictionary, case .bytes = values else { return nil }
        return binary.entries
    }

    private var dictionarySize: Int {
        switch values {
        case .bytes: typeLength > 0 ? binary.entries.bytes.count : binary.plainSize
        case .int32, .float: 4 * fixed.count
        default: 8 * fixed.count
        }
    }

    /// Appends the values `range` of the chunk, returning the page encoding used.
    mutating func encode(_ range: Range<Int>, into out: inout [UInt8]) throws -> Encoding {
        defer { pagesEncoded += 1 }
        guard state == .dictionary else {
            try Self.appendPlain(values, range, fixedWidth: typeLength > 0, into: &out)
            return .plain
        }
        try collectIndices(range)
        let width = BitPacking.bitWidth(of: UInt64(max(dictionaryCount - 1, 0)))
        if pagesEncoded == 0 {
            let plain = Self.plainSize(values, range, fixedWidth: typeLength > 0)
            if dictionarySize + (range.count * width + 7) / 8 >= plain {
                state = .plain
                fixed = FixedWidthDictionary()
                binary = ByteArrayDictionary()
                try Self.appendPlain(values, range, fixedWidth: typeLength > 0, into: &out)
                return .plain
            }
        }
        RLEBitPackedHybridEncoder.encodeDictionaryIndices(indices, dictionaryCount: dictionaryCount, into: &out)
        if dictionarySize > maxBytes || dictionaryCount > maxEntries { state = .fellBack }
        return .rleDictionary
    }

    private mutating func collectIndices(_ range: Range<Int>) throws {
        indices.removeAll(keepingCapacity: true)
        indices.reserveCapacity(range.count)
        // The first page's table sized for its values: a column of distinct numbers (ids, prices) otherwise
        // doubled its table five times on the way to deciding it is PLAIN.
        switch values {
        case .int32, .int64, .float, .double:
            if pagesEncoded == 0 && fixed.count == 0 {
                fixed = FixedWidthDictionary(capacity: min(range.count, maxEntries + 1))
            }
        default: break
        }
        switch values {
        case .int32(let a): for i in range { indices.append(fixed.index(of: UInt64(UInt32(bitPattern: a[i])))) }
        case .int64(let a): for i in range { indices.append(fixed.index(of: UInt64(bitPattern: a[i]))) }
        case .float(let a): for i in range { indices.append(fixed.index(of: UInt64(a[i].bitPattern))) }
        case .double(let a): for i in range { indices.append(fixed.index(of: a[i].bitPattern)) }
        case .bytes(let a):
            try a.bytes.withUnsafeBytes { all in
                for i in range {
                    let r = a.range(at: i)
                    indices.append(try binary.index(of: UnsafeRawBufferPointer(rebasing: all[r])))
                }
            }
        case .boolean, .int96: break
        }
    }

    /// The dictionary page body: the entries PLAIN encoded.
    func dictionaryPage() throws -> [UInt8] {
        var out: [UInt8] = []
        switch values {
        case .int32:
            PlainEncoder.encodeInt32(fixed.keys.map { Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) }, into: &out)
        case .int64: PlainEncoder.encodeInt64(fixed.keys.map { Int64(bitPattern: $0) }, into: &out)
        case .float:
            PlainEncoder.encodeFloat(fixed.keys.map { Float(bitPattern: UInt32(truncatingIfNeeded: $0)) }, into: &out)
        case .double: PlainEncoder.encodeDouble(fixed.keys.map { Double(bitPattern: $0) }, into: &out)
        case .bytes:
            if typeLength > 0 {
                PlainEncoder.encodeFixedLenByteArrays(binary.entries, into: &out)
            } else {
                PlainEncoder.encodeByteArrays(binary.entries, into: &out)
            }
        case .boolean, .int96: break
        }
        return out
    }

    static func plainSize(_ values: ColumnValues, _ range: Range<Int>, fixedWidth: Bool) -> Int {
        switch values {
        case .boolean: return (range.count + 7) / 8
        case .int32, .float: return 4 * range.count
        case .int64, .double: return 8 * range.count
        case .int96: return 12 * range.count
        case .bytes(let a):
            guard !range.isEmpty else { return 0 }
            let bytes = Int(a.offsets[range.upperBound] - a.offsets[range.lowerBound])
            return bytes + (fixedWidth ? 0 : 4 * range.count)
        }
    }

    static func appendPlain(_ values: ColumnValues, _ range: Range<Int>, fixedWidth: Bool, into out: inout [UInt8])
        throws
    {
        switch values {
        case .boolean(let a): PlainEncoder.encodeBooleans(Array(a[range]), into: &out)
        case .int32(let a): a[range].withUnsafeBytes { out.append(contentsOf: $0) }
        case .int64(let a): a[range].withUnsafeBytes { out.append(contentsOf: $0) }
        case .float(let a): a[range].withUnsafeBytes { out.append(contentsOf: $0) }
        case .double(let a): a[range].withUnsafeBytes { out.append(contentsOf: $0) }
        case .int96(let a): PlainEncoder.encodeInt96(Array(a[range]), into: &out)
        case .bytes(let a):
            guard !range.isEmpty else { return }
            let lo = Int(a.offsets[range.lowerBound]), hi = Int(a.offsets[range.upperBound])
            if fixedWidth {
                out.append(contentsOf: a.bytes[lo..<hi])
                return
            }
            let total = (hi - lo) + 4 * range.count
            // Each value's length and bytes written once into the page's new storage (no zeros first).
            a.bytes.withUnsafeBytes { src in
                out.appendUninitialized(total) { region in
                    let dst = UnsafeMutableRawBufferPointer(region)
                    var p = 0
                    for i in range {
                        let r = a.range(at: i)
                        dst.storeBytes(
                            of: UInt32(truncatingIfNeeded: r.count).littleEndian, toByteOffset: p, as: UInt32.self)
                        p += 4
                        if !r.isEmpty, let d = dst.baseAddress, let s = src.baseAddress {
                            (d + p).copyMemory(from: s + r.lowerBound, byteCount: r.count)
                        }
                        p += r.count
                    }
                }
            }
        }
    }
}
