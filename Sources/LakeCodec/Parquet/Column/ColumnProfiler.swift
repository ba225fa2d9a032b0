/// Accumulates a `ColumnProfile` over the batches of one leaf column, working on the typed storage
/// (one loop per batch and type), converting only the final min and max to `Value`s.
struct ColumnProfiler {
    let descriptor: ColumnDescriptor
    let arrowType: String
    /// Definition level at which a value of this leaf exists as an element: that of its innermost repeated
    /// ancestor (0 when it has none). Slots below it are null or empty parents, not elements, so they are
    /// not counted, as DuckDB's `unnest` does not produce them.
    let elementLevel: Int
    private var count = 0
    private var nulls = 0
    private var nans = 0
    private var sum = 0.0
    private var numericCount = 0
    private var isNumeric = false
    private var distinct = DistinctEstimator()
    /// Current extremes, kept as one-value storages of the physical type.
    private var minStore: ColumnValues?
    private var maxStore: ColumnValues?
    /// The dictionary of the chunk being added part by part, and which of its entries the parts so far
    /// use: each used entry is profiled once, by `endChunk()`, not once per part.
    private var dictionaryInUse: (entries: BinaryArray, used: [Bool])?

    init(descriptor: ColumnDescriptor, arrowType: String, elementLevel: Int = 0) {
        self.descriptor = descriptor
        self.arrowType = arrowType
        self.elementLevel = elementLevel
        self.kind = try? LeafConverter.kind(for: descriptor)
        self.unsigned = Self.isUnsigned(descriptor)
    }

    /// What the leaf's values mean, worked out once: the per-batch loops below must not re-derive it.
    private let kind: LeafConverter.Kind?
    /// Integers compared and summed as unsigned (UINT_* logical or converted types).
    private let unsigned: Bool

    private var decimalScale: Int? { if case .decimal(let s)? = kind { return s } else { return nil } }
    private var isDecimal: Bool { decimalScale != nil }
    private var isFloat16: Bool { if case .float16? = kind { return true } else { return false } }

    /// 10^scale as a Double, for decimal means. A negative scale (a file may declare one; the value is then
    /// the unscaled number times 10^-scale) gives a divisor below 1.
    private var decimalDivisor: Double {
        let scale = decimalScale ?? 0
        let power = (0..<scale.magnitude).reduce(1.0) { r, _ in r * 10 }
        return scale < 0 ? 1 / power : power
    }

    private static func isUnsigned(_ descriptor: ColumnDescriptor) -> Bool {
        if case .integer(_, false)? = descriptor.element.logicalType { return true }
        if let c = descriptor.element.convertedType { return [.uint8, .uint16, .uint32, .uint64].contains(c) }
        return false
    }

    /// Profiles one whole chunk's batch (see `addPart`).
    mutating func add(_ batch: ColumnBatch) {
        addPart(batch)
        endChunk()
    }

