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

    init(descriptor: ColumnDescriptor, arrowType: String, elementLevel: Int = 0) {
        self.descriptor = descriptor
        self.arrowType = arrowType
        self.elementLevel = elementLevel
    }

    private var decimalScale: Int? { if case .decimal(let s)? = kind { return s } else { return nil } }

    /// 10^scale as a Double, for decimal means.
    private var decimalDivisor: Double {
        (0..<(decimalScale ?? 0)).reduce(1.0) { r, _ in r * 10 }
    }

    private var unsigned: Bool {
        if case .integer(_, false)? = descriptor.element.logicalType { return true }
        if let c = descriptor.element.convertedType { return [.uint8, .uint16, .uint32, .uint64].contains(c) }
        return false
    }

    private var kind: LeafConverter.Kind? { try? LeafConverter.kind(for: descriptor) }

    mutating func add(_ batch: ColumnBatch) {
        if descriptor.maxRepetitionLevel > 0 && !batch.definitionLevels.isEmpty {
            let threshold = Int32(truncatingIfNeeded: elementLevel)
            var elements = 0
            for level in batch.definitionLevels where level >= threshold { elements += 1 }
            count += elements
            nulls += elements - batch.values.count
        } else {
            count += batch.slotCount
            nulls += batch.nullCount
        }
        let isDecimal: Bool = { if case .decimal? = kind { return true } else { return false } }()
        switch batch.values {
        case .boolean(let a):
            for v in a { distinct.add(hash: DistinctEstimator.mix(v ? 1 : 0)) }
            if let lo = a.min(by: { !$0 && $1 }), let hi = a.max(by: { !$0 && $1 }) {
                extend(.boolean([lo]), .boolean([hi]))
            }
        case .int32(let a):
            for v in a { distinct.add(hash: DistinctEstimator.mix(UInt64(UInt32(bitPattern: v)))) }
            if unsigned {
                if let lo = a.min(by: { UInt32(bitPattern: $0) < UInt32(bitPattern: $1) }),
                    let hi = a.max(by: { UInt32(bitPattern: $0) < UInt32(bitPattern: $1) })
                {
                    extend(.int32([lo]), .int32([hi]))
                }
                if !isDecimal { for v in a { sum += Double(UInt32(bitPattern: v)) } }
            } else {
                if let lo = a.min(), let hi = a.max() { extend(.int32([lo]), .int32([hi])) }
                if !isDecimal { for v in a { sum += Double(v) } }
            }
            if !isDecimal, isPlainNumber { isNumeric = true; numericCount += a.count }
            if isDecimal {
                let divisor = decimalDivisor
                for v in a { sum += Double(v) / divisor }
                isNumeric = true
                numericCount += a.count
            }
        case .int64(let a):
            for v in a { distinct.add(hash: DistinctEstimator.mix(UInt64(bitPattern: v))) }
            if unsigned {
                if let lo = a.min(by: { UInt64(bitPattern: $0) < UInt64(bitPattern: $1) }),
                    let hi = a.max(by: { UInt64(bitPattern: $0) < UInt64(bitPattern: $1) })
                {
                    extend(.int64([lo]), .int64([hi]))
                }
                if !isDecimal { for v in a { sum += Double(UInt64(bitPattern: v)) } }
            } else {
                if let lo = a.min(), let hi = a.max() { extend(.int64([lo]), .int64([hi])) }
                if !isDecimal { for v in a { sum += Double(v) } }
            }
            if !isDecimal, isPlainNumber { isNumeric = true; numericCount += a.count }
            if isDecimal {
                let divisor = decimalDivisor
                for v in a { sum += Double(v) / divisor }
                isNumeric = true
                numericCount += a.count
            }
        case .int96(let a):
            // Ordered by (Julian day, nanoseconds of day): exact even where nanoseconds since the epoch overflow.
            for v in a { distinct.add(hash: DistinctEstimator.mix(v.lo ^ DistinctEstimator.mix(UInt64(v.hi)))) }
            func less(_ x: Int96, _ y: Int96) -> Bool { (x.hi, x.lo) < (y.hi, y.lo) }
            if let lo = a.min(by: less), let hi = a.max(by: less) { extend(.int96([lo]), .int96([hi])) }
        case .float(let a):
            for v in a { distinct.add(hash: DistinctEstimator.mix(UInt64(v.bitPattern))) }
            let finite = a.filter { !$0.isNaN }
            nans += a.count - finite.count
            if let lo = finite.min(), let hi = finite.max() { extend(.float([lo]), .float([hi])) }
            for v in finite { sum += Double(v) }
            isNumeric = true
            numericCount += finite.count
        case .double(let a):
            for v in a { distinct.add(hash: DistinctEstimator.mix(v.bitPattern)) }
            let finite = a.filter { !$0.isNaN }
            nans += a.count - finite.count
            if let lo = finite.min(), let hi = finite.max() { extend(.double([lo]), .double([hi])) }
            for v in finite { sum += v }
            isNumeric = true
            numericCount += finite.count
        case .bytes(let a):
            guard a.count > 0 else { return }
            if case .float16? = kind {
                for i in 0..<a.count where a[i].count == 2 {
                    let b = a[i]
                    let bits = UInt16(b[b.startIndex]) | UInt16(b[b.startIndex + 1]) << 8
                    if HalfFloat.toFloat(bits).isNaN { nans += 1 }
                }
            }
            var lo = 0, hi = 0
            for i in 0..<a.count {
                let v = a[i]
                distinct.add(hash: DistinctEstimator.hash(bytes: v))
                if let scale = decimalScale, let d = Double(DecimalText.format(bigEndian: v, scale: scale)) {
                    sum += d
                    numericCount += 1
                    isNumeric = true
                }
                if Self.less(v, a[lo], decimal: isDecimal) { lo = i }
                if Self.less(a[hi], v, decimal: isDecimal) { hi = i }
            }
            var l = BinaryArray(), h = BinaryArray()
            try? l.append(a[lo])
            try? h.append(a[hi])
            extend(.bytes(l), .bytes(h))
        }
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
        let isDecimal: Bool = { if case .decimal? = kind { return true } else { return false } }()
        switch (a, b) {
        case (.boolean(let x), .boolean(let y)): return !x[0] && y[0]
        case (.int32(let x), .int32(let y)):
            return unsigned ? UInt32(bitPattern: x[0]) < UInt32(bitPattern: y[0]) : x[0] < y[0]
        case (.int64(let x), .int64(let y)):
            return unsigned ? UInt64(bitPattern: x[0]) < UInt64(bitPattern: y[0]) : x[0] < y[0]
        case (.float(let x), .float(let y)): return x[0] < y[0]
        case (.double(let x), .double(let y)): return x[0] < y[0]
        case (.int96(let x), .int96(let y)): return (x[0].hi, x[0].lo) < (y[0].hi, y[0].lo)
        case (.bytes(let x), .bytes(let y)): return Self.less(x[0], y[0], decimal: isDecimal)
        default: return false
        }
    }

    func finish() -> ColumnProfile {
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

    private var isFloating: Bool {
        switch kind {
        case .float?, .double?, .float16?: return true
        default: return false
        }
    }
}