    /// Profiles one part of a chunk with one loop per physical type over its contiguous storage: no
    /// per-value `Value`, slice or closure, so a part costs a few passes over memory still in cache. Call
    /// `endChunk()` after a chunk's last part (before a part of another chunk).
    mutating func addPart(_ batch: ColumnBatch) {
        if descriptor.maxRepetitionLevel > 0 && !batch.definitionLevels.isEmpty {
            let threshold = Int32(truncatingIfNeeded: elementLevel)
            var elements = 0
            for level in batch.definitionLevels where level >= threshold { elements += 1 }
            count += elements
            nulls += elements - batch.valueCount
        } else {
            count += batch.slotCount
            nulls += batch.nullCount
        }
        switch batch.values {
        case .boolean(let a):
            // Registers keep maxima, so adding a hash once or a million times is the same.
            let hasFalse = a.contains(false), hasTrue = a.contains(true)
            if hasFalse { distinct.add(hash: DistinctEstimator.mix(0)) }
            if hasTrue { distinct.add(hash: DistinctEstimator.mix(1)) }
            if !a.isEmpty { extend(.boolean([!hasFalse]), .boolean([hasTrue])) }
        case .int32(let a):
            distinct.add(each: a) { DistinctEstimator.mix(UInt64(UInt32(bitPattern: $0))) }
            if unsigned {
                let (lo, hi, total) = Self.extremes(a) { UInt32(bitPattern: $0) }
                if let lo, let hi { extend(.int32([Int32(bitPattern: lo)]), .int32([Int32(bitPattern: hi)])) }
                addSum(total, count: a.count)
            } else {
                let (lo, hi, total) = Self.extremes(a) { $0 }
                if let lo, let hi { extend(.int32([lo]), .int32([hi])) }
                addSum(total, count: a.count)
            }
        case .int64(let a):
            distinct.add(each: a) { DistinctEstimator.mix(UInt64(bitPattern: $0)) }
            if unsigned {
                let (lo, hi, total) = Self.extremes(a) { UInt64(bitPattern: $0) }
                if let lo, let hi { extend(.int64([Int64(bitPattern: lo)]), .int64([Int64(bitPattern: hi)])) }
                addSum(total, count: a.count)
            } else {
                let (lo, hi, total) = Self.extremes(a) { $0 }
                if let lo, let hi { extend(.int64([lo]), .int64([hi])) }
                addSum(total, count: a.count)
            }
        case .int96(let a):
            // Ordered by (Julian day, nanoseconds of day): exact even where nanoseconds since the epoch overflow.
            for v in a { distinct.add(hash: DistinctEstimator.mix(v.lo ^ DistinctEstimator.mix(UInt64(v.hi)))) }
            func less(_ x: Int96, _ y: Int96) -> Bool { (x.hi, x.lo) < (y.hi, y.lo) }
            if let lo = a.min(by: less), let hi = a.max(by: less) { extend(.int96([lo]), .int96([hi])) }
        case .float(let a):
            distinct.add(each: a) { DistinctEstimator.mix(UInt64($0.bitPattern)) }
            addFloating(a, wrap: { Double($0) }, storage: { .float([$0]) })
        case .double(let a):
            distinct.add(each: a) { DistinctEstimator.mix($0.bitPattern) }
            addFloating(a, wrap: { $0 }, storage: { .double([$0]) })
        case .bytes(let a):
            if a.count == 0 {
                break
            } else if isFloat16 {
                addFloat16(a)
            } else if let scale = decimalScale {
                addDecimals(a, scale: scale)
            } else {
                addBinary(a)
            }
        }
        if case .bytes(let d)? = batch.dictionary, !batch.dictionaryIndices.isEmpty {
            markDictionary(d, batch.dictionaryIndices)
        }
    }

    /// Profiles the dictionary entries the chunk's parts used (the chunk has one dictionary).
    mutating func endChunk() {
        guard let (dictionary, used) = dictionaryInUse else { return }
        dictionaryInUse = nil
        var entries = BinaryArray()
        for k in 0..<dictionary.count where used[k] { try? entries.append(dictionary[k]) }
        if entries.count > 0 { addBinary(entries) }
    }

    /// Whether `add` accepts batches with dictionary indices left unexpanded: for strings and binary,
    /// whose min, max and distinct estimate do not change when a value is seen once or many times.
    var takesDictionaryIndices: Bool {
        descriptor.physicalType == .byteArray && !isDecimal && !isFloat16
    }

    /// Marks the dictionary entries `indices` use (the reader checked them against the dictionary size).
    private mutating func markDictionary(_ dictionary: BinaryArray, _ indices: [Int32]) {
        // Another chunk's dictionary (no `endChunk()` between): profile its entries first. Within a chunk
        // the parts share one dictionary's buffers, which `==` finds equal without reading them.
        if let pending = dictionaryInUse, pending.entries != dictionary { endChunk() }
        var (entries, used) = dictionaryInUse ?? (dictionary, [])
        dictionaryInUse = nil  // `used` is then uniquely held: marking does not copy it
        if used.count != entries.count { used = [Bool](repeating: false, count: entries.count) }
        used.withUnsafeMutableBufferPointer { u in
            for i in indices { u[Int(i)] = true }
        }
        dictionaryInUse = (entries, used)
    }

    /// Minimum, maximum (in the order of `key`) and sum of `a` in one pass. The sum is exact (a 128-bit
    /// integer holds the sum of any array of 64-bit values) and rounded to a `Double` once, as DuckDB's `avg` sums
    /// integers in a hugeint: adding each value to a `Double` rounded at every step and chained each
    /// addition's 4-cycle latency onto the next.
    @inline(__always)
    private static func extremes<T, K: Comparable & BinaryInteger>(_ a: [T], key: (T) -> K) -> (K?, K?, Double) {
        a.withUnsafeBufferPointer { p in
            guard let first = p.first else { return (nil, nil, 0) }
            var lo = key(first), hi = lo
            var total: Int128 = 0
            for v in p {
                let k = key(v)
                if k < lo { lo = k }
                if k > hi { hi = k }
                total &+= Int128(k)
            }
            return (lo, hi, Double(total))
        }
    }

    /// Adds the sum of `n` integers: a plain number's own sum, a decimal's scaled down; other integer
    /// kinds (dates, times, timestamps) get no mean.
    private mutating func addSum(_ total: Double, count n: Int) {
        if isDecimal {
            sum += total / decimalDivisor
        } else if isPlainNumber {
            sum += total
        } else {
            return
        }
        isNumeric = true
        numericCount += n
    }

    /// Floats and doubles: NaNs counted and left out of the extremes and the mean.
    @inline(__always)
    private mutating func addFloating<T: BinaryFloatingPoint>(
        _ a: [T], wrap: (T) -> Double, storage: (T) -> ColumnValues
    ) {
        var lo = T.infinity, hi = -T.infinity, total = 0.0, finite = 0
        a.withUnsafeBufferPointer { p in
            for v in p where !v.isNaN {
                if v < lo { lo = v }
                if v > hi { hi = v }
                total += wrap(v)
                finite += 1
            }
        }
        nans += a.count - finite
        sum += total
        numericCount += finite
        isNumeric = true
        if finite > 0 { extend(storage(lo), storage(hi)) }
    }

    /// FLOAT16 (two little-endian bytes a value): ordered, averaged and NaN-counted as the floats they hold.
    private mutating func addFloat16(_ a: BinaryArray) {
        var lo: (Float, Int)?, hi: (Float, Int)?
        var total = 0.0, finite = 0
        for i in 0..<a.count {
            let v = a[i]
            distinct.add(hash: DistinctEstimator.hash(bytes: v))
            let f = Self.half(v)
            if f.isNaN {
                nans += 1
                continue
            }
            if f < lo?.0 ?? .infinity || lo == nil { lo = (f, i) }
            if f > hi?.0 ?? -.infinity || hi == nil { hi = (f, i) }
            total += Double(f)
            finite += 1
        }
        sum += total
        numericCount += finite
        isNumeric = true
        if let lo, let hi { extend(.bytes(Self.single(a[lo.1])), .bytes(Self.single(a[hi.1]))) }
    }

    /// Decimals in a byte array: compared in signed big-endian order, averaged through their text.
    private mutating func addDecimals(_ a: BinaryArray, scale: Int) {
        var lo = 0, hi = 0
        for i in 0..<a.count {
            let v = a[i]
            distinct.add(hash: DistinctEstimator.hash(bytes: v))
            if let d = Double(DecimalText.format(bigEndian: v, scale: scale)) {
                sum += d
                numericCount += 1
                isNumeric = true
            }
            if Self.less(v, a[lo], decimal: true) { lo = i }
            if Self.less(a[hi], v, decimal: true) { hi = i }
        }
        extend(.bytes(Self.single(a[lo])), .bytes(Self.single(a[hi])))
    }

    /// Strings and binary: hashed and compared in place over the array's one byte buffer (byte order, as
    /// `memcmp` and Arrow order them), keeping only the positions of the extremes.
    private mutating func addBinary(_ a: BinaryArray) {
        var lo = 0, hi = 0
        a.bytes.withUnsafeBufferPointer { bytes in
            a.offsets.withUnsafeBufferPointer { offsets in
                let base = bytes.baseAddress
                @inline(__always) func value(_ i: Int) -> UnsafeBufferPointer<UInt8> {
                    let start = Int(offsets[i])
                    return UnsafeBufferPointer(start: base.map { $0 + start }, count: Int(offsets[i + 1]) - start)
                }
                let end = base.map { $0 + bytes.count }
                // For values whose prefixes (below) are equal: their first min(8, shorter length) bytes
                // agree, so only the bytes after the eighth and the lengths can tell them apart, and a
                // repeated short value (a category) costs no `memcmp` call. Where both have at most 16
                // bytes, and eight bytes of the buffer follow each one's eighth, bytes 8–15 compare as one
                // big-endian word (the shorter length's bytes, the rest masked off), as the prefix does.
                @inline(__always) func lessAfterPrefix(
                    _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>
                ) -> Bool {
                    let n = min(x.count, y.count)
                    if n > 8, let px = x.baseAddress, let py = y.baseAddress {
                        if n <= 16, let end, end - px >= 16, end - py >= 16 {
                            let wx = ByteWords.low(px + 8, count: n - 8), wy = ByteWords.low(py + 8, count: n - 8)
                            if wx != wy { return wx.byteSwapped < wy.byteSwapped }
                        } else {
                            let c = memcmp(px + 8, py + 8, n - 8)
                            if c != 0 { return c < 0 }
                        }
                    }
                    return x.count < y.count
                }
                // The first eight bytes as a big-endian number, zero-padded: where two prefixes differ they
                // order the values exactly as bytes do, so most rows settle both comparisons without memcmp.
                // A value shorter than eight bytes is read as one word too where eight bytes of the array's
                // buffer follow its start, its extra bytes masked off.
                @inline(__always) func prefix(_ x: UnsafeBufferPointer<UInt8>) -> UInt64 {
                    guard let p = x.baseAddress else { return 0 }
                    if x.count >= 8 { return UnsafeRawPointer(p).loadUnaligned(as: UInt64.self).bigEndian }
                    if let end, end - p >= 8 { return ByteWords.low(p, count: x.count).byteSwapped }
                    var w: UInt64 = 0
                    for k in 0..<x.count { w |= UInt64(p[k]) << (56 - 8 * UInt64(k)) }
                    return w
                }
                var loValue = value(0), hiValue = loValue
                var loPrefix = prefix(loValue), hiPrefix = loPrefix
                for i in 0..<a.count {
                    let v = value(i)
                    let readable = v.baseAddress.flatMap { p in end.map { $0 - p } } ?? 0
                    distinct.add(hash: DistinctEstimator.hash(UnsafeRawBufferPointer(v), readable: readable))
                    let p = prefix(v)
                    if p < loPrefix || (p == loPrefix && lessAfterPrefix(v, loValue)) {
                        (lo, loValue, loPrefix) = (i, v, p)
                    }
                    if p > hiPrefix || (p == hiPrefix && lessAfterPrefix(hiValue, v)) {
                        (hi, hiValue, hiPrefix) = (i, v, p)
                    }
                }
            }
        }
        extend(.bytes(Self.single(a[lo])), .bytes(Self.single(a[hi])))
    }

    /// A one-value array holding `value`, for the extremes.
    private static func single(_ value: ArraySlice<UInt8>) -> BinaryArray {
        var out = BinaryArray()
        try? out.append(value)
        return out
    }

    /// Folds in the profile of other chunks of the same leaf (profiled in parallel), as if their batches
    /// had been added here.
    mutating func merge(_ other: ColumnProfiler) {
        var other = other
        other.endChunk()
        count += other.count
        nulls += other.nulls
        nans += other.nans
        sum += other.sum
        numericCount += other.numericCount
        isNumeric = isNumeric || other.isNumeric
        distinct.merge(other.distinct)
        if let lo = other.minStore, let hi = other.maxStore { extend(lo, hi) }
    }

    /// Integers without a temporal or decimal meaning get a mean.
    private var isPlainNumber: Bool {
        switch kind {
        case .int?, .uint32?, .uint64?: return true
        default: return false
        }
    }

    /// Byte order for strings and binary; signed big-endian order for decimals.
    static func less(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, decimal: Bool) -> Bool {
        if decimal {
            let na = a.first.map { $0 & 0x80 != 0 } ?? false, nb = b.first.map { $0 & 0x80 != 0 } ?? false
            if na != nb { return na }
            let n = max(a.count, b.count)
            let pa = [UInt8](repeating: na ? 0xFF : 0, count: n - a.count) + a
            let pb = [UInt8](repeating: nb ? 0xFF : 0, count: n - b.count) + b
            return pa.lexicographicallyPrecedes(pb)
        }
        return a.lexicographicallyPrecedes(b)
    }

    private mutating func extend(_ lo: ColumnValues, _ hi: ColumnValues) {
        if let current = minStore { if compare(lo, current) { minStore = lo } } else { minStore = lo }
        if let current = maxStore { if compare(current, hi) { maxStore = hi } } else { maxStore = hi }
    }

    /// a < b for two one-value storages of the same type.
    private func compare(_ a: ColumnValues, _ b: ColumnValues) -> Bool {
        switch (a, b) {
        case (.boolean(let x), .boolean(let y)): return !x[0] && y[0]
        case (.int32(let x), .int32(let y)):
            return unsigned ? UInt32(bitPattern: x[0]) < UInt32(bitPattern: y[0]) : x[0] < y[0]
        case (.int64(let x), .int64(let y)):
            return unsigned ? UInt64(bitPattern: x[0]) < UInt64(bitPattern: y[0]) : x[0] < y[0]
        case (.float(let x), .float(let y)): return x[0] < y[0]
        case (.double(let x), .double(let y)): return x[0] < y[0]
        case (.int96(let x), .int96(let y)): return (x[0].hi, x[0].lo) < (y[0].hi, y[0].lo)
        case (.bytes(let x), .bytes(let y)) where isFloat16:
            return Self.half(x[0]) < Self.half(y[0])
        case (.bytes(let x), .bytes(let y)): return Self.less(x[0], y[0], decimal: isDecimal)
        default: return false
        }
    }

    func finish() -> ColumnProfile {
        var ended = self
        ended.endChunk()
        return ended.finished()
    }

    private func finished() -> ColumnProfile {
        func value(_ s: ColumnValues?) -> Value? {
            guard let s, let c = try? LeafConverter(descriptor: descriptor, values: s) else { return nil }
            return c.value(at: 0)
        }
        return ColumnProfile(
            path: descriptor.dottedPath, type: arrowType, count: count, nulls: nulls, min: value(minStore),
            max: value(maxStore), mean: isNumeric && numericCount > 0 ? sum / Double(numericCount) : nil,
            // An estimate, but never more distinct values than there are non-null values.
            distinct: min(distinct.estimate, count - nulls), nans: isFloating ? nans : nil)
    }

    /// A FLOAT16 value's float (NaN when it is not two bytes long).
    private static func half(_ v: ArraySlice<UInt8>) -> Float {
        guard v.count == 2 else { return .nan }
        return HalfFloat.toFloat(UInt16(v[v.startIndex]) | UInt16(v[v.startIndex + 1]) << 8)
    }

    private var isFloating: Bool {
        switch kind {
        case .float?, .double?, .float16?: return true
        default: return false
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
